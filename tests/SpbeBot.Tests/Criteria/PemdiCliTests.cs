using System.CommandLine;
using SpbeBot.Host.Cli;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Criteria;

/// <summary><c>spbebot catalog build-pemdi</c> and <c>spbebot index --framework pemdi-2026 [--sdi]</c>, in-process.</summary>
public sealed class PemdiCliTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("spbebot-pemdi-cli-").FullName;
    public void Dispose() => Directory.Delete(folder, recursive: true);

    static (int Exit, string Out, string Err) Run(Command command, params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var exit = command.Parse(args).Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
        return (exit, stdout.ToString(), stderr.ToString());
    }

    // The hand-computed example of PemdiCatalogTests, with indicator 5 at level 4 (or from SDI 68,75 → 3,75).
    static readonly int[] Levels = [3, 3, 3, 3, 4, 2, 2, 2, 4, 4, 4, 4, 3, 3, 2, 2, 2, 2, 4, 3];

    string LevelsCsv(bool withIndicator5 = true)
    {
        var path = Path.Combine(folder, "levels.csv");
        File.WriteAllLines(path, Levels.Select((l, i) => (i + 1, l)).Where(x => withIndicator5 || x.Item1 != 5).Select(x => $"{x.Item1},{x.l}").Prepend("indikator,level"));
        return path;
    }

    [Fact]
    public void Build_pemdi_writes_the_shipped_file()
    {
        var output = Path.Combine(folder, "pemdi.json");
        var (exit, _, err) = Run(CatalogCommand.Create(), "build-pemdi", ReferenceFiles.Find("pemdi/pemdi-instrument.json"), "--out", output);
        Assert.Equal(0, exit);
        Assert.Contains("20 indikator", err);
        Assert.Equal(File.ReadAllText(RepoFiles.Find("src/SpbeBot.Core/Criteria/Catalogs/pemdi-2026.json")), File.ReadAllText(output));
    }

    [Fact]
    public void Index_with_pemdi_formula_and_bands()
    {
        // Σ weight × value = 303,75 with 3,75 for indicator 5; with level 4 it is 305,00 → 3,05 Baik.
        var (exit, output, err) = Run(IndexCommand.Create(), LevelsCsv(), "--framework", "pemdi-2026");
        Assert.True(exit == 0, err);
        Assert.Contains("Indeks Pemdi: 3,05 — Baik", output);
        Assert.DoesNotContain("Indeks domain", output);
        Assert.Contains("sementara", output);
    }

    [Fact]
    public void Sdi_feeds_indicator_5()
    {
        var (exit, output, err) = Run(IndexCommand.Create(), LevelsCsv(withIndicator5: false), "--framework", "pemdi-2026", "--sdi", "68,75");
        Assert.True(exit == 0, err);
        Assert.Contains("indikator 5 = 3,75", output);
        Assert.Contains("Indeks Pemdi: 3,04 — Baik", output);
    }

    [Theory]
    [InlineData("150")]
    [InlineData("banyak")]
    public void Bad_sdi_is_refused(string sdi)
    {
        var (exit, output, err) = Run(IndexCommand.Create(), LevelsCsv(false), "--framework", "pemdi-2026", "--sdi", sdi);
        Assert.Equal(2, exit);
        Assert.Contains("tidak sah", err);
        Assert.Equal("", output);
    }

    [Fact]
    public void Unknown_framework_is_refused()
    {
        var (exit, _, err) = Run(IndexCommand.Create(), LevelsCsv(), "--framework", "pemdi-2030");
        Assert.NotEqual(0, exit);
        Assert.Contains("tidak dikenal", err);
    }
}
