using System.Text.RegularExpressions;

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
    (int Reviewed, int? Month, int Now)? StaleReview(string question, bool service, int? evaluationYear, Element dated = Element.Reviewed)
    {
        int? reviewed = null, month = null, named = null;
        var latest = int.MinValue;
        var statedNow = StatedYearNow(question);
        var last = false;
        foreach (var sentence in SentenceBreak().Split(DateFriendly(question)))
        {
            var tokens = TextNormalizer.Tokenize(sentence);
            for (var i = 0; i < tokens.Count; i++)
            {
                // "evaluasi 2026", "Evaluasi tahun 2026", "Evaluasi sekarang 2026", "mengingat evaluasinya tahun 2026 ini": the
                // evaluation named by its year, not a review of one's own — whatever is dated, a review or an external audit
                // (review m37sc finding 7: "Untuk evaluasi 2026: audit … eksternal bersertifikat terakhir … 2022").
                if (tokens[i] is "evaluasi" or "evaluasinya" or "evaluation" && YearAt(tokens, i + 1, 2) is { } evaluation && (evaluation.At == i + 1 || tokens[i + 1] == "tahun" || Now.Contains(tokens[i + 1])))
                { named ??= evaluation.Year; continue; }
                // "For the 2026 evaluation": the year before the noun.
                if (tokens[i] == "evaluation" && i > 1 && tokens[i - 2] == "the" && IsYear(tokens[i - 1]))
                { named ??= int.Parse(tokens[i - 1], System.Globalization.CultureInfo.InvariantCulture); continue; }
                if (!Read([tokens[i]], service, isCatalog: true).Asserted.Contains(dated)) continue;
                // "untuk evaluasi", "evaluasi SPBE": the national evaluation itself.
                if (i > 0 && EvaluationBefore.Contains(tokens[i - 1]) && tokens[i - 1] is not "the" || i + 1 < tokens.Count && EvaluationAfter.Contains(tokens[i + 1])) continue;
                // Its date: of the dates after the word in its sentence, up to the next word of the element, the latest
                // (review m37sc: "dilakukan Februari 2024 dan Desember 2024" in either order; "Agustus 2024 s.d. Januari
                // 2025", a period dated by its end; "atas Perbup yang ditetapkan Agustus 2024 itu dilaksanakan Oktober
                // 2025", a document's date skipped); the last review is the latest one dated.
                foreach (var date in DatesAfter(tokens, i + 1, service, dated))
                {
                    var key = date.Year * 12 + (date.Month ?? 12);
                    if (key <= latest) continue;
                    latest = key;
                    reviewed = date.Year;
                    month = date.Month;
                    last = Enumerable.Range(Math.Max(0, i - 2), date.At - Math.Max(0, i - 2)).Any(k => LastWords.Contains(tokens[k]));
                }
            }
        }
        if (reviewed is not int r) return null;
        if (statedNow is var (stated, nowMonth))
        {
            // "Sekarang Januari 2026 … reviu terakhir Desember 2024": both months stated, the age in months (13: it counts).
            if (nowMonth is int n && month is int reviewMonth) return stated * 12 + n - (r * 12 + reviewMonth) >= 24 ? (r, month, stated) : null;
            return stated - r >= 2 ? (r, month, stated) : null;
        }
        if ((named ?? evaluationYear) is not int now || !last) return null;
        // The month stated beside the year ("terakhir Agustus 2024", "the last audit … in August 2024"): the review's age
        // at the end of the evaluation year, more than two years when it falls before December two years back (the
        // tuning authors' labels: every last review of January–November 2024 is too old for 2026; one of 2025 counts).
        if (month is int m) return (r * 12 + m) < (now - 1) * 12 ? (r, month, now) : null;
        return now - r >= 3 ? (r, null, now) : null;
    }

    /// <summary>Words before a date that make it a document's date, not the review's ("Perbup yang ditetapkan Agustus 2024").</summary>
    static readonly HashSet<string> EnactedWords = ["ditetapkan", "diundangkan", "disahkan", "ditandatangani", "diterbitkan", "terbit", "enacted", "issued", "signed"];

    /// <summary>
    /// The dates after token <paramref name="from"/> (year, the month beside it, the year's place), up to the next word
    /// of the element dated: not a regulation's year, nor a year said to be now or the evaluation's ("sekarang 2026",
    /// "evaluasi 2026"), nor a document's date ("ditetapkan Agustus 2024").
    /// </summary>
    IEnumerable<(int Year, int? Month, int At)> DatesAfter(IReadOnlyList<string> tokens, int from, bool service, Element dated)
    {
        for (var k = from; k < tokens.Count; k++)
        {
            if (k > from && Read([tokens[k]], service, isCatalog: true).Asserted.Contains(dated)) yield break;
            if (!IsYear(tokens[k]) || RegulationYear(tokens, k) || k + 1 < tokens.Count && tokens[k + 1] is "evaluation" or "evaluasi") continue;
            var before = Enumerable.Range(Math.Max(from, k - 4), k - Math.Max(from, k - 4)).Select(b => tokens[b]).ToList();
            if (before.TakeLast(3).Any(Now.Contains) || before.Count > 0 && (before[^1] is "ini" or "evaluasi" or "evaluation" || before.Count > 1 && before[^1] == "tahun" && before[^2] is "evaluasi" or "evaluation")) continue;
            if (before.Any(EnactedWords.Contains)) continue;
            yield return (int.Parse(tokens[k], System.Globalization.CultureInfo.InvariantCulture), MonthBefore(tokens, k), k);
        }
    }

    /// <summary>
    /// The question with its dates kept whole by the sentence split and written as the reader reads them: "s.d." and "s/d"
    /// (a period: "Agustus 2024 s.d. Januari 2025") become "sd"; the period after a month's short form goes ("Agt. 2024",
    /// "Sept. 2024"); dates in figures ("14.08.2024", "14/08/2024", "2024-08-14", "08/2024" with its zero) and "tahun 2024
    /// bulan Agustus" become "bulan 8 tahun 2024" — a month, not a regulation's number ("5/2020" is left alone).
    /// </summary>
    static string DateFriendly(string question)
    {
        var text = UntilWord().Replace(question, "sd");
        text = ShortMonthDot.Replace(text, "$1");
        text = DayMonthYear().Replace(text, "bulan $1 tahun $2");
        text = IsoDate().Replace(text, "bulan $2 tahun $1");
        text = ZeroMonthYear().Replace(text, "bulan $1 tahun $2");
        return YearThenMonth().Replace(text, m => Months.ContainsKey(m.Groups[2].Value.ToLowerInvariant()) ? $"bulan {m.Groups[2].Value} tahun {m.Groups[1].Value}" : m.Value);
    }

    // Built once (the review's dates are read for every described situation that names a review or an audit).
    [GeneratedRegex(@"[.;!?\n]+(?:\s|$)")]
    private static partial Regex SentenceBreak();
    [GeneratedRegex(@"\b[sS]\s?[./]\s?[dD]\b\.?")]
    private static partial Regex UntilWord();
    [GeneratedRegex(@"\b\d{1,2}[./-](0?[1-9]|1[0-2])[./-](20\d\d)\b")]
    private static partial Regex DayMonthYear();
    [GeneratedRegex(@"\b(20\d\d)-(0[1-9]|1[0-2])-\d{1,2}\b")]
    private static partial Regex IsoDate();
    [GeneratedRegex(@"\b(0[1-9])/(20\d\d)\b")]
    private static partial Regex ZeroMonthYear();
    [GeneratedRegex(@"\btahun\s+(20\d\d)\s*,?\s+bulan\s+([a-z]+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex YearThenMonth();

    /// <summary>Month names and their numbers, Indonesian, English and their short forms ("Agustus", "Aug", "agt").</summary>
    static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["januari"] = 1, ["january"] = 1, ["jan"] = 1, ["februari"] = 2, ["february"] = 2, ["feb"] = 2, ["pebruari"] = 2,
        ["maret"] = 3, ["march"] = 3, ["mar"] = 3, ["mrt"] = 3, ["peb"] = 2, ["pebr"] = 2, ["april"] = 4, ["apr"] = 4, ["mei"] = 5, ["may"] = 5,
        ["juni"] = 6, ["june"] = 6, ["jun"] = 6, ["juli"] = 7, ["july"] = 7, ["jul"] = 7,
        ["agustus"] = 8, ["august"] = 8, ["agu"] = 8, ["agt"] = 8, ["ags"] = 8, ["aug"] = 8, ["agus"] = 8, ["agst"] = 8,
        ["september"] = 9, ["sep"] = 9, ["sept"] = 9, ["oktober"] = 10, ["october"] = 10, ["okt"] = 10, ["oct"] = 10,
        ["november"] = 11, ["nov"] = 11, ["nopember"] = 11, ["nop"] = 11, ["desember"] = 12, ["december"] = 12, ["des"] = 12, ["dec"] = 12,
    };

    /// <summary>A month's short form with a period before its year ("Agt. 2024"); after <see cref="Months"/>, which it is built from.</summary>
    static readonly Regex ShortMonthDot = new(@"\b(" + string.Join('|', Months.Keys.Where(k => k.Length <= 4)) + @")\.(?=\s*\d)", RegexOptions.IgnoreCase);

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

    /// <summary>The year the description says it is now, and the month beside it: "sekarang 2024", "now (2025)", "tahun ini 2024", "sekarang Januari 2026"; null when it says none.</summary>
    static (int Year, int? Month)? StatedYearNow(string question)
    {
        foreach (var sentence in SentenceBreak().Split(question))
        {
            var tokens = TextNormalizer.Tokenize(sentence);
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!Now.Contains(tokens[i]) && !(tokens[i] is "ini" or "this" && i > 0 && (Years.Contains(tokens[i - 1]) || tokens[i - 1] is "year" or "saat"))) continue;
                // "skrg udah desember 2026": a month and "sudah" between the word of now and its year.
                var from = i + 1;
                while (from < tokens.Count && from - i <= 2 && NowFillers.Contains(tokens[from])) from++;
                if (YearAt(tokens, from, 2) is { } now) return (now.Year, MonthBefore(tokens, now.At));
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
