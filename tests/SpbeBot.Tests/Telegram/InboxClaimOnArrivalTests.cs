using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SpbeBot.Core.Messaging;
using SpbeBot.Core.Messaging.Inbox;
using SpbeBot.Host.Channels;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Telegram;

/// <summary>
/// Issue 17 (wip-17s, after wip-17p): an update that arrives for a free conversation while a worker is idle is added and
/// claimed in one statement and handed to that worker. Its claim is a claim like any other (wip-17r): it raises the
/// conversation's generation, the worker holds it with the same local deadline, the heartbeat renews it by its
/// generation, a completion after it was taken over is refused — and a claim whose answer was lost is no one's, so its
/// lease runs out and the update is handled as usual.
/// </summary>
[Trait("Kind", "Slow")]
public class InboxClaimOnArrivalTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    static InboundUpdate Update(string chat, int id) => new("test", id.ToString(), "test:" + chat, id, Encoding.UTF8.GetBytes("{\"n\":" + id + "}"));

    [Fact]
    public async Task An_arrival_is_claimed_in_its_own_statement_only_when_its_conversation_is_free_and_raises_the_generation()
    {
        await db.ResetAsync();
        await using var inbox = new PostgresInbox(db.Connections, new InboxOptions());
        await using var connection = await db.Connections.OpenAsync();
        Task<long> Generation(string chat) => connection.ExecuteScalarAsync<long>("select generation from inbox_lease where conversation = @c", new { c = "test:" + chat });

        var (added, first) = await inbox.AddAndClaimAsync(Update("a", 1), "w", default);
        Assert.True(added);
        Assert.Equal(("1", "test:a", "{\"n\":1}"), (first?.ExternalId, first?.Conversation, Encoding.UTF8.GetString(first!.Payload)));
        Assert.Equal(1, first.Lease);   // a fencing token, never 0 (0 would switch the fence off)
        Assert.Equal(first.Lease, await Generation("a"));
        Assert.False(first.Replied);
        // Held by w already: added, not claimed a second time, the generation unchanged.
        Assert.Equal((true, (InboxItem?)null), await inbox.AddAndClaimAsync(Update("a", 2), "w", default));
        Assert.Equal((false, (InboxItem?)null), await inbox.AddAndClaimAsync(Update("a", 2), "w", default));   // a repeat
        Assert.Equal(1, await Generation("a"));
        var (_, other) = await inbox.AddAndClaimAsync(Update("b", 3), "v", default);
        Assert.Equal("3", other?.ExternalId);
        Assert.Null(await inbox.ClaimAsync("x", ["test"], default));   // both held
        var second = await inbox.CompleteAsync(first, "w", null, more: true, default);
        Assert.Equal(("2", 1L), (second?.ExternalId, second?.Lease));
        Assert.Null(await inbox.CompleteAsync(second!, "w", null, more: true, default));

        // Work waiting in a conversation whose lease ran out (a dead server's): the arrival does not jump it.
        await inbox.AddAsync(Update("c", 5), default);
        Assert.Equal((true, (InboxItem?)null), await inbox.AddAndClaimAsync(Update("c", 6), "w", default));
        var c = await inbox.ClaimAsync("w", ["test"], default);
        Assert.Equal("5", c?.ExternalId);
        Assert.Equal("6", (await inbox.CompleteAsync(c!, "w", null, more: true, default))?.ExternalId);

        // Free again once its updates are done: the next arrival is claimed on arrival, with the next generation.
        Assert.Null(await inbox.CompleteAsync(other!, "v", null, more: true, default));
        var again = (await inbox.AddAndClaimAsync(Update("a", 7), "u", default)).Claimed;
        Assert.Equal(("7", 2L), (again?.ExternalId, again?.Lease));
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("select pending from inbox_lease where conversation = 'test:a'"));
        Assert.Equal(again!.Id, await connection.ExecuteScalarAsync<long>("select claimed_update from inbox_lease where conversation = 'test:a'"));
    }

    [Fact]
    public async Task A_claim_on_arrival_is_renewed_and_fenced_by_its_generation_like_any_claim()
    {
        await db.ResetAsync();
        await using var inbox = new PostgresInbox(db.Connections, new InboxOptions { LeaseSeconds = 10 });
        await using var connection = await db.Connections.OpenAsync();
        var (_, first) = await inbox.AddAndClaimAsync(Update("a", 1), "A", default);
        Assert.NotNull(first);
        // The heartbeat renews it by (conversation, generation).
        Assert.Equal([("test:a", first.Lease)], await inbox.RenewLeasesAsync("A", [("test:a", first.Lease)], default));
        Assert.Empty(await inbox.RenewLeasesAsync("A", [("test:a", first.Lease + 1)], default));

        // A's lease runs out (a stalled heartbeat); B claims the conversation and gets the same update, one generation on.
        await connection.ExecuteAsync("update inbox_lease set expires_at = now() - interval '1 second'");
        var taken = await inbox.ClaimAsync("B", ["test"], default);
        Assert.Equal((first.Id, first.Lease + 1), (taken?.Id, taken?.Lease));
        // A's heartbeat no longer renews it, and A's completion is refused: nothing recorded, the update is B's.
        Assert.Empty(await inbox.RenewLeasesAsync("A", [("test:a", first.Lease)], default));
        Assert.Null(await inbox.CompleteAsync(first, "A", null, more: true, default));
        Assert.Equal(("pending", 1), await connection.QuerySingleAsync<(string, int)>(
            "select u.status, l.pending from inbox_update u join inbox_lease l on l.conversation = u.conversation where u.id = @Id", new { first.Id }));
        // A's replied mark (written when its answer left) is what B would find; here B answers and completes.
        Assert.Null(await inbox.CompleteAsync(taken!, "B", null, more: true, default));
        Assert.Equal(("done", 0, (string?)null), await connection.QuerySingleAsync<(string, int, string?)>(
            "select u.status, l.pending, l.owner from inbox_update u join inbox_lease l on l.conversation = u.conversation where u.id = @Id", new { first.Id }));
    }

    /// <summary>Records what it handled; a handler of <c>slow</c> updates waits on its token (stopped when the claim is lost).</summary>
    sealed class Handler(string server, ConcurrentQueue<string> events, string? slow = null) : IInboxHandler
    {
        public string Channel => "test";
        public bool Enabled => true;

        public async Task<string?> HandleAsync(InboxItem item, PendingSends sends, CancellationToken ct)
        {
            events.Enqueue($"start {server} {item.ExternalId}");
            try
            {
                if (item.ExternalId == slow) await Task.Delay(Timeout.Infinite, ct);   // ends only when stopped
            }
            catch (OperationCanceledException)
            {
                events.Enqueue($"stopped {server} {item.ExternalId}");
                throw;
            }
            sends.Add(AnswerAsync(item, ct));
            return null;
        }

        async Task AnswerAsync(InboxItem item, CancellationToken ct)
        {
            await Task.Yield();
            ct.ThrowIfCancellationRequested();
            events.Enqueue($"answer {server} {item.ExternalId}");
        }
    }

    /// <summary>
    /// PostgresInbox whose add-and-claim loses its answer after the commit (a connection error) once, the follow-up
    /// release never getting through either; and, optionally, whose heartbeat never gets through.
    /// </summary>
    sealed class Faulty(PostgresInbox inner, bool loseAnswer = false, bool stallHeartbeat = false) : IInbox
    {
        int _lost;
        public ConcurrentQueue<long> Claimed { get; } = new();
        /// <summary>Every renewal asked of the database: (conversation, generation), or (owner, -1) for "all of the owner's".</summary>
        public ConcurrentQueue<(string Conversation, long Lease)> Renewals { get; } = new();

        public async Task<(bool Added, InboxItem? Claimed)> AddAndClaimAsync(InboundUpdate update, string owner, CancellationToken ct)
        {
            var result = await inner.AddAndClaimAsync(update, owner, ct);
            if (result.Claimed is { } claimed)
            {
                Claimed.Enqueue(claimed.Id);
                if (loseAnswer && Interlocked.Exchange(ref _lost, 1) == 0) throw new TimeoutException("the answer to add-and-claim was lost (simulated)");
            }
            return result;
        }

        public Task<bool> AddAsync(InboundUpdate update, CancellationToken ct) => inner.AddAsync(update, ct);
        public Task<int> AddManyAsync(IReadOnlyList<InboundUpdate> updates, CancellationToken ct) => inner.AddManyAsync(updates, ct);
        public Task<InboxItem?> ClaimAsync(string owner, IReadOnlyCollection<string> channels, CancellationToken ct) => inner.ClaimAsync(owner, channels, ct);
        public Task<InboxItem?> CompleteAsync(InboxItem item, string owner, string? failure, bool more, CancellationToken ct, TimeSpan replyGap = default) =>
            inner.CompleteAsync(item, owner, failure, more, ct, replyGap);
        public Task ReleaseAsync(string conversation, string owner, CancellationToken ct) => inner.ReleaseAsync(conversation, owner, ct);
        public Task RenewAsync(string owner, CancellationToken ct)
        {
            Renewals.Enqueue((owner, -1));
            return stallHeartbeat ? Task.Delay(Timeout.Infinite, ct) : inner.RenewAsync(owner, ct);
        }

        public Task<IReadOnlyCollection<(string Conversation, long Lease)>> RenewLeasesAsync(string owner, IReadOnlyCollection<(string Conversation, long Lease)> held, CancellationToken ct)
        {
            foreach (var claim in held) Renewals.Enqueue(claim);
            return stallHeartbeat
                ? Task.Delay(Timeout.Infinite, ct).ContinueWith(_ => (IReadOnlyCollection<(string, long)>)[], TaskScheduler.Default)
                : inner.RenewLeasesAsync(owner, held, ct);
        }
        public Task MarkRepliedAsync(long id, bool replied, CancellationToken ct) => inner.MarkRepliedAsync(id, replied, ct);
        public Task WaitForWorkAsync(TimeSpan max, CancellationToken ct) => inner.WaitForWorkAsync(max, ct);
    }

    static IOptions<InboxOptions> Options1s => Options.Create(new InboxOptions { Workers = 2, Conversations = 4, PollSeconds = 0.05, LeaseSeconds = 1 });

    static (InboxProvider Provider, InboxWorkers Workers) Server(IInbox inbox, IInboxHandler handler, IOptions<InboxOptions> options)
    {
        var provider = new InboxProvider(new ServiceCollection().AddSingleton(inbox).BuildServiceProvider(), options);
        return (provider, new InboxWorkers(provider, [handler], options, NullLogger<InboxWorkers>.Instance));
    }

    /// <summary>
    /// wip-17p's known gap, closed: the add-and-claim statement committed (update added, conversation claimed for this
    /// server) but its answer was lost, and the release that should follow did not get through either. The arrival is
    /// refused (the platform will send it again) and no worker holds the claim, so the heartbeat — which renews only the
    /// claims its workers hold — lets it run out: the update is claimed and answered within the lease, once, and the
    /// redelivery is a repeat. (With 17p's heartbeat, which renewed every lease of its owner, it stayed held until restart.)
    /// </summary>
    [Fact]
    public async Task An_arrival_claimed_whose_answer_was_lost_and_release_failed_is_freed_by_the_lease_and_answered_once()
    {
        await db.ResetAsync();
        var events = new ConcurrentQueue<string>();
        await using var pg = new PostgresInbox(db.Connections, Options1s.Value);
        var inbox = new Faulty(pg, loseAnswer: true);
        var (provider, workers) = Server(inbox, new Handler("A", events), Options1s);
        using var _ = workers;
        await using var connection = await db.Connections.OpenAsync();
        await workers.StartAsync(default);
        try
        {
            // An idle slot waits (the provider claims on arrival only then).
            await Eventually.HoldsAsync(() => provider.IdleSlots > 0, "an idle slot");
            await Assert.ThrowsAsync<TimeoutException>(() => provider.AddAsync(Update("a", 2), default));
            // The state the lost answer left: the update added, the conversation claimed for this server by that arrival.
            var lost = Assert.Single(inbox.Claimed);
            var row = await connection.QuerySingleAsync<(string Owner, long ClaimedUpdate, long Generation, string Status)>(
                "select l.owner, l.claimed_update, l.generation, u.status from inbox_lease l join inbox_update u on u.id = l.claimed_update where l.conversation = 'test:a'");
            Assert.Equal((workers.Owner, lost, "pending"), (row.Owner, row.ClaimedUpdate, row.Status));
            // Not renewed: after the lease (1 s) a slot claims it and answers it. The wait only guards against a hang: that the
            // lease, not a restart, freed it is proven by the heartbeat never having renewed the lost claim (17p's renewed it
            // with every lease of its owner, so it stayed held until restart).
            await Eventually.HoldsAsync(() => events.Contains("answer A 2"), "the update of the lost answer answered after its lease ran out",
                timeout: TimeSpan.FromMinutes(2), diagnose: () => string.Join(" | ", events));
            Assert.DoesNotContain(("test:a", row.Generation), inbox.Renewals);
            Assert.DoesNotContain((workers.Owner, -1L), inbox.Renewals);
            Assert.True(await connection.ExecuteScalarAsync<long>("select generation from inbox_lease where conversation = 'test:a'") > row.Generation,
                "claimed again (a new generation)");
            // The platform sends the refused update again: a repeat. The sentinel after it is answered in order.
            Assert.False(await provider.AddAsync(Update("a", 2), default));
            Assert.True(await provider.AddAsync(Update("a", 3), default));
            await Eventually.HoldsAsync(() => events.Contains("answer A 3"), "the sentinel answered", diagnose: () => string.Join(" | ", events));
            Assert.Equal(["answer A 2", "answer A 3"], events.Where(e => e.StartsWith("answer", StringComparison.Ordinal)));
            await Eventually.HoldsAsync(() => connection.ExecuteScalar<int>("select count(*) from inbox_update where status <> 'done'") == 0, "all recorded as handled");
        }
        finally
        {
            await workers.StopAsync(default);
        }
    }

    /// <summary>
    /// The local deadline of wip-17r holds for a claim on arrival: a server whose heartbeat stalls stops the handler of
    /// an update it claimed on arrival before its lease runs out in the database; the other server then takes the
    /// conversation over and answers the update — once in all.
    /// </summary>
    [Fact]
    public async Task A_claim_on_arrival_whose_heartbeat_stalls_is_stopped_before_the_other_server_takes_it()
    {
        await db.ResetAsync();
        var events = new ConcurrentQueue<string>();
        await using var pgA = new PostgresInbox(db.Connections, Options1s.Value);
        await using var pgB = new PostgresInbox(db.Connections, Options1s.Value);
        var inboxA = new Faulty(pgA, stallHeartbeat: true);
        var (providerA, workersA) = Server(inboxA, new Handler("A", events, slow: "1"), Options1s);
        var (_, workersB) = Server(pgB, new Handler("B", events), Options1s);
        using var a = workersA;
        using var b = workersB;
        await using var connection = await db.Connections.OpenAsync();
        await workersA.StartAsync(default);
        try
        {
            // A claims update 1 on arrival (once one of its slots is idle).
            await Eventually.HoldsAsync(() => providerA.IdleSlots > 0, "an idle slot of A");
            Assert.True(await providerA.AddAsync(Update("c", 1), default));
            await Eventually.HoldsAsync(() => events.Contains("start A 1"), "A handles update 1");
            Assert.Single(inboxA.Claimed);   // it was claimed on arrival, not by a slot's claim
            await workersB.StartAsync(default);
            await Eventually.HoldsAsync(() => events.Contains("answer B 1"), "B answers update 1 after A's lease ran out",
                timeout: TimeSpan.FromMinutes(2), diagnose: () => string.Join(" | ", events));   // only a guard against a hang
            Assert.Contains("stopped A 1", events);   // stopped at A's local deadline, before B could claim
            var all = events.ToList();
            Assert.DoesNotContain("answer A 1", all);
            Assert.True(all.IndexOf("stopped A 1") < all.IndexOf("start B 1"), string.Join(" | ", all));
            await Eventually.HoldsAsync(() => connection.ExecuteScalar<string>("select status from inbox_update where external_id = '1'") == "done", "update 1 done");
        }
        finally
        {
            await workersA.StopAsync(default);
            await workersB.StopAsync(default);
        }
    }
}
