namespace SpbeBot.Host.Database;

/// <summary>
/// Settings from the <c>Spbebot:Database</c> section (appsettings.json), or as environment variables:
/// <list type="bullet">
/// <item><c>SPBEBOT__DATABASE__CONNECTIONSTRING</c> — an existing PostgreSQL server, e.g.
/// <c>Host=db;Port=5432;Database=spbebot;Username=spbebot;Password=…</c>. Empty: the embedded default
/// (a private cluster started from the machine's PostgreSQL binaries).</item>
/// <item><c>SPBEBOT__DATABASE__DATADIRECTORY</c> — the embedded cluster's data folder; default <c>./.spbebot/pgdata</c>
/// (relative to the working directory).</item>
/// <item><c>SPBEBOT__DATABASE__POSTGRESBINDIRECTORY</c> — where initdb/pg_ctl are; empty: searched
/// (newest /usr/lib/postgresql/&lt;ver&gt;/bin, pg_config --bindir, PATH).</item>
/// <item><c>SPBEBOT__DATABASE__DEMODATA</c> — load the demo Pemda into a new embedded database (default true).
/// Never loaded into an external server.</item>
/// </list>
/// </summary>
sealed class DatabaseSettings
{
    public const string Section = "Spbebot:Database";

    public string? ConnectionString { get; set; }
    public string DataDirectory { get; set; } = Core.Storage.EmbeddedClusterOptions.DefaultDataDirectory;
    public string? PostgresBinDirectory { get; set; }
    public bool DemoData { get; set; } = true;

    public bool UsesEmbedded => string.IsNullOrWhiteSpace(ConnectionString);
}
