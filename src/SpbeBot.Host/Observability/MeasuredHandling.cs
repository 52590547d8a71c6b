using System.Diagnostics;
using SpbeBot.Core.Observability;
using SpbeBot.Dialogs.Common;

namespace SpbeBot.Host.Observability;

static class MeasuredHandling
{
    /// <summary>Handles a chat message, counting it and timing the answer by channel (failures count too).</summary>
    public static async Task<IReadOnlyList<Reply>> HandleMeasuredAsync(this IConversationHandler handler, IncomingMessage message, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var channel = new KeyValuePair<string, object?>("channel", message.Channel);
        try
        {
            return await handler.HandleAsync(message, ct);
        }
        finally
        {
            SpbeMetrics.MessagesHandled.Add(1, channel);
            SpbeMetrics.AnswerDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, channel);
        }
    }
}
