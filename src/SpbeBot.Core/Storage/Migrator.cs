using Dapper;
using DbUp;
using DbUp.Engine;
using Npgsql;

namespace SpbeBot.Core.Storage;

/// <summary>
/// Applies the versioned SQL scripts in Storage/Migrations (embedded, run in name order, each in its own
/// transaction) with DbUp, which records applied scripts in the table public.schemaversions.
/// Already applied scripts are never run again, so migrating twice is harmless.
/// </summary>
public static class Migrator
{
    const string Prefix = "migrations/";
    // Any fixed number: serialises migrations when the server and a CLI command start at the same moment.
    const long AdvisoryLockKey = 0x5342_4245_4442; // "SBBEDB"

    public sealed record MigrationResult(IReadOnlyList<string> Applied);

    public static async Task<MigrationResult> MigrateAsync(string connectionString, CancellationToken ct = default)
    {
        await using var lockConnection = new NpgsqlConnection(connectionString);
        await lockConnection.OpenAsync(ct);
        await using (var take = new NpgsqlCommand($"select pg_advisory_lock({AdvisoryLockKey})", lockConnection))
            await take.ExecuteNonQueryAsync(ct);
        try
        {
            var result = Upgrader(connectionString).PerformUpgrade();
            if (!result.Successful)
                throw new InvalidOperationException(
                    $"Migrasi basis data gagal pada {result.ErrorScript?.Name}: {result.Error?.Message}",
                    result.Error);
            return new MigrationResult(result.Scripts.Select(s => ScriptName(s.Name)).ToList());
        }
        finally
        {
            await using var release = new NpgsqlCommand($"select pg_advisory_unlock({AdvisoryLockKey})", lockConnection);
            await release.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    /// <summary>Scripts shipped in this build, in order.</summary>
    public static IReadOnlyList<string> Available() =>
        typeof(Migrator).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(ScriptName)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Scripts already applied to the database (empty on a new database).</summary>
    public static IReadOnlyList<string> Applied(string connectionString) =>
        Upgrader(connectionString).GetExecutedScripts().Select(ScriptName).ToList();

    /// <summary>Scripts of this build not yet applied, read on an open connection (for readiness checks, which need a timeout).</summary>
    public static async Task<IReadOnlyList<string>> PendingAsync(NpgsqlConnection connection, CancellationToken ct = default)
    {
        if (!await connection.ExecuteScalarAsync<bool>(new CommandDefinition("select to_regclass('public.schemaversions') is not null", cancellationToken: ct)))
            return Available();
        var applied = (await connection.QueryAsync<string>(new CommandDefinition("select scriptname from public.schemaversions", cancellationToken: ct)))
            .Select(ScriptName).ToHashSet(StringComparer.Ordinal);
        return Available().Where(m => !applied.Contains(m)).ToList();
    }

    static UpgradeEngine Upgrader(string connectionString) =>
        DeployChanges.To.PostgresqlDatabase(connectionString)
            .WithScriptsEmbeddedInAssembly(typeof(Migrator).Assembly, name => name.StartsWith(Prefix, StringComparison.Ordinal))
            .WithTransactionPerScript()
            .LogToNowhere()
            .Build();

    static string ScriptName(string resourceName) => resourceName.StartsWith(Prefix, StringComparison.Ordinal) ? resourceName[Prefix.Length..] : resourceName;
}
