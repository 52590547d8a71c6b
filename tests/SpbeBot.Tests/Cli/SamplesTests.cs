using System.IO.Compression;
using ClosedXML.Excel;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.CommandLine;

/// <summary>
/// The files in samples/ are what <see cref="TourSamples"/> makes. To change them, edit TourSamples and run this test
/// once with SPBEBOT_WRITE_SAMPLES=1: it rewrites samples/ in the checkout instead of comparing.
/// </summary>
public class SamplesTests
{
    [Fact]
    public void Committed_samples_are_what_the_generator_makes()
    {
        var committed = RepoFiles.Find("samples");
        if (Environment.GetEnvironmentVariable("SPBEBOT_WRITE_SAMPLES") == "1")
        {
            TourSamples.WriteAll(committed);
            return;
        }
        var fresh = Directory.CreateTempSubdirectory("spbebot-samples-");
        try
        {
            TourSamples.WriteAll(fresh.FullName);
            string Committed(string name) => Path.Combine(committed, name);
            string Fresh(string name) => Path.Combine(fresh.FullName, name);

            Assert.Equal(File.ReadAllText(Fresh(TourSamples.LevelsCsv)), File.ReadAllText(Committed(TourSamples.LevelsCsv)));
            Assert.Equal(File.ReadAllBytes(Fresh(TourSamples.NotulenPdf)), File.ReadAllBytes(Committed(TourSamples.NotulenPdf)));
            // ZIP-based files carry compressor- and time-dependent bytes: compare what they hold.
            Assert.Equal(ZipEntries(Fresh(TourSamples.ReportDocx)), ZipEntries(Committed(TourSamples.ReportDocx)));
            Assert.Equal(Cells(Fresh(TourSamples.PlanXlsx)), Cells(Committed(TourSamples.PlanXlsx)));
        }
        finally
        {
            fresh.Delete(recursive: true);
        }
    }

    static List<string> ZipEntries(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        return zip.Entries.Select(e => { using var reader = new StreamReader(e.Open()); return e.FullName + "\n" + reader.ReadToEnd(); }).ToList();
    }

    static List<string> Cells(string path)
    {
        using var workbook = new XLWorkbook(path);
        return workbook.Worksheets.SelectMany(sheet => sheet.CellsUsed().Select(c => $"{sheet.Name}!{c.Address}: {c.Value}"))
            .Concat(workbook.Worksheets.SelectMany(sheet => sheet.MergedRanges.Select(r => $"{sheet.Name} merged {r.RangeAddress}")))
            .ToList();
    }
}
