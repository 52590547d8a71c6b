using SpbeBot.Core.Messaging;
using SpbeBot.Core.Observability;
using SpbeBot.Core.People;

namespace SpbeBot.Core.Evidence.Checking;

/// <summary>Queues the background reading of one upload (a scan). The server hands it to Hangfire; elsewhere the queued
/// row simply waits for the server's sweep.</summary>
public interface IEvidenceCheckQueue
{
    Task EnqueueAsync(long evidenceId, CancellationToken ct);
}

/// <summary>No immediate hand-over: the row stays queued in <c>evidence_check</c> until a server's sweep reads it.</summary>
public sealed class SweepOnlyCheckQueue : IEvidenceCheckQueue
{
    public Task EnqueueAsync(long evidenceId, CancellationToken ct) => Task.CompletedTask;
}

/// <summary>How long the pre-check may take and how often the background reading is tried.</summary>
/// <param name="ChatTimeout">In a chat's path (text layer only): past this the reply goes without the verdict, which is read in the background and follows.</param>
/// <param name="BackgroundTimeout">One background reading (OCR of up to the checker's page cap).</param>
/// <param name="MaxAttempts">Background tries before giving up (the uploader is then told it is not available).</param>
/// <param name="StuckAfter">A reading whose heartbeat is this old is taken to be lost (its server was killed) and is taken again.</param>
/// <param name="ReuseWithin">A verdict this recent for the same bytes, framework, year, indicator and level is reused.</param>
/// <param name="Heartbeat">How often a running reading marks its row alive; well under <paramref name="StuckAfter"/>.</param>
public sealed record PrecheckOptions(TimeSpan ChatTimeout, TimeSpan BackgroundTimeout, int MaxAttempts, TimeSpan StuckAfter, TimeSpan ReuseWithin, TimeSpan Heartbeat)
{
    public static readonly PrecheckOptions Default = new(TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(10), 3, TimeSpan.FromMinutes(2), TimeSpan.FromDays(30),
        TimeSpan.FromSeconds(20));

    /// <summary>The wait before try <paramref name="attempt"/> + 1: one minute, then five.</summary>
    public TimeSpan RetryDelay(int attempt) => attempt <= 1 ? TimeSpan.FromMinutes(1) : TimeSpan.FromMinutes(5);
}

/// <summary>What the chat can say about a filed upload right away: done, a scan being read (OCR), a text layer still
/// being read after the chat's wait (both in the background, the result following), or not available.</summary>
public enum PrecheckState { Done, Reading, Later, Unavailable }

public sealed record PrecheckOutcome(PrecheckState State, EvidenceCheck? Check)
{
    public static readonly PrecheckOutcome Reading = new(PrecheckState.Reading, null);
    public static readonly PrecheckOutcome Unavailable = new(PrecheckState.Unavailable, null);
}

/// <summary>
/// The pre-check of filed uploads: in the chat's path a quick reading of the text layer (never OCR, bounded by a
/// timeout), and for scans a background reading with OCR whose result reaches the uploader through the outbox. Advisory
/// only: it never refuses, never changes an upload or a verification, and any failure of the checker becomes
/// "not available".
/// </summary>
public sealed class EvidencePrecheck(
    IEvidenceChecker checker, EvidenceCheckStore store, EvidenceStore evidence, EvidenceFileStore files, IEvidenceCheckQueue queue,
    PrecheckOptions? options = null, TimeProvider? clock = null, InstansiStore? instansi = null)
{
    public PrecheckOptions Options { get; } = options ?? PrecheckOptions.Default;
    readonly TimeProvider clock = clock ?? TimeProvider.System;
    public EvidenceCheckStore Store => store;

    /// <summary>In the chat, right after filing: the verdict (stored), "being read" (queued for OCR), or "not available".</summary>
    public async Task<PrecheckOutcome> InChatAsync(EvidenceRecord record, CancellationToken ct)
    {
        if (record.Indicator is null || record.Status == EvidenceStatus.Draft) return PrecheckOutcome.Unavailable;
        Timeline.Mark($"in-chat-start evidence={record.Id}");
        EvidenceCheck check;
        try
        {
            // The same file filed the same way lately: its verdict stands (a scan is not read twice).
            if (await store.SameFileVerdictAsync(record, Options.ReuseWithin, ct) is { } earlier)
            {
                await store.SaveAsync(record, earlier, ct);
                return new PrecheckOutcome(PrecheckState.Done, earlier);
            }
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            // Then it is simply read again.
        }
        try
        {
            check = await CheckAsync(record, allowOcr: false, Options.ChatTimeout, ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested && e is TimeoutException or OperationCanceledException)
        {
            // The text layer took longer than the chat may wait (a loaded server, a cold start): read in the background
            // like a scan, so the uploader and the coordinator still get the verdict.
            return await QueueAsync(record, needsOcr: false, new PrecheckOutcome(PrecheckState.Later, null), ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            await TryAsync(() => store.FailAsync(record, Describe(e), ct));
            return PrecheckOutcome.Unavailable;
        }
        if (check.NeedsOcr)   // the check says what will not be read (pages beyond the cap)
            return await QueueAsync(record, needsOcr: true, new PrecheckOutcome(PrecheckState.Reading, check), ct);
        try
        {
            await store.SaveAsync(record, check, ct);
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            // The verdict is still worth showing; it is just not kept for the coordinator.
        }
        return new PrecheckOutcome(PrecheckState.Done, check);
    }

    /// <summary>Queues the upload's background reading and hands it to the job: <paramref name="queued"/>, or "not available".</summary>
    async Task<PrecheckOutcome> QueueAsync(EvidenceRecord record, bool needsOcr, PrecheckOutcome queued, CancellationToken ct)
    {
        try
        {
            await store.QueueAsync(record, needsOcr, ct);
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            return PrecheckOutcome.Unavailable;   // nothing queued, so nothing is promised
        }
        // The queued row is what counts: should the hand-over fail, the server's sweep still finds it.
        Timeline.Mark("queued");
        await TryAsync(() => queue.EnqueueAsync(record.Id, ct));
        Timeline.Mark("handed-to-hangfire");
        return queued;
    }

    /// <summary>
    /// The background reading of one queued upload, with OCR. When it ends — a verdict, or given up after
    /// <see cref="PrecheckOptions.MaxAttempts"/> — <paramref name="noticeFor"/> writes the uploader's message (null check:
    /// not available), queued in the outbox in the same transaction as the result. False when there was nothing to do
    /// (not due, taken by another server, or to be tried again later).
    /// </summary>
    public async Task<bool> RunQueuedAsync(long evidenceId, Func<EvidenceRecord, EvidenceCheck?, CancellationToken, Task<string?>> noticeFor, CancellationToken ct)
    {
        Timeline.Mark($"job-start evidence={evidenceId}");
        var claimed = await store.ClaimAsync(evidenceId, Options.StuckAfter, ct);
        Timeline.Mark("job-claimed");
        if (claimed is null) return false;
        var record = await evidence.GetAsync(evidenceId, ct);
        if (record is null || record.Indicator is null || record.Status is EvidenceStatus.Draft)
        {
            if (record?.Indicator is not null) await store.FailAsync(record, "not filed", ct);
            return false;
        }
        var claim = claimed.Attempts;   // this try's number: only its holder may finish, beat or release the row
        EvidenceCheck? check = null;
        string? error = null;
        using (var beating = CancellationTokenSource.CreateLinkedTokenSource(ct))
        {
            var heartbeat = BeatAsync(evidenceId, claim, beating.Token);
            try
            {
                check = await CheckAsync(record, allowOcr: true, Options.BackgroundTimeout, ct);
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                error = Describe(e);
            }
            catch (OperationCanceledException)
            {
                // Stopped mid-reading: hand it back for the next server rather than leave it "running" until it counts as stuck.
                await store.ReleaseAsync(evidenceId, claim, CancellationToken.None);
                throw;
            }
            finally
            {
                await beating.CancelAsync();
                await heartbeat;
            }
        }
        if (check is null && claimed.Attempts < Options.MaxAttempts)
        {
            await store.RetryLaterAsync(evidenceId, claim, error!, Options.RetryDelay(claimed.Attempts), ct);
            return false;
        }
        Timeline.Mark("job-checked");
        var text = await noticeFor(record, check, ct);
        Func<Npgsql.NpgsqlConnection, Npgsql.NpgsqlTransaction, Task>? notify = text is not null && record.UploaderId is { } uploader
            ? (connection, tx) => Outbox.EnqueueAsync(connection, tx, uploader, "evidence-check", text, [], ct: ct)
            : null;
        // A reader taken for dead (another server took the row again) finishes nothing: the uploader gets one result.
        return await store.FinishClaimAsync(record, claim, check, error, notify, ct);
    }

    /// <summary>Marks the claimed row alive every <see cref="PrecheckOptions.Heartbeat"/> until the reading ends, so only a
    /// killed server's reading counts as stuck, and soon. A failed beat is only a missed one.</summary>
    async Task BeatAsync(long evidenceId, int claim, CancellationToken ct)
    {
        try
        {
            while (true)
            {
                await Task.Delay(Options.Heartbeat, clock, ct);
                await TryAsync(() => store.BeatAsync(evidenceId, claim, ct));
            }
        }
        catch (OperationCanceledException)
        {
            // The reading ended.
        }
    }

    /// <summary>Every queued reading that is due (and those whose server died): the sweep behind the immediate hand-over.</summary>
    public async Task<int> RunDueAsync(Func<EvidenceRecord, EvidenceCheck?, CancellationToken, Task<string?>> noticeFor, CancellationToken ct)
    {
        var finished = 0;
        foreach (var id in await store.DueAsync(Options.StuckAfter, ct: ct))
            if (await RunQueuedAsync(id, noticeFor, ct)) finished++;
        return finished;
    }

    // The checker gets its own deadline; WaitAsync also bounds one that ignores its token.
    async Task<EvidenceCheck> CheckAsync(EvidenceRecord record, bool allowOcr, TimeSpan timeout, CancellationToken ct)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        var zone = (instansi is null ? null : await instansi.GetAsync(ct))?.TimeZone ?? TimeZones.Wib;
        var request = new EvidenceCheckRequest(files.PathOf(record.Sha256), record.OriginalName, record.Framework, record.Indicator!.Value,
            record.Level, record.Year, allowOcr, AsOf: ReferenceDate(clock, zone, record.Year));
        return await checker.CheckAsync(request, deadline.Token).WaitAsync(timeout, ct);
    }

    /// <summary>
    /// The date a reviu's two years are counted to: today in the Pemda's zone (the Indonesian date, not UTC's, which is a
    /// day behind until 07:00–09:00 local) when it falls in the evaluation year; for another year none (by year).
    /// </summary>
    public static DateOnly? ReferenceDate(TimeProvider clock, string ianaZone, int evaluationYear) =>
        TimeZones.Today(ianaZone, clock) is var today && today.Year == evaluationYear ? today : null;

    static string Describe(Exception e) => e is TimeoutException or OperationCanceledException ? "timeout" : $"{e.GetType().Name}: {e.Message}";

    static async Task TryAsync(Func<Task> action)
    {
        try { await action(); }
        catch (Exception) { /* advisory: a failed bookkeeping write never fails the filing */ }
    }
}
