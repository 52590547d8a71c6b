using System.Diagnostics;
using System.Text.Json.Nodes;

namespace SpbeBot.Bench;

/// <summary>
/// Teams' documented rate limits for bots, enforced by the bench's fake Connector (plugged into
/// <c>FakeBotFramework.Admit</c>): per bot per conversation ("thread") 7 sends in any 1 s, 8 in 2 s, 60 in 30 s and
/// 1,800 in 3,600 s; per app per tenant 50 requests a second
/// (https://learn.microsoft.com/en-us/microsoftteams/platform/bots/how-to/rate-limit). A send over any of them is
/// refused with 429 and a Retry-After until the fullest window has room again; refused sends are not counted.
/// Windows are counted at arrival (after the way in), as the service sees them.
/// </summary>
sealed class TeamsConnectorLimits
{
    static readonly (double Seconds, int Max)[] PerConversation = [(1, 7), (2, 8), (30, 60), (3600, 1800)];
    const int PerTenantPerSecond = 50;

    readonly Stopwatch _clock = Stopwatch.StartNew();
    readonly Lock _gate = new();
    readonly Dictionary<string, Queue<double>> _conversations = [];
    readonly Dictionary<string, Queue<double>> _tenants = [];

    /// <summary>Seconds since the fake started, the moment of each accepted activity by the id it replies to (or its own path).</summary>
    public Dictionary<string, double> FirstAcceptedAt { get; } = [];
    public int Accepted { get; private set; }
    public double Now => _clock.Elapsed.TotalSeconds;

    /// <summary>Null to accept <paramref name="activity"/> posted to <paramref name="path"/>, else how long to wait.</summary>
    public TimeSpan? Admit(string path, JsonObject activity)
    {
        // /v3/conversations/{conversation}/activities[/{replyToId}]
        var parts = path.Split('/');
        var conversation = parts.Length > 3 ? Uri.UnescapeDataString(parts[3]) : path;
        var replyTo = parts.Length > 5 ? Uri.UnescapeDataString(parts[5]) : null;
        var tenant = (string?)activity["conversation"]?["tenantId"] ?? "tenant";
        lock (_gate)
        {
            var now = Now;
            var conv = Window(_conversations, conversation);
            var ten = Window(_tenants, tenant);
            var wait = 0.0;
            foreach (var (seconds, max) in PerConversation) wait = Math.Max(wait, Over(conv, now, seconds, max));
            wait = Math.Max(wait, Over(ten, now, 1, PerTenantPerSecond));
            if (wait > 0) return TimeSpan.FromSeconds(wait);
            conv.Enqueue(now);
            ten.Enqueue(now);
            while (conv.Count > 0 && conv.Peek() <= now - 3600) conv.Dequeue();
            while (ten.Count > 0 && ten.Peek() <= now - 1) ten.Dequeue();
            Accepted++;
            FirstAcceptedAt.TryAdd(replyTo ?? path, now);
            return null;
        }
    }

    public double? AcceptedAt(string replyToId)
    {
        lock (_gate) return FirstAcceptedAt.TryGetValue(replyToId, out var at) ? at : null;
    }

    static Queue<double> Window(Dictionary<string, Queue<double>> all, string key)
    {
        if (!all.TryGetValue(key, out var q)) all[key] = q = new Queue<double>();
        return q;
    }

    /// <summary>0 when one more send fits the window; else seconds until the oldest send in it leaves.</summary>
    static double Over(Queue<double> sends, double now, double seconds, int max)
    {
        var inWindow = sends.Where(t => t > now - seconds).ToList();
        if (inWindow.Count < max) return 0;
        return inWindow[inWindow.Count - max] + seconds - now;
    }
}
