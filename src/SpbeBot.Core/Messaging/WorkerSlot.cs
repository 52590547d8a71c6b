namespace SpbeBot.Core.Messaging;

/// <summary>
/// The inbox worker an update is handled on (issue 17u), so that long work waiting on the network — a file's download
/// from the platform — can step out of it (<see cref="StepAsideAsync"/>): the worker goes to other conversations
/// meanwhile, the long work waits in a bounded lane of its own, and afterwards takes a worker again for the rest of the
/// handler (inspecting the file, filing it). The conversation stays claimed all along — its lease renewed by the
/// heartbeat, its next update waiting — so order within the conversation and durability (the update is completed only
/// once handled and answered; a kill during the download leaves it pending, downloaded again after the restart) are
/// those of any update. Outside an inbox worker (the CLI, the terminal chat, a test calling a dialog) stepping aside
/// does nothing.
/// </summary>
public sealed class WorkerSlot
{
    static readonly AsyncLocal<WorkerSlot?> s_current = new();
    readonly SemaphoreSlim _workers, _lane;

    /// <param name="workers">The server's workers (the bound on updates handled at once).</param>
    /// <param name="lane">The lane long work steps into (the bound on downloads at once).</param>
    public WorkerSlot(SemaphoreSlim workers, SemaphoreSlim lane) => (_workers, _lane) = (workers, lane);

    /// <summary>
    /// The inbox update being handled (its id in inbox_update; issue 17, 17y): what it files is filed once however often
    /// it is handled (a kill after the filing but before the reply leaves hands it out again). Null outside the inbox.
    /// </summary>
    public long? Update { get; init; }

    /// <summary>The inbox update the calling handler is handling (<see cref="Update"/>), null outside an inbox worker.</summary>
    public static long? CurrentUpdate => s_current.Value?.Update;

    /// <summary>1 while the update holds one of the workers.</summary>
    int _held;

    /// <summary>Times the update stepped aside (tests and the timeline).</summary>
    public int StepsAside { get; private set; }

    /// <summary>True while the update holds a worker.</summary>
    public bool Held => Volatile.Read(ref _held) == 1;

    /// <summary>Takes a worker for the update (the worker loop, before it calls the handler).</summary>
    public async Task EnterAsync(CancellationToken ct)
    {
        await _workers.WaitAsync(ct);
        Volatile.Write(ref _held, 1);
    }

    /// <summary>Gives the worker back if the update holds one (the worker loop, once the handler returned or threw).</summary>
    public void Leave()
    {
        if (Interlocked.Exchange(ref _held, 0) == 1) _workers.Release();
    }

    /// <summary>Runs <paramref name="handle"/> with this slot as the one <see cref="StepAsideAsync"/> finds.</summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> handle)
    {
        // An async method's change to an AsyncLocal stays within it (and what it awaits): the worker loop is untouched.
        s_current.Value = this;
        return await handle();
    }

    /// <summary>
    /// Steps out of the worker for long work that waits on the network; disposing takes a worker again (and throws if
    /// <paramref name="ct"/> was cancelled meanwhile: the claim was lost or the server stops). Nested or outside an
    /// inbox worker: nothing happens.
    /// </summary>
    public static async ValueTask<IAsyncDisposable> StepAsideAsync(CancellationToken ct)
    {
        var slot = s_current.Value;
        if (slot is null || Interlocked.Exchange(ref slot._held, 0) == 0) return Nothing.Instance;
        slot._workers.Release();
        slot.StepsAside++;
        // Cancelled while waiting for the lane: the update holds no worker, and the worker loop gives none back.
        await slot._lane.WaitAsync(ct);
        return new Aside(slot, ct);
    }

    sealed class Aside(WorkerSlot slot, CancellationToken ct) : IAsyncDisposable
    {
        int _disposed;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
            slot._lane.Release();
            await slot.EnterAsync(ct);
        }
    }

    sealed class Nothing : IAsyncDisposable
    {
        public static readonly Nothing Instance = new();
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
