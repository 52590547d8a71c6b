using System.Text.Json;
using Dapper;
using Npgsql;
using SpbeBot.Core.Storage;

namespace SpbeBot.Core.Audit;

/// <summary>Who made a change: a known person, or a named system actor ("cli:root", "demo", "import").</summary>
public sealed record Actor(string Name, long? PersonId = null)
{
    public static Actor System(string name) => new(name);
}

/// <summary>One audit row: who changed which entity, how, with the row before and after as JSON.</summary>
public sealed record AuditEntry(long Id, DateTimeOffset At, string Actor, long? PersonId, string Entity, string EntityId, string Action, string? Before, string? After);

/// <summary>
/// The audit log of every change. Stores call <see cref="WriteAsync"/> inside their own transaction, so a change
/// and its audit row are committed (or rolled back) together.
/// </summary>
public sealed class AuditLog(ConnectionFactory db)
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static async Task WriteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, Actor actor,
        string entity, object entityId, string action, object? before, object? after, CancellationToken ct = default)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            """
            insert into audit_log (person_id, actor, entity, entity_id, action, before, after)
            values (@PersonId, @Actor, @Entity, @EntityId, @Action, @Before::jsonb, @After::jsonb)
            """,
            new
            {
                actor.PersonId,
                Actor = actor.Name,
                Entity = entity,
                EntityId = Convert.ToString(entityId, System.Globalization.CultureInfo.InvariantCulture),
                Action = action,
                Before = before is null ? null : JsonSerializer.Serialize(before, Json),
                After = after is null ? null : JsonSerializer.Serialize(after, Json),
            },
            transaction, cancellationToken: ct));
    }

    /// <summary>Many "create" rows in one statement (bulk imports), same shape as <see cref="WriteAsync"/>.</summary>
    public static async Task WriteCreatedAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, Actor actor,
        string entity, IReadOnlyList<(object Id, object After)> rows, CancellationToken ct = default)
    {
        if (rows.Count == 0) return;
        await connection.ExecuteAsync(new CommandDefinition(
            """
            insert into audit_log (person_id, actor, entity, entity_id, action, after)
            select @PersonId, @Actor, @Entity, t.id, 'create', t.after::jsonb
            from unnest(@Ids, @Afters) as t(id, after)
            """,
            new
            {
                actor.PersonId,
                Actor = actor.Name,
                Entity = entity,
                Ids = rows.Select(r => Convert.ToString(r.Id, System.Globalization.CultureInfo.InvariantCulture)!).ToArray(),
                Afters = rows.Select(r => JsonSerializer.Serialize(r.After, Json)).ToArray(),
            },
            transaction, cancellationToken: ct));
    }

    /// <summary>Latest entries first, optionally for one entity type and id.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ListAsync(string? entity = null, string? entityId = null, int limit = 100, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            """
            select id, at, actor, person_id as PersonId, entity, entity_id as EntityId, action, before::text as Before, after::text as After
            from audit_log
            where (@entity::text is null or entity = @entity) and (@entityId::text is null or entity_id = @entityId)
            order by id desc
            limit @limit
            """,
            new { entity, entityId, limit }, cancellationToken: ct));
        return rows.Select(r => new AuditEntry(r.Id, DbTime.Utc(r.At), r.Actor, r.PersonId, r.Entity, r.EntityId, r.Action, r.Before, r.After)).ToList();
    }

    sealed class Row
    {
        public long Id { get; set; }
        public DateTime At { get; set; }
        public string Actor { get; set; } = "";
        public long? PersonId { get; set; }
        public string Entity { get; set; } = "";
        public string EntityId { get; set; } = "";
        public string Action { get; set; } = "";
        public string? Before { get; set; }
        public string? After { get; set; }
    }
}
