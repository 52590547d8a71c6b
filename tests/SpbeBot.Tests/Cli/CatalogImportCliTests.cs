using ClosedXML.Excel;
using SpbeBot.Core.Criteria;
using SpbeBot.Dialogs.Criteria;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.CommandLine;

/// <summary>
/// Loading official criteria through the real executable on a real database: template, dry run, import as a new
/// version, list, and ask / criteria show answering from the imported version; bad workbooks change nothing.
/// </summary>
[Trait("Kind", "Slow")]
public sealed class CatalogImportCliTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>, IDisposable
{
    readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("spbebot-katalog-cli-");

    public void Dispose() => _dir.Delete(recursive: true);

    // Real processes: an imported catalog is the whole process's (CatalogStore is static), so in the test host it would
    // answer the other classes' questions while a command runs.
    Cli.Result Run(params string[] args) =>
        Cli.RunProcess(args, environment: new Dictionary<string, string?> { ["SPBEBOT__DATABASE__CONNECTIONSTRING"] = db.ConnectionString });

    static int RowOf(int indicator, int level) => 1 + (indicator - 1) * 5 + level;

    const string NewCriterion = "Kriteria level 4 versi impor: rencana dievaluasi oleh Tim Koordinasi setiap triwulan.";

    [Fact]
    public async Task Template_dry_run_import_and_answers_from_the_new_version()
    {
        await db.ResetAsync();
        var versions = new CatalogVersionStore(db.Connections, TimeProvider.System);

        // Round trip: the untouched template, imported, is stored as exactly the shipped catalog.
        var template = Path.Combine(_dir.FullName, "kriteria.xlsx");
        var t = Run("catalog", "template", "spbe-2024", "--out", template);
        Assert.True(t.ExitCode == 0, t.Err);
        Assert.Contains("ditulis ke", t.Out);
        var same = Run("catalog", "import", template);
        Assert.True(same.ExitCode == 0, same.Err);
        Assert.Contains("Tidak ada perbedaan dengan versi 0 kerangka spbe-2024", same.Out);
        Assert.Contains("kerangka spbe-2024 versi 1", same.Out);
        Assert.Equal(CatalogStore.Serialize(CatalogStore.Shipped("spbe-2024")), CatalogStore.Serialize((await versions.GetAsync("spbe-2024", 1))!));

        // One changed level: the dry run lists it and stores nothing.
        var edited = Path.Combine(_dir.FullName, "kriteria-baru.xlsx");
        Assert.Equal(0, Run("catalog", "template", "spbe-2024", "--out", edited).ExitCode);
        using (var workbook = new XLWorkbook(edited))
        {
            workbook.Worksheet(CatalogWorkbookTexts.TableSheet).Cell(RowOf(32, 4), 4).Value = NewCriterion;
            workbook.Save();
        }
        var dry = Run("catalog", "import", edited, "--dry-run");
        Assert.True(dry.ExitCode == 0, dry.Err);
        Assert.Contains("Perbedaan dengan versi 1 kerangka spbe-2024 yang berlaku (1 butir):", dry.Out);
        Assert.Contains("Indikator 32 level 4: kriteria level berubah", dry.Out);
        Assert.Contains("tidak ada yang disimpan", dry.Out);
        Assert.Single(await versions.ListAsync());
        Assert.DoesNotContain(NewCriterion, Run("criteria", "show", "32", "--level", "4").Out);

        // The import: version 2, listed with who and when, audited, and answered from.
        var import = Run("catalog", "import", edited, "--framework", "spbe-2024");
        Assert.True(import.ExitCode == 0, import.Err);
        Assert.Contains("kerangka spbe-2024 versi 2", import.Out);
        var list = Run("catalog", "list");
        Assert.Contains("(berlaku: versi 2)", list.Out);
        Assert.Contains("versi 2  diimpor", list.Out);
        Assert.Contains("oleh cli:", list.Out);
        Assert.Contains("dari kriteria-baru.xlsx", list.Out);
        var audit = await new Core.Audit.AuditLog(db.Connections).ListAsync("catalog_version", "spbe-2024/2");
        Assert.Single(audit);
        Assert.Contains(NewCriterion, Run("criteria", "show", "32", "--level", "4").Out);
        Assert.Contains(NewCriterion, Run("ask", "apa yang dibutuhkan untuk level 4 indikator 32?").Out);
        // A template written now starts from the version in use.
        var next = Path.Combine(_dir.FullName, "kriteria-v2.xlsx");
        Assert.Equal(0, Run("catalog", "template", "spbe-2024", "--out", next).ExitCode);
        using (var workbook = new XLWorkbook(next))
            Assert.Equal(NewCriterion, workbook.Worksheet(CatalogWorkbookTexts.TableSheet).Cell(RowOf(32, 4), 4).GetString());

        // Bad workbooks: refused with the reasons, row by row; the catalog in use stays version 2.
        var broken = Path.Combine(_dir.FullName, "rusak.xlsx");
        File.Copy(edited, broken);
        using (var workbook = new XLWorkbook(broken))
        {
            var sheet = workbook.Worksheet(CatalogWorkbookTexts.TableSheet);
            sheet.Range(RowOf(2, 1), 4, RowOf(2, 1), 5).Merge();
            sheet.Cell(RowOf(6, 3), 6).FormulaA1 = "=1+1";
            sheet.Row(RowOf(8, 5)).Clear();
            workbook.Save();
        }
        var refused = Run("catalog", "import", broken);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("tidak ada yang disimpan dan katalog yang berlaku tidak berubah", refused.Err);
        Assert.Contains($"Baris {RowOf(2, 1)}: sel D{RowOf(2, 1)}:E{RowOf(2, 1)} digabung", refused.Err);
        Assert.Contains($"Baris {RowOf(6, 3)}: sel F{RowOf(6, 3)} berisi rumus", refused.Err);
        Assert.Contains("Indikator 8 level 5: barisnya tidak ada.", refused.Err);
        var other = Path.Combine(_dir.FullName, "kriteria-2018.xlsx");
        Assert.Equal(0, Run("catalog", "template", "spbe-2018", "--out", other).ExitCode);
        var wrong = Run("catalog", "import", other, "--framework", "spbe-2024");
        Assert.Equal(1, wrong.ExitCode);
        Assert.Contains("Buku kerja ini untuk kerangka spbe-2018, bukan spbe-2024.", wrong.Err);
        var big = Path.Combine(_dir.FullName, "besar.xlsx");
        using (var file = File.Create(big)) file.SetLength((20L << 20) + 1);
        var tooBig = Run("catalog", "import", big);
        Assert.Equal(1, tooBig.ExitCode);
        Assert.Contains("lebih besar dari 20 MB", tooBig.Err);
        Assert.Equal(2, (await versions.ListAsync()).Count);
        Assert.Contains(NewCriterion, Run("ask", "apa yang dibutuhkan untuk level 4 indikator 32?").Out);
    }
}
