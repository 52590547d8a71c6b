using System.Globalization;
using ClosedXML.Excel;
using SpbeBot.Core.Criteria;
using SpbeBot.Core.Plans;
using SpbeBot.Core.Plans.Export;
using SpbeBot.Core.Plans.Import;

namespace SpbeBot.Tests.Plans;

/// <summary>
/// The XLSX export writes text as text on any machine: ClosedXML's Value setter would read "0123" as a number and, in
/// an Indonesian culture, "30 Juni 2026" as a date, and the export would no longer import back as it was.
/// </summary>
public sealed class PlanExportTextTests : IDisposable
{
    readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("spbebot-export-text-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void Text_that_looks_like_a_number_or_a_date_stays_text_and_imports_back()
    {
        var path = Path.Combine(_dir.FullName, "rencana-aksi.xlsx");
        var item = new PlanItem
        {
            Id = 1, Framework = "spbe-2024", Year = 2026, Indicator = 32, ServiceName = "0123",
            Action = "30 Juni 2026", Recommendation = "1,5", Opds = ["Bappeda"], Deadline = new DateOnly(2026, 6, 30),
        };
        var culture = CultureInfo.CurrentCulture;
        try
        {
            // As on a server whose locale is id_ID: "30 Juni 2026" is a date there, "1,5" a number.
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("id-ID");
            PlanExporter.Write(path, [item], "Rencana aksi", new DateOnly(2026, 1, 5));
        }
        finally { CultureInfo.CurrentCulture = culture; }

        using (var workbook = new XLWorkbook(path))
        {
            var sheet = workbook.Worksheet(1);
            string Text(string column)
            {
                var cell = sheet.Cell(4, Array.IndexOf(PlanExporter.Columns, column) + 1);
                Assert.Equal(XLDataType.Text, cell.DataType);
                return cell.GetString();
            }
            Assert.Equal("0123", Text("Layanan"));
            Assert.Equal("30 Juni 2026", Text("Tindak Lanjut"));
            Assert.Equal("1,5", Text("Rekomendasi"));
        }
        var back = Assert.Single(new PlanImporter(CatalogStore.Get("spbe-2024"), 2026, _ => true).Read(path).Drafts);
        Assert.Equal(("0123", "30 Juni 2026", "1,5"), (back.ServiceName, back.Action, back.Recommendation));
    }
}
