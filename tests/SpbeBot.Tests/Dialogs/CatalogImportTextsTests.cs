using SpbeBot.Core.Criteria;
using SpbeBot.Core.Spreadsheets;
using SpbeBot.Dialogs.Criteria;
using SpbeBot.Tests.Dialogs.Cli;

namespace SpbeBot.Tests.Dialogs;

/// <summary>
/// `spbebot catalog import`'s report in one language, the machine's. Before, <see cref="CatalogWorkbookTexts"/> said it
/// in Indonesian only under every locale; the workbook's own names (sheets, column heads) stay the form's.
/// </summary>
public class CatalogImportTextsTests
{
    static readonly string[] Indonesian = [.. CommandTextsTests.Indonesian, "Baris", "kolom", "sel", "kosong", "berubah", "Tersimpan", "Perbedaan", "bukan", "sudah", "harus", "berkas"];
    static readonly string[] English = [.. CommandTextsTests.English, "Row", "column", "cell", "empty", "changed", "Saved", "Differences", "already", "must", "workbook"];

    [Fact]
    public void Every_text_is_in_both_languages_and_each_in_one() =>
        OneLanguage.Check(CatalogImportTexts.Id, CatalogImportTexts.En, Indonesian, English, [
            .. Enum.GetValues<SpreadsheetProblem>().Where(p => p != SpreadsheetProblem.None).Cast<object>(),
            new CatalogVersionInfo("spbe-2024", 2, "admin", DateTimeOffset.UnixEpoch, "kriteria.xlsx", "ab12"),
            new CatalogChange(32, 4, [CatalogField.Criterion, CatalogField.SourcePage]),
            new CatalogChange(32, null, [CatalogField.IndicatorName]),
            new CatalogChange(32, 6, [CatalogField.LevelAdded]),
            new CatalogChange(32, 5, [CatalogField.Fulfilment, CatalogField.Evidence]),
            new CatalogChange(32, 5, [CatalogField.LevelRemoved])]);
}
