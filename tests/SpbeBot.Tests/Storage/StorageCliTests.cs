using System.Text.Json;
using SpbeBot.Core.Audit;
using SpbeBot.Core.People;
using SpbeBot.Core.Plans;
using SpbeBot.Core.Storage;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Storage;

/// <summary>The storage CLI end to end through spbebot's entry point (<see cref="Cli.Run"/>: in the test host, or the real executable for the embedded default and db commands): against the test database, and with the embedded default.</summary>
[Trait("Kind", "Slow")]
public class StorageCliTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    Dictionary<string, string?> External => new() { ["SPBEBOT__DATABASE__CONNECTIONSTRING"] = db.ConnectionString };

    [Fact]
    public async Task Opd_add_alias_and_invite_create_with_the_telegram_link()
    {
        var add = Cli.Run(["opd", "add", "Dinas Pariwisata", "--abbreviation", "Dispar", "--alias", "Disparbud"], environment: External);
        Assert.Equal(0, add.ExitCode);
        Assert.Equal(0, Cli.Run(["opd", "alias", "DINAS PARIWISATA", "Dis. Pariwisata dan Kebudayaan"], environment: External).ExitCode);
        var taken = Cli.Run(["opd", "add", "Disparbud"], environment: External);
        Assert.Equal(2, taken.ExitCode);
        Assert.Contains("sudah dipakai", taken.Err);

        var env = External;
        env["SPBEBOT__TELEGRAM__BOTUSERNAME"] = "SukamajuBot";
        var invite = Cli.Run(["invite", "create", "--opd", "disparbud", "--role", "operator"], environment: env);
        Assert.Equal(0, invite.ExitCode);
        var code = invite.Out.Split('\n').First(l => l.StartsWith("Kode undangan")).Split(':')[1].Trim();
        Assert.Contains($"https://t.me/SukamajuBot?start={code}", invite.Out);
        var redeemed = await new InviteStore(db.Connections).RedeemAsync(code, "Wayan", new ChatIdentity("telegram", "cli-1"));
        Assert.Equal("Dispar", redeemed.Person!.OpdName);

        var noOpd = Cli.Run(["invite", "create", "--role", "operator"], environment: External);
        Assert.Equal(2, noOpd.ExitCode);
    }

    [Fact]
    public async Task Plan_list_json_is_one_array_and_filters_apply()
    {
        await new OpdStore(db.Connections).EnsureAsync("Badan Perencanaan Pembangunan Daerah", "Bappeda", [], Actor.System("test"));
        await new PlanStore(db.Connections).UpsertAsync(
        [
            new PlanItemDraft { Framework = "spbe-2024", Year = 2020, Indicator = 32, Action = "Integrasi SIPD", Opds = ["bappeda"], Deadline = new DateOnly(2020, 1, 1) },
            new PlanItemDraft { Framework = "spbe-2024", Year = 2020, Indicator = 33, Action = "Selesai", Opds = ["bappeda"], Status = PlanStatus.Done },
        ], Actor.System("test"));

        var all = Cli.Run(["plan", "list", "--year", "2020", "--json"], environment: External);
        Assert.Equal(0, all.ExitCode);
        var items = JsonDocument.Parse(all.Out).RootElement;
        Assert.Equal(2, items.GetArrayLength());
        Assert.Equal("Bappeda", items[0].GetProperty("opds")[0].GetString());
        Assert.Equal("2020-01-01", items[0].GetProperty("deadline").GetString());

        var done = JsonDocument.Parse(Cli.Run(["plan", "list", "--year", "2020", "--status", "selesai", "--json"], environment: External).Out).RootElement;
        Assert.Equal(33, done[0].GetProperty("indicator").GetInt32());
        Assert.Equal(1, done.GetArrayLength());

        var table = Cli.Run(["plan", "list", "--year", "2020", "--opd", "BAPPEDA"], environment: External);
        Assert.Contains("Integrasi SIPD", table.Out);
        // 2020 is not this installation's evaluation year: shown with its year, never flagged overdue.
        Assert.Contains("2020", table.Out);
        Assert.DoesNotContain("(lewat)", table.Out);
        var thisYear = Cli.Run(["plan", "list", "--opd", "BAPPEDA"], environment: External);
        Assert.DoesNotContain("Integrasi SIPD", thisYear.Out);   // the default is the evaluation year only
        Assert.Contains("--all-years", thisYear.Out);
        Assert.Contains("Integrasi SIPD", Cli.Run(["plan", "list", "--opd", "BAPPEDA", "--all-years"], environment: External).Out);

        var unknown = Cli.Run(["plan", "list", "--opd", "Dinas Antah Berantah"], environment: External);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("tidak ditemukan", unknown.Err);
    }

    [Fact]
    public void The_embedded_default_creates_loads_the_demo_once_and_stops_on_exit()
    {
        var root = TestPostgres.NewTempFolder();
        var dataDir = Path.Combine(root, "pgdata");
        var env = new Dictionary<string, string?> { ["SPBEBOT__DATABASE__DATADIRECTORY"] = dataDir, ["SPBEBOT__DATABASE__CONNECTIONSTRING"] = "" };
        try
        {
            // On an English machine the start-up lines are English only (StartupTexts).
            var first = Cli.Run(["plan", "list", "--json"], environment: new Dictionary<string, string?>(env) { ["LC_ALL"] = "", ["LC_MESSAGES"] = "", ["LANG"] = "en_GB.UTF-8" });
            Assert.True(first.ExitCode == 0, $"exit {first.ExitCode}: {first.Err}");   // the reason, if the cluster did not start
            Assert.Contains("Demo data loaded", first.Err);
            Assert.Contains("Migration applied", first.Err);
            Assert.DoesNotContain("Data contoh dimuat", first.Err);
            Assert.Equal(47, JsonDocument.Parse(first.Out).RootElement.GetArrayLength());
            Assert.False(File.Exists(Path.Combine(dataDir, "postmaster.pid")));

            var second = Cli.Run(["plan", "list", "--json"], environment: env);
            Assert.DoesNotContain("Data contoh dimuat", second.Err);
            Assert.Equal(47, JsonDocument.Parse(second.Out).RootElement.GetArrayLength());

            var status = Cli.Run(["db", "status"], environment: env);
            Assert.Equal(0, status.ExitCode);
            Assert.Contains(dataDir, status.Out);
            Assert.Contains("0001_initial.sql", status.Out);
            Assert.False(File.Exists(Path.Combine(dataDir, "postmaster.pid")));
        }
        finally
        {
            EmbeddedCluster.StopAny(dataDir);
            TestPostgres.TryDelete(root);
        }
    }
}
