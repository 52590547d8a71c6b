using Dapper;
using SpbeBot.Core.Storage;

namespace SpbeBot.Core.Retention;

/// <summary>
/// How long personal data that is only needed for a while is kept, in days; 0 keeps it. The evaluation record itself —
/// plan, progress notes, evidence and its decisions, the audit log — is never swept: it is the Pemda's to archive.
/// </summary>
public sealed record RetentionPolicy
{
    /// <summary>Delivered, failed or blocked messages (reminders, broadcasts, digests, notices): their texts name people and OPDs.</summary>
    public int OutboxDays { get; init; }
    /// <summary>Used or expired invites (who was invited, by whom).</summary>
    public int InviteDays { get; init; }
    /// <summary>Dialog steps nobody finished (a half-typed progress note, a filing question).</summary>
    public int ConversationStateDays { get; init; } = 30;
    /// <summary>Teams file offers, answered or not (an unanswered one then says it is no longer valid).</summary>
    public int FileOfferDays { get; init; } = 30;
}

public sealed record RetentionResult(int OutboxMessages, int Invites, int ConversationStates, int FileOffers)
{
    public int Total => OutboxMessages + Invites + ConversationStates + FileOffers;
}

/// <summary>Deletes what the policy no longer keeps, in one transaction; running it again deletes nothing more.</summary>
public sealed class RetentionSweep(ConnectionFactory db)
{
    public async Task<RetentionResult> RunAsync(RetentionPolicy policy, DateTimeOffset now, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        async Task<int> Sweep(int days, string sql) =>
            days <= 0 ? 0 : await connection.ExecuteAsync(new CommandDefinition(sql, new { before = now.UtcDateTime.AddDays(-days) }, tx, cancellationToken: ct));

        var result = new RetentionResult(
            await Sweep(policy.OutboxDays, "delete from outbox_message where status <> 'pending' and created_at < @before"),
            await Sweep(policy.InviteDays, "delete from invite where (used_at is not null and used_at < @before) or (used_at is null and expires_at < @before)"),
            await Sweep(policy.ConversationStateDays, "delete from conversation_state where updated_at < @before"),
            await Sweep(policy.FileOfferDays, "delete from teams_file_offer where created_at < @before"));
        await tx.CommitAsync(ct);
        return result;
    }
}
