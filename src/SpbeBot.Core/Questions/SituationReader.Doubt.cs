namespace SpbeBot.Core.Questions;

public sealed partial class SituationReader
{
    /// <summary>Words of doubt ("gatau", "entah", "ragu", "unsure", "whether", "apakah"): the clause they open states nothing.</summary>
    static readonly HashSet<string> DoubtWords = Vocabulary.Words("doubt");
    /// <summary>"… atau tidak", "… apa ngga", "… or not": the alternative of a question, not a denial.</summary>
    static readonly HashSet<string> Alternatives = Vocabulary.Words("alternatives");

    /// <summary>
    /// The one doubt detector (the Pedoman places by what is stated: doubt about an element E means E is not stated, and
    /// the elements stated elsewhere stay met). Where a clause starts to doubt (-1: it does not): a word of doubt ("gatau",
    /// "ragu", "whether"), a negator up to two words before a word of knowing or checking ("belum tahu", "tidak yakin",
    /// "blm liat", "tidak jelas"), or an alternative asked at the clause's end ("pake pedoman apa ngga", "semua OPD atau
    /// belum", "or not"). A clause that asks the level itself ("apakah sudah level 3") doubts no element.
    /// </summary>
    static int DoubtAt(IReadOnlyList<string> tokens)
    {
        var at = DoubtWordAt(tokens);
        return at >= 0 && tokens.Skip(at).Any(LevelAsked.Contains) ? -1 : at;
    }

    static int DoubtWordAt(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (FindingReported(tokens, i)) continue;
            if (DoubtWords.Contains(tokens[i])) return i;
            if (i > 0 && Knowing.Contains(tokens[i]) && (Negators.Contains(tokens[i - 1]) || i > 1 && Negators.Contains(tokens[i - 2]))) return i;
            // "apa ngga", "ato ngga", "atau tidak", "or not": at a clause's end (nothing after but a closing word).
            if (Alternatives.Contains(tokens[i]) && i + 1 < tokens.Count && IsNegator(tokens, i + 1)
                && tokens.Skip(i + 2).All(t => AfterAbsent.Contains(t) || DoubtWords.Contains(t) || Knowing.Contains(t) || Negators.Contains(t))) return i;
        }
        return -1;
    }

    /// <summary>Words that report what a review found: "the review said …", "hasil reviu menyatakan …".</summary>
    static readonly HashSet<string> Reporting = Vocabulary.Words("reporting");

    /// <summary>
    /// "the review said the audit schedule … were unclear", "temuan reviu menyebut pembagian tugas tidak jelas": a word of
    /// doubt after a review (or its findings) and a word of reporting is what the review found, not the asker's doubt.
    /// </summary>
    static bool FindingReported(IReadOnlyList<string> tokens, int i)
    {
        var reported = false;
        for (var k = i - 1; k >= 0; k--)
        {
            if (Reporting.Contains(tokens[k])) reported = true;
            else if (reported && (Recommendations.Contains(tokens[k]) || ReviewWord(tokens[k]))) return true;
        }
        return false;
    }

    static readonly Notion ReviewNotion = Notions.Single(n => n.Element == Element.Reviewed);
    static bool ReviewWord(string t) => ReviewNotion.Exact.Contains(t) || ReviewNotion.Stems.Any(s => !s.Contains(' ') && t.Contains(s, StringComparison.Ordinal));

    /// <summary>
    /// The stated part of a sentence that doubts from <paramref name="doubt"/> on: the words before the clause that doubts
    /// (a "tapi"/"but", or else a comma of the written text). Empty when the whole sentence doubts.
    /// </summary>
    static List<string> BeforeDoubt(string written, List<string> tokens, int doubt)
    {
        var clauseStart = Enumerable.Range(0, doubt).LastOrDefault(k => ClauseStarts.Contains(tokens[k]));
        if (clauseStart > 0) return [.. tokens.Take(clauseStart)];
        // "audit dilakukan tim internal sesuai jadwal tahunan, pedomannya blm liat ada ato ngga": the comma closes the stated clause.
        var kept = new List<string>();
        foreach (var piece in written.Split(','))
        {
            var words = TextNormalizer.Tokenize(piece);
            if (DoubtAt(words) >= 0) break;
            kept.AddRange(words);
        }
        return kept.Count < tokens.Count ? kept : [];
    }

    /// <summary>
    /// "helpdesk kami terencana, tapi pengoperasian layanan belum dikelola": a negation at the end of a sentence denies its
    /// last clause (from the last "tapi"/"but"), not what an earlier clause states. The elements asserted before that
    /// clause and not named in it again are kept — when the last clause has a subject of its own ("tp blm" alone denies
    /// the whole sentence).
    /// </summary>
    HashSet<Element> StatedBeforeLastClause(IReadOnlyList<string> tokens, bool service, bool unitsDistinct)
    {
        var cut = -1;
        for (var i = tokens.Count - 1; i > 0; i--)
            if (ClauseStarts.Contains(tokens[i])) { cut = i; break; }
        if (cut <= 0) return [];
        var before = Read([.. tokens.Take(cut)], service, isCatalog: false, unitsDistinct).Asserted;
        var tail = tokens.Skip(cut + 1).ToList();
        // "ada rencana integrasi ke aplikasi kemenkes tp blm": a last clause with no subject of its own (only "belum", "juga",
        // a verb of doing) denies the sentence.
        if (tail.All(t => Negators.Contains(t) || Doing.Contains(t) || AfterAbsent.Contains(t) || ClauseStarts.Contains(t) || t is "juga" or "pula" or "sempat" or "bisa")) return [];
        var (tailYes, tailNo) = Read(tail, service, isCatalog: false, unitsDistinct);
        before.ExceptWith(tailYes);
        before.ExceptWith(tailNo);
        return before;
    }

    /// <summary>
    /// "Reviu jaringan intra dilakukan Mei 2025, perbaikannya belum jalan": a clause before the sentence's last comma that
    /// says a thing was done (a word of doing, no negation) is stated; the negation at the end denies the last clause
    /// only, when that clause names a notion of its own. A list ("SOP, pedoman, standar belum") has no word of doing.
    /// </summary>
    HashSet<Element> DoneBeforeLastComma(string sentence, bool service, bool unitsDistinct)
    {
        var comma = sentence.LastIndexOf(',');
        if (comma < 0) return [];
        var before = TextNormalizer.Tokenize(sentence[..comma]);
        if (!before.Any(Doing.Contains) || Enumerable.Range(0, before.Count).Any(k => IsNegator(before, k))) return [];
        var (tailYes, tailNo) = Read(TextNormalizer.Tokenize(sentence[(comma + 1)..]), service, isCatalog: false, unitsDistinct);
        if (tailYes.Count + tailNo.Count == 0) return [];
        var stated = Read(before, service, isCatalog: false, unitsDistinct).Asserted;
        stated.ExceptWith(tailYes);
        stated.ExceptWith(tailNo);
        return stated;
    }
}
