using SpbeBot.Core.Spreadsheets;

namespace SpbeBot.Dialogs.Common;

/// <summary>
/// Why a spreadsheet (a plan, a staff list, a levels file) could not be read at all, in one language: the words for
/// <see cref="UnreadableSpreadsheetException"/>'s problem, which <see cref="SheetGrid"/> gives as data.
/// </summary>
public sealed class SpreadsheetTexts : BilingualTexts
{
    public static readonly SpreadsheetTexts Id = new(english: false);
    public static readonly SpreadsheetTexts En = new(english: true);

    public static SpreadsheetTexts For(bool english) => english ? En : Id;

    SpreadsheetTexts(bool english) : base(english)
    {
    }

    /// <summary>Why <paramref name="path"/> could not be read.</summary>
    public string Unreadable(UnreadableSpreadsheetException e, string path) => e.Reason switch
    {
        UnreadableReason.NotFound => S($"Berkas tidak ditemukan: {path}", $"File not found: {path}"),
        UnreadableReason.Empty => S("Berkas kosong.", "The file is empty."),
        UnreadableReason.TooLarge => S($"Berkas terlalu besar ({Size(e.Bytes)}; batas {Size(e.Limit)}).", $"The file is too large ({Size(e.Bytes)}; the limit is {Size(e.Limit)})."),
        UnreadableReason.ProtectedOrXls => S(
            "Berkas ini terenkripsi/dilindungi kata sandi atau berformat .xls lama. Mohon simpan ulang sebagai .xlsx tanpa kata sandi.",
            "The file is password-protected or an old .xls; please save it again as an .xlsx without a password."),
        UnreadableReason.Inflates => S("Berkas XLSX ini tidak wajar (terlalu besar setelah dibuka atau terenkripsi).", "The XLSX file is not normal (it inflates too far when opened, or is encrypted)."),
        UnreadableReason.Damaged => S("Berkas XLSX rusak atau bukan spreadsheet.", "The XLSX file is damaged or not a spreadsheet."),
        UnreadableReason.NotASpreadsheet => S("Berkas ini bukan spreadsheet (XLSX atau CSV).", "The file is not a spreadsheet (XLSX or CSV)."),
        UnreadableReason.TooManyRows => e.Sheet is { } sheet
            ? S($"Lembar \"{sheet}\" memiliki lebih dari {e.Limit.ToString("N0", _culture)} baris.", $"The sheet \"{sheet}\" has more than {e.Limit.ToString("N0", _culture)} rows.")
            : S($"Berkas memiliki lebih dari {e.Limit.ToString("N0", _culture)} baris.", $"The file has more than {e.Limit.ToString("N0", _culture)} rows."),
        _ => throw new ArgumentOutOfRangeException(nameof(e), e.Reason, null),
    };

    string Size(long bytes) => bytes >= 1024 * 1024
        ? (bytes / (1024 * 1024.0)).ToString("0.#", _culture) + " MB"
        : (bytes / 1024.0).ToString("0.#", _culture) + " KB";
}
