using SpbeBot.Core.Plans;
using SpbeBot.Core.Plans.Export;

namespace SpbeBot.Tests.Security;

/// <summary>Spreadsheets out: formula escaping in CSV (docs/security.md, findings). The import bomb check: PlanImporterTests.</summary>
public class SpreadsheetSecurityTests
{
    [Fact]
    public void Csv_export_escapes_cells_excel_would_run_as_formulas()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ekspor-{Guid.NewGuid():N}.csv");
        var item = new PlanItem
        {
            Id = 1, Framework = "spbe-2024", Year = 2026, Indicator = 32,
            Action = "=HYPERLINK(\"http://contoh.invalid\",\"Klik\")", Recommendation = "@SUM(1+1)", Opds = ["Bappeda"],
        };
        try
        {
            PlanExporter.Write(path, [item], "Rencana aksi", new DateOnly(2026, 1, 5));
            var text = File.ReadAllText(path);
            Assert.DoesNotContain(",=HYPERLINK", text);
            Assert.DoesNotContain(",\"=HYPERLINK", text);
            Assert.Contains("'=HYPERLINK", text);
            Assert.Contains("'@SUM", text);
        }
        finally { File.Delete(path); }
    }
}
