using System.Collections.Concurrent;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using SpbeBot.Core.Messaging;
using SpbeBot.Core.Messaging.Inbox;
using SpbeBot.Core.Storage;
using SpbeBot.Host.Channels;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Telegram;

/// <summary>
/// Issue 17 (wip-17r): "no two servers on one conversation at once". A conversation's claim is a lease renewed by a
/// heartbeat; these tests run two servers' inbox workers on one database with a one-second lease and a handler slower
/// than the lease. A slow handler alone keeps its lease (the heartbeat renews it); a heartbeat that cannot reach the
/// database — its connection pool exhausted by the handler's own work, or the heartbeat itself stalled — used to let the
/// lease run out under a handler still running, and the other server answered the same update a second time.
/// </summary>
[Trait("Kind", "Slow")]
public class TwoServerLeaseTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    const double Lease = 1;

    /// <summary>A handler that records, per server, when it started and ended each update and what it answered.</summary>
    sealed class Handler(string server, ConcurrentQueue<string> events, Func<InboxItem, CancellationToken, Task>? slow = null) : IInboxHandler
    {
        public string Channel => "test";
        public bool Enabled => true;

        public async Task<string?> HandleAsync(InboxItem item, PendingSends sends, CancellationToken ct)
        {
            events.Enqueue($"start {server} {item.ExternalId}");
            try
            {
                if (slow is not null) await slow(item, ct);
            }
            catch (OperationCanceledException)
            {
                events.Enqueue($"stopped {server} {item.ExternalId}");
                throw;
            }
            // The answer "leaves" only if the claim still holds when its turn comes (the send's token is the claim's).
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

    /// <summary>PostgresInbox whose heartbeat never gets through (a stalled heartbeat: starved, or its database unreachable).</summary>
    sealed class StalledHeartbeat(PostgresInbox inner) : IInbox
    {
        public Task<bool> AddAsync(InboundUpdate update, CancellationToken ct) => inner.AddAsync(update, ct);
        public Task<int> AddManyAsync(IReadOnlyList<InboundUpdate> updates, CancellationToken ct) => inner.AddManyAsync(updates, ct);
        public Task<InboxItem?> ClaimAsync(string owner, IReadOnlyCollection<string> channels, CancellationToken ct) => inner.ClaimAsync(owner, channels, ct);
        public Task<InboxItem?> CompleteAsync(InboxItem item, string owner, string? failure, bool more, CancellationToken ct, TimeSpan replyGap = default) =>
            inner.CompleteAsync(item, owner, failure, more, ct, replyGap);
        public Task ReleaseAsync(string conversation, string owner, CancellationToken ct) => inner.ReleaseAsync(conversation, owner, ct);
        public Task RenewAsync(string owner, CancellationToken ct) => Task.Delay(Timeout.Infinite, ct);
        public Task<IReadOnlyCollection<(string Conversation, long Lease)>> RenewLeasesAsync(string owner, IReadOnlyCollection<(string Conversation, long Lease)> held, CancellationToken ct) =>
            Task.Delay(Timeout.Infinite, ct).ContinueWith(_ => (IReadOnlyCollection<(string, long)>)[], TaskScheduler.Default);
        public Task MarkRepliedAsync(long id, bool replied, CancellationToken ct) => inner.MarkRepliedAsync(id, replied, ct);
        public Task WaitForWorkAsync(TimeSpan max, CancellationToken ct) => inner.WaitForWorkAsync(max, ct);
    }

    static InboxWorkers Workers(IInbox inbox, IInboxHandler handler, IOptions<InboxOptions> options) =>
        new(new InboxProvider(new ServiceCollection().AddSingleton(inbox).BuildServiceProvider(), options), [handler], options, NullLogger<InboxWorkers>.Instance);

    static IOptions<InboxOptions> Options1s => Options.Create(new InboxOptions { Workers = 2, Conversations = 4, PollSeconds = 0.05, LeaseSeconds = Lease });

    static InboundUpdate Update(string id, long seq) => new("test", id, "test:c", seq, [1]);

    /// <summary>Every update's events must not interleave between servers: the one that started it ended (answered or stopped) before another started it.</summary>
    static void AssertNeverTwoAtOnce(IReadOnlyList<string> events)
    {
        var running = new Dictionary<string, string>();   // update → server handling it
        foreach (var e in events)
        {
            var parts = e.Split(' ');
            var (what, server, update) = (parts[0], parts[1], parts[2]);
            if (what == "start")
            {
                Assert.True(!running.TryGetValue(update, out var other) || other == server,
                    $"{server} started {update} while {(running.TryGetValue(update, out var o) ? o : "?")} still handled it: {string.Join(" | ", events)}");
                running[update] = server;
            }
            else running.Remove(update);
        }
    }

    /// <summary>A server's inbox whose heartbeat is watched: each renewal's start and end.</summary>
    sealed class WatchedHeartbeat(PostgresInbox inner, ConcurrentQueue<string> beats) : IInbox
    {
        public Task<bool> AddAsync(InboundUpdate update, CancellationToken ct) => inner.AddAsync(update, ct);
        public Task<int> AddManyAsync(IReadOnlyList<InboundUpdate> updates, CancellationToken ct) => inner.AddManyAsync(updates, ct);
        public Task<InboxItem?> ClaimAsync(string owner, IReadOnlyCollection<string> channels, CancellationToken ct) => inner.ClaimAsync(owner, channels, ct);
        public Task<InboxItem?> CompleteAsync(InboxItem item, string owner, string? failure, bool more, CancellationToken ct, TimeSpan replyGap = default) =>
            inner.CompleteAsync(item, owner, failure, more, ct, replyGap);
        public Task ReleaseAsync(string conversation, string owner, CancellationToken ct) => inner.ReleaseAsync(conversation, owner, ct);
        public Task RenewAsync(string owner, CancellationToken ct) => inner.RenewAsync(owner, ct);
        public async Task<IReadOnlyCollection<(string Conversation, long Lease)>> RenewLeasesAsync(string owner, IReadOnlyCollection<(string Conversation, long Lease)> held, CancellationToken ct)
        {
            beats.Enqueue("beat");
            var renewed = await inner.RenewLeasesAsync(owner, held, ct);
            beats.Enqueue($"renewed {renewed.Count}");
            return renewed;
        }
        public Task MarkRepliedAsync(long id, bool replied, CancellationToken ct) => inner.MarkRepliedAsync(id, replied, ct);
        public Task WaitForWorkAsync(TimeSpan max, CancellationToken ct) => inner.WaitForWorkAsync(max, ct);
    }

    /// <summary>
    /// Explicit steps on A's own clock (mend7: no beat has to win a race with the machine's speed): A's handler holds both
    /// connections of A's pool (a digest, an export holding connections) until the test lets it go; A's heartbeat, on a
    /// connection of its own, renews the lease all the same, and the claim outlives the deadline it had before the beat.
    /// The lease is long (30 s) so the database's expiry never runs on the real clock while the test holds A's clock.
    /// </summary>
    [Fact]
    public async Task A_handler_slower_than_the_lease_keeps_its_conversation_when_its_pool_is_exhausted()
    {
        await db.ResetAsync();
        var events = new ConcurrentQueue<string>();
        var beats = new ConcurrentQueue<string>();
        var options = Options.Create(new InboxOptions { Workers = 2, Conversations = 4, PollSeconds = 0.05, LeaseSeconds = 30 });
        var clockA = new FakeTimeProvider();
        await using var poolA = new ConnectionFactory(db.ConnectionString + ";Maximum Pool Size=2;Timeout=30");
        await using var inboxA = new PostgresInbox(poolA, options.Value);
        var holding = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var letGo = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handlerA = new Handler("A", events, async (item, ct) =>
        {
            if (item.ExternalId != "1") return;
            await using var one = await poolA.OpenAsync(ct);
            await using var two = await poolA.OpenAsync(ct);
            holding.SetResult();
            await letGo.Task.WaitAsync(ct);
        });
        using var workersA = new InboxWorkers(new InboxProvider(new ServiceCollection().AddSingleton<IInbox>(new WatchedHeartbeat(inboxA, beats)).BuildServiceProvider(), options),
            [handlerA], options, NullLogger<InboxWorkers>.Instance, clockA);
        await inboxA.AddAsync(Update("1", 1), default);
        await workersA.StartAsync(default);
        try
        {
            await holding.Task.WaitAsync(Eventually.HangGuard);
            await using var connection = await db.Connections.OpenAsync();
            var expires = await connection.ExecuteScalarAsync<DateTime>("select expires_at from inbox_lease");
            // 1. A beat (every third of the lease on A's clock) while the handler holds A's whole pool: it gets through.
            clockA.Advance(TimeSpan.FromSeconds(10));
            await Eventually.HoldsAsync(() => beats.Contains("renewed 1"), "the first beat renewed A's claim", diagnose: () => string.Join(" | ", beats));
            Assert.True(await connection.ExecuteScalarAsync<DateTime>("select expires_at from inbox_lease") > expires, "the lease was extended in the database");
            // 2. The next beat starts only once the first one's renewal extended the claim's deadline (10 s + 24 s).
            clockA.Advance(TimeSpan.FromSeconds(10));
            await Eventually.HoldsAsync(() => beats.Count(b => b == "beat") == 2, "the second beat", diagnose: () => string.Join(" | ", beats));
            // 3. Past the deadline the claim had before the beats (0.8 × 30 s after it began): still A's, its handler running.
            clockA.Advance(TimeSpan.FromSeconds(5));
            Assert.DoesNotContain("stopped A 1", events);
            // 4. The handler ends: A answers update 1, once.
            letGo.SetResult();
            await Eventually.HoldsAsync(() => events.Contains("answer A 1"), "A answers update 1", diagnose: () => string.Join(" | ", events));
            await Eventually.HoldsAsync(() => connection.ExecuteScalar<int>("select count(*) from inbox_update where status = 'done'") == 1, "update 1 done");
            Assert.Equal(["start A 1", "answer A 1"], events.ToList());
        }
        finally
        {
            letGo.TrySetResult();
            await workersA.StopAsync(default);
        }
    }

    /// <summary>
    /// A stalled server: its heartbeat never gets through, and after its first claim it claims nothing more (it is the
    /// other server that must take the conversation over; a stalled server winning it back would prove nothing).
    /// </summary>
    sealed class StalledServer(PostgresInbox inner) : IInbox
    {
        int _claims;
        readonly StalledHeartbeat _stalled = new(inner);

        public Task<bool> AddAsync(InboundUpdate update, CancellationToken ct) => inner.AddAsync(update, ct);
        public Task<int> AddManyAsync(IReadOnlyList<InboundUpdate> updates, CancellationToken ct) => inner.AddManyAsync(updates, ct);
        public Task<InboxItem?> ClaimAsync(string owner, IReadOnlyCollection<string> channels, CancellationToken ct) =>
            Interlocked.Increment(ref _claims) == 1 ? inner.ClaimAsync(owner, channels, ct) : Task.FromResult<InboxItem?>(null);
        public Task<InboxItem?> CompleteAsync(InboxItem item, string owner, string? failure, bool more, CancellationToken ct, TimeSpan replyGap = default) =>
            inner.CompleteAsync(item, owner, failure, more, ct, replyGap);
        public Task ReleaseAsync(string conversation, string owner, CancellationToken ct) => inner.ReleaseAsync(conversation, owner, ct);
        public Task RenewAsync(string owner, CancellationToken ct) => _stalled.RenewAsync(owner, ct);
        public Task<IReadOnlyCollection<(string Conversation, long Lease)>> RenewLeasesAsync(string owner, IReadOnlyCollection<(string Conversation, long Lease)> held, CancellationToken ct) =>
            _stalled.RenewLeasesAsync(owner, held, ct);
        public Task MarkRepliedAsync(long id, bool replied, CancellationToken ct) => inner.MarkRepliedAsync(id, replied, ct);
        public Task WaitForWorkAsync(TimeSpan max, CancellationToken ct) => inner.WaitForWorkAsync(max, ct);
    }

    /// <summary>
    /// Explicit steps, no race with the machine's speed (mend7: under load 60–110 the timer that stops A's handler ran
    /// later than B's claim in one process, once). A's deadline runs on A's own fake clock: its handler keeps running
    /// until that clock reaches the deadline (0.8 of the lease after the claim began), is stopped exactly then, and only
    /// then is the other server started; it takes the conversation once the lease ran out in the database and answers the
    /// update once. That the deadline falls before the database's expiry is the claim's arithmetic (a fifth of the lease
    /// earlier, counted from before the claiming statement); that nothing of A's leaves after it even when its timer is
    /// late is <see cref="A_claim_past_its_deadline_is_fenced_by_the_clock_even_when_its_timer_has_not_fired"/>.
    /// </summary>
    [Fact]
    public async Task A_server_whose_heartbeat_stalls_stops_its_handler_before_the_other_server_takes_the_conversation()
    {
        await db.ResetAsync();
        var events = new ConcurrentQueue<string>();
        var clockA = new FakeTimeProvider();
        await using var pgA = new PostgresInbox(db.Connections, Options1s.Value);
        await using var inboxB = new PostgresInbox(db.Connections, Options1s.Value);
        // A's handler of update 1 ends only when stopped: it cannot finish on its own while B takes over.
        var handlerA = new Handler("A", events, (item, ct) => item.ExternalId == "1" ? Task.Delay(Timeout.Infinite, ct) : Task.CompletedTask);
        using var workersA = new InboxWorkers(new InboxProvider(new ServiceCollection().AddSingleton<IInbox>(new StalledServer(pgA)).BuildServiceProvider(), Options1s),
            [handlerA], Options1s, NullLogger<InboxWorkers>.Instance, clockA);
        using var workersB = Workers(inboxB, new Handler("B", events), Options1s);
        await pgA.AddAsync(Update("1", 1), default);
        await workersA.StartAsync(default);
        try
        {
            await Eventually.HoldsAsync(() => events.Contains("start A 1"), "A handles update 1");
            // 1. Just before its deadline on A's clock, A's handler still holds the conversation.
            clockA.Advance(TimeSpan.FromSeconds(0.8 * Lease) - TimeSpan.FromMilliseconds(1));
            Assert.DoesNotContain("stopped A 1", events);
            // 2. At the deadline it is stopped, its heartbeat never having got through.
            clockA.Advance(TimeSpan.FromMilliseconds(1));
            await Eventually.HoldsAsync(() => events.Contains("stopped A 1"), "A's handler stopped at its deadline", diagnose: () => string.Join(" | ", events));
            // 3. Now the other server: it takes the conversation over once the lease ran out, and answers update 1.
            await workersB.StartAsync(default);
            await Eventually.HoldsAsync(() => events.Contains("answer B 1"), "B answers update 1 after A's lease ran out", diagnose: () => string.Join(" | ", events));
            await inboxB.AddAsync(Update("2", 2), default);   // the sentinel: after it, A had every chance to answer 1 too
            await Eventually.HoldsAsync(() => events.Contains("answer B 2"), "the sentinel answered", diagnose: () => string.Join(" | ", events));
            var all = events.ToList();
            Assert.Equal(["start A 1", "stopped A 1", "start B 1", "answer B 1", "start B 2", "answer B 2"], all);
            await using var connection = await db.Connections.OpenAsync();
            // The sentinel is completed just after its answer went out.
            await Eventually.HoldsAsync(() => connection.ExecuteScalar<int>("select count(*) from inbox_update where status = 'done'") == 2, "both updates done");
        }
        finally
        {
            await workersA.StopAsync(default);
            await workersB.StopAsync(default);
        }
    }

    /// <summary>A clock whose timers never fire: a process so starved that no timer callback has run yet.</summary>
    sealed class StarvedTimers : FakeTimeProvider
    {
        sealed class NeverFires : ITimer
        {
            public bool Change(TimeSpan dueTime, TimeSpan period) => true;
            public void Dispose() { }
            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) => new NeverFires();
    }

    /// <summary>
    /// The guarantee the two-server test rests on, without its race: past the deadline, the fence (asked by the HTTP
    /// layer just before a reply's body is written, and by the replied mark) reads the clock, not the timer — so a
    /// server whose timer has not yet stopped its handler (starved) still sends nothing, and the claim counts as lost
    /// from then on.
    /// </summary>
    [Fact]
    public void A_claim_past_its_deadline_is_fenced_by_the_clock_even_when_its_timer_has_not_fired()
    {
        var clock = new StarvedTimers();
        using var claim = new Claim("test:c", 1, clock.GetTimestamp(), TimeSpan.FromSeconds(0.8 * Lease), clock);
        clock.Advance(TimeSpan.FromSeconds(0.8 * Lease) - TimeSpan.FromMilliseconds(1));
        Assert.True(claim.Fence());
        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.False(claim.IsLost);    // the timer has not fired: the handler has not been told yet
        Assert.False(claim.Fence());   // but nothing passes the fence
        Assert.True(claim.IsLost);     // and asking it stopped the handler
    }

    /// <summary>
    /// The window the wire's fence left (wip-mend8): a handler whose claim has passed its deadline but whose timer has not
    /// fired (a starved process) goes on to write for its update. The connection it asks for is refused — the fence is
    /// asked at every open and reads the clock — so nothing is written, and the update stays pending, unanswered.
    /// </summary>
    [Fact]
    public async Task A_handler_past_its_deadline_whose_timer_has_not_fired_gets_no_connection()
    {
        await db.ResetAsync();
        var events = new ConcurrentQueue<string>();
        var clock = new StarvedTimers();
        var resume = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var inbox = new PostgresInbox(db.Connections, Options1s.Value);
        // Update 1's handler waits for the test, then writes as a dialog's store would.
        var handler = new Handler("A", events, async (item, ct) =>
        {
            await resume.Task;
            await using var connection = await db.Connections.OpenAsync(ct);
            events.Enqueue($"opened A {item.ExternalId}");
        });
        using var workers = new InboxWorkers(new InboxProvider(new ServiceCollection().AddSingleton<IInbox>(inbox).BuildServiceProvider(), Options1s),
            [handler], Options1s, NullLogger<InboxWorkers>.Instance, clock);
        await inbox.AddAsync(Update("1", 1), default);
        await workers.StartAsync(default);
        try
        {
            await Eventually.HoldsAsync(() => events.Contains("start A 1"), "A handles update 1");
            clock.Advance(TimeSpan.FromSeconds(0.8 * Lease));   // the deadline, its timer never fired
            resume.SetResult();
            // Either it was refused its connection (stopped) or it opened one: the order says which.
            await Eventually.HoldsAsync(() => events.Contains("stopped A 1") || events.Contains("opened A 1"), "A's handler went on", diagnose: () => string.Join(" | ", events));
            Assert.Equal(["start A 1", "stopped A 1"], events.ToList());
            await using var connection = await db.Connections.OpenAsync();
            Assert.Equal("pending", await connection.ExecuteScalarAsync<string>("select status from inbox_update where external_id = '1'"));
            Assert.False(await connection.ExecuteScalarAsync<bool>("select replied_at is not null from inbox_update where external_id = '1'"));
        }
        finally
        {
            await workers.StopAsync(default);
        }
    }

    /// <summary>
    /// The fence at connection open, alone: work run for a claim opens connections while the claim holds, none once it
    /// no longer does, and work it left running after it returned is not fenced by it (a lane started by a handler).
    /// </summary>
    [Fact]
    public async Task Connections_are_opened_for_a_claim_while_it_holds_and_for_work_it_left_behind()
    {
        var holds = true;
        var left = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Task? leftBehind = null;
        await ClaimFence.RunAsync(() => holds, async () =>
        {
            await using (await db.Connections.OpenAsync()) { }
            leftBehind = OpenLaterAsync();
            holds = false;
            await Assert.ThrowsAsync<OperationCanceledException>(async () => await db.Connections.OpenAsync());
            return 0;
        });
        left.SetResult();
        await leftBehind!;   // opened after the claim's work returned: not fenced by it

        async Task OpenLaterAsync()
        {
            await left.Task;
            await using (await db.Connections.OpenAsync()) { }
        }
    }

    [Fact]
    public async Task A_completion_by_a_server_whose_lease_was_taken_over_is_refused()
    {
        await db.ResetAsync();
        await using var inbox = new PostgresInbox(db.Connections, new InboxOptions { LeaseSeconds = 10 });
        await inbox.AddAsync(Update("1", 1), default);
        var first = await inbox.ClaimAsync("A", ["test"], default);
        Assert.NotNull(first);
        await using var connection = await db.Connections.OpenAsync();
        await connection.ExecuteAsync("update inbox_lease set expires_at = now() - interval '1 second'");   // A's lease ran out
        var second = await inbox.ClaimAsync("B", ["test"], default);
        Assert.Equal(first.Id, second?.Id);
        // A wakes up and records the update as handled: refused, it is B's now.
        Assert.Null(await inbox.CompleteAsync(first, "A", null, more: true, default));
        Assert.Equal("pending", await connection.ExecuteScalarAsync<string>("select status from inbox_update where id = @Id", new { first.Id }));
        Assert.Equal("B", await connection.ExecuteScalarAsync<string>("select owner from inbox_lease"));
        // The same server claiming again after its own lease ran out (another of its slots) is fenced the same way.
        await connection.ExecuteAsync("update inbox_lease set expires_at = now() - interval '1 second'");
        var third = await inbox.ClaimAsync("B", ["test"], default);
        Assert.Null(await inbox.CompleteAsync(second!, "B", null, more: true, default));
        Assert.Equal("pending", await connection.ExecuteScalarAsync<string>("select status from inbox_update where id = @Id", new { first.Id }));
        Assert.Null(await inbox.CompleteAsync(third!, "B", null, more: true, default));
        Assert.Equal("done", await connection.ExecuteScalarAsync<string>("select status from inbox_update where id = @Id", new { first.Id }));
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("select pending from inbox_lease"));
    }
}
