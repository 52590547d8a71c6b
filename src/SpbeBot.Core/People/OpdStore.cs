using Dapper;
using Npgsql;
using SpbeBot.Core.Audit;
using SpbeBot.Core.Storage;

namespace SpbeBot.Core.People;

/// <summary>
/// OPDs and their aliases. The name and abbreviation are stored as aliases too, so every lookup is one
/// query on the normalised key (<see cref="OpdNameNormalizer"/>).
/// </summary>
public sealed class OpdStore(ConnectionFactory db)
{
    /// <summary>
    /// Every OPD with its aliases as of <paramref name="directoryVersion"/> (read by the caller after the message
    /// arrived; a change to an OPD or an alias raises it): from memory while the version stands.
    /// </summary>
    public async Task<IReadOnlyList<Opd>> ListAsync(long directoryVersion, CancellationToken ct = default)
    {
        var cache = DirectoryCache.For(db);
        if (directoryVersion >= 0 && cache.TryGetOpds(directoryVersion, out var known)) return known;
        var opds = await ListAsync(ct);
        if (directoryVersion >= 0) cache.PutOpds(directoryVersion, opds);
        return opds;
    }

    public async Task<IReadOnlyList<Opd>> ListAsync(CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        return await ListAsync(connection, null, null, ct);
    }

    static async Task<IReadOnlyList<Opd>> ListAsync(NpgsqlConnection connection, NpgsqlTransaction? tx, long? id, CancellationToken ct)
    {
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            """
            select o.id, o.name, o.abbreviation,
                   coalesce(array_agg(a.alias order by a.alias) filter (where a.alias is not null), '{}') as Aliases
            from opd o left join opd_alias a on a.opd_id = o.id
            where @id::bigint is null or o.id = @id
            group by o.id
            order by coalesce(o.abbreviation, o.name), o.id
            """, new { id }, tx, cancellationToken: ct));
        return rows.Select(ToOpd).ToList();
    }

    /// <summary>The OPD known by this name, abbreviation or alias (case, punctuation and spacing ignored); null if none.</summary>
    public async Task<Opd?> FindAsync(string nameOrAlias, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        return await FindAsync(connection, null, nameOrAlias, ct);
    }

    static async Task<Opd?> FindAsync(NpgsqlConnection connection, NpgsqlTransaction? tx, string nameOrAlias, CancellationToken ct)
    {
        var id = await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(
            "select opd_id from opd_alias where alias_key = @key", new { key = OpdNameNormalizer.Normalize(nameOrAlias) }, tx, cancellationToken: ct));
        return id is null ? null : (await ListAsync(connection, tx, id, ct)).Single();
    }

    /// <summary>
    /// Resolves names to OPD ids inside the caller's transaction. Unknown names are returned as missing,
    /// or created as new OPDs (name as given) when <paramref name="createMissing"/>.
    /// </summary>
    internal static async Task<(Dictionary<string, long> Ids, List<string> Missing)> ResolveAsync(
        NpgsqlConnection connection, NpgsqlTransaction tx, IEnumerable<string> names, bool createMissing, Actor actor, CancellationToken ct)
    {
        var byKey = names.Where(n => !string.IsNullOrWhiteSpace(n))
            .GroupBy(OpdNameNormalizer.Normalize)
            .Where(g => g.Key.Length > 0)
            .ToDictionary(g => g.Key, g => g.First().Trim());
        var found = (await connection.QueryAsync<KeyId>(new CommandDefinition(
                "select alias_key as Key, opd_id as Id from opd_alias where alias_key = any(@keys)", new { keys = byKey.Keys.ToArray() }, tx, cancellationToken: ct)))
            .ToDictionary(r => r.Key, r => r.Id);
        var missing = new List<string>();
        foreach (var (key, name) in byKey)
        {
            if (found.ContainsKey(key)) continue;
            if (!createMissing) { missing.Add(name); continue; }
            found[key] = (await InsertAsync(connection, tx, name, null, [], actor, ct)).Id;
        }
        return (found, missing);
    }

    /// <summary>Adds a new OPD; fails with <see cref="OpdNameTakenException"/> when any of its names is taken.</summary>
    public async Task<Opd> AddAsync(string name, string? abbreviation, IEnumerable<string> aliases, Actor actor, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var opd = await InsertAsync(connection, tx, name, abbreviation, aliases, actor, ct);
        await tx.CommitAsync(ct);
        return opd;
    }

    /// <summary>
    /// The OPD with this name (or abbreviation), created if missing, with any missing aliases added.
    /// Used by the demo data so running it twice changes nothing.
    /// </summary>
    public async Task<Opd> EnsureAsync(string name, string? abbreviation, IEnumerable<string> aliases, Actor actor, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var existing = await FindAsync(connection, tx, name, ct) ?? (abbreviation is null ? null : await FindAsync(connection, tx, abbreviation, ct));
        Opd opd;
        if (existing is null)
        {
            opd = await InsertAsync(connection, tx, name, abbreviation, aliases, actor, ct);
        }
        else
        {
            foreach (var alias in aliases.Prepend(name).Append(abbreviation ?? name))
                await InsertAliasAsync(connection, tx, existing, alias, actor, ignoreSameOpd: true, ct);
            opd = (await ListAsync(connection, tx, existing.Id, ct)).Single();
        }
        await tx.CommitAsync(ct);
        return opd;
    }

    /// <summary>Adds an alias to the OPD known as <paramref name="opdName"/>; returns null when that OPD does not exist.</summary>
    public async Task<Opd?> AddAliasAsync(string opdName, string alias, Actor actor, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var opd = await FindAsync(connection, tx, opdName, ct);
        if (opd is null) return null;
        await InsertAliasAsync(connection, tx, opd, alias, actor, ignoreSameOpd: true, ct);
        var updated = (await ListAsync(connection, tx, opd.Id, ct)).Single();
        await tx.CommitAsync(ct);
        return updated;
    }

    static async Task<Opd> InsertAsync(NpgsqlConnection connection, NpgsqlTransaction tx, string name, string? abbreviation, IEnumerable<string> aliases, Actor actor, CancellationToken ct)
    {
        name = name.Trim();
        abbreviation = string.IsNullOrWhiteSpace(abbreviation) ? null : abbreviation.Trim();
        if (OpdNameNormalizer.Normalize(name).Length == 0)
            throw new ArgumentException("The OPD name must not be empty.", nameof(name)); // a guard: the command refuses it first
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "insert into opd (name, abbreviation) values (@name, @abbreviation) returning id", new { name, abbreviation }, tx, cancellationToken: ct));
        var created = new Opd { Id = id, Name = name, Abbreviation = abbreviation };
        foreach (var alias in aliases.Prepend(abbreviation ?? name).Prepend(name))
            await InsertAliasAsync(connection, tx, created, alias, actor: null, ignoreSameOpd: true, ct);
        var opd = (await ListAsync(connection, tx, id, ct)).Single();
        await AuditLog.WriteAsync(connection, tx, actor, "opd", id, "create", null, opd, ct);
        return opd;
    }

    static async Task InsertAliasAsync(NpgsqlConnection connection, NpgsqlTransaction tx, Opd opd, string alias, Actor? actor, bool ignoreSameOpd, CancellationToken ct)
    {
        var key = OpdNameNormalizer.Normalize(alias);
        if (key.Length == 0) return;
        var owner = await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(
            "select opd_id from opd_alias where alias_key = @key", new { key }, tx, cancellationToken: ct));
        if (owner == opd.Id && ignoreSameOpd) return;
        if (owner is not null)
            throw new OpdNameTakenException(alias.Trim(), (await ListAsync(connection, tx, owner, ct)).Single());
        await connection.ExecuteAsync(new CommandDefinition(
            "insert into opd_alias (alias_key, opd_id, alias) values (@key, @id, @alias)", new { key, id = opd.Id, alias = alias.Trim() }, tx, cancellationToken: ct));
        if (actor is not null)
            await AuditLog.WriteAsync(connection, tx, actor, "opd", opd.Id, "add-alias", null, new { alias = alias.Trim() }, ct);
    }

    static Opd ToOpd(Row row) => new()
    {
        Id = row.Id,
        Name = row.Name,
        Abbreviation = row.Abbreviation,
        Aliases = row.Aliases.Where(a => a != row.Name && a != row.Abbreviation).ToList(),
    };

    sealed class KeyId
    {
        public string Key { get; set; } = "";
        public long Id { get; set; }
    }

    sealed class Row
    {
        public long Id { get; set; }
        public string Name { get; set; } = "";
        public string? Abbreviation { get; set; }
        public string[] Aliases { get; set; } = [];
    }
}
