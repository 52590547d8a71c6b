using System.Diagnostics;
using ClosedXML.Excel;
using SpbeBot.Core.Criteria;
using SpbeBot.Core.Audit;
using SpbeBot.Core.People;
using SpbeBot.Core.Plans;
using SpbeBot.Core.Plans.Import;
using SpbeBot.Core.Storage;

namespace SpbeBot.Bench;

/// <summary>
/// Plan spreadsheet import: reading + resolving a synthetic 10,000-row XLSX shaped like seed 004 (title row,
/// header, typo'd indicator names, mixed deadline forms, OPD lists). Prints generation time, the first (cold,
/// incl. JIT) read and the median of warm reads, then the whole import into PostgreSQL (a throw-away embedded
/// cluster, fsync on) the way `plan import` does it: read + resolve + one-transaction upsert, then the re-import of
/// the same file (all unchanged). Usage: import [rows] (default 10000).
/// </summary>
static class ImportBench
{
    public static async Task<int> Run(string[] args)
    {
        var rows = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 10_000;
        var catalog = CatalogStore.Get("spbe-2018");
        // "import <rows> --write <file.xlsx>" only writes the synthetic sheet, for timing the real `spbebot plan import`.
        if (Array.IndexOf(args, "--write") is var w and >= 0 && w + 1 < args.Length)
        {
            Generate(args[w + 1], rows, catalog);
            Console.WriteLine($"Wrote {rows:N0} rows to {args[w + 1]}");
            return 0;
        }
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
            if (result.Drafts.Count != rows) return 1;
            // The cluster's folder must be reachable by the postgres user; temp subdirectories are private (0700).
            var dataDir = Path.Combine(Path.GetTempPath(), "spbebot-import-bench-pg-" + Guid.NewGuid().ToString("N")[..8]);
            try { await EndToEnd(path, catalog, dataDir); }
            finally
            {
                EmbeddedCluster.StopAny(dataDir);
                if (Directory.Exists(dataDir)) Directory.Delete(dataDir, recursive: true);
            }
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    static async Task EndToEnd(string path, CriteriaCatalog catalog, string dataDir)
    {
        await using var cluster = await EmbeddedCluster.StartAsync(new EmbeddedClusterOptions { DataDirectory = dataDir });
        await Migrator.MigrateAsync(cluster.ConnectionString);
        await using var db = new ConnectionFactory(cluster.ConnectionString);
        var opds = new OpdStore(db);
        foreach (var (name, abbreviation) in new[] { ("Dinas Komunikasi, Informatika dan Statistik", "DKIS"), ("Bagian Hukum", null), ("Badan Perencanaan Pembangunan Daerah", "Bappeda"),
                     ("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "BKPSDM"), ("Bagian Pengadaan Barang dan Jasa", (string?)null) })
            await opds.EnsureAsync(name, abbreviation, [], Actor.System("bench"));
        var isKnownOpd = OpdNameNormalizer.Matcher(await opds.ListAsync());
        var store = new PlanStore(db);

        foreach (var pass in new[] { "first import (all new)", "re-import (all unchanged)" })
        {
            var sw = Stopwatch.StartNew();
            var read = new PlanImporter(catalog, 2019, isKnownOpd).Read(path);
            var readMs = sw.Elapsed.TotalMilliseconds;
            var upsert = await store.UpsertAsync(read.Drafts, Actor.System("bench"));
            Console.WriteLine($"End to end into PostgreSQL, {pass}: {sw.Elapsed.TotalMilliseconds:N0} ms (read + resolve {readMs:N0} ms, store {sw.Elapsed.TotalMilliseconds - readMs:N0} ms); " +
                              $"{upsert.Created:N0} created, {upsert.Updated:N0} updated, {upsert.Unchanged:N0} unchanged");
        }
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
