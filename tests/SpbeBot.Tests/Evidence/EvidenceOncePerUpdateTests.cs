using Dapper;
using SpbeBot.Core.Audit;
using SpbeBot.Core.Evidence;
using SpbeBot.Core.Messaging;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// Issue 17 (wip-17y), the known bug: a server killed after an upload's evidence row was committed but before its reply
/// left leaves the inbox update pending, and the update is handled again (after the restart, or by another server). The
/// filing is idempotent on the inbox update (migration 0028): handled twice, the update files one row.
/// </summary>
[Trait("Kind", "Slow")]
public class EvidenceOncePerUpdateTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    static UploadRequest Upload(byte[] bytes) => new(
        (destination, ct) => destination.WriteAsync(bytes, ct).AsTask(), "bukti.pdf", bytes.Length, "spbe", 2026,
        UploaderId: null, Uploader: "Operator Uji", OpdId: null, Channel: "telegram", Batch: "album-1", Target: null);

    /// <summary>Handles the upload as the inbox worker handling update <paramref name="update"/> would (null: outside the inbox).</summary>
    static Task<IntakeResult> HandleAsync(EvidenceIntake intake, byte[] bytes, long? update)
    {
        using var workers = new SemaphoreSlim(1);
        using var lane = new SemaphoreSlim(1);
        var slot = new WorkerSlot(workers, lane) { Update = update };
        return slot.RunAsync(() => intake.ReceiveAsync(Upload(bytes), Actor.System("test")));
    }

    [Fact]
    public async Task The_same_inbox_update_handled_twice_files_one_row_and_answers_as_the_first_time()
    {
        await db.ResetAsync();
        var root = Directory.CreateTempSubdirectory("spbebot-once-");
        try
        {
            var intake = EvidenceIntake.On(db.Connections, new EvidenceOptions(root.FullName));
            var bytes = SampleFiles.Pdf("bukti sekali per pembaruan");

            var first = await HandleAsync(intake, bytes, update: 4242);
            var again = await HandleAsync(intake, bytes, update: 4242);   // the update handled again after a kill
            Assert.True(first.Stored && again.Stored);
            Assert.Equal(first.Record!.Id, again.Record!.Id);
            Assert.False(again.AlreadyStored);   // answered as the first handling would have been

            await using var connection = await db.Connections.OpenAsync();
            Assert.Equal(1, await connection.ExecuteScalarAsync<int>("select count(*)::int from evidence"));
            Assert.Equal(1, await connection.ExecuteScalarAsync<int>("select count(*)::int from audit_log where entity = 'evidence'"));

            // Another update with the same bytes is another upload (a person sending the file again): a row of its own.
            var other = await HandleAsync(intake, bytes, update: 4243);
            Assert.NotEqual(first.Record.Id, other.Record!.Id);
            Assert.True(other.AlreadyStored);
            Assert.Equal(2, await connection.ExecuteScalarAsync<int>("select count(*)::int from evidence"));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }
}
