using System.Diagnostics;
using ClosedXML.Excel;
using SpbeBot.Core.Criteria;
using SpbeBot.Core.Plans.Import;

namespace SpbeBot.Bench;

/// <summary>
/// Plan spreadsheet import: reading + resolving a synthetic 10,000-row XLSX shaped like seed 004 (title row,
/// header, typo'd indicator names, mixed deadline forms, OPD lists). Prints generation time, the first (cold,
/// incl. JIT) read and the median of warm reads. Usage: import [rows] (default 10000).
/// </summary>
static class ImportBench
{
    public static Task<int> Run(string[] args)
    {
        var rows = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 10_000;
        var catalog = CatalogStore.Get("spbe-2018");
        var folder = Directory.CreateTempSubdirectory("spbebot-import-bench").FullName;
        var path = Path.Combine(folder, "rencana-aksi.xlsx");
        try
        {
            var sw = Stopwatch.StartNew();
            Generate(path, rows, catalog);
            Console.WriteLine($"Generated {rows:N0} rows ({new FileInfo(path).Length / 1024:N0} KB) in {sw.ElapsedMilliseconds:N0} ms");

            var importer = new PlanImporter(catalog, 2019, _ => false);
            var times = new List<double>();
            PlanImportResult? result = null;
            for (var i = 0; i < 4; i++)
            {
                sw.Restart();
                result = importer.Read(path);
                times.Add(sw.Elapsed.TotalMilliseconds);
            }
            var warm = times.Skip(1).Order().ToList();
            Console.WriteLine($"Import (read + resolve) {rows:N0} rows: first {times[0]:N0} ms (cold, incl. JIT), warm median {warm[warm.Count / 2]:N0} ms; " +
                              $"{result!.Drafts.Count:N0} drafts, {result.Problems.Count} problems");
            return Task.FromResult(result.Drafts.Count == rows ? 0 : 1);
        }
        finally { Directory.Delete(folder, recursive: true); }
    }

    /// <summary>Indicator names cycle over 2018's 1–34 with a typo in one word, as real sheets have.</summary>
    static void Generate(string path, int rows, CriteriaCatalog catalog)
    {
        string[] header = ["No", "Indikator", "Rekomendasi", "Nilai Tingkat Kematangan", "Tindak Lanjut", "Target Waktu", "OPD Terkait"];
        string[] deadlines = ["TW 3 2025", "31/12/2025", "Maret 2025", "2025"];
        string[] opds = ["DKIS", "Bag. Hukum", "Bappeda, BKPSDM", "Bag. Pengadaan Barang & Jasa"];
        var indicators = catalog.Indicators.Where(i => !i.ScoredPerService).ToList();
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Rencana Aksi");
        sheet.Cell(1, 1).Value = "RENCANA AKSI PENINGKATAN INDEKS SPBE 2019";
        sheet.Range(1, 1, 1, header.Length).Merge();
        for (var c = 0; c < header.Length; c++) sheet.Cell(3, c + 1).Value = header[c];
        for (var i = 0; i < rows; i++)
        {
            var row = 4 + i;
            var indicator = indicators[i % indicators.Count];
            sheet.Cell(row, 1).Value = i + 1;
            sheet.Cell(row, 2).Value = indicator.Name.Replace("Perencanaan", "Perencanaaan");
            sheet.Cell(row, 3).Value = $"Rekomendasi untuk {indicator.Name} sebaiknya ditindaklanjuti ({i}).";
            sheet.Cell(row, 4).Value = 1 + i % 5;
            sheet.Cell(row, 5).Value = $"Tindak lanjut {i}";
            sheet.Cell(row, 6).Value = deadlines[i % deadlines.Length];
            sheet.Cell(row, 7).Value = opds[i % opds.Length];
        }
        workbook.SaveAs(path);
    }
}
