using System.Security.Cryptography;
using System.Text;
using Dapper;
using Npgsql;
using SpbeBot.Core.Storage;

namespace SpbeBot.Host.Channels.Telegram;

/// <summary>
/// Telegram allows at most 64 bytes of callback_data per button. Short payloads travel as they are; longer ones get a
/// key "p:…" derived from the payload (a truncated SHA-256: the same payload always has the same key, on every
/// server) and are kept in PostgreSQL (callback_payload) before the button is sent, so a button pressed after a restart
/// or on another server still resolves. A bounded memory cache in front saves the look-up; without a database (in-process
/// tests) the cache is all there is, and a key it has forgotten is reported as expired.
/// </summary>
sealed class CallbackPayloads(int capacity = 10_000, Func<ConnectionFactory?>? database = null)
{
    public const int MaxBytes = 64;
    const string Prefix = "p:";

    readonly Dictionary<string, string> _payloadByKey = [];
    readonly Queue<string> _order = new();
    readonly Dictionary<string, string> _unsaved = [];

    public string ToCallbackData(string payload)
    {
        // Payloads that look like keys go through the map too, so "p:…" is never ambiguous.
        if (Encoding.UTF8.GetByteCount(payload) <= MaxBytes && !payload.StartsWith(Prefix, StringComparison.Ordinal))
            return payload;
        var key = Prefix + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(payload)), 0, 12).Replace('+', '-').Replace('/', '_');
        lock (_payloadByKey)
        {
            if (_payloadByKey.TryAdd(key, payload))
            {
                _order.Enqueue(key);
                _unsaved[key] = payload;
                if (_order.Count > capacity) _payloadByKey.Remove(_order.Dequeue());
            }
            return key;
        }
    }

    /// <summary>Stores the keys made since the last call (one statement); call before sending what carries them.</summary>
    public async Task SaveAsync(CancellationToken ct)
    {
        KeyValuePair<string, string>[] unsaved;
        lock (_payloadByKey)
        {
            if (_unsaved.Count == 0) return;
            unsaved = [.. _unsaved];
        }
        if (Database() is not { } db) return;
        try
        {
            await using var connection = await db.OpenAsync(ct);
            await connection.ExecuteAsync(new CommandDefinition(
                "insert into callback_payload (key, payload) select * from unnest(@keys, @payloads) on conflict (key) do nothing",
                new { keys = unsaved.Select(e => e.Key).ToArray(), payloads = unsaved.Select(e => e.Value).ToArray() }, cancellationToken: ct));
            lock (_payloadByKey)
                foreach (var (key, _) in unsaved) _unsaved.Remove(key);
        }
        catch (NpgsqlException)
        {
            // Kept for the next call; meanwhile this server still resolves them from memory.
        }
    }

    /// <summary>The payload behind a button's callback_data from memory only; false when not (or no longer) there.</summary>
    public bool TryResolve(string callbackData, out string payload)
    {
        if (!callbackData.StartsWith(Prefix, StringComparison.Ordinal))
        {
            payload = callbackData;
            return true;
        }
        lock (_payloadByKey)
            return _payloadByKey.TryGetValue(callbackData, out payload!);
    }

    /// <summary>The payload behind a button's callback_data, from memory or the database; null when its key is unknown (expired).</summary>
    public async Task<string?> ResolveAsync(string callbackData, CancellationToken ct)
    {
        if (TryResolve(callbackData, out var payload)) return payload;
        if (Database() is not { } db) return null;
        await using var connection = await db.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "select payload from callback_payload where key = @key", new { key = callbackData }, cancellationToken: ct));
    }

    ConnectionFactory? Database()
    {
        try
        {
            return database?.Invoke();
        }
        catch (InvalidOperationException)
        {
            return null;   // no database in this process
        }
    }
}
