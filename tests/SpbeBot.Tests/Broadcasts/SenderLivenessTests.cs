using System.Diagnostics;
using Dapper;
using Npgsql;
using SpbeBot.Core.Messaging;
using SpbeBot.Core.Storage;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Broadcasts;

/// <summary>
/// Issue 17 (17t): an outbox sender's liveness is a session-level advisory lock it holds on its own connection
/// (migration 0025). A killed sender's session ends with its process, the lock is free, and its rows are taken over
/// through that lock — not after its heartbeat grew 5 s old (the test sets that fallback out of reach); a sender that lives but beats late keeps its rows until the
/// heartbeat fallback (a host gone with its sockets open) declares it dead.
/// </summary>
[Trait("Kind", "Slow")]
public class SenderLivenessTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    async Task SeedAsync(int people)
    {
        await db.ResetAsync();
        await using var c = await db.Connections.OpenAsync();
        await c.ExecuteAsync("insert into person (name, role) select 'Penerima ' || g, 'operator' from generate_series(1, @people) g", new { people });
        await c.ExecuteAsync("insert into chat_identity (channel, external_id, person_id) select 'telegram', (600000 + id)::text, id from person");
        await c.ExecuteAsync("insert into outbox_message (person_id, kind, text, buttons) select id, 'notice', 'Halo ' || id, '[]' from person");
    }

    /// <summary>A real process (psql) holding <paramref name="key"/> on its own session until it is killed.</summary>
    Process HoldInChildProcess(long key)
    {
        var b = new NpgsqlConnectionStringBuilder(db.ConnectionString);
        var psql = Path.Combine(PgBinaries.Find(), "psql");
        var start = new ProcessStartInfo(psql) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var a in new[] { "-X", "-q", "-h", b.Host!, "-p", b.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", b.Username!, "-d", b.Database!,
                     "-v", "ON_ERROR_STOP=1" })
            start.ArgumentList.Add(a);
        if (!string.IsNullOrEmpty(b.Password)) start.Environment["PGPASSWORD"] = b.Password;
        var process = Process.Start(start)!;
        // Then idle, waiting for more input, like a sender between statements (its backend idle on the socket, so it
        // sees the connection close at once; a backend inside a long statement would notice only when it ends).
        process.StandardInput.WriteLine($"select pg_advisory_lock({key});");
        process.StandardInput.Flush();
        return process;
    }

    static async Task<bool> HeldAsync(NpgsqlConnection c, long key) =>
        await c.ExecuteScalarAsync<int>("select count(*) from pg_locks where locktype = 'advisory' and granted and objsubid = 1 and ((classid::bigint << 32) | objid::bigint) = @key", new { key }) > 0;

    /// <summary>A heartbeat age no test reaches: a take-over then proves the freed lock, not the 5 s fallback.</summary>
    static readonly TimeSpan NeverByHeartbeat = TimeSpan.FromDays(1);

    [Fact]
    public async Task A_killed_senders_rows_are_taken_over_through_its_freed_lock_and_its_calls_in_doubt_are_not_sent_again()
    {
        await SeedAsync(4);
        var outbox = new Outbox(db.Connections);
        var (dead, next) = (Guid.NewGuid(), Guid.NewGuid());
        // The sending server is a separate process whose session holds its liveness key (SIGKILLed below).
        var key = Random.Shared.NextInt64(1, int.MaxValue);
        using var process = HoldInChildProcess(key);
        try
        {
            await using var check = await db.Connections.OpenAsync();
            await Eventually.HoldsAsync(() => HeldAsync(check, key).GetAwaiter().GetResult(), "the child holds its liveness lock", TimeSpan.FromSeconds(30));
            await outbox.RegisterSenderAsync(dead, "telegram", "test:1", default, key);
            await using var nextSession = await db.Connections.OpenSessionAsync();
            await outbox.RegisterSenderAsync(next, "telegram", "test:2", default, await Outbox.HoldLivenessAsync(nextSession, default));
            var rows = await outbox.ClaimAsync("telegram", dead, 3, Outbox.DefaultLease);
            await outbox.MarkAttemptedAsync(dead, rows[0].Id, left: true, default);   // its call had left when it died

            // Alive (its lock held): nothing moves. The heartbeat fallback is set out of reach (a day), here and below,
            // so only the freed lock can take the rows over however slow the machine (no timing in the test).
            Assert.Equal((0, 0), await outbox.TakeOverDeadSendersAsync(next, NeverByHeartbeat, default));

            process.Kill();   // SIGKILL: its socket closes, PostgreSQL ends the session and frees the lock
            (int Freed, int InDoubt) taken = (0, 0);
            await Eventually.HoldsAsync(() =>
            {
                taken = outbox.TakeOverDeadSendersAsync(next, NeverByHeartbeat, default).GetAwaiter().GetResult();
                return taken != (0, 0);
            }, "the killed sender's rows are taken over through its freed lock", TimeSpan.FromSeconds(30));
            Assert.Equal((2, 1), taken);
            Assert.False(await outbox.HeartbeatAsync(dead, default));
            Assert.True(await outbox.HeartbeatAsync(next, default));   // the taker is never its own victim
            var again = await outbox.ClaimAsync("telegram", next, 10, Outbox.DefaultLease);
            Assert.Equal(3, again.Count);   // the two it had not sent and the one nobody had claimed
            Assert.Equal(rows.Skip(1).Select(r => r.Id), again.Select(m => m.Id).Intersect(rows.Select(r => r.Id)).Order());
            Assert.StartsWith("in doubt", await check.ExecuteScalarAsync<string>("select last_error from outbox_message where id = @Id", new { rows[0].Id }));
        }
        finally
        {
            if (!process.HasExited) process.Kill();
        }
    }

    [Fact]
    public async Task A_live_sender_that_beats_late_keeps_its_rows_until_the_heartbeat_fallback()
    {
        await SeedAsync(3);
        var outbox = new Outbox(db.Connections);
        var (slow, unlocked, next) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await using var slowSession = await db.Connections.OpenSessionAsync();
        await outbox.RegisterSenderAsync(slow, "telegram", "test:1", default, await Outbox.HoldLivenessAsync(slowSession, default));
        await outbox.RegisterSenderAsync(unlocked, "teams", "test:2", default);   // registered without a lock (heartbeat only)
        await using var nextSession = await db.Connections.OpenSessionAsync();
        await outbox.RegisterSenderAsync(next, "telegram", "test:3", default, await Outbox.HoldLivenessAsync(nextSession, default));
        var slowRows = await outbox.ClaimAsync("telegram", slow, 2, Outbox.DefaultLease);
        var unlockedRows = await outbox.ClaimAsync("telegram", unlocked, 1, Outbox.DefaultLease);
        Assert.Equal(2, slowRows.Count);
        Assert.Single(unlockedRows);

        // Slow: its last beat 4 s ago (a starved process, a busy database), but its session and lock live. Not taken,
        // however often the others look; nor the lockless sender with a fresh heartbeat.
        await using var c = await db.Connections.OpenAsync();
        await c.ExecuteAsync("update outbox_sender set heartbeat_at = now() - interval '4 seconds' where owner = @slow", new { slow });
        for (var i = 0; i < 3; i++) Assert.Equal((0, 0), await outbox.TakeOverDeadSendersAsync(next, Outbox.SenderPresumedDead, default));
        Assert.Equal(2, await c.ExecuteScalarAsync<int>("select count(*) from outbox_message where lease_owner = @slow", new { slow }));
        Assert.True(await outbox.HeartbeatAsync(slow, default));

        // A host that vanished with its socket open keeps its session (until TCP keepalive ends it) and its lock: after
        // 5 s without a heartbeat it is taken over all the same.
        await c.ExecuteAsync("update outbox_sender set heartbeat_at = now() - interval '6 seconds' where owner in (@slow, @unlocked)", new { slow, unlocked });
        Assert.Equal((3, 0), await outbox.TakeOverDeadSendersAsync(next, Outbox.SenderPresumedDead, default));
        Assert.False(await outbox.HeartbeatAsync(slow, default));
    }

    [Fact]
    public async Task A_sender_whose_session_broke_keeps_nothing_though_its_process_lives()
    {
        // Its lock connection broke (the database restarted, a network cut): the channel's lock may be another server's
        // already, so its rows come back at once for whoever sends next — the same server's next sender included. (It
        // stops sending on its own at its next lock check or beat, and its fence lets nothing more leave.)
        await SeedAsync(2);
        var outbox = new Outbox(db.Connections);
        var (before, after) = (Guid.NewGuid(), Guid.NewGuid());
        await using var session = await db.Connections.OpenSessionAsync();
        await outbox.RegisterSenderAsync(before, "telegram", "test:1", default, await Outbox.HoldLivenessAsync(session, default));
        await outbox.ClaimAsync("telegram", before, 2, Outbox.DefaultLease);
        await using var afterSession = await db.Connections.OpenSessionAsync();
        await outbox.RegisterSenderAsync(after, "telegram", "test:1", default, await Outbox.HoldLivenessAsync(afterSession, default));
        Assert.Equal((0, 0), await outbox.TakeOverDeadSendersAsync(after, Outbox.SenderPresumedDead, default));
        var pid = await session.ExecuteScalarAsync<int>("select pg_backend_pid()");
        await using (var other = await db.Connections.OpenAsync())
            await other.ExecuteAsync("select pg_terminate_backend(@pid, 5000)", new { pid });
        // (The sender learns it at its next statement; so the pool drops the connection instead of handing it out again.)
        await Assert.ThrowsAnyAsync<NpgsqlException>(() => session.ExecuteAsync("select 1"));
        Assert.Equal((2, 0), await outbox.TakeOverDeadSendersAsync(after, Outbox.SenderPresumedDead, default));
    }

    [Fact]
    public async Task A_standby_server_waits_for_the_polling_lock_inside_PostgreSQL_and_polls_once_the_poller_is_gone()
    {
        // Issue 17 (17w): a standby server looked for the polling lock every 3 s, so a killed poller's updates waited for
        // that look; it now waits for the lock in PostgreSQL and has it the moment the poller's session ends.
        await db.ResetAsync();
        const long key = 0x5BBE_7011;   // LeaderLock.TelegramPolling
        var poller = new NpgsqlConnection(db.ConnectionString);
        await poller.OpenAsync();
        await poller.ExecuteAsync("select pg_advisory_lock(@key)", new { key });
        await using var bot = await SpbeBot.Tests.Telegram.TelegramHarness.StartAsync(databaseConnectionString: db.ConnectionString);
        await using var look = new NpgsqlConnection(db.ConnectionString);
        await look.OpenAsync();
        var waiting = false;
        for (var i = 0; i < 200 && !waiting; i++)
        {
            waiting = await look.ExecuteScalarAsync<int>(
                "select count(*) from pg_locks where locktype = 'advisory' and not granted and objsubid = 1 and ((classid::bigint << 32) | objid::bigint) = @key",
                new { key }) > 0;
            if (!waiting) await Task.Delay(50);
        }
        Assert.True(waiting, "no session of the standby server waits for the polling lock in PostgreSQL");

        await poller.DisposeAsync();   // the poller is gone: its session, and with it the lock
        bot.Api.EnqueueText(4343, "apa yang dibutuhkan untuk level 4 indikator 32?");
        await Eventually.HoldsAsync(() => bot.Api.Delivered(4343).Count >= 1, "an answer from the standby server, now polling");
    }
}
