using System.Text.Json;
using Dapper;
using SpbeBot.Core.Audit;
using SpbeBot.Core.People;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Plans;

/// <summary>
/// `plan import` / `plan export` end to end through spbebot's entry point (<see cref="Cli.Run"/>) against a test database: the issue's
/// "done when" — seed 004 imports into 37 items across 10 OPDs with a "dll" warning, Bappeda has five, and
/// export → re-import changes nothing — plus the refusals that must write nothing.
/// </summary>
[Trait("Kind", "Slow")]
public sealed class PlanSpreadsheetCliTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>, IDisposable
{
    readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("spbebot-plan-cli-");
    Dictionary<string, string?> Env => new() { ["SPBEBOT__DATABASE__CONNECTIONSTRING"] = db.ConnectionString };

    public void Dispose() => _dir.Delete(recursive: true);

    async Task RegisterSeedOpds()
    {
        var store = new OpdStore(db.Connections);
        foreach (var (name, abbreviation, aliases) in Seed004Spreadsheet.Opds)
            await store.EnsureAsync(name, abbreviation, aliases, Actor.System("test"));
    }

    async Task<long> PlanItemCount()
    {
        await using var connection = await db.Connections.OpenAsync();
        return await connection.ExecuteScalarAsync<long>("select count(*) from plan_item");
    }

    [Fact]
    public async Task Seed_004_imports_lists_and_round_trips()
    {
        await db.ResetAsync();
        await RegisterSeedOpds();
        var xlsx = Seed004Spreadsheet.WriteXlsx(_dir.FullName);

        var dry = Cli.Run(["plan", "import", xlsx, "--framework", "spbe-2018", "--year", "2019", "--dry-run"], environment: Env);
        Assert.Equal(0, dry.ExitCode);
        Assert.Contains("37 baru", dry.Out);
        Assert.Equal(0, await PlanItemCount());

        var import = Cli.Run(["plan", "import", xlsx, "--framework", "spbe-2018", "--year", "2019"], environment: Env);
        Assert.Equal(0, import.ExitCode);
        Assert.Contains("37 baru, ", import.Out);
        Assert.Contains("10 OPD", import.Out);
        Assert.Contains("\"dll\" diabaikan", import.Out);
        Assert.Equal(37, await PlanItemCount());

        var list = Cli.Run(["plan", "list", "--opd", "Bappeda", "--year", "2019", "--json"], environment: Env);
        var bappeda = JsonDocument.Parse(list.Out).RootElement.EnumerateArray().Select(e => e.GetProperty("indicator").GetInt32()).ToList();
        Assert.Equal([4, 10, 21, 27, 28], bappeda.Order());

        var again = Cli.Run(["plan", "import", xlsx, "--framework", "spbe-2018", "--year", "2019"], environment: Env);
        Assert.Contains("0 baru, 0 diperbarui, 37 tetap", again.Out);

        foreach (var name in new[] { "export.xlsx", "export.csv" })
        {
            var path = Path.Combine(_dir.FullName, name);
            Assert.Equal(0, Cli.Run(["plan", "export", path, "--framework", "spbe-2018", "--year", "2019"], environment: Env).ExitCode);
            var reimport = Cli.Run(["plan", "import", path], environment: Env);
            Assert.Equal(0, reimport.ExitCode);
            Assert.Contains("0 baru, 0 diperbarui, 37 tetap", reimport.Out);
        }
        Assert.Equal(37, await PlanItemCount());
    }

    [Fact]
    public async Task Files_with_errors_write_nothing_unless_told()
    {
        await db.ResetAsync();
        await RegisterSeedOpds();
        var csv = Path.Combine(_dir.FullName, "mixed.csv");
        File.WriteAllLines(csv, [
            "No;Indikator;Nilai;Tindak Lanjut;Target Waktu;OPD Terkait",
            "1;Layanan Perencanaan;2;Integrasi e-planning;2026;Bappeda",
            "2;Layanan Perencanaan;9;Level salah;2026;Bappeda",
            "3;Layanan Penganggaran;2;Tanggal mustahil;31/02/2026;Bappeda",
        ]);
        var refused = Cli.Run(["plan", "import", csv, "--framework", "spbe-2024", "--year", "2026"], environment: Env);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("Baris 3", refused.Out);
        Assert.Contains("Baris 4", refused.Out);
        Assert.Equal(0, await PlanItemCount());

        var skipped = Cli.Run(["plan", "import", csv, "--framework", "spbe-2024", "--year", "2026", "--skip-invalid"], environment: Env);
        Assert.Equal(0, skipped.ExitCode);
        Assert.Equal(1, await PlanItemCount());
    }

    [Fact]
    public async Task Unknown_opds_and_unreadable_files_write_nothing()
    {
        await db.ResetAsync();
        var xlsx = Seed004Spreadsheet.WriteXlsx(_dir.FullName);
        var unknown = Cli.Run(["plan", "import", xlsx, "--framework", "spbe-2018", "--year", "2019"], environment: Env);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("OPD belum terdaftar", unknown.Err);
        Assert.Equal(0, await PlanItemCount());

        var created = Cli.Run(["plan", "import", xlsx, "--framework", "spbe-2018", "--year", "2019", "--create-opds"], environment: Env);
        Assert.Equal(0, created.ExitCode);
        Assert.Equal(37, await PlanItemCount());

        var notSheet = Path.Combine(_dir.FullName, "foto.xlsx");
        File.WriteAllBytes(notSheet, [0x89, (byte)'P', (byte)'N', (byte)'G', 0, 0, 0, 0, 0, 0]);
        var bad = Cli.Run(["plan", "import", notSheet], environment: Env);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("bukan spreadsheet", bad.Err);
        Assert.DoesNotContain("Exception", bad.Err + bad.Out);
        Assert.Equal(37, await PlanItemCount());
    }
}
