using SpbeBot.Core.Broadcasts;
using SpbeBot.Core.Messaging;

namespace SpbeBot.Dialogs.Broadcasts;

/// <summary>
/// After every delivery round, on every channel (a broadcast may reach people on one channel only): broadcasts whose
/// messages have all gone out are finished and their creator gets the delivery report, once.
/// </summary>
public sealed class BroadcastCompletion(BroadcastStore broadcasts) : IAfterOutboxRound
{
    public Task AfterRoundAsync(CancellationToken ct) => broadcasts.FinishCompletedAsync(BroadcastTexts.Report, ct);
}
