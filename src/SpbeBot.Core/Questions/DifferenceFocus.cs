using System.Text.Json;
using System.Text.RegularExpressions;
using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions.Learned;

namespace SpbeBot.Core.Questions;

/// <summary>
/// Two indicators named in one question, usually to tell them apart ("ind 8 vs 22", "kebijakan audit TIK vs audit
/// infrastruktur"), and which one the asker is after: the sentence after the comparison says it ("Fokus saya di layanan
/// pusat datanya", "I'm asking about the budgeting one", "kita lagi bikin perwalinya"). That one is answered and the
/// other offered as a button; without such a sentence the first one named is answered, the other a button.
/// </summary>
sealed partial class DifferenceFocus(TopicMatcher topics, CriteriaCatalog catalog, IndicatorModel? model)
{
    /// <summary>
    /// The indicator answered, the other one, whether the asker said which (false: the first named), and whether they
    /// pointed at it — by its number ("sy mau tau yg 23") or after a marker ("what I want to know is about …"), wherever
    /// the marker stands; not after an interrogative one ("masuk mana …", "which one …"), which only asks.
    /// </summary>
    public sealed record Pair(int Answer, int Other, bool Focused, bool Pointed = false);

    static readonly Lazy<Words> Data = new(Load);

    /// <summary>
    /// The pair, when the question names exactly two indicators and either asks their difference or says which one it
    /// is after. <paramref name="correct"/> turns a piece of the text into the parser's corrected tokens.
    /// </summary>
    public Pair? Read(string text, List<string> tokens, NumberReader.Result numbers, Func<string, List<string>> correct)
    {
        var w = Data.Value;
        // Each sentence corrected once: this runs on every question.
        var raw = Sentences().Split(text).Where(s => s.Trim().Length > 0).ToList();
        var sentences = raw.Select(correct).ToList();
        // "Indikator 10 dan 19 sama-sama Tim Koordinasi.", "dua2nya soal aplikasi": a sentence saying what both share names
        // neither (read before typo correction: "keduanya" is not in the vocabulary the corrector knows).
        var sharing = raw.Select(s => SaysBoth(TextNormalizer.Tokenize(s), w)).ToList();
        var differenceAt = sentences.FindIndex(s => s.Any(IntentWords.Difference.Contains));
        var asksDifference = differenceAt >= 0;
        // Without a word of difference, only two numbers each called an indicator ("Indikator 6 dan 17 …? Saya mau tahu yang
        // kebijakan."): a bare number in an account ("baru dipakai 9 dari 40 OPD") is no indicator.
        // "Peta rencana: ind 2 vs 12. Dokumen peta rencana …": the comparison's numbers read in its own sentence (over the
        // whole text "12 dokumen" reads as a count).
        var pair = ByNumbers(tokens, numbers, asksDifference)
            ?? (asksDifference ? ByNumbers(sentences[differenceAt], NumberReader.Read(sentences[differenceAt]), true) ?? ByWords(sentences[differenceAt]) : null)
            ?? NumbersOfNamedTopic(tokens, numbers)
            ?? (asksDifference ? NumberAndWords(tokens, numbers) : null);
        // "tim koordinasi (19) sm kolaborasi spbe (20) sering ketuker. kolaborasi lvl 2 apa?": two indicators each named
        // with its number in brackets are a pair even with no word of difference, when a later sentence says which one.
        var bracketed = false;
        if (pair is null && !asksDifference && BracketedPair(text) is { } named) (pair, bracketed) = (named, true);
        // "indikator 2 atau 12? yg dokumen peta rencananya dijalankan": a choice between an indicator and a number after "atau".
        var choice = false;
        if (pair is null && !asksDifference && ChoiceOfNumbers(tokens, numbers) is { } offered) (pair, choice) = (offered, true);
        // "… masuk indikator kebijakan pusat data atau layanan pusat data?": a twin offered in words, the asker's case says which.
        // Not when a number names the indicator ("What does indicator 1 actually assess — the document or the regulation?").
        if (pair is not (int first, int second))
            return numbers.Indicators.Count > 0 || numbers.Bare.Count > 0 ? null : TwinChoice(raw, sentences, correct, w) ?? WordChoice(sentences, w);

        var following = sentences.Select((s, i) => (s, i)).Skip(Math.Max(differenceAt, 0) + 1).Where(x => !x.s.Any(IntentWords.Difference.Contains))
            .Where(x => !sharing[x.i]).Select(x => x.s).ToList();
        // "… Which one is it?", "Mohon penjelasannya.": a sentence that only asks names nothing.
        var focus = following.Where(s => !s.All(w.Closing.Contains)).SelectMany(s => s).ToList();
        // "jaringan intra itu ind 6 atau 17 sih yg dinilai fisiknya?": in a choice, what follows the second number says which.
        if (focus.Count == 0 && choice && tokens.IndexOf(second.ToString(System.Globalization.CultureInfo.InvariantCulture)) is var secondAt and >= 0)
            focus = tokens.Skip(secondAt + 1).ToList();
        // "dokumen arsitektur SPBE (bukan perbup nya) dinilai di ind 1 ato 11?": nothing after the choice of a Kebijakan
        // Internal twin, so the policy or doing words of the subject written before it say which (DifferenceFocus.Unmarked.cs).
        if (focus.Count == 0 && choice && SubjectBeforeChoice(tokens, first) is var subject && TwinTold(subject, first, second, w)) focus = subject;
        // "ind 7 sama ind 18, yg mana yg nilai pemakaian SPLP beneran di OPD?": no word of difference, one sentence; what
        // follows a marker after the second number says which.
        // The marker cut off before the focus is read still says the asker pointed (an interrogative one does not).
        var pointedBefore = false;
        if (focus.Count == 0 && !asksDifference && !choice && MarkedAfterSecond(tokens, second, w) is { Tail.Count: > 0 } marker)
            (focus, pointedBefore) = (marker.Tail, Points(marker.Marker, w));
        // "ind 7 vs ind 18, yg mana yg nilai pemakaian API di OPD?", "Indicator 22 vs 31 — I'm asking about the external
        // security audit": in one sentence, what follows a marker after the comparison.
        if (focus.Count == 0 && asksDifference && sentences[differenceAt] is var asked
            && AfterMarker(asked, w) is var (m, tail) && m > asked.FindIndex(IntentWords.Difference.Contains))
            (focus, pointedBefore) = (tail, Points(asked[m], w));
        // "ind 1 vs 11, yg dokumen arsitekturnya sendiri itu mana", "ind 7 vs 18, kami udh pasang API gateway, dinilai di mana?":
        // the clauses after the comparison, without the closing "mana", name the one asked about.
        if (focus.Count == 0 && asksDifference && ClausesAfterComparison(text, correct, w) is { Count: > 0 } clause) focus = clause;
        var marked = sentences.Skip(Math.Max(differenceAt, 0) + 1).SelectMany(s => s).Any(w.Markers.Contains);
        // "ind 10 dan 19 sama2 tim koordinasi ya? kami lg nyiapin pelaksanaan program kerjanya": for a Kebijakan Internal
        // twin, a later sentence of policy or of doing says which, marker or not.
        if (!asksDifference && !choice && !bracketed && !marked && !focus.Any(w.Markers.Contains) && !TwinTold(focus, first, second, w)) return null;
        // The words of a sentence saying what both share ("SIPD kan dua2nya") tell neither apart.
        var shared = sentences.Where((_, i) => sharing[i]).SelectMany(s => s).ToHashSet();
        var chosen = focus.Count > 0 ? Focus(focus, first, second, shared, pointedBefore, w) : null;
        if (chosen is (int c, var pointed)) return new Pair(c, c == first ? second : first, true, pointed);
        return asksDifference ? new Pair(first, second, false) : null;
    }

    /// <summary>
    /// The last marker followed by a word that names something, and those words; (-1, empty) when none. A marker right
    /// after a policy word gives the policy's subject ("SE tentang standar aplikasi"), not the asker's focus.
    /// </summary>
    (int At, List<string> Tail) AfterMarker(List<string> words, Words w)
    {
        for (var m = words.Count - 2; m >= 0; m--)
            if (w.Markers.Contains(words[m]) && words.Skip(m + 1).Any(t => !w.Closing.Contains(t)) && !NamesPolicySubject(words, m, w))
                return (m, words.Skip(m + 1).ToList());
        return (-1, []);
    }

    /// <summary>
    /// "SE tentang …", "Peraturan Gubernur tentang …", "Peraturan Wali Kota tentang …": the marker at <paramref name="m"/>
    /// follows a policy word and at most two words of its name, so what follows is the policy's subject.
    /// </summary>
    bool NamesPolicySubject(List<string> words, int m, Words w)
    {
        for (var k = m - 1; k >= Math.Max(0, m - 3); k--)
        {
            if (w.Markers.Contains(words[k])) return false;
            if (SaysPolicy([words[k]], w) == true) return true;
        }
        return false;
    }

    /// <summary>A word of both alike; "sama-sama" is split into two tokens by the normaliser, so word pairs count too.</summary>
    static bool SaysBoth(List<string> tokens, Words w) =>
        tokens.Any(w.Both.Contains) || tokens.Zip(tokens.Skip(1)).Any(p => w.Both.Contains(p.First + " " + p.Second));

    /// <summary>Two distinct indicators named by number ("ind 7 vs ind 18", "e-planning (32) and e-budgeting (33)"), in the order written.</summary>
    (int, int)? ByNumbers(List<string> tokens, NumberReader.Result numbers, bool bareToo)
    {
        // "ind 10 dan 19": a bare number joined straight to an indicator's number is the second indicator ("atau" offers a
        // choice, read by ChoiceOfNumbers).
        var joined = numbers.Bare.Where(n => tokens.IndexOf(n.ToString(System.Globalization.CultureInfo.InvariantCulture)) is var at and >= 2
            && Data.Value.Joiners.Contains(tokens[at - 1]) && tokens[at - 1] is not ("atau" or "or" or "ato") && int.TryParse(tokens[at - 2], out var before) && numbers.Indicators.Contains(before));
        var named = numbers.Indicators.Concat(bareToo ? numbers.Bare.Where(n => n > 5 || numbers.Levels.Count == 0) : joined)
            .Where(n => catalog.FindIndicator(n) is not null).Distinct().ToList();
        if (named.Count != 2) return null;
        var ordered = named.OrderBy(n => tokens.IndexOf(n.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        return (ordered[0], ordered[1]);
    }

    /// <summary>"indikator 2 atau 12", "indicator 6 or 17": an indicator named by number and a bare number offered after "atau/or".</summary>
    (int, int)? ChoiceOfNumbers(List<string> tokens, NumberReader.Result numbers)
    {
        // "Is the roadmap indicator 2 or 12? … What's level 4 for it?": a level named elsewhere does not undo the choice.
        if (numbers.Indicators.Count != 1) return null;
        var first = numbers.Indicators[0];
        var at = tokens.IndexOf(first.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // "indicator 36 (kepegawaian) or 41": a word or two in brackets may stand between.
        var or = tokens.FindIndex(at + 1, Math.Min(3, Math.Max(0, tokens.Count - at - 1)), t => t is "atau" or "or" or "ato");
        if (at < 0 || or < 0 || or + 1 >= tokens.Count || tokens.Skip(at + 1).Take(or - at - 1).Any(t => t.Any(char.IsAsciiDigit)) || !int.TryParse(tokens[or + 1], out var second)) return null;
        return second != first && second > 5 && !numbers.Levels.Contains(second) && catalog.FindIndicator(second) is not null ? (first, second) : null;
    }

    /// <summary>The comma clauses after the one holding the comparison, in its sentence; the closing "mana"/"which" dropped.</summary>
    static List<string>? ClausesAfterComparison(string text, Func<string, List<string>> correct, Words w)
    {
        var sentence = Sentences().Split(text).Where(s => s.Trim().Length > 0).FirstOrDefault(s => TextNormalizer.Tokenize(s).Any(IntentWords.Difference.Contains));
        if (sentence is null) return null;
        // "kinerja pegawai (41) vs akuntabilitas kinerja (40) — yg SAKIP?": a dash sets the asked clause apart as a comma does.
        var clauses = ClauseBreaks().Split(sentence);
        var at = Array.FindIndex(clauses, c => TextNormalizer.Tokenize(c).Any(IntentWords.Difference.Contains));
        if (at < 0 || at == clauses.Length - 1 || TextNormalizer.Tokenize(clauses[^1]).Any(IntentWords.Difference.Contains)) return null;
        // "… the team actually runs its work program - which one?": a clause that only asks names nothing.
        var clause = correct(string.Join(", ", clauses.Skip(at + 1).Where(c => !SaysBoth(TextNormalizer.Tokenize(c), w) && !TextNormalizer.Tokenize(c).All(w.Closing.Contains))));
        while (clause.Count > 0 && clause[^1] is "mana" or "which" or "manakah" or "ya" or "sih" or "nih") clause.RemoveAt(clause.Count - 1);
        return clause;
    }

    /// <summary>Two indicators named in words on either side of "vs", "dan", "sama", "and": one each side.</summary>
    (int, int)? ByWords(List<string> sentence)
    {
        for (var i = 1; i < sentence.Count - 1; i++)
        {
            if (!Data.Value.Joiners.Contains(sentence[i])) continue;
            var left = topics.Find(sentence.Take(i).ToList()).Candidates;
            var right = topics.Find(sentence.Skip(i + 1).ToList()).Candidates;
            // "kebijakan internal Arsitektur SPBE dan indikator Arsitektur SPBE": the bare side is the twin's other member.
            if (left.Count == 1 && right.Count is 1 or 2 && right.Any(r => r != left[0]) && (right.Count == 1 || right.Contains(left[0])))
                return (left[0], right.First(r => r != left[0]));
        }
        return null;
    }

    /// <summary>
    /// Which of the two the words after the comparison point at, or null when they do not tell. What a negation points
    /// away from ("not the regulation", "bukan aplikasi penganggarannya") chooses the other one when the rest does not tell.
    /// </summary>
    (int Chosen, bool Pointed)? Focus(List<string> focus, int first, int second, IReadOnlySet<string> shared, bool pointedBefore, Words w)
    {
        var (affirmed, denied) = SplitNegation(focus, w);
        var (at, tail) = AfterMarker(affirmed, w);
        var after = at >= 0 ? tail : affirmed;
        return FocusedNumber(after, first, second) is int byNumber ? (byNumber, true)
            : FocusByWords(affirmed, denied, after, first, second, shared, w) is int byWords ? (byWords, pointedBefore || (at >= 0 && Points(affirmed[at], w))) : null;
    }

    /// <summary>
    /// A marker that points at what follows ("I'm asking about", "fokus saya di"); an interrogative one ("mana", "which")
    /// only asks, wherever it stands ("masuk mana SK CSIRT …" as "SK CSIRT … masuk mana?"), so the model may overrule.
    /// </summary>
    static bool Points(string marker, Words w) => !w.Interrogative.Contains(marker);

    /// <summary>"yg penerapan manajemen data lvl 3 syaratnya apa" after "ind 3 vs 23": a level's number names no indicator.</summary>
    static int? FocusedNumber(List<string> after, int first, int second)
    {
        var numbered = after.Where((t, i) => t.All(char.IsAsciiDigit) && int.TryParse(t, out _) && !(i > 0 && ChatVocabulary.LevelWords.Contains(after[i - 1])))
            .Select(int.Parse).Where(n => n == first || n == second).Distinct().ToList();
        return numbered is [var one] ? one : null;
    }

    int? FocusByWords(List<string> affirmed, List<string> denied, List<string> after, int first, int second, IReadOnlySet<string> shared, Words w)
    {
        int? One(IEnumerable<int> xs) => xs.Distinct().ToList() is [var x] ? x : null;
        int Other(int x) => x == first ? second : first;

        // A policy twin ("yang kebijakan", "kita lagi bikin perwalinya", "sy lg nyusun SE …" against "how OPDs actually build
        // apps"): the twins share their subject words, so the words of policy or of doing decide, before the subject.
        int? policy = topics.PolicyOf(second) == first ? first : topics.PolicyOf(first) == second ? second : null;
        if (policy is int p)
        {
            // "Yang menjadi tanggung jawab kami adalah Peraturan Wali Kota tentang …": when the words after the marker tell
            // neither, the policy word may precede it.
            foreach (var part in (List<string>[])[after, affirmed])
                if (SaysPolicy(part, w) is bool saysPolicy) return saysPolicy ? p : Other(p);
            if (SaysPolicy(denied, w) is bool deniesPolicy) return deniesPolicy ? Other(p) : p;
        }
        // "keduanya tentang jaringan intra": the subject both share chooses neither; a word naming one alone still does
        // ("SIPD kan dua2nya. modul RKA & DPA masuknya ke yg mana?").
        var telling = after.Where(t => !shared.Contains(t)).ToList();
        if (telling.Count == 0) return null;
        if (One(topics.Find(telling).Candidates.Where(n => n == first || n == second)) is int byTopic) return byTopic;

        // The learned model, read on those words alone, when it clearly prefers one of the two. Unless a sentence said what
        // both share, one against the other whatever it thinks of the other indicators (a fresh author's words often lean
        // to a third one too).
        if (model is not null && model.Score(telling) is { Features: > 0 } guess)
        {
            double a = guess.Of(first), b = guess.Of(second);
            if ((shared.Count == 0 || Math.Max(a, b) >= 0.5) && Math.Max(a, b) > 0 && Math.Max(a, b) >= 20 * Math.Min(a, b)) return a > b ? first : second;
        }
        if (denied.Count > 0 && One(topics.Find(denied).Candidates.Where(n => n == first || n == second)) is int away) return Other(away);
        // A Kebijakan Internal twin whose later words say neither policy nor doing, and no sentence said what both share:
        // the implementation member, as a twin asked with no policy word is read (issue 15, point 6).
        if (policy is int twinPolicy && shared.Count == 0) return Other(twinPolicy);
        return null;
    }

    /// <summary>
    /// True when the words speak of the policy, false of doing the thing, null when of neither; when of both, the first
    /// one written is the head ("nyusun SE kewajiban pakai API" is a policy, "penerapan perwal" is doing).
    /// </summary>
    bool? SaysPolicy(List<string> part, Words w)
    {
        var words = part.Select(Stem).ToList();
        var policyAt = words.FindIndex(t => topics.Lexicon.PolicyWords.Contains(t) || w.Policy.Singles.Contains(t));
        var phrase = w.Policy.Phrases.Select(ph => IndexOf(words, ph)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
        if (phrase >= 0 && (policyAt < 0 || phrase < policyAt)) policyAt = phrase;
        var doingAt = Enumerable.Range(0, words.Count).FirstOrDefault(i => (w.Doing.Contains(words[i]) || topics.Lexicon.ImplementationWords.Contains(words[i])) && !DocumentIsPolicy(words, i, w), -1);
        if (policyAt < 0 && doingAt < 0) return null;
        return doingAt < 0 || (policyAt >= 0 && policyAt < doingAt);
    }

    /// <summary>
    /// "Our document is the Perbup that …", "dokumen kami berupa draf perwal", "The document we have is the Mayor's
    /// regulation", "dokumen kebijakan": a document that a policy word or phrase names within the next few words, before
    /// any word of doing, is that policy, no sign of doing (a document of the work itself is named by its subject:
    /// "dokumen arsitektur").
    /// </summary>
    bool DocumentIsPolicy(List<string> words, int at, Words w)
    {
        if (!w.DocumentWords.Contains(words[at])) return false;
        var clause = words.Skip(at + 1).Take(DocumentClause).ToList();
        // The clause ends at a word of doing, a contrast ("tp blm ada perwalnya") or a word naming the work itself
        // ("dokumen arsitektur … ditetapkan kepwal" is the architecture, issue 15's al/aq/as/at/au-i206 rows).
        var end = clause.FindIndex(t => w.Doing.Contains(t) || topics.Lexicon.ImplementationWords.Contains(t) || w.Contrast.Contains(t)
            || (!IsPolicyWord(t, w) && topics.Find([t]).Candidates.Count > 0));
        if (end >= 0) clause = clause.Take(end).ToList();
        return clause.Any(t => IsPolicyWord(t, w)) || w.Policy.Phrases.Any(ph => IndexOf(clause, ph) >= 0);
    }

    bool IsPolicyWord(string t, Words w) => topics.Lexicon.PolicyWords.Contains(t) || w.Policy.Singles.Contains(t);

    /// <summary>How many words after "dokumen"/"document" may still name what it is ("The document we have is the Perwal").</summary>
    const int DocumentClause = 6;

    /// <summary>Words after a negator that affirm ("bukan cuma", "tidak hanya", "not only"): no denial.</summary>
    static readonly HashSet<string> Only = ["cuma", "hanya", "saja", "only", "just", "merely"];

    /// <summary>
    /// The words before a negation, and those after it up to a contrast word ("bukan X tapi Y": Y is affirmed). With
    /// <paramref name="negators"/> (an asker's case: "belum", "tidak", "no"), any of them starts a denial too, except before a
    /// word of "only" ("bukan cuma perbup", "not only has …").
    /// </summary>
    static (List<string> Affirmed, List<string> Denied) SplitNegation(List<string> words, Words w, IReadOnlySet<string>? negators = null)
    {
        var affirmed = new List<string>();
        var denied = new List<string>();
        var negated = false;
        for (var i = 0; i < words.Count; i++)
        {
            if (!negated && negators is not null && negators.Contains(words[i]))
            {
                if (i + 1 < words.Count && Only.Contains(words[i + 1])) { i++; continue; }
                negated = true;
                continue;
            }
            if (!negated && w.Negation.FirstOrDefault(n => StartsAt(words, i, n)) is { } negation)
            {
                if (negators is not null && i + negation.Length < words.Count && Only.Contains(words[i + negation.Length])) { i += negation.Length; continue; }
                negated = true;
                i += negation.Length - 1;
                continue;
            }
            if (negated && w.Contrast.Contains(words[i])) { negated = false; continue; }
            (negated ? denied : affirmed).Add(words[i]);
        }
        return (affirmed, denied);
    }

    static bool StartsAt(List<string> words, int at, string[] phrase) =>
        at + phrase.Length <= words.Count && phrase.Select((p, k) => words[at + k] == p).All(x => x);

    static int IndexOf(List<string> words, string[] phrase) => Enumerable.Range(0, words.Count).FirstOrDefault(i => StartsAt(words, i, phrase), -1);

    sealed class Words
    {
        public required HashSet<string> Both { get; init; }
        public required HashSet<string> Markers { get; init; }
        public required HashSet<string> Interrogative { get; init; }
        public required HashSet<string> DocumentWords { get; init; }
        public required HashSet<string> Doing { get; init; }
        public required (HashSet<string> Singles, List<string[]> Phrases) Policy { get; init; }
        public required HashSet<string> Joiners { get; init; }
        public required List<string[]> Negation { get; init; }
        public required HashSet<string> Contrast { get; init; }
        public required HashSet<string> Closing { get; init; }
    }

    static Words Load()
    {
        const string name = "lexicon/difference-words.json";
        var file = EmbeddedLexicon.ReadJson<Dictionary<string, JsonElement>>(name);
        List<string> List(string key) => file.TryGetValue(key, out var e)
            ? e.EnumerateArray().Select(x => TextNormalizer.Normalize(x.GetString() ?? "")).Where(x => x.Length > 0).ToList()
            : throw EmbeddedLexicon.Missing(name, key);
        HashSet<string> Set(string key) => List(key).ToHashSet();
        var policy = List("policy");
        return new Words
        {
            // "sama-sama" is read as written (the raw tokens keep it whole or split it; both forms count).
            Both = file["both"].EnumerateArray().Select(x => (x.GetString() ?? "").ToLowerInvariant()).Concat(List("both")).ToHashSet(),
            Markers = Set("markers"),
            Interrogative = Set("interrogative"),
            DocumentWords = Set("documentWords"),
            Doing = Set("doing"),
            Policy = (policy.Where(x => !x.Contains(' ')).ToHashSet(), policy.Where(x => x.Contains(' ')).Select(x => x.Split(' ')).ToList()),
            Joiners = Set("joiners"),
            Negation = List("negation").Select(x => x.Split(' ')).ToList(),
            Contrast = Set("contrast"),
            Closing = Set("closing"),
        };
    }

    [GeneratedRegex(@"[.;:!?\n]+(?:\s|$)")]
    private static partial Regex Sentences();

    /// <summary>A comma, or a dash standing apart ("— yg SAKIP?", " - our SKP app"); not the hyphen of "e-audit" or "as-is".</summary>
    [GeneratedRegex(@",|\s[-–—]+\s|[–—]")]
    private static partial Regex ClauseBreaks();
}
