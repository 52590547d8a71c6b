using Dapper;
using SpbeBot.Core.Demo;
using SpbeBot.Core.People;
using SpbeBot.Core.Retention;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Retention;

/// <summary>The nightly sweep deletes exactly what the policy no longer keeps, never the evaluation record, and only once.</summary>
[Trait("Kind", "Slow")]
public class RetentionSweepTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Old_short_lived_data_goes_recent_and_pending_data_and_the_evaluation_record_stay()
    {
        await db.ResetAsync();
        await DemoData.EnsureAsync(db.Connections, TimeZones.Today(TimeZones.Wib, TimeProvider.System));
        var now = DateTimeOffset.UtcNow;
        await using var c = await db.Connections.OpenAsync();
        var person = await c.ExecuteScalarAsync<long>("select id from person order by id limit 1");
        var old = now.AddDays(-100).UtcDateTime;
        await c.ExecuteAsync(
            """
            insert into outbox_message (person_id, kind, text, status, created_at, sent_at) values
                (@person, 'reminder', 'lama terkirim', 'sent', @old, @old),
                (@person, 'reminder', 'lama gagal', 'failed', @old, null),
                (@person, 'reminder', 'lama tertunda', 'pending', @old, null),
                (@person, 'reminder', 'baru terkirim', 'sent', now(), now());
            insert into invite (code, role, created_by, created_at, expires_at) values
                ('LAMAKADALUARSA01', 'operator', 'test', @old, @old), ('MASIHBERLAKU0001', 'operator', 'test', now(), now() + interval '7 days');
            insert into conversation_state (channel, chat_id, user_id, step, updated_at) values ('demo', 'lama', 'lama', 'x', @old), ('demo', 'baru', 'baru', 'y', now());
            insert into teams_file_offer (id, user_id, sha256, name, size, created_at) values
                (gen_random_uuid(), 'u', repeat('a', 64), 'lama.pdf', 1, @old), (gen_random_uuid(), 'u', repeat('b', 64), 'baru.pdf', 1, now());
            """, new { person, old });
        var audit = await c.ExecuteScalarAsync<long>("select count(*) from audit_log");
        var plan = await c.ExecuteScalarAsync<long>("select count(*) from plan_item");

        var sweep = new RetentionSweep(db.Connections);
        // The defaults keep messages and invites; unfinished dialog steps and file offers go after 30 days.
        var byDefault = await sweep.RunAsync(new RetentionPolicy(), now);
        Assert.Equal(new RetentionResult(0, 0, 1, 1), byDefault);

        var result = await sweep.RunAsync(new RetentionPolicy { OutboxDays = 90, InviteDays = 90 }, now);
        Assert.Equal(new RetentionResult(2, 1, 0, 0), result);
        Assert.Equal(["baru terkirim", "lama tertunda"], (await c.QueryAsync<string>("select text from outbox_message order by text")).ToList());
        Assert.Equal(["MASIHBERLAKU0001"], (await c.QueryAsync<string>("select code from invite where created_by = 'test'")).ToList());
        Assert.Equal(["baru"], (await c.QueryAsync<string>("select chat_id from conversation_state where channel = 'demo'")).ToList());
        Assert.Equal(["baru.pdf"], (await c.QueryAsync<string>("select name from teams_file_offer")).ToList());
        Assert.Equal(audit, await c.ExecuteScalarAsync<long>("select count(*) from audit_log"));
        Assert.Equal(plan, await c.ExecuteScalarAsync<long>("select count(*) from plan_item"));

        Assert.Equal(0, (await sweep.RunAsync(new RetentionPolicy { OutboxDays = 90, InviteDays = 90 }, now)).Total);
    }
}
