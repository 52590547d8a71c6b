using System.Security.Cryptography;
using System.Text;

namespace SpbeBot.Host.Channels.Telegram;

/// <summary>
/// Telegram allows at most 64 bytes of callback_data per button. Short payloads travel as they are; longer
/// ones are kept here under a short random key "p:…" and looked up when the button is pressed. Keys are
/// random, not a counter, so a key from before a restart can never point at a different payload.
/// Bounded: the oldest keys are forgotten first, and a forgotten key is reported as expired.
/// </summary>
sealed class CallbackPayloads(int capacity = 10_000)
{
    public const int MaxBytes = 64;
    const string Prefix = "p:";

    readonly Dictionary<string, string> _payloadByKey = [];
    readonly Dictionary<string, string> _keyByPayload = [];
    readonly Queue<string> _order = new();

    public string ToCallbackData(string payload)
    {
        // Payloads that look like keys go through the map too, so "p:…" is never ambiguous.
        if (Encoding.UTF8.GetByteCount(payload) <= MaxBytes && !payload.StartsWith(Prefix, StringComparison.Ordinal))
            return payload;
        lock (_payloadByKey)
        {
            if (_keyByPayload.TryGetValue(payload, out var existing)) return existing;
            var key = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(9)).Replace('+', '-').Replace('/', '_');
            _payloadByKey[key] = payload;
            _keyByPayload[payload] = key;
            _order.Enqueue(key);
            if (_order.Count > capacity && _payloadByKey.Remove(_order.Dequeue(), out var dropped))
                _keyByPayload.Remove(dropped);
            return key;
        }
    }

    /// <summary>The payload behind a button's callback_data; false when its key has expired (or never existed).</summary>
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
}
