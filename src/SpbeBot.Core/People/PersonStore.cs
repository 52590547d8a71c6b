using Dapper;
using Npgsql;
using SpbeBot.Core.Audit;
using SpbeBot.Core.Storage;

namespace SpbeBot.Core.People;

/// <summary>People, their chat identities (channel + external id, unique) and their notification settings.</summary>
public sealed class PersonStore(ConnectionFactory db)
{
    const string Select =
        """
        select p.id, p.name, p.role, p.opd_id as OpdId, coalesce(o.abbreviation, o.name) as OpdName, p.language,
               p.quiet_start as QuietStart, p.quiet_end as QuietEnd, p.muted,
               coalesce(array_agg(c.channel || ':' || c.external_id order by c.channel, c.external_id)
                        filter (where c.channel is not null), '{}') as Identities
        from person p
        left join opd o on o.id = p.opd_id
        left join chat_identity c on c.person_id = p.id
        """;

    public async Task<Person> AddAsync(PersonDraft draft, Actor actor, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var person = await InsertAsync(connection, tx, draft, actor, ct);
        await tx.CommitAsync(ct);
        return person;
    }

    internal static async Task<Person> InsertAsync(NpgsqlConnection connection, NpgsqlTransaction tx, PersonDraft draft, Actor actor, CancellationToken ct)
    {
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            insert into person (name, role, opd_id, language, quiet_start, quiet_end, muted)
            values (@Name, @Role, @OpdId, @Language, @QuietStart::time, @QuietEnd::time, @Muted) returning id
            """,
            new
            {
                Name = draft.Name.Trim(),
                Role = DbEnum.ToText(draft.Role),
                draft.OpdId,
                draft.Language,
                QuietStart = draft.QuietStart?.ToTimeSpan(),
                QuietEnd = draft.QuietEnd?.ToTimeSpan(),
                draft.Muted,
            }, tx, cancellationToken: ct));
        var person = (await GetAsync(connection, tx, id, ct))!;
        await AuditLog.WriteAsync(connection, tx, actor, "person", id, "create", null, person, ct);
        return person;
    }

    public async Task<Person?> GetAsync(long id, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        return await GetAsync(connection, null, id, ct);
    }

    internal static async Task<Person?> GetAsync(NpgsqlConnection connection, NpgsqlTransaction? tx, long id, CancellationToken ct) =>
        (await connection.QueryAsync<Row>(new CommandDefinition(
            Select + " where p.id = @id group by p.id, o.id", new { id }, tx, cancellationToken: ct))).Select(ToPerson).SingleOrDefault();

    /// <summary>Who is behind a chat account; null for strangers.</summary>
    public async Task<Person?> FindByChatAsync(string channel, string externalId, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        var id = await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(
            "select person_id from chat_identity where channel = @channel and external_id = @externalId", new { channel, externalId }, cancellationToken: ct));
        return id is null ? null : await GetAsync(connection, null, id.Value, ct);
    }

    /// <summary>
    /// Who wrote from a chat account; null for strangers. Writing means they unblocked the bot if a push had been
    /// refused with 403, so that mark is cleared in the same statement: pushes resume.
    /// </summary>
    public async Task<Person?> FindSenderAsync(string channel, string externalId, CancellationToken ct = default)
    {
        long version;
        await using (var connection = await db.OpenAsync(ct))
            version = await connection.ExecuteScalarAsync<long>(new CommandDefinition(DirectoryVersionSql, cancellationToken: ct));
        return await FindSenderAsync(channel, externalId, version, ct);
    }

    /// <summary>
    /// The directory version; -1 when the row is missing (an emptied table): then nothing is cached until the next
    /// change brings it back.
    /// </summary>
    public const string DirectoryVersionSql = "select coalesce((select version from directory_version where id = 1), -1)";

    /// <summary>
    /// <see cref="FindSenderAsync(string, string, CancellationToken)"/> with the directory version the caller read
    /// after the message arrived: a cache hit costs no statement.
    /// </summary>
    public async Task<Person?> FindSenderAsync(string channel, string externalId, long version, CancellationToken ct = default)
    {
        var cache = DirectoryCache.For(db);
        if (version >= 0 && cache.TryGet(version, channel, externalId, out var known) && !known.Blocked) return known.Person;
        await using var connection = await db.OpenAsync(ct);
        // A miss, or a blocked account writing again (clearing the mark changes the version: the next message reads anew).
        var row = await connection.QuerySingleOrDefaultAsync<(long PersonId, bool Blocked)?>(new CommandDefinition(
            """
            with reachable as (update chat_identity set blocked_at = null
                               where channel = @channel and external_id = @externalId and blocked_at is not null)
            select person_id, blocked_at is not null from chat_identity where channel = @channel and external_id = @externalId
            """, new { channel, externalId }, cancellationToken: ct));
        var person = row is { } r ? await GetAsync(connection, null, r.PersonId, ct) : null;
        if (version >= 0 && row is not { Blocked: true }) cache.Put(version, channel, externalId, person, blocked: false);
        return person;
    }

    public async Task<IReadOnlyList<Person>> ListAsync(CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        return (await connection.QueryAsync<Row>(new CommandDefinition(Select + " group by p.id, o.id order by p.name, p.id", cancellationToken: ct))).Select(ToPerson).ToList();
    }

    /// <summary>Links a chat account to a person; throws <see cref="ChatIdentityTakenException"/> when it belongs to someone else.</summary>
    public async Task LinkChatAsync(long personId, ChatIdentity identity, Actor actor, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        await LinkChatAsync(connection, tx, personId, identity, actor, ct);
        await tx.CommitAsync(ct);
    }

    internal static async Task LinkChatAsync(NpgsqlConnection connection, NpgsqlTransaction tx, long personId, ChatIdentity identity, Actor actor, CancellationToken ct)
    {
        var owner = await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(
            "select person_id from chat_identity where channel = @Channel and external_id = @ExternalId", identity, tx, cancellationToken: ct));
        if (owner == personId) return;
        if (owner is not null) throw new ChatIdentityTakenException(identity);
        await connection.ExecuteAsync(new CommandDefinition(
            "insert into chat_identity (channel, external_id, person_id) values (@Channel, @ExternalId, @personId)",
            new { identity.Channel, identity.ExternalId, personId }, tx, cancellationToken: ct));
        await AuditLog.WriteAsync(connection, tx, actor, "person", personId, "link-chat", null, identity, ct);
    }

    /// <summary>Removes a chat account from its person ("/berhenti"); the person and their history stay. False when it was not linked.</summary>
    public async Task<bool> UnlinkChatAsync(ChatIdentity identity, Actor actor, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var owner = await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(
            "delete from chat_identity where channel = @Channel and external_id = @ExternalId returning person_id", identity, tx, cancellationToken: ct));
        if (owner is null) return false;
        await AuditLog.WriteAsync(connection, tx, actor, "person", owner.Value, "unlink-chat", identity, null, ct);
        await tx.CommitAsync(ct);
        return true;
    }

    /// <summary>Changes language, quiet hours and mute; returns the updated person, or null when not found.</summary>
    public async Task<Person?> UpdateSettingsAsync(long personId, string language, TimeOnly? quietStart, TimeOnly? quietEnd, bool muted, Actor actor, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var before = await GetAsync(connection, tx, personId, ct);
        if (before is null) return null;
        await connection.ExecuteAsync(new CommandDefinition(
            """
            update person set language = @language, quiet_start = @quietStart::time, quiet_end = @quietEnd::time, muted = @muted, updated_at = now()
            where id = @personId
            """,
            new { personId, language, quietStart = quietStart?.ToTimeSpan(), quietEnd = quietEnd?.ToTimeSpan(), muted }, tx, cancellationToken: ct));
        var after = (await GetAsync(connection, tx, personId, ct))!;
        await AuditLog.WriteAsync(connection, tx, actor, "person", personId, "update-settings", before, after, ct);
        await tx.CommitAsync(ct);
        return after;
    }

    static Person ToPerson(Row row) => new()
    {
        Id = row.Id,
        Name = row.Name,
        Role = DbEnum.Parse<PersonRole>(row.Role)!.Value,
        OpdId = row.OpdId,
        OpdName = row.OpdName,
        Language = row.Language,
        QuietStart = row.QuietStart is { } s ? TimeOnly.FromTimeSpan(s) : null,
        QuietEnd = row.QuietEnd is { } e ? TimeOnly.FromTimeSpan(e) : null,
        Muted = row.Muted,
        Identities = row.Identities.Select(i => i.Split(':', 2)).Select(p => new ChatIdentity(p[0], p[1])).ToList(),
    };

    sealed class Row
    {
        public long Id { get; set; }
        public string Name { get; set; } = "";
        public string Role { get; set; } = "";
        public long? OpdId { get; set; }
        public string? OpdName { get; set; }
        public string Language { get; set; } = "id";
        public TimeSpan? QuietStart { get; set; }
        public TimeSpan? QuietEnd { get; set; }
        public bool Muted { get; set; }
        public string[] Identities { get; set; } = [];
    }
}
