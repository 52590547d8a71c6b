namespace SpbeBot.Core.Questions;

/// <summary>
/// A review too old to count. The Pedoman counts a review only while it is valid: "reviu … yang masih berlaku
/// (&lt;2 tahun)". The year it is now is the one the description says ("sekarang 2025"), else the evaluation it names by
/// its year ("untuk evaluasi 2026"), else the instansi's configured evaluation year.
/// </summary>
public sealed partial class SituationReader
{
    /// <summary>Words that say the year it is now: "sekarang 2024", "now (2025)"; "tahun ini 2024" and "saat ini 2024" by their "ini".</summary>
    static readonly HashSet<string> Now = Vocabulary.Words("now");
    /// <summary>Words that date the last review: "reviu terakhir 2023", "the last review was in 2022".</summary>
    static readonly HashSet<string> LastWords = Vocabulary.Words("last");
    /// <summary>Words between a word of now and its year: "sudah", a month ("skrg udah desember 2026").</summary>
    static readonly HashSet<string> NowFillers = Vocabulary.Words("now-fillers");

    /// <summary>The description's last review and the year it is now, when that review no longer counts; null when it counts or is not dated.</summary>
    /// <remarks>
    /// With the year now stated beside it ("reviu terakhir 2021. Sekarang 2024"), two years or more. Against a year the
    /// description does not state, only the review it calls the last one ("reviu terakhir 2023", "the last review was in
    /// 2022"), and three years or more: "direviu 2024" may be less than two years old by the evaluation, and a review dated
    /// without "terakhir" need not be the last one. Measured on the tuning sets against 2026: every "reviu terakhir
    /// 2020–2023" (12 rows) is labelled too old and both "terakhir 2024" valid; of 10 reviews dated three or more years
    /// back without "terakhir", 9 are labelled valid (the review often followed up since).
    /// </remarks>
    /// <param name="evaluationYear">The instansi's evaluation year (configuration); null when there is none.</param>
    /// <param name="dated">The element whose date counts: the review, or the external audit ("eksternal bersertifikat terakhir 2023").</param>
    (int Reviewed, int Now)? StaleReview(string question, bool service, int? evaluationYear, Element dated = Element.Reviewed)
    {
        int? reviewed = null, named = null;
        var statedNow = StatedYearNow(question);
        var last = false;
        foreach (var sentence in System.Text.RegularExpressions.Regex.Split(question, @"[.;!?\n]+(?:\s|$)"))
        {
            var tokens = TextNormalizer.Tokenize(sentence);
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!Read([tokens[i]], service, isCatalog: true).Asserted.Contains(dated)) continue;
                // "evaluasi 2026", "Evaluasi tahun 2026", "Evaluasi sekarang 2026", "mengingat evaluasinya tahun 2026 ini": the
                // evaluation named by its year, not a review of one's own.
                if (tokens[i] is "evaluasi" or "evaluasinya" or "evaluation" && YearAt(tokens, i + 1, 2) is { } evaluation && (evaluation.At == i + 1 || tokens[i + 1] == "tahun" || Now.Contains(tokens[i + 1])))
                { named ??= evaluation.Year; continue; }
                // "untuk evaluasi", "evaluasi SPBE": the national evaluation itself.
                if (i > 0 && EvaluationBefore.Contains(tokens[i - 1]) && tokens[i - 1] is not "the" || i + 1 < tokens.Count && EvaluationAfter.Contains(tokens[i + 1])) continue;
                // Its date: the first year after the word in its sentence ("Reviu terakhir atas perwali tersebut dilakukan
                // tahun 2021"); the last review is the latest one dated.
                if (YearAt(tokens, i + 1, tokens.Count) is not { } date || date.Year <= reviewed) continue;
                reviewed = date.Year;
                last = Enumerable.Range(Math.Max(0, i - 2), date.At - Math.Max(0, i - 2)).Any(k => LastWords.Contains(tokens[k]));
            }
        }
        if (reviewed is not int r) return null;
        if (statedNow is int stated) return stated - r >= 2 ? (r, stated) : null;
        return (named ?? evaluationYear) is int now && last && now - r >= 3 ? (r, now) : null;
    }

    /// <summary>The year the description says it is now: "sekarang 2024", "now (2025)", "tahun ini 2024"; null when it says none.</summary>
    static int? StatedYearNow(string question)
    {
        foreach (var sentence in System.Text.RegularExpressions.Regex.Split(question, @"[.;!?\n]+(?:\s|$)"))
        {
            var tokens = TextNormalizer.Tokenize(sentence);
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!Now.Contains(tokens[i]) && !(tokens[i] is "ini" or "this" && i > 0 && (Years.Contains(tokens[i - 1]) || tokens[i - 1] is "year" or "saat"))) continue;
                // "skrg udah desember 2026": a month and "sudah" between the word of now and its year.
                var from = i + 1;
                while (from < tokens.Count && from - i <= 2 && NowFillers.Contains(tokens[from])) from++;
                if (YearAt(tokens, from, 2) is { } now) return now.Year;
            }
        }
        return null;
    }

    /// <summary>The first year from token <paramref name="from"/> on, within <paramref name="span"/> tokens, that is no regulation's year ("Nomor 7 Tahun 2023", "5/2020").</summary>
    static (int Year, int At)? YearAt(IReadOnlyList<string> tokens, int from, int span)
    {
        for (var k = from; k < Math.Min(tokens.Count, from + span); k++)
            if (IsYear(tokens[k]) && !RegulationYear(tokens, k)) return (int.Parse(tokens[k], System.Globalization.CultureInfo.InvariantCulture), k);
        return null;
    }

    static bool IsYear(string t) => t.Length == 4 && t.StartsWith("20", StringComparison.Ordinal) && t.All(char.IsAsciiDigit);

    static bool RegulationYear(IReadOnlyList<string> tokens, int k) =>
        k > 0 && IsRegulationNumber(tokens[k - 1]) || k > 1 && tokens[k - 1] == "tahun" && IsRegulationNumber(tokens[k - 2]);

    static bool IsRegulationNumber(string t) => t.Length <= 3 && t.All(char.IsAsciiDigit);
}
