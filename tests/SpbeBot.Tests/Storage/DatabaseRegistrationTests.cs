using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SpbeBot.Core.Plans;
using SpbeBot.Host.Database;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Storage;

/// <summary>The server's wiring: AddSpbeDatabase opens (and migrates) the configured database at host start.</summary>
[Trait("Kind", "Slow")]
public class DatabaseRegistrationTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task The_host_opens_the_configured_database_and_serves_the_stores()
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Spbebot:Database:ConnectionString"] = db.ConnectionString });
        builder.Services.AddSpbeDatabase(builder.Configuration);
        using var host = builder.Build();
        await host.StartAsync();

        var plans = await host.Services.GetRequiredService<PlanStore>().ListAsync(new PlanFilter { Year = 1999 });
        Assert.Empty(plans);
        await host.StopAsync();
    }
}
