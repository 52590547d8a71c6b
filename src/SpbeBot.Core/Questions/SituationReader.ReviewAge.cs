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
        int? reviewed = null, month = null, named = null;
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
                month = MonthBefore(tokens, date.At);
                last = Enumerable.Range(Math.Max(0, i - 2), date.At - Math.Max(0, i - 2)).Any(k => LastWords.Contains(tokens[k]));
            }
        }
        if (reviewed is not int r) return null;
        if (statedNow is int stated) return stated - r >= 2 ? (r, stated) : null;
        if ((named ?? evaluationYear) is not int now || !last) return null;
        // The month stated beside the year ("terakhir Agustus 2024", "the last audit … in August 2024"): the review's age
        // at the end of the evaluation year, more than two years when it falls before December two years back (the
        // tuning authors' labels: every last review of January–November 2024 is too old for 2026; one of 2025 counts).
        if (month is int m) return (r * 12 + m) < (now - 1) * 12 ? (r, now) : null;
        return now - r >= 3 ? (r, now) : null;
    }

    /// <summary>Month names and their numbers, Indonesian, English and their short forms ("Agustus", "Aug", "agt").</summary>
    static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["januari"] = 1, ["january"] = 1, ["jan"] = 1, ["februari"] = 2, ["february"] = 2, ["feb"] = 2, ["pebruari"] = 2,
        ["maret"] = 3, ["march"] = 3, ["mar"] = 3, ["april"] = 4, ["apr"] = 4, ["mei"] = 5, ["may"] = 5,
        ["juni"] = 6, ["june"] = 6, ["jun"] = 6, ["juli"] = 7, ["july"] = 7, ["jul"] = 7,
        ["agustus"] = 8, ["august"] = 8, ["agu"] = 8, ["agt"] = 8, ["ags"] = 8, ["aug"] = 8, ["agus"] = 8,
        ["september"] = 9, ["sep"] = 9, ["sept"] = 9, ["oktober"] = 10, ["october"] = 10, ["okt"] = 10, ["oct"] = 10,
        ["november"] = 11, ["nov"] = 11, ["nopember"] = 11, ["desember"] = 12, ["december"] = 12, ["des"] = 12, ["dec"] = 12,
    };

    /// <summary>The month stated right before the year at <paramref name="at"/>: "Agustus 2024", "August, 2024", "bulan 5 tahun 2025"; null when none.</summary>
    static int? MonthBefore(IReadOnlyList<string> tokens, int at)
    {
        var k = at - 1;
        if (k >= 0 && tokens[k] is "tahun" or "th" or "thn") k--;
        if (k < 0) return null;
        if (Months.TryGetValue(tokens[k], out var m)) return m;
        // "bulan 5 tahun 2025", "bln 10 2024": a month by its number after the word for month.
        return k > 0 && tokens[k - 1] is "bulan" or "bln" && int.TryParse(tokens[k], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 12 ? n : null;
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
        (k > 0 && IsRegulationNumber(tokens[k - 1]) || k > 1 && tokens[k - 1] == "tahun" && IsRegulationNumber(tokens[k - 2])) && !MonthNumbered(tokens, k);

    /// <summary>"bulan 10 tahun 2024", "bln 5 2025": the number before the year is a month's, not a regulation's.</summary>
    static bool MonthNumbered(IReadOnlyList<string> tokens, int k)
    {
        var at = k > 1 && tokens[k - 1] == "tahun" ? k - 2 : k - 1;
        return at > 0 && tokens[at - 1] is "bulan" or "bln";
    }

    static bool IsRegulationNumber(string t) => t.Length <= 3 && t.All(char.IsAsciiDigit);
}
