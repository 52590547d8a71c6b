using System.Text.Json;
using Dapper;
using Npgsql;
using SpbeBot.Core.Storage;

namespace SpbeBot.Core.Messaging;

/// <summary>A message waiting for (or done with) delivery to one person.</summary>
/// <param name="ExternalId">The person's account on the delivering channel (Telegram user id), when claimed for one.</param>
public sealed record OutboxMessage(long Id, long PersonId, string Kind, string Text, IReadOnlyList<OutboxButton> Buttons, DateTimeOffset CreatedAt, string? ExternalId = null);

public sealed record OutboxButton(string Label, string Payload);

/// <summary>
/// Messages to people outside the conversation they are in — a decision on their upload, later reminders and
/// broadcasts. Rows are written in the same transaction as the change they announce, so a notice is never lost and
/// never sent for a change that was rolled back. A channel delivers a row and marks it sent.
/// </summary>
public sealed class Outbox(ConnectionFactory db)
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Task EnqueueAsync(NpgsqlConnection connection, NpgsqlTransaction? tx, long personId, string kind, string text,
        IReadOnlyList<OutboxButton> buttons, DateTimeOffset? notBefore = null) =>
        connection.ExecuteAsync(
            """
            insert into outbox_message (person_id, kind, text, buttons, not_before)
            values (@personId, @kind, @text, @buttons::jsonb, coalesce(@notBefore, now()))
            """, new { personId, kind, text, buttons = JsonSerializer.Serialize(buttons, Json), notBefore }, tx);

    public async Task EnqueueAsync(long personId, string kind, string text, IReadOnlyList<OutboxButton>? buttons = null, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        await EnqueueAsync(connection, null, personId, kind, text, buttons ?? []);
    }

    /// <summary>
    /// Delivers due messages of people who have an account on <paramref name="channel"/> (or, with
    /// <paramref name="personId"/>, of that one person whatever their accounts: the terminal chat shows what is
    /// addressed to the person it acts as). Each row stays locked while <paramref name="deliver"/> runs and is marked
    /// sent only when it returns true, so two delivering processes never send the same row.
    /// </summary>
    public async Task<int> DeliverAsync(string channel, Func<OutboxMessage, CancellationToken, Task<bool>> deliver,
        long? personId = null, int limit = 50, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        var delivered = 0;
        for (var i = 0; i < limit; i++)
        {
            await using var tx = await connection.BeginTransactionAsync(ct);
            var row = await connection.QuerySingleOrDefaultAsync<Row>(
                """
                select o.id, o.person_id as PersonId, o.kind, o.text, o.buttons::text as Buttons, o.created_at as CreatedAt,
                       (select ci.external_id from chat_identity ci where ci.person_id = o.person_id and ci.channel = @channel
                        order by ci.created_at limit 1) as ExternalId
                from outbox_message o
                where o.sent_at is null and o.not_before <= now()
                  and (case when @personId::bigint is null
                            then exists (select 1 from chat_identity ci where ci.person_id = o.person_id and ci.channel = @channel)
                            else o.person_id = @personId end)
                order by o.id
                limit 1
                for update of o skip locked
                """, new { channel, personId }, tx);
            if (row is null) break;
            var message = new OutboxMessage(row.Id, row.PersonId, row.Kind, row.Text,
                JsonSerializer.Deserialize<List<OutboxButton>>(row.Buttons, Json) ?? [],
                new DateTimeOffset(DateTime.SpecifyKind(row.CreatedAt, DateTimeKind.Utc)), row.ExternalId);
            bool sent;
            string? error = null;
            try { sent = await deliver(message, ct); }
            catch (Exception e) when (!ct.IsCancellationRequested) { sent = false; error = e.GetType().Name; }
            await connection.ExecuteAsync(sent
                ? "update outbox_message set sent_at = now(), channel = @channel, attempts = attempts + 1 where id = @Id"
                // Try again later rather than hammering a failing channel; the delay grows with the attempts.
                : "update outbox_message set attempts = attempts + 1, last_error = @error, not_before = now() + least(attempts + 1, 60) * interval '1 minute' where id = @Id",
                new { row.Id, channel, error = error ?? "not delivered" }, tx);
            await tx.CommitAsync(ct);
            if (sent) delivered++;
        }
        return delivered;
    }

    /// <summary>Messages addressed to a person, newest first (sent or not), for tests and support.</summary>
    public async Task<IReadOnlyList<(OutboxMessage Message, DateTimeOffset? SentAt, string? Channel)>> ListForAsync(long personId, int limit = 50, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        var rows = await connection.QueryAsync<Row>(
            """
            select id, person_id as PersonId, kind, text, buttons::text as Buttons, created_at as CreatedAt, sent_at as SentAt, channel
            from outbox_message where person_id = @personId order by id desc limit @limit
            """, new { personId, limit });
        return rows.Select(r => (new OutboxMessage(r.Id, r.PersonId, r.Kind, r.Text, JsonSerializer.Deserialize<List<OutboxButton>>(r.Buttons, Json) ?? [],
                new DateTimeOffset(DateTime.SpecifyKind(r.CreatedAt, DateTimeKind.Utc))),
            r.SentAt is { } s ? new DateTimeOffset(DateTime.SpecifyKind(s, DateTimeKind.Utc)) : (DateTimeOffset?)null, r.Channel)).ToList();
    }

    sealed class Row
    {
        public long Id { get; set; }
        public long PersonId { get; set; }
        public string Kind { get; set; } = "";
        public string Text { get; set; } = "";
        public string Buttons { get; set; } = "[]";
        public DateTime CreatedAt { get; set; }
        public DateTime? SentAt { get; set; }
        public string? Channel { get; set; }
        public string? ExternalId { get; set; }
    }
}
