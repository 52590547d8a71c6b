using System.Diagnostics.Metrics;

namespace SpbeBot.Core.Observability;

/// <summary>
/// What operators watch, as System.Diagnostics.Metrics instruments (the server exports them at /metrics in the
/// Prometheus text format). Tags carry no personal data: channel, kind, outcome, job — never a person or a chat.
/// </summary>
public static class SpbeMetrics
{
    public const string MeterName = "SpbeBot";
    static readonly Meter Meter = new(MeterName);

    /// <summary>Chat messages handled (text, commands, buttons, files), by channel.</summary>
    public static readonly Counter<long> MessagesHandled = Meter.CreateCounter<long>("spbebot.messages.handled", "{message}", "Chat messages handled");

    /// <summary>From a message arriving to the bot's replies being ready, by channel.</summary>
    public static readonly Histogram<double> AnswerDuration = Meter.CreateHistogram<double>("spbebot.answer.duration", "s", "Time to answer a chat message");

    /// <summary>Outgoing messages (reminders, broadcasts, digests, notices) by channel, kind and outcome (sent, failed, blocked).</summary>
    public static readonly Counter<long> OutboxDelivered = Meter.CreateCounter<long>("spbebot.outbox.delivered", "{message}", "Outgoing messages handed to a channel");

    /// <summary>Reminder messages queued by the daily scan.</summary>
    public static readonly Counter<long> RemindersQueued = Meter.CreateCounter<long>("spbebot.reminders.queued", "{message}", "Reminder messages queued");

    /// <summary>Broadcast messages queued (one per recipient); with outbox_delivered{kind="broadcast"} this is the progress.</summary>
    public static readonly Counter<long> BroadcastQueued = Meter.CreateCounter<long>("spbebot.broadcast.queued", "{message}", "Broadcast messages queued");

    /// <summary>Background job runs that ended in an exception, by job.</summary>
    public static readonly Counter<long> JobFailures = Meter.CreateCounter<long>("spbebot.jobs.failed", "{run}", "Background job runs that failed");
}
