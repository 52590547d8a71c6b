using System.Globalization;
using System.Text.RegularExpressions;
using SpbeBot.Core.Questions;

namespace SpbeBot.Core.Plans.Import;

/// <summary>Reads levels, deadlines and statuses as people type them in plan spreadsheets.</summary>
public static partial class CellValues
{
    /// <summary>"3", "Level 3", "L3", "3 (Terdefinisi)", "Tingkat 3" → 3. Null when empty; a problem when not a level 1–5.</summary>
    public static (int? Level, ImportIssue? Error) Level(string cell)
    {
        var text = cell.Trim();
        if (text.Length == 0 || text is "-" or "–") return (null, null);
        var m = LevelPattern().Match(TextNormalizer.Normalize(text));
        if (!m.Success || !int.TryParse(m.Groups[1].Value, out var level))
            return (null, ImportIssue.Of(ImportIssueKind.LevelNotRecognised) with { Text = Short(text) });
        return level is >= 1 and <= 5 ? (level, null) : (null, ImportIssue.Of(ImportIssueKind.LevelOutOfRange) with { Number = level });
    }

    static readonly Dictionary<string, int> Months = new()
    {
        ["januari"] = 1, ["jan"] = 1, ["january"] = 1, ["februari"] = 2, ["feb"] = 2, ["pebruari"] = 2, ["february"] = 2,
        ["maret"] = 3, ["mar"] = 3, ["march"] = 3, ["april"] = 4, ["apr"] = 4, ["mei"] = 5, ["may"] = 5,
        ["juni"] = 6, ["jun"] = 6, ["june"] = 6, ["juli"] = 7, ["jul"] = 7, ["july"] = 7, ["agustus"] = 8, ["agu"] = 8, ["agt"] = 8, ["aug"] = 8, ["august"] = 8,
        ["september"] = 9, ["sep"] = 9, ["sept"] = 9, ["oktober"] = 10, ["okt"] = 10, ["oct"] = 10, ["october"] = 10,
        ["november"] = 11, ["nov"] = 11, ["nopember"] = 11, ["desember"] = 12, ["des"] = 12, ["dec"] = 12, ["december"] = 12,
    };

    /// <summary>
    /// "2019" → 31 Dec 2019; "31/03/2025", "31-3-2025", "2025-03-31"; "31 Maret 2025"; "Maret 2025" → end of month;
    /// "Triwulan III 2025"/"TW 3 2025" → end of quarter; "Semester 1 2025" → 30 June; Excel serial numbers.
    /// </summary>
    public static (DateOnly? Date, ImportIssue? Error) Deadline(string cell)
    {
        var text = cell.Trim();
        if (text.Length == 0 || text is "-" or "–") return (null, null);
        var invalid = (null as DateOnly?, ImportIssue.Of(ImportIssueKind.DateNotRecognised) with { Text = Short(text) });

        if (IsoDate().Match(text) is { Success: true } iso) return Make(iso.Groups[1], iso.Groups[2], iso.Groups[3], invalid);
        if (DayMonthYear().Match(text) is { Success: true } dmy) return Make(dmy.Groups[3], dmy.Groups[2], dmy.Groups[1], invalid);
        if (YearOnly().Match(text) is { Success: true } y) return (new DateOnly(int.Parse(y.Groups[1].Value), 12, 31), null);
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 20000 and < 80000)
            return (DateOnly.FromDateTime(DateTime.FromOADate(serial)), null);

        var words = TextNormalizer.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var year = words.Select(w => int.TryParse(w, out var n) ? n : 0).LastOrDefault(n => n is >= 1990 and <= 2100);
        if (year == 0) return invalid;
        var month = words.Select(w => Months.GetValueOrDefault(w)).FirstOrDefault(m => m > 0);
        if (month > 0)
        {
            var day = words.Select(w => int.TryParse(w, out var n) ? n : 0).FirstOrDefault(n => n is >= 1 and <= 31);
            if (day == 0) return (new DateOnly(year, month, DateTime.DaysInMonth(year, month)), null);
            return day <= DateTime.DaysInMonth(year, month) ? (new DateOnly(year, month, day), null) : invalid;
        }
        var period = PeriodNumber(words);
        if (words.Any(w => w is "triwulan" or "tw" or "kuartal" or "quarter" or "q") && period is >= 1 and <= 4)
            return (EndOfMonth(year, period * 3), null);
        if (words.Any(w => w is "semester" or "smt" or "sem") && period is 1 or 2)
            return (EndOfMonth(year, period * 6), null);
        return invalid;
    }

    /// <summary>Status words in Indonesian or English; unknown text → null with a problem.</summary>
    public static (PlanStatus? Status, ImportIssue? Error) Status(string cell)
    {
        var text = TextNormalizer.Normalize(cell);
        if (text.Length == 0) return (null, null);
        PlanStatus? status = text switch
        {
            "open" or "terbuka" or "belum" or "belum mulai" or "belum dimulai" or "rencana" or "baru" => PlanStatus.Open,
            "in progress" or "progress" or "proses" or "dalam proses" or "berjalan" or "sedang berjalan" or "on progress" or "dikerjakan" => PlanStatus.InProgress,
            "done" or "selesai" or "sudah" or "tuntas" or "completed" or "complete" or "telah selesai" => PlanStatus.Done,
            "cancelled" or "canceled" or "batal" or "dibatalkan" => PlanStatus.Cancelled,
            _ => null,
        };
        return status is null ? (null, ImportIssue.Of(ImportIssueKind.StatusNotRecognised) with { Text = Short(cell) }) : (status, null);
    }

    static int PeriodNumber(string[] words)
    {
        foreach (var w in words)
        {
            if (w.Length == 1 && int.TryParse(w, out var n)) return n;
            if (w is "i" or "ii" or "iii" or "iv") return w switch { "i" => 1, "ii" => 2, "iii" => 3, _ => 4 };
        }
        return 0;
    }

    static (DateOnly?, ImportIssue?) Make(Group year, Group month, Group day, (DateOnly?, ImportIssue?) invalid)
    {
        var (y, m, d) = (int.Parse(year.Value), int.Parse(month.Value), int.Parse(day.Value));
        if (y < 100) y += 2000;
        return m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? (new DateOnly(y, m, d), null) : invalid;
    }

    static DateOnly EndOfMonth(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    static string Short(string text) => text.Length > 40 ? text[..40] + "…" : text;

    [GeneratedRegex(@"^(?:level|tingkat|l|lvl|tk)?\s*([0-9]+)(?:\s|$)")]
    private static partial Regex LevelPattern();

    [GeneratedRegex(@"^(\d{4})-(\d{1,2})-(\d{1,2})$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2,4})$")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"^(\d{4})$")]
    private static partial Regex YearOnly();
}
