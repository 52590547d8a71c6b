using System.Text.Json;
using Dapper;
using SpbeBot.Core.Audit;
using SpbeBot.Core.Storage;

namespace SpbeBot.Core.Criteria;

/// <summary>One stored version of a framework's catalog, without the catalog itself (for listings).</summary>
public sealed record CatalogVersionInfo(string Framework, int Version, string ImportedBy, DateTimeOffset ImportedAt, string SourceFile, string SourceFileSha256);

/// <summary>
/// Catalog versions imported by coordinators (table catalog_version): each import is a new version of its framework,
/// kept with who imported it, when and from which file (and an audit row). <see cref="RefreshAsync"/> hands the newest
/// version of each framework to <see cref="CatalogStore"/>, so every process serves it without a rebuild: the CLI at
/// each start, the server at start and then periodically (a cheap check of the newest row id first).
/// </summary>
public sealed class CatalogVersionStore(ConnectionFactory db, TimeProvider clock)
{
    long? _loadedStamp;
    readonly SemaphoreSlim _refresh = new(1, 1);

    /// <summary>Stores <paramref name="catalog"/> as the next version of its framework and makes it the one in use here.</summary>
    public async Task<CatalogVersionInfo> ImportAsync(CriteriaCatalog catalog, Actor actor, string sourceFile, string sourceFileSha256, CancellationToken ct = default)
    {
        if (!CatalogStore.Exists(catalog.Framework)) throw new UnknownFrameworkException(catalog.Framework, CatalogStore.Available);
        var json = CatalogStore.Serialize(catalog);
        var now = clock.GetUtcNow();
        await using var connection = await db.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        // Two imports of one framework at once must not take the same number.
        await connection.ExecuteAsync(new CommandDefinition("select pg_advisory_xact_lock(hashtext('catalog_version:' || @framework))",
            new { framework = catalog.Framework }, tx, cancellationToken: ct));
        var version = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            """
            insert into catalog_version (framework, version, catalog, imported_by, imported_at, source_file, source_file_sha256)
            values (@framework, (select coalesce(max(version), 0) + 1 from catalog_version where framework = @framework),
                    @json::jsonb, @by, @at, @file, @sha)
            returning version
            """,
            new { framework = catalog.Framework, json, by = actor.Name, at = now, file = sourceFile, sha = sourceFileSha256 }, tx, cancellationToken: ct));
        var info = new CatalogVersionInfo(catalog.Framework, version, actor.Name, now, sourceFile, sourceFileSha256);
        await AuditLog.WriteAsync(connection, tx, actor, "catalog_version", $"{catalog.Framework}/{version}", "create", null,
            new { info.Framework, info.Version, info.SourceFile, info.SourceFileSha256, Indicators = catalog.Indicators.Count }, ct);
        await tx.CommitAsync(ct);
        await RefreshAsync(force: true, ct);
        return info;
    }

    /// <summary>Every stored version, per framework newest first.</summary>
    public async Task<IReadOnlyList<CatalogVersionInfo>> ListAsync(CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            """
            select framework, version, imported_by as ImportedBy, imported_at as ImportedAt, source_file as SourceFile, source_file_sha256 as SourceFileSha256
            from catalog_version order by framework, version desc
            """, cancellationToken: ct));
        return rows.Select(r => new CatalogVersionInfo(r.Framework, r.Version, r.ImportedBy, DbTime.Utc(r.ImportedAt), r.SourceFile, r.SourceFileSha256)).ToList();
    }

    /// <summary>One stored version's catalog, or null.</summary>
    public async Task<CriteriaCatalog?> GetAsync(string framework, int version, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        var json = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "select catalog::text from catalog_version where framework = @framework and version = @version", new { framework, version }, cancellationToken: ct));
        return json is null ? null : JsonSerializer.Deserialize<CriteriaCatalog>(json, CatalogStore.Json);
    }

    /// <summary>
    /// Gives <see cref="CatalogStore"/> the newest version of every framework when something was imported since the last
    /// call (one cheap query otherwise). Returns true when the catalogs in use changed.
    /// </summary>
    public async Task<bool> RefreshAsync(bool force = false, CancellationToken ct = default)
    {
        await _refresh.WaitAsync(ct);
        try
        {
            await using var connection = await db.OpenAsync(ct);
            var stamp = await connection.ExecuteScalarAsync<long>(new CommandDefinition("select coalesce(max(id), 0) from catalog_version", cancellationToken: ct));
            if (!force && stamp == _loadedStamp) return false;
            var rows = await connection.QueryAsync<(string Framework, int Version, string Catalog)>(new CommandDefinition(
                """
                select distinct on (framework) framework, version, catalog::text
                from catalog_version order by framework, version desc
                """, cancellationToken: ct));
            CatalogStore.UseImported(rows.Select(r => new ImportedCatalog(r.Framework, r.Version,
                JsonSerializer.Deserialize<CriteriaCatalog>(r.Catalog, CatalogStore.Json)!)).ToList());
            var changed = _loadedStamp != stamp;
            _loadedStamp = stamp;
            return changed;
        }
        finally
        {
            _refresh.Release();
        }
    }

    sealed class Row
    {
        public string Framework { get; set; } = "";
        public int Version { get; set; }
        public string ImportedBy { get; set; } = "";
        public DateTime ImportedAt { get; set; }
        public string SourceFile { get; set; } = "";
        public string SourceFileSha256 { get; set; } = "";
    }
}
