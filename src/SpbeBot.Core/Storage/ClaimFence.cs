namespace SpbeBot.Core.Storage;

/// <summary>
/// The claim on a conversation that database work is done for (wip-mend8). An inbox worker runs its handler inside
/// <see cref="RunAsync"/> with the claim's fence, and <see cref="ConnectionFactory"/> asks that fence before it opens a
/// connection: once the claim's deadline has passed, the handler's next connection is refused — read from the clock,
/// even when the deadline's timer is late (a busy thread pool) and the handler has not been told yet — so it writes
/// nothing more on behalf of an update another server may now hold. A connection opened before the deadline finishes
/// its statement: that one statement is the window left. Outside an inbox worker (the CLI, the outbox, a test) there is
/// no fence.
/// </summary>
public static class ClaimFence
{
    sealed class Scope(Func<bool> holds)
    {
        public volatile Func<bool>? Holds = holds;
    }

    static readonly AsyncLocal<Scope?> Current = new();

    /// <summary>
    /// Runs <paramref name="work"/> fenced by <paramref name="holds"/> (true while the claim is certain). Work it started
    /// and left running after it returned (a lane, a timer) is no longer fenced by this claim.
    /// </summary>
    public static async Task<T> RunAsync<T>(Func<bool> holds, Func<Task<T>> work)
    {
        // An async method's change to an AsyncLocal stays within it (and what it awaits): the caller is untouched.
        var scope = new Scope(holds);
        Current.Value = scope;
        try
        {
            return await work();
        }
        finally
        {
            scope.Holds = null;
        }
    }

    /// <summary>Throws, as a cancelled claim's token would, when the work asking for a connection runs for a claim no longer held.</summary>
    public static void Check()
    {
        if (Current.Value?.Holds is { } holds && !holds())
            throw new OperationCanceledException("The claim on this conversation has passed its deadline: no more database work is done for its update.");
    }
}
