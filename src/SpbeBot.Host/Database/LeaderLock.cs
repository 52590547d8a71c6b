using Dapper;
using Npgsql;
using SpbeBot.Core.Storage;

namespace SpbeBot.Host.Database;

/// <summary>
/// "Exactly one of several servers does this": a PostgreSQL session-level advisory lock, held by an open connection.
/// If the holder dies its connection closes, the lock is freed and another server takes it.
/// </summary>
static class LeaderLock
{
    /// <summary>Outbox senders add their channel's number; the Telegram poller uses <see cref="TelegramPolling"/>.</summary>
    public const long TelegramPolling = 0x5BBE_7011;

    /// <summary>A connection holding the lock, or null when another server holds it.</summary>
    public static async Task<NpgsqlConnection?> TryTakeAsync(ConnectionFactory db, long key, CancellationToken ct)
    {
        // A session of its own (reset when given back): a pooled store connection would keep the lock after release.
        var connection = await db.OpenSessionAsync(ct);
        var taken = false;
        try
        {
            taken = await connection.ExecuteScalarAsync<bool>(new CommandDefinition("select pg_try_advisory_lock(@key)", new { key }, cancellationToken: ct));
            return taken ? connection : null;
        }
        finally
        {
            if (!taken) await connection.DisposeAsync();
        }
    }

    /// <summary>
    /// A connection holding the lock, waiting for it up to <paramref name="wait"/> (null when another server still holds
    /// it then): blocked in PostgreSQL, so the moment the holder's session ends — its process killed — this one has it,
    /// instead of at its next look (issue 17, 17t: the take-over of a killed outbox sender). One idle session per
    /// waiting server.
    /// </summary>
    public static async Task<NpgsqlConnection?> WaitTakeAsync(ConnectionFactory db, long key, TimeSpan wait, CancellationToken ct)
    {
        var connection = await db.OpenSessionAsync(ct);
        var taken = false;
        try
        {
            try
            {
                // lock_timeout bounds the wait (an advisory lock's wait is a lock wait); the session is reset when given back.
                await connection.ExecuteAsync(new CommandDefinition(
                    $"set lock_timeout = {(int)wait.TotalMilliseconds}; select pg_advisory_lock(@key); reset lock_timeout", new { key }, cancellationToken: ct));
                taken = true;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.LockNotAvailable)
            {
            }
            return taken ? connection : null;
        }
        finally
        {
            if (!taken) await connection.DisposeAsync();
        }
    }

    /// <summary>Throws when the holding connection broke (then the lock may be someone else's already).</summary>
    public static Task CheckHeldAsync(NpgsqlConnection holder, CancellationToken ct) =>
        holder.ExecuteScalarAsync(new CommandDefinition("select 1", cancellationToken: ct));
}
