using System.Collections.Concurrent;
using Dapper;
using SpbeBot.Core.Messaging;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Broadcasts;

/// <summary>Outbox delivery as claim (a lease) → send → record: two deliverers never send one row; a dead one's rows come back.</summary>
[Trait("Kind", "Slow")]
public class OutboxLeaseTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    async Task<List<long>> SeedAsync(int people)
    {
        await db.ResetAsync();
        await using var c = await db.Connections.OpenAsync();
        await c.ExecuteAsync("insert into person (name, role) select 'Penerima ' || g, 'operator' from generate_series(1, @people) g", new { people });
        await c.ExecuteAsync("insert into chat_identity (channel, external_id, person_id) select 'telegram', (500000 + id)::text, id from person");
        await c.ExecuteAsync("insert into outbox_message (person_id, kind, text, buttons) select id, 'notice', 'Halo ' || id, '[]' from person");
        return (await c.QueryAsync<long>("select id from outbox_message order by id")).ToList();
    }

    /// <summary>
    /// Queued rows wake the sender (migration 0024: NOTIFY spbebot_outbox, delivered at commit), so a broadcast's first
    /// message need not wait for the sender's idle poll.
    /// </summary>
    [Fact]
    public async Task Queued_rows_wake_a_listening_sender()
    {
        await SeedAsync(1);
        await using var listener = await db.Connections.OpenSessionAsync();
        await listener.ExecuteAsync("listen spbebot_outbox");
        var person = await listener.ExecuteScalarAsync<long>("select id from person limit 1");
        await using (var c = await db.Connections.OpenAsync())
        await using (var tx = await c.BeginTransactionAsync())
        {
            await Outbox.EnqueueAsync(c, tx, person, "notice", "Halo", []);
            await tx.CommitAsync();
        }
        Assert.True(await listener.WaitAsync(TimeSpan.FromSeconds(10)), "the committed row was not announced");
    }

    [Fact]
    public async Task Two_deliverers_at_once_send_each_message_exactly_once()
    {
        var ids = await SeedAsync(300);
        var sent = new ConcurrentBag<long>();
        async Task<int> Deliverer()
        {
            var outbox = new Outbox(db.Connections);
            var owner = Guid.NewGuid();
            var total = 0;
            while (true)
            {
                var claimed = await outbox.ClaimAsync("telegram", owner, 20, Outbox.DefaultLease);
                if (claimed.Count == 0) return total;
                await Task.WhenAll(claimed.Select(async m =>
                {
                    await Task.Delay(Random.Shared.Next(1, 5));   // the platform answering, no transaction open
                    sent.Add(m.Id);
                    await outbox.RecordAsync("telegram", owner, m, DeliveryOutcome.Sent);
                }));
                total += claimed.Count;
            }
        }
        var counts = await Task.WhenAll(Deliverer(), Deliverer());
        Assert.Equal(ids, sent.Order());   // every row once: no duplicate, none lost
        Assert.True(counts.All(c => c > 0), $"both deliverers took part ({counts[0]}, {counts[1]})");
        await using var c = await db.Connections.OpenAsync();
        Assert.Equal(0, await c.ExecuteScalarAsync<int>("select count(*) from outbox_message where status <> 'sent' or lease_owner is not null"));
    }

    [Fact]
    public async Task Rows_of_a_deliverer_that_died_come_back_after_the_lease_and_its_late_record_does_not_count()
    {
        await SeedAsync(5);
        var outbox = new Outbox(db.Connections);
        var dead = Guid.NewGuid();
        var lost = await outbox.ClaimAsync("telegram", dead, 10, TimeSpan.FromMinutes(1));
        Assert.Equal(5, lost.Count);
        var other = Guid.NewGuid();
        Assert.Empty(await outbox.ClaimAsync("telegram", other, 10, Outbox.DefaultLease));   // leased: not taken twice
        await using (var c = await db.Connections.OpenAsync())
            await c.ExecuteAsync("update outbox_message set lease_until = now() - interval '1 second'");   // the minute has passed
        var again = await outbox.ClaimAsync("telegram", other, 10, Outbox.DefaultLease);
        Assert.Equal(lost.Select(m => m.Id), again.Select(m => m.Id));
        await outbox.RecordAsync("telegram", dead, lost[0], DeliveryOutcome.Failed);   // too late: no longer its row
        foreach (var m in again) await outbox.RecordAsync("telegram", other, m, DeliveryOutcome.Sent);
        await using var check = await db.Connections.OpenAsync();
        Assert.Equal(5, await check.ExecuteScalarAsync<int>("select count(*) from outbox_message where status = 'sent' and attempts = 1"));
    }
    [Fact]
    public async Task A_dead_senders_rows_are_taken_over_at_once_and_its_calls_in_doubt_are_not_sent_again()
    {
        await SeedAsync(6);
        var outbox = new Outbox(db.Connections);
        var (dead, alive, next) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await outbox.RegisterSenderAsync(dead, "telegram", "test:1", default);
        await outbox.RegisterSenderAsync(alive, "teams", "test:2", default);
        await outbox.RegisterSenderAsync(next, "telegram", "test:3", default);
        var deadRows = await outbox.ClaimAsync("telegram", dead, 3, Outbox.DefaultLease);
        var aliveRows = await outbox.ClaimAsync("telegram", alive, 2, Outbox.DefaultLease);
        var unregistered = await outbox.ClaimAsync("telegram", Guid.NewGuid(), 1, Outbox.DefaultLease);   // the terminal chat: no heartbeat
        await outbox.MarkAttemptedAsync(dead, deadRows[0].Id, left: true, default);   // its call had started when it died
        await outbox.MarkAttemptedAsync(dead, deadRows[1].Id, left: true, default);
        await outbox.RecordAsync("telegram", dead, deadRows[1], DeliveryOutcome.Sent);   // …and this one was recorded
        await outbox.MarkAttemptedAsync(alive, aliveRows[0].Id, left: true, default);

        // Everyone beat a moment ago: nobody is dead yet, nothing moves.
        Assert.Equal((0, 0), await outbox.TakeOverDeadSendersAsync(next, Outbox.SenderPresumedDead, default));
        await using (var c = await db.Connections.OpenAsync())
            await c.ExecuteAsync("update outbox_sender set heartbeat_at = now() - interval '6 seconds' where owner in (@dead, @next)", new { dead, next });
        Assert.True(await outbox.HeartbeatAsync(alive, default));
        // The caller itself (next) is never its own victim, however late its heartbeat.
        Assert.Equal((1, 1), await outbox.TakeOverDeadSendersAsync(next, Outbox.SenderPresumedDead, default));
        Assert.False(await outbox.HeartbeatAsync(dead, default));   // a sender presumed dead learns it at its next beat
        Assert.True(await outbox.HeartbeatAsync(next, default));

        // At once, not after the 30 s lease: the row it had not started is claimable again; the one in doubt is closed.
        var again = await outbox.ClaimAsync("telegram", next, 10, Outbox.DefaultLease);
        Assert.Equal([deadRows[2].Id], again.Select(m => m.Id).ToList());
        await using var check = await db.Connections.OpenAsync();
        var inDoubt = await check.QuerySingleAsync<(string Status, string Error, bool SentAt)>(
            "select status, last_error, sent_at is not null from outbox_message where id = @Id", new { deadRows[0].Id });
        Assert.Equal("sent", inDoubt.Status);
        Assert.StartsWith("in doubt", inDoubt.Error);
        Assert.True(inDoubt.SentAt);
        // The living sender's rows and the unregistered claimer's row keep their leases.
        Assert.Equal(3, await check.ExecuteScalarAsync<int>("select count(*) from outbox_message where lease_owner is not null and lease_owner <> @next and status = 'pending'", new { next }));
        Assert.Equal(2, await check.ExecuteScalarAsync<int>("select count(*) from outbox_message where lease_owner = @alive", new { alive }));
        Assert.Single(unregistered);
    }

    [Fact]
    public async Task A_retired_sender_is_taken_over_without_waiting_and_a_failed_send_forgets_its_start()
    {
        await SeedAsync(2);
        var outbox = new Outbox(db.Connections);
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        await outbox.RegisterSenderAsync(first, "telegram", "test:1", default);
        var rows = await outbox.ClaimAsync("telegram", first, 2, Outbox.DefaultLease);
        await outbox.MarkAttemptedAsync(first, rows[0].Id, left: true, default);
        await outbox.RecordAsync("telegram", first, rows[0], DeliveryOutcome.Failed);   // back to pending, to be tried later
        await outbox.RetireSenderAsync(first);   // the server stopping; rows[1] was cut off before its call
        Assert.Equal((1, 0), await outbox.TakeOverDeadSendersAsync(second, Outbox.SenderPresumedDead, default));
        await using var check = await db.Connections.OpenAsync();
        Assert.Equal(0, await check.ExecuteScalarAsync<int>("select count(*) from outbox_message where attempted_at is not null or lease_owner is not null"));
        Assert.Equal(0, await check.ExecuteScalarAsync<int>("select count(*) from outbox_sender"));
    }
}
