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
}
