using System.IO.Compression;
using ClosedXML.Excel;
using SpbeBot.Core.Criteria;
using SpbeBot.Dialogs.Criteria;

namespace SpbeBot.Tests.Criteria;

/// <summary>The criteria workbook (catalog template / import) in process: round trip and every refusal, row by row.</summary>
public sealed class CatalogWorkbookTests : IDisposable
{
    readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("spbebot-kriteria-");

    public void Dispose() => _dir.Delete(recursive: true);

    string Template(string framework = "spbe-2024")
    {
        var path = Path.Combine(_dir.FullName, $"{Guid.NewGuid():N}.xlsx");
        CatalogWorkbook.Write(CatalogStore.Shipped(framework), 0, path);
        return path;
    }

    static void Edit(string path, Action<IXLWorksheet> change)
    {
        using var workbook = new XLWorkbook(path);
        change(workbook.Worksheet(CatalogWorkbookTexts.TableSheet));
        workbook.Save();
    }

    /// <summary>The row of indicator <paramref name="indicator"/> level <paramref name="level"/> in a spbe-2024 template.</summary>
    static int RowOf(int indicator, int level) => 1 + (indicator - 1) * 5 + level;

    [Fact]
    public void Template_then_import_reproduces_the_spbe_2024_catalog_exactly()
    {
        var result = CatalogWorkbook.Read(Template(), CatalogImportTexts.Id);
        Assert.Empty(result.Problems);
        Assert.Equal(CatalogStore.Serialize(CatalogStore.Shipped("spbe-2024")), CatalogStore.Serialize(result.Catalog!));
    }

    [Fact]
    public void Template_has_a_header_frozen_panes_widths_and_the_framework_in_a_named_cell()
    {
        using var workbook = new XLWorkbook(Template());
        var sheet = workbook.Worksheet(CatalogWorkbookTexts.TableSheet);
        Assert.Equal("Indikator", sheet.Cell(1, 1).GetString());
        Assert.Equal("Kriteria Bukti Dukung", sheet.Cell(1, 6).GetString());
        Assert.Equal(1 + 47 * 5, sheet.LastRowUsed().RowNumber());
        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.Equal(3, sheet.SheetView.SplitColumn);
        Assert.True(sheet.Column(4).Width > 30);
        Assert.Equal("spbe-2024", workbook.NamedRanges.NamedRange(CatalogWorkbookTexts.FrameworkName).Ranges.First().FirstCell().GetString());
        Assert.Contains("Cara mengisi", string.Join("\n", workbook.Worksheet(CatalogWorkbookTexts.InstructionsSheet).CellsUsed().Select(c => c.GetString())));
        // Items are numbered one per line; the row of indicator 32 level 4 holds its criterion.
        var level = CatalogStore.Shipped("spbe-2024").FindIndicator(32)!.Level(4)!;
        Assert.Equal(level.Criterion, sheet.Cell(RowOf(32, 4), 4).GetString());
        Assert.StartsWith("1. " + level.Evidence[0], sheet.Cell(RowOf(32, 4), 6).GetString());
    }

    [Fact]
    public void A_changed_criterion_is_read_and_listed_as_a_difference()
    {
        var path = Template();
        Edit(path, s =>
        {
            s.Cell(RowOf(32, 4), 4).Value = "Kriteria baru yang diuji.";
            s.Cell(RowOf(32, 4), 5).Value = "satu\ndua";
            s.Cell(RowOf(32, 4), 7).Value = 118;
        });
        var result = CatalogWorkbook.Read(path, CatalogImportTexts.Id, "spbe-2024");
        Assert.Empty(result.Problems);
        var level = result.Catalog!.FindIndicator(32)!.Level(4)!;
        Assert.Equal("Kriteria baru yang diuji.", level.Criterion);
        Assert.Equal(["satu", "dua"], level.Fulfilment);
        Assert.Equal("118", level.SourcePage);
        var change = Assert.Single(CatalogDiff.Compare(CatalogStore.Shipped("spbe-2024"), result.Catalog));
        Assert.Equal((32, (int?)4), (change.Indicator, change.Level));
        Assert.Equal([CatalogField.Criterion, CatalogField.Fulfilment, CatalogField.SourcePage], change.Fields);
        Assert.Equal("Indikator 32 level 4: kriteria level, kriteria pemenuhan, halaman sumber berubah", CatalogImportTexts.Id.Change(change));
        Assert.Equal("Indicator 32 level 4: level criterion, fulfilment criteria, source page changed", CatalogImportTexts.En.Change(change));
    }

    [Fact]
    public void A_workbook_for_another_framework_is_refused()
    {
        var result = CatalogWorkbook.Read(Template("spbe-2018"), CatalogImportTexts.Id, "spbe-2024");
        Assert.Null(result.Catalog);
        Assert.Equal("Buku kerja ini untuk kerangka spbe-2018, bukan spbe-2024.", Assert.Single(result.Problems));
        Assert.Equal("This workbook is for the framework spbe-2018, not spbe-2024.",
            Assert.Single(CatalogWorkbook.Read(Template("spbe-2018"), CatalogImportTexts.En, "spbe-2024").Problems));

        var path = Template();
        using (var workbook = new XLWorkbook(path))
        {
            workbook.NamedRanges.NamedRange(CatalogWorkbookTexts.FrameworkName).Ranges.First().FirstCell().Value = "spbe-1999";
            workbook.Save();
        }
        Assert.Contains("\"spbe-1999\" pada buku kerja tidak dikenal", Assert.Single(CatalogWorkbook.Read(path, CatalogImportTexts.Id).Problems));
    }

    [Fact]
    public void A_missing_level_and_a_missing_indicator_are_named()
    {
        var path = Template();
        Edit(path, s =>
        {
            s.Row(RowOf(7, 3)).Clear();
            for (var level = 1; level <= 5; level++) s.Row(RowOf(40, level)).Clear();
        });
        var result = CatalogWorkbook.Read(path, CatalogImportTexts.Id);
        Assert.Null(result.Catalog);
        Assert.Equal(2, result.Problems.Count);
        Assert.Contains("Indikator 7 level 3: barisnya tidak ada.", result.Problems);
        Assert.Contains(result.Problems, p => p.StartsWith("Indikator 40 (", StringComparison.Ordinal) && p.EndsWith("tidak ada satu baris pun.", StringComparison.Ordinal));
    }

    [Fact]
    public void Merged_formula_empty_and_bad_cells_are_refused_row_by_row()
    {
        var path = Template();
        Edit(path, s =>
        {
            s.Range(RowOf(3, 2), 5, RowOf(3, 2), 6).Merge();
            s.Cell(RowOf(5, 1), 4).FormulaA1 = "=\"teks\"";
            s.Cell(RowOf(9, 5), 6).Clear();
            s.Cell(RowOf(11, 2), 3).Value = 6;
            s.Cell(RowOf(12, 2), 1).Value = 99;
        });
        var problems = CatalogWorkbook.Read(path, CatalogImportTexts.Id).Problems;
        Assert.Contains($"Baris {RowOf(3, 2)}: sel E{RowOf(3, 2)}:F{RowOf(3, 2)} digabung (merge). Mohon pisahkan sel di tabel kriteria.", problems);
        Assert.Contains($"Baris {RowOf(5, 1)}: sel D{RowOf(5, 1)} berisi rumus. Mohon isi dengan teks saja.", problems);
        Assert.Contains($"Baris {RowOf(9, 5)}: kolom \"Kriteria Bukti Dukung\" kosong.", problems);
        Assert.Contains($"Baris {RowOf(11, 2)}: level \"6\" harus angka 1 sampai 5.", problems);
        Assert.Contains($"Baris {RowOf(12, 2)}: indikator 99 tidak ada dalam kerangka spbe-2024.", problems);
    }

    [Fact]
    public void An_xlsx_bomb_is_refused_before_it_is_opened()
    {
        var path = Path.Combine(_dir.FullName, "bom.xlsx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 300; i++) entry.Write(zeros);
        }
        Assert.True(new FileInfo(path).Length < 2 << 20);
        Assert.Contains("tidak wajar", Assert.Single(CatalogWorkbook.Read(path, CatalogImportTexts.Id).Problems));
    }

    [Fact]
    public void A_file_over_20_MB_is_refused()
    {
        var path = Path.Combine(_dir.FullName, "besar.xlsx");
        using (var file = File.Create(path)) file.SetLength((20L << 20) + 1);
        Assert.Equal("Mohon maaf, berkas ini lebih besar dari 20 MB dan tidak diproses.", Assert.Single(CatalogWorkbook.Read(path, CatalogImportTexts.Id).Problems));
    }
}
