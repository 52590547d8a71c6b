namespace SpbeBot.Core.Messaging;

/// <summary>
/// Work that follows a delivery round of the outbox (finishing broadcasts). Every channel's sender calls each one after
/// each round, so it must be idempotent and cheap when there is nothing to do.
/// </summary>
public interface IAfterOutboxRound
{
    Task AfterRoundAsync(CancellationToken ct);
}
