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
        var connection = await db.OpenAsync(ct);
        try
        {
            await using var take = new NpgsqlCommand("select pg_try_advisory_lock(@key)", connection);
            take.Parameters.AddWithValue("key", key);
            if (await take.ExecuteScalarAsync(ct) is true) return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
        await connection.DisposeAsync();
        return null;
    }

    /// <summary>Throws when the holding connection broke (then the lock may be someone else's already).</summary>
    public static async Task CheckHeldAsync(NpgsqlConnection holder, CancellationToken ct)
    {
        await using var ping = new NpgsqlCommand("select 1", holder);
        await ping.ExecuteScalarAsync(ct);
    }
}
