using Dapper;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using SpbeBot.Host.Jobs;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Reminders;

/// <summary>
/// A server killed while it held Hangfire's recurring-jobs lock (its scheduling pass takes it every few seconds) leaves
/// the lock row behind. The next server must take it over soon, or reminders, digests and the evidence-check sweep stop
/// until the row is 10 minutes old (the library's default, seen once in EvidenceCheckKillTests); a live holder's lock
/// stays its own.
/// </summary>
[Trait("Kind", "Slow")]
public class DeadServerLockTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    const string RecurringJobsLock = "recurring-jobs:lock";   // Hangfire's RecurringJobScheduler takes this one
    /// <summary>Its row in Hangfire.PostgreSql's lock table (EvidenceCheckKillTests leaves one behind a kill).</summary>
    public const string RecurringJobsLockRow = "hangfire:" + RecurringJobsLock;

    [Fact]
    public async Task A_lock_left_by_a_killed_server_is_taken_over_once_it_is_dead_lock_age_old_and_not_before()
    {
        var options = JobsRunner.StorageOptions(new JobSettings());
        var storage = new PostgreSqlStorage(new NpgsqlConnectionFactory(db.ConnectionString, options), options);
        using var killed = storage.GetConnection();
        using var next = storage.GetConnection();
        await using var sql = await db.Connections.OpenAsync();

        // The killed server's lock: acquired and never released.
        _ = killed.AcquireDistributedLock(RecurringJobsLock, TimeSpan.FromSeconds(5));
        var row = Assert.Single(await sql.QueryAsync<string>("select resource from hangfire.lock"));
        Assert.Equal(RecurringJobsLockRow, row);

        // While it is young it may be a live server's: the next one waits and gives up.
        Assert.Throws<PostgreSqlDistributedLockException>(() => next.AcquireDistributedLock(RecurringJobsLock, TimeSpan.FromSeconds(1.5)));

        // Older than the dead-lock age it can only be a dead server's: taken over without waiting it out.
        await sql.ExecuteAsync("update hangfire.lock set acquired = now() - @age - interval '5 seconds' where resource = @row",
            new { age = JobsRunner.DeadHolderLockAge, row });
        using (next.AcquireDistributedLock(RecurringJobsLock, TimeSpan.FromSeconds(5)))
            Assert.True(await sql.ExecuteScalarAsync<DateTime>("select acquired from hangfire.lock where resource = @row", new { row })
                > DateTime.UtcNow - TimeSpan.FromSeconds(30));
        Assert.Empty(await sql.QueryAsync<string>("select resource from hangfire.lock"));
    }
}
