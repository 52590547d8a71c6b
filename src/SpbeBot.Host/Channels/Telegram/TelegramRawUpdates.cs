using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;
using SpbeBot.Dialogs.Common;
using SpbeBot.Host.Hosting;

namespace SpbeBot.Host.Channels.Telegram;

/// <summary>What one getUpdates batch held: the updates that could be read, those that could not (id and why), and the offset after all of them.</summary>
sealed record RawBatch(Update[] Updates, IReadOnlyList<(int Id, string Reason, byte[] Raw)> Unreadable, int? NextOffset);

/// <summary>
/// getUpdates read update by update, for when Telegram.Bot cannot read a batch as a whole (issue 18, F11: one update
/// with a lone surrogate such as "\ud800" fails the deserialisation of the whole array). The answer is parsed as a
/// document, each update on its own; one that cannot be read is reported with its id and the reason (never its text).
/// </summary>
sealed class TelegramRawUpdates(IOptions<TelegramOptions> options, ILogger<TelegramRawUpdates> log)
{
    // A plain HttpClient on purpose, like the bot client's: the request URL carries the token and must not be logged.
    static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>The batch from <paramref name="offset"/> without waiting; null when it cannot be fetched or is not a getUpdates answer.</summary>
    public async Task<RawBatch?> TryReadAsync(int? offset, CancellationToken ct)
    {
        var o = options.Value;
        var baseUrl = string.IsNullOrWhiteSpace(o.ApiBaseUrl) ? "https://api.telegram.org" : o.ApiBaseUrl.TrimEnd('/');
        try
        {
            using var response = await Http.PostAsJsonAsync($"{baseUrl}/bot{o.Token}/getUpdates", new Dictionary<string, object?>
            {
                ["offset"] = offset,
                ["limit"] = 100,
                ["timeout"] = 0,
                ["allowed_updates"] = TelegramRegistration.AllowedUpdates.Select(u => JsonNamingPolicy.SnakeCaseLower.ConvertName(u.ToString())).ToArray(),
            }, ct);
            if (!response.IsSuccessStatusCode) return null;
            using var document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(ct), cancellationToken: ct);
            if (!document.RootElement.TryGetProperty("result", out var result) || result.ValueKind != JsonValueKind.Array) return null;
            var updates = new List<Update>();
            var unreadable = new List<(int, string, byte[])>();
            int? next = null;
            foreach (var element in result.EnumerateArray())
            {
                if (!element.TryGetProperty("update_id", out var idElement) || !idElement.TryGetInt32(out var id)) continue;
                next = Math.Max(next ?? 0, id + 1);
                try
                {
                    updates.Add(element.Deserialize<Update>(JsonBotAPI.Options) ?? throw new JsonException("null update"));
                }
                catch (Exception e) when (e is JsonException or InvalidOperationException or NotSupportedException or ArgumentException)
                {
                    unreadable.Add((id, e.GetType().Name + ": " + Short(e.Message), System.Text.Encoding.UTF8.GetBytes(element.GetRawText())));
                }
            }
            return new RawBatch([.. updates.OrderBy(u => u.Id)], unreadable, next);
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            log.Debug(ServerLogTexts.GetUpdatesOneByOne, e.GetType().Name);
            return null;
        }
    }

    /// <summary>The deserialiser's reason, on one line and short (it names a JSON path and position, never the text).</summary>
    static string Short(string message)
    {
        var line = message.ReplaceLineEndings(" ");
        return line.Length > 200 ? line[..200] : line;
    }
}
