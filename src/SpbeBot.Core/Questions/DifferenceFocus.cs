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
    /// <summary>The indicator answered, the other one, and whether the asker said which (false: the first named).</summary>
    public sealed record Pair(int Answer, int Other, bool Focused);

    /// <summary>Words that say both are meant alike: no focus ("dua2nya manajemen data", "masuk mana masing2").</summary>
    static readonly HashSet<string> Both = ["both", "keduanya", "dua2nya", "duanya", "masing", "masing2", "each", "sama2", "samasama", "sama-sama"];

    /// <summary>After these the asker names what they are after: "fokus saya di …", "I'm asking about …", "yg mana yg nilai …".</summary>
    static readonly HashSet<string> Markers = ["about", "tentang", "mengenai", "fokus", "focus", "mainly", "terutama", "tahu", "know", "asking", "mana", "which", "soal", "mean", "maksud", "maksudnya", "maksudku"];

    /// <summary>Words of doing the thing, not of its policy: "actually build apps", "the audit activity itself", "pemakaian API".</summary>
    static readonly HashSet<string> Doing =
        ["itself", "sendiri", "actually", "activity", "activities", "kegiatan", "pemakaian", "memakai", "aplikasi", "aplikasinya", "dokumen", "dokumennya", "document", "layanan", "layanannya", "service", "penerapan", "pelaksanaan", "implementation", "implementasi", "penggunaan", "usage", "fisik", "fisiknya", "physical", "pasang", "memasang", "installed"];

    static readonly HashSet<string> Joiners = ["vs", "versus", "dan", "sama", "dengan", "and", "atau", "or"];

    /// <summary>
    /// The pair, when the question names exactly two indicators and either asks their difference or says which one it
    /// is after. <paramref name="correct"/> turns a piece of the text into the parser's corrected tokens.
    /// </summary>
    public Pair? Read(string text, List<string> tokens, NumberReader.Result numbers, Func<string, List<string>> correct)
    {
        // Each sentence corrected once: this runs on every question.
        var sentences = Sentences().Split(text).Where(s => s.Trim().Length > 0).Select(correct).ToList();
        var differenceAt = sentences.FindIndex(s => s.Any(IntentWords.Difference.Contains));
        var asksDifference = differenceAt >= 0;
        // Without a word of difference, only two numbers each called an indicator ("Indikator 6 dan 17 …? Saya mau tahu yang
        // kebijakan."): a bare number in an account ("baru dipakai 9 dari 40 OPD") is no indicator.
        var pair = ByNumbers(tokens, numbers, asksDifference) ?? (asksDifference ? ByWords(sentences[differenceAt]) : null);
        // "indikator 2 atau 12? yg dokumen peta rencananya dijalankan": a choice between an indicator and a number after "atau".
        var choice = false;
        if (pair is null && !asksDifference && ChoiceOfNumbers(tokens, numbers) is { } offered) (pair, choice) = (offered, true);
        if (pair is not (int first, int second)) return null;

        var focus = sentences.Skip(Math.Max(differenceAt, 0) + 1).Where(s => !s.Any(IntentWords.Difference.Contains)).SelectMany(s => s).ToList();
        // "jaringan intra itu ind 6 atau 17 sih yg dinilai fisiknya?": in a choice, what follows the second number says which.
        if (focus.Count == 0 && choice && tokens.IndexOf(second.ToString(System.Globalization.CultureInfo.InvariantCulture)) is var secondAt and >= 0)
            focus = tokens.Skip(secondAt + 1).ToList();
        // "ind 7 vs ind 18, yg mana yg nilai pemakaian API di OPD?": in one sentence, what follows a marker after the comparison.
        if (focus.Count == 0 && asksDifference && sentences[differenceAt] is var asked
            && asked.FindLastIndex(Markers.Contains) is var m && m > asked.FindIndex(IntentWords.Difference.Contains) && m < asked.Count - 1)
            focus = asked.Skip(m + 1).ToList();
        // "ind 1 vs 11, yg dokumen arsitekturnya sendiri itu mana", "…, e-SAKIP masuk mana": the clause after the comparison,
        // before the closing "mana", names the one asked about.
        if (focus.Count == 0 && asksDifference && LastClauseAfterComparison(text, correct) is { Count: > 0 } clause) focus = clause;
        if (!asksDifference && !choice && !focus.Any(Markers.Contains)) return null;
        // Read before typo correction: "keduanya" is not in the vocabulary the corrector knows.
        var both = TextNormalizer.Tokenize(text).Any(Both.Contains);
        var chosen = focus.Count > 0 && !both ? Focus(focus, first, second) : null;
        if (chosen is int c) return new Pair(c, c == first ? second : first, true);
        return asksDifference ? new Pair(first, second, false) : null;
    }

    /// <summary>Two distinct indicators named by number ("ind 7 vs ind 18", "e-planning (32) and e-budgeting (33)"), in the order written.</summary>
    (int, int)? ByNumbers(List<string> tokens, NumberReader.Result numbers, bool bareToo)
    {
        var named = numbers.Indicators.Concat(bareToo ? numbers.Bare.Where(n => n > 5 || numbers.Levels.Count == 0) : [])
            .Where(n => catalog.FindIndicator(n) is not null).Distinct().ToList();
        if (named.Count != 2) return null;
        var ordered = named.OrderBy(n => tokens.IndexOf(n.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        return (ordered[0], ordered[1]);
    }

    /// <summary>"indikator 2 atau 12", "indicator 6 or 17": an indicator named by number and a bare number offered after "atau/or".</summary>
    (int, int)? ChoiceOfNumbers(List<string> tokens, NumberReader.Result numbers)
    {
        if (numbers.Indicators.Count != 1 || numbers.Levels.Count > 0) return null;
        var first = numbers.Indicators[0];
        var at = tokens.IndexOf(first.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // "indicator 36 (kepegawaian) or 41": a word or two in brackets may stand between.
        var or = tokens.FindIndex(at + 1, Math.Min(3, Math.Max(0, tokens.Count - at - 1)), t => t is "atau" or "or" or "ato");
        if (at < 0 || or < 0 || or + 1 >= tokens.Count || tokens.Skip(at + 1).Take(or - at - 1).Any(t => t.Any(char.IsAsciiDigit)) || !int.TryParse(tokens[or + 1], out var second)) return null;
        return second != first && second > 5 && catalog.FindIndicator(second) is not null ? (first, second) : null;
    }

    /// <summary>The last comma clause of the sentence holding the comparison, when it comes after it; a closing "mana"/"which" dropped.</summary>
    static List<string>? LastClauseAfterComparison(string text, Func<string, List<string>> correct)
    {
        var sentence = Sentences().Split(text).Where(s => s.Trim().Length > 0).FirstOrDefault(s => TextNormalizer.Tokenize(s).Any(IntentWords.Difference.Contains));
        if (sentence is null) return null;
        var clauses = sentence.Split(',');
        if (clauses.Length < 2 || TextNormalizer.Tokenize(clauses[^1]).Any(IntentWords.Difference.Contains)) return null;
        var clause = correct(clauses[^1]);
        while (clause.Count > 0 && clause[^1] is "mana" or "which" or "manakah" or "ya" or "sih" or "nih") clause.RemoveAt(clause.Count - 1);
        return clause;
    }

    /// <summary>Two indicators named in words on either side of "vs", "dan", "sama", "and": one each side.</summary>
    (int, int)? ByWords(List<string> sentence)
    {
        for (var i = 1; i < sentence.Count - 1; i++)
        {
            if (!Joiners.Contains(sentence[i])) continue;
            var left = topics.Find(sentence.Take(i).ToList()).Candidates;
            var right = topics.Find(sentence.Skip(i + 1).ToList()).Candidates;
            // "kebijakan internal Arsitektur SPBE dan indikator Arsitektur SPBE": the bare side is the twin's other member.
            if (left.Count == 1 && right.Count is 1 or 2 && right.Any(r => r != left[0]) && (right.Count == 1 || right.Contains(left[0])))
                return (left[0], right.First(r => r != left[0]));
        }
        return null;
    }

    /// <summary>Which of the two the words after the comparison point at, or null when they do not tell.</summary>
    int? Focus(List<string> focus, int first, int second)
    {
        var marker = focus.FindLastIndex(Markers.Contains);
        var after = marker >= 0 && marker < focus.Count - 1 ? focus.Skip(marker + 1).ToList() : focus;
        int? One(IEnumerable<int> xs) => xs.Distinct().ToList() is [var x] ? x : null;

        var numbered = after.Where(t => t.All(char.IsAsciiDigit) && int.TryParse(t, out _)).Select(int.Parse).Where(n => n == first || n == second);
        if (One(numbered) is int byNumber) return byNumber;
        if (One(topics.Find(after).Candidates.Where(n => n == first || n == second)) is int byTopic) return byTopic;

        // "yang kebijakan", "kita lagi bikin perwalinya" against "how OPDs actually build apps": the policy member or the other.
        int? policy = topics.PolicyOf(second) == first ? first : topics.PolicyOf(first) == second ? second : null;
        if (policy is int p)
        {
            // "Yang menjadi tanggung jawab kami adalah Peraturan Wali Kota tentang Peta Rencana": when the words after the
            // marker tell neither, the policy word may precede it.
            foreach (var part in (List<string>[])[after, focus])
            {
                var words = part.Select(t => t.EndsWith("nya", StringComparison.Ordinal) && t.Length > 5 ? t[..^3] : t).ToList();
                var saysPolicy = words.Any(topics.Lexicon.PolicyWords.Contains);
                var saysDoing = words.Any(t => Doing.Contains(t) || topics.Lexicon.ImplementationWords.Contains(t));
                if (saysPolicy != saysDoing) return saysPolicy ? p : p == first ? second : first;
                if (saysPolicy) break;
            }
        }

        // The learned model, read on those words alone, when it clearly prefers one of the two.
        if (model is not null && model.Score(after) is { Features: > 0 } guess)
        {
            double a = guess.Of(first), b = guess.Of(second);
            if (Math.Max(a, b) >= 0.5 && Math.Max(a, b) >= 20 * Math.Min(a, b)) return a > b ? first : second;
        }
        return null;
    }

    [GeneratedRegex(@"[.;:!?\n]+(?:\s|$)")]
    private static partial Regex Sentences();
}
