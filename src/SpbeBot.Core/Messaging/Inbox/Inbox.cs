namespace SpbeBot.Core.Messaging.Inbox;

/// <summary>
/// One inbound update as received, before it is acknowledged. <paramref name="Conversation"/> is the channel-qualified
/// chat whose updates are handled one after another ("telegram:123"); <paramref name="Seq"/> orders them within it
/// (Telegram's update_id; 0 for channels without an order of their own, then the arrival order counts).
/// An update that could not be read carries <paramref name="FailedReason"/>: it is kept, failed, and never handled.
/// </summary>
public sealed record InboundUpdate(string Channel, string ExternalId, string? Conversation, long Seq, byte[] Payload, string? FailedReason = null);

/// <summary>
/// A pending update handed to a worker, which holds its conversation's lease. <paramref name="ReplyWait"/>: seconds
/// before a reply to this conversation may go out, because a reply to it left (maybe from another server) less than the
/// chat's pace ago (read with the claim; 0 when free). <paramref name="Replied"/>: its replies had left (the
/// <see cref="SendMark"/> was set) but it was never completed — its server was killed; completed without handling it again.
/// <paramref name="Lease"/>: the claim's generation (a fencing token, raised by every claim of the conversation): the
/// completion counts only while the conversation was not claimed again since; 0 for inboxes without one.
/// </summary>
public sealed record InboxItem(long Id, string Channel, string ExternalId, string Conversation, long Seq, byte[] Payload, double ReplyWait = 0,
    bool Replied = false, long Lease = 0);

/// <summary>
/// The durable inbox (issue 17): every update is added — idempotently on (channel, external id) — before the platform
/// gets its acknowledgement. Workers claim one conversation at a time (never two workers, on any server, on one
/// conversation), handle its updates in order and complete each once its replies are handed to the send path.
/// </summary>
public interface IInbox
{
    /// <summary>True when the update is new; false for a repeat (already received, whatever became of it).</summary>
    Task<bool> AddAsync(InboundUpdate update, CancellationToken ct);

    /// <summary>
    /// Adds the update and, when its conversation is free (nothing pending, no live lease), claims it for
    /// <paramref name="owner"/> in the same transaction: the caller has an idle worker and hands <c>Claimed</c> to it
    /// (issue 17: one statement instead of an add, a wake-up and a claim). The claim is a claim like any other: it raises
    /// the conversation's generation (<see cref="InboxItem.Lease"/>, the fence of the completion and the heartbeat).
    /// Claimed is null for a repeat, an unreadable update, or a conversation that is busy or has work waiting (then the
    /// update waits its turn as after <see cref="AddAsync"/>). Committed (durable) before it returns, like
    /// <see cref="AddAsync"/>. When it throws, the update may or may not have been added and claimed: a claim whose
    /// answer was lost is never renewed (no worker holds it), so its lease runs out and anyone claims it as usual.
    /// </summary>
    async Task<(bool Added, InboxItem? Claimed)> AddAndClaimAsync(InboundUpdate update, string owner, CancellationToken ct) =>
        (await AddAsync(update, ct), null);

    /// <summary>Adds several in one transaction (a polling batch); returns how many were new.</summary>
    Task<int> AddManyAsync(IReadOnlyList<InboundUpdate> updates, CancellationToken ct);

    /// <summary>
    /// Claims the conversation with pending updates of one of <paramref name="channels"/> that was served longest ago
    /// (fair: a flooding chat goes to the back after each turn) and returns its first pending update; null when there
    /// is nothing to claim.
    /// </summary>
    Task<InboxItem?> ClaimAsync(string owner, IReadOnlyCollection<string> channels, CancellationToken ct);

    /// <summary>
    /// Records the outcome of <paramref name="item"/> (<paramref name="failure"/> null: handled). With
    /// <paramref name="more"/> and a further pending update in the conversation, keeps the lease and returns that update;
    /// otherwise releases the conversation and returns null. Also null when the lease was lost meanwhile.
    /// <paramref name="replyGap"/>: how long from now the conversation's next reply must wait (its last reply's pace);
    /// kept with the conversation, so whichever server claims it next waits it out (<see cref="InboxItem.ReplyWait"/>).
    /// </summary>
    Task<InboxItem?> CompleteAsync(InboxItem item, string owner, string? failure, bool more, CancellationToken ct, TimeSpan replyGap = default);

    /// <summary>
    /// Sets (or, after the platform refused the call, clears) the mark "the replies of <paramref name="id"/> left":
    /// written without waiting for the disk (it must outlive this process, not PostgreSQL). See <see cref="SendMark"/>.
    /// </summary>
    Task MarkRepliedAsync(long id, bool replied, CancellationToken ct);

    /// <summary>Gives a claimed conversation back without completing anything (shutdown).</summary>
    Task ReleaseAsync(string conversation, string owner, CancellationToken ct);

    /// <summary>Extends every lease <paramref name="owner"/> holds (the heartbeat of a server that is alive).</summary>
    Task RenewAsync(string owner, CancellationToken ct);

    /// <summary>
    /// Extends the leases of the claims in <paramref name="held"/> (conversation, generation) that are still
    /// <paramref name="owner"/>'s — not one claimed again since — and returns those renewed; a claim missing from the
    /// answer was lost (its handling must stop). Inboxes whose claims never run out renew everything.
    /// </summary>
    async Task<IReadOnlyCollection<(string Conversation, long Lease)>> RenewLeasesAsync(string owner, IReadOnlyCollection<(string Conversation, long Lease)> held,
        CancellationToken ct)
    {
        await RenewAsync(owner, ct);
        return held;
    }

    /// <summary>Returns when an update may have arrived (on any server), or after <paramref name="max"/>.</summary>
    Task WaitForWorkAsync(TimeSpan max, CancellationToken ct);
}

/// <summary>Settings of the inbox workers (Spbebot:Inbox).</summary>
public sealed class InboxOptions
{
    public const string Section = "Spbebot:Inbox";

    /// <summary>Workers per server: conversations handled at once (each handles one conversation at a time).</summary>
    public int Workers { get; set; } = 16;

    /// <summary>
    /// Conversations one server holds at once: a conversation whose replies are still on their way (the network's
    /// latency, the chat's 1 message/s) holds one of these, but no worker, so the workers go on with other conversations.
    /// </summary>
    public int Conversations { get; set; } = 64;

    /// <summary>
    /// Downloads (long network-bound work) running at once, outside the workers (issue 17u): their conversations stay
    /// held, their workers go on with other conversations, and more wait for a place here holding no worker (see
    /// <see cref="WorkerSlot"/>). Few, because streaming a file costs CPU (the TLS, the hash, the write): 16 downloads
    /// at 5 MB/s at once delayed the other chats as much as when they held the workers (realistic bench, "uploads"),
    /// 4 at a time did not.
    /// </summary>
    public int Aside { get; set; } = 4;

    /// <summary>How long a claim lasts without the heartbeat: a dead server's conversations are free after this.</summary>
    public double LeaseSeconds { get; set; } = 10;

    /// <summary>How often idle workers look for work even without a notification.</summary>
    public double PollSeconds { get; set; } = 2;

    /// <summary>Updates of one conversation handled per turn before it goes to the back of the line.</summary>
    public int MaxPerTurn { get; set; } = 4;

    /// <summary>
    /// After a kill, an update whose replies were marked as left is answered again when a refusal (429, 5xx) was read on
    /// its channel this many seconds before or after the mark (wip-17r): its own refusal may have been on the way. 0:
    /// only a refusal read at the same instant counts — the mark is always trusted.
    /// </summary>
    public double RefusalDoubtSeconds { get; set; } = 10;

    /// <summary>Days handled updates are kept (they are the memory that makes a redelivery a repeat).</summary>
    public int KeepDays { get; set; } = 7;
}
