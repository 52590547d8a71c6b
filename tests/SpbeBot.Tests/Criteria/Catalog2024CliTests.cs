using System.CommandLine;
using SpbeBot.Core.Criteria;
using SpbeBot.Host.Cli;

namespace SpbeBot.Tests.Criteria;

/// <summary><c>spbebot catalog build-pedoman | list | validate</c>, run in-process with captured output.</summary>
public class Catalog2024CliTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("spbebot-catalog-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var exit = CatalogCommand.Create().Parse(args).Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Build_pedoman_writes_the_shipped_catalog_and_a_summary()
    {
        var output = Path.Combine(folder, "spbe-2024.json");
        var (exit, _, err) = Run("build-pedoman", PedomanReference.PedomanPath, "--permen", PedomanReference.PermenPath, "--out", output);

        Assert.Equal(0, exit);
        using var shipped = typeof(CatalogStore).Assembly.GetManifestResourceStream("catalogs/spbe-2024.json")!;
        using var copy = new MemoryStream();
        shipped.CopyTo(copy);
        Assert.Equal(copy.ToArray(), File.ReadAllBytes(output));
        Assert.StartsWith("Katalog spbe-2024: 4 domain, 8 aspek, 47 indikator, 235 level", err);
        // One language, the machine's (Indonesian here): not the same summary again in English below it.
        Assert.DoesNotContain("Catalog spbe-2024", err);
    }

    [Fact]
    public void Build_pedoman_without_out_writes_json_to_stdout()
    {
        var (exit, json, _) = Run("build-pedoman", PedomanReference.PedomanPath, "--permen", PedomanReference.PermenPath);
        Assert.Equal(0, exit);
        Assert.Equal(CatalogStore.Serialize(PedomanReference.Build().Catalog) + "\n", json);
    }

    [Fact]
    public void Build_pedoman_with_a_missing_file_explains_politely()
    {
        var (exit, json, err) = Run("build-pedoman", Path.Combine(folder, "tidak-ada.txt"), "--permen", PedomanReference.PermenPath);
        Assert.NotEqual(0, exit);
        Assert.Empty(json);
        Assert.StartsWith("Mohon maaf, berkas", err);
        Assert.Contains("tidak ditemukan.", err);
        Assert.DoesNotContain("Sorry", err);   // the CLI speaks one language, Indonesian
    }

    [Fact]
    public void Validate_accepts_the_shipped_catalog_and_rejects_a_broken_one()
    {
        var good = Path.Combine(folder, "good.json");
        File.WriteAllText(good, CatalogStore.Serialize(PedomanReference.Shipped));
        Assert.Equal(0, Run("validate", good).Exit);

        var broken = Path.Combine(folder, "broken.json");
        var catalog = PedomanReference.Shipped;
        File.WriteAllText(broken, CatalogStore.Serialize(catalog with { Domains = [catalog.Domains[0] with { Weight = 14m }, .. catalog.Domains.Skip(1)] }));
        var (exit, _, err) = Run("validate", broken);
        Assert.Equal(1, exit);
        Assert.StartsWith("Mohon periksa", err);
        // The machine's language (Indonesian here), not the validator's old English.
        Assert.Contains("bobot domain berjumlah 101,00, seharusnya 100", err);
        Assert.DoesNotContain("weights", err);

        var notJson = Path.Combine(folder, "not.json");
        File.WriteAllText(notJson, "{ \"x\": 1 }");
        Assert.Equal(1, Run("validate", notJson).Exit);
    }

    [Fact]
    public void List_shows_the_shipped_frameworks_with_indicator_counts()
    {
        var (exit, output, _) = Run("list");
        Assert.Equal(0, exit);
        Assert.Contains("spbe-2024  47 indikator", output);
        Assert.Contains("versi 0  bawaan aplikasi", output);
    }
}
