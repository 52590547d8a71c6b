using System.Globalization;
using System.Text.RegularExpressions;

namespace SpbeBot.Core.Evidence.Checking;

/// <summary>
/// The day a report's own reviu, evaluasi or audit was held (issue 22, wip-37ev; review r36a findings 1, 2 and 5). The
/// Ketentuan Penilaian count a reviu "dalam kurun waktu 2 (dua) tahun terakhir": the age is the reviu's, not the day its
/// report was signed. One reading, decided once per document and read by the stale flag and by the level alike:
/// <list type="number">
/// <item>a heading line that names the reviu's day — "Tanggal Reviu : 27 Januari 2025", a notulen's "Hari/Tanggal : Senin,
/// 27 Januari 2025", "Waktu Pelaksanaan : …";</item>
/// <item>else one sentence whose subject is the report's own reviu — it opens a sentence with the noun the title uses
/// ("Reviu dilaksanakan pada (hari Senin,) 27(–28) Mei 2024 …") — and is about no other round (sebelumnya, berikutnya,
/// akan, direncanakan, pembanding …) or event ("… Evaluasi SPBE Kementerian PANRB yang dilaksanakan pada …" is not the
/// subject's verb; "Paparan hasil reviu … dilaksanakan" has another subject); two such sentences with different days
/// date nothing;</item>
/// <item>else the report's own date, as before.</item>
/// </list>
/// A held day after the report's own date is no reading of this reviu.
/// </summary>
public sealed partial class EvidenceChecker
{
    const string MonthNames = "januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember";

    const string DayOfWeek = @"(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)";

    /// <summary>A held day, a range's first day ("27–28 Mei 2024", "27 s.d. 28 Mei 2024") standing for it.</summary>
    const string HeldDayText =
        @"(?:pada\s+)?(?:hari\s+)?(?:" + DayOfWeek + @"\s*,?\s+)?(?:tanggal\s+|tgl\.?\s+)?(?<d>\d{1,2})(?:\s*(?:-|–|s\.?\s*d\.?|sampai(?:\s+dengan)?|hingga)\s*\d{1,2})?\s+(?<m>" + MonthNames + @")\s+(?<y>(?:19|20)\d{2})\b";

    /// <summary>A heading line naming the reviu's own day.</summary>
    static readonly Regex HeadingHeldDay = new(
        @"(?:^|\n)[ \t]*(?:tanggal\s+(?:pelaksanaan\s+)?(?:reviu|review|evaluasi|audit|pelaksanaan|rapat|kegiatan)|hari\s*/\s*tanggal|waktu\s+pelaksanaan|pelaksanaan\s+(?:reviu|review|evaluasi|audit))[ \t]*:?[ \t]*" + HeldDayText,
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>
    /// A sentence about the report's reviu and its day: the noun, a subject phrase with no verb of its own and no relative
    /// clause ("yang") and no second noun (a heading "PELAKSANAAN REVIU" over "Reviu dilaksanakan …" is not the subject),
    /// the held verb, a few words ("oleh Tim … di Ruang Rapat") and the day.
    /// </summary>
    static readonly Regex HeldSentence = new(
        @"\b(?<noun>reviu|review|evaluasi|audit)\b(?<subject>(?:(?!\b(?:yang|reviu|review|evaluasi|audit|dilaksanakan|dilakukan|diselenggarakan)\b)[^.;!?\n]|\n(?![ \t]*\n)){0,120}?)\b(?:dilaksanakan|dilakukan|diselenggarakan)\b(?<gap>(?:(?!\byang\b)[^.;!?\d]){0,80}?)\s" + HeldDayText,
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>A sentence about another round than the one reported.</summary>
    static readonly Regex AnotherRound = new(
        @"\b(sebelumnya|terdahulu|lalu|berikutnya|selanjutnya|mendatang|akan|direncanakan|dijadwalkan|rencana|pembanding|dibandingkan|periode\s+sebelum)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>The noun the report's title names itself with (reviu, evaluasi, audit); null where it names none.</summary>
    static string? TitleNoun(string head) =>
        Regex.Match(head, @"\b(reviu|review|evaluasi|audit)\b", RegexOptions.CultureInvariant) is { Success: true } m
            ? m.Value is "review" ? "reviu" : m.Value
            : null;

    /// <summary>The day the report's own reviu was held, by the reading above; null where the text does not state it.</summary>
    static DateOnly? HeldDay(PageText page, DateOnly? reportDay)
    {
        var headRaw = page.Pages.Count == 0 ? "" : page.Pages[0][..Math.Min(900, page.Pages[0].Length)];
        if (HeadingHeldDay.Match(headRaw) is { Success: true } h && Day(h) is { } headed)
            return reportDay is { } r && headed > r ? null : headed;
        if (TitleNoun(page.Head(500)) is not { } noun) return null;
        var days = new HashSet<DateOnly>();
        foreach (var text in page.Pages)
        foreach (Match m in HeldSentence.Matches(text))
        {
            var said = PageText.Fold(m.Groups["noun"].Value);
            if ((said is "review" ? "reviu" : said) != noun || !OpensSentence(text, m.Index)) continue;
            if (AnotherRound.IsMatch(text[m.Index..(m.Index + m.Length)])) continue;
            if (Day(m) is { } day && !(reportDay is { } r && day > r)) days.Add(day);
        }
        return days.Count == 1 ? days.Single() : null;
    }

    /// <summary>
    /// The noun opens its sentence: after the text's start, a sentence's end or a colon, or at a line's start after an empty
    /// line, a heading (a line in capitals) or a line that ended its sentence — not a wrapped line's continuation.
    /// </summary>
    static bool OpensSentence(string text, int at)
    {
        var i = at - 1;
        while (i >= 0 && text[i] is ' ' or '\t') i--;
        if (i < 0 || text[i] is '.' or ';' or ':' or ')' ) return true;
        if (text[i] != '\n') return false;
        var lineEnd = i;
        while (lineEnd >= 0 && char.IsWhiteSpace(text[lineEnd])) lineEnd--;
        if (lineEnd < 0) return true;
        var lineStart = text.LastIndexOf('\n', lineEnd) + 1;
        var previous = text[lineStart..(lineEnd + 1)].Trim();
        if (i - lineEnd > 1 && text[(lineEnd + 1)..i].Contains('\n')) return true;
        return previous.Length == 0 || previous[^1] is '.' or ';' or ':' || previous.Any(char.IsLetter) && !previous.Any(char.IsLower);
    }

    static DateOnly? Day(Match m)
    {
        var month = Array.IndexOf(MonthNames.Split('|'), m.Groups["m"].Value.ToLowerInvariant()) + 1;
        var (d, y) = (int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture));
        return month > 0 && d >= 1 && d <= DateTime.DaysInMonth(y, month) ? new DateOnly(y, month, d) : null;
    }
}
