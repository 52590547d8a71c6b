using SpbeBot.Core.People;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.CommandLine;

/// <summary>`spbebot instansi show|set`: the first step of a real installation; bad values change nothing.</summary>
[Trait("Kind", "Slow")]
public class InstansiCliTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    Cli.Result Run(params string[] args) =>
        Cli.Run(args, environment: new Dictionary<string, string?> { ["SPBEBOT__DATABASE__CONNECTIONSTRING"] = db.ConnectionString });

    [Fact]
    public async Task An_installation_sets_its_pemda_and_bad_values_change_nothing()
    {
        await db.ResetAsync();
        Assert.Equal(1, Run("instansi", "show").ExitCode);
        Assert.Equal(2, Run("instansi", "set", "--time-zone", "WITA").ExitCode);   // no name yet

        var set = Run("instansi", "set", "--name", "Pemerintah Kota Tepian", "--kind", "kota", "--time-zone", "WITA", "--year", "2026");
        Assert.True(set.ExitCode == 0, set.Err);
        var saved = (await new InstansiStore(db.Connections).GetAsync())!;
        Assert.Equal(("Pemerintah Kota Tepian", InstansiKind.Kota, TimeZones.Wita, "spbe-2024", 2026), (saved.Name, saved.Kind, saved.TimeZone, saved.Framework, saved.EvaluationYear));

        var badZone = Run("instansi", "set", "--time-zone", "PST");
        Assert.Equal(2, badZone.ExitCode);
        Assert.Contains("WIB, WITA atau WIT", badZone.Err);
        Assert.Equal(2, Run("instansi", "set", "--framework", "spbe-1999").ExitCode);
        Assert.Equal(2, Run("instansi", "set", "--year", "1990").ExitCode);
        Assert.Equal(saved, await new InstansiStore(db.Connections).GetAsync());

        Assert.Equal(0, Run("instansi", "set", "--year", "2027").ExitCode);   // what is not given stays
        Assert.Equal(saved with { EvaluationYear = 2027 }, await new InstansiStore(db.Connections).GetAsync());
        Assert.Contains("Asia/Makassar", Run("instansi", "show").Out);
    }
}
