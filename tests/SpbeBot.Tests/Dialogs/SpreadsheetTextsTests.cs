using SpbeBot.Core.Spreadsheets;
using SpbeBot.Dialogs.Common;
using SpbeBot.Tests.Dialogs.Cli;

namespace SpbeBot.Tests.Dialogs;

/// <summary>
/// <see cref="SpreadsheetTexts"/>: why a spreadsheet could not be read, said in one language. Before, Core wrote each
/// reason glued, "Berkas kosong. / The file is empty.", whatever the reader's language.
/// </summary>
public class SpreadsheetTextsTests
{
    static readonly string[] Indonesian = ["Berkas", "berkas", "tidak", "kosong", "terlalu", "batas", "atau", "bukan", "rusak", "Lembar", "memiliki", "baris", "Mohon"];
    static readonly string[] English = ["File", "file", "not", "empty", "too", "limit", "or", "damaged", "sheet", "has", "rows", "please", "The"];

    /// <summary>Every problem, a sheet's too many rows and a CSV's.</summary>
    static readonly UnreadableSpreadsheetException[] Every =
    [
        .. Enum.GetValues<UnreadableReason>().Select(p => new UnreadableSpreadsheetException(p, 30 * 1024 * 1024, 20 * 1024 * 1024)),
        new(UnreadableReason.TooManyRows, limit: SheetGrid.MaxRows, sheet: "Rencana Aksi"),
    ];

    [Fact]
    public void Every_reason_is_in_both_languages_and_each_in_one() =>
        OneLanguage.Check(SpreadsheetTexts.Id, SpreadsheetTexts.En, Indonesian, English, Every);

    [Fact]
    public void The_reader_says_why_as_data_and_the_words_come_from_dialogs()
    {
        var path = Path.Combine(Path.GetTempPath(), $"kosong-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "");
        try
        {
            var e = Assert.Throws<UnreadableSpreadsheetException>(() => SheetGrid.Read(path));
            Assert.Equal(UnreadableReason.Empty, e.Reason);
            Assert.Equal("Berkas kosong.", SpreadsheetTexts.Id.Unreadable(e, path));
            Assert.Equal("The file is empty.", SpreadsheetTexts.En.Unreadable(e, path));
        }
        finally
        {
            File.Delete(path);
        }
        var large = new UnreadableSpreadsheetException(UnreadableReason.TooLarge, 30 * 1024 * 1024, 20 * 1024 * 1024);
        Assert.Equal("Berkas terlalu besar (30 MB; batas 20 MB).", SpreadsheetTexts.Id.Unreadable(large, "a.xlsx"));
        Assert.Equal("The file is too large (30 MB; the limit is 20 MB).", SpreadsheetTexts.En.Unreadable(large, "a.xlsx"));
    }
}
