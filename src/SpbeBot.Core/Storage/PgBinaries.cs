namespace SpbeBot.Core.Storage;

/// <summary>
/// Finds the machine's PostgreSQL server programs (initdb, pg_ctl, postgres). Order: an explicit folder,
/// the newest Debian/Ubuntu versioned folder (/usr/lib/postgresql/&lt;ver&gt;/bin), <c>pg_config --bindir</c>,
/// then every folder on PATH. The Debian folder comes before PATH because Debian's /usr/bin holds only
/// client wrappers, not initdb.
/// </summary>
public static class PgBinaries
{
    static readonly string[] Required = ["initdb", "pg_ctl", "postgres"];

    /// <summary>The folder holding initdb, pg_ctl and postgres; throws <see cref="PostgresNotFoundException"/> if none does.</summary>
    public static string Find(string? explicitFolder = null)
    {
        if (!string.IsNullOrWhiteSpace(explicitFolder))
            return HasAll(explicitFolder) ? explicitFolder : throw new PostgresNotFoundException(explicitFolder);
        foreach (var folder in Candidates())
            if (HasAll(folder)) return folder;
        throw new PostgresNotFoundException(null);
    }

    static IEnumerable<string> Candidates()
    {
        foreach (var root in new[] { "/usr/lib/postgresql", "/usr/local/lib/postgresql" })
        {
            if (!Directory.Exists(root)) continue;
            var versions = Directory.GetDirectories(root)
                .Select(d => (Dir: d, Version: double.TryParse(Path.GetFileName(d), System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : -1))
                .Where(x => x.Version >= 0)
                .OrderByDescending(x => x.Version);
            foreach (var (dir, _) in versions) yield return Path.Combine(dir, "bin");
        }
        if (PgConfigBinDir() is { } fromPgConfig) yield return fromPgConfig;
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            yield return dir;
    }

    static string? PgConfigBinDir()
    {
        try
        {
            var result = ProcessRunner.Run("pg_config", ["--bindir"], TimeSpan.FromSeconds(10));
            return result.ExitCode == 0 ? result.StdOut.Trim() : null;
        }
        catch (Exception) { return null; } // pg_config not installed: just not a candidate
    }

    static bool HasAll(string folder) => Required.All(name => File.Exists(Path.Combine(folder, name)));
}

/// <summary>
/// No usable PostgreSQL installation. The person reads it in one language from the dialogs (StartupTexts.PostgresNotFound);
/// <see cref="Exception.Message"/> is the English one, for logs.
/// </summary>
/// <param name="Folder">The folder configured that lacks the programs, or null when none was found anywhere.</param>
public sealed class PostgresNotFoundException(string? folder) : Exception(
    (folder is null ? "PostgreSQL server programs (initdb, pg_ctl, postgres) were not found on this machine."
        : $"The PostgreSQL folder '{folder}' does not contain initdb, pg_ctl and postgres.")
    + " Install PostgreSQL (`apt-get install postgresql`) or set SPBEBOT__DATABASE__CONNECTIONSTRING.")
{
    public string? Folder { get; } = folder;
}
