using Npgsql;
using SpbeBot.Core.Audit;
using SpbeBot.Core.People;
using SpbeBot.Core.Plans;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Plans;

/// <summary>Each test works in its own year so the tests of this class can share one database.</summary>
[Trait("Kind", "Slow")]
public class PlanStoreTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    static readonly Actor Tester = Actor.System("test");
    PlanStore Store => new(db.Connections);

    public async Task InitializeAsync()
    {
        var opds = new OpdStore(db.Connections);
        await opds.EnsureAsync("Dinas Komunikasi, Informatika dan Statistik", "DKIS", ["Diskominfo"], Tester);
        await opds.EnsureAsync("Bagian Hukum", "Bag. Hukum", [], Tester);
        await opds.EnsureAsync("Badan Perencanaan Pembangunan Daerah", "Bappeda", [], Tester);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    static PlanItemDraft Draft(int year, int indicator, string action, params string[] opds) => new()
    {
        Framework = "spbe-2024",
        Year = year,
        Indicator = indicator,
        CurrentLevel = 2,
        TargetLevel = 3,
        Recommendation = "Tingkatkan",
        Action = action,
        Deadline = new DateOnly(year, 6, 30),
        Opds = opds,
        Row = indicator,
    };

    [Fact]
    public async Task Upserting_the_same_batch_twice_creates_once_then_reports_unchanged()
    {
        var batch = new[] { Draft(2030, 1, "Membuat Perbup Arsitektur", "DKIS"), Draft(2030, 15, "Membuat Perbup JDIH", "Bag, Hukum", "DKIS"), Draft(2030, 15, "Sosialisasi JDIH", "BAG HUKUM") };

        var first = await Store.UpsertAsync(batch, Tester);
        Assert.True(first.Succeeded);
        Assert.Equal((3, 0, 0), (first.Created, first.Updated, first.Unchanged));

        var second = await Store.UpsertAsync(batch, Tester);
        Assert.Equal((0, 0, 3), (second.Created, second.Updated, second.Unchanged));
        var items = await Store.ListAsync(new PlanFilter { Year = 2030 });
        Assert.Equal(3, items.Count);
        Assert.Equal(["Bag. Hukum", "DKIS"], items.Single(i => i.Action == "Membuat Perbup JDIH").Opds);
    }

    [Fact]
    public async Task A_changed_row_updates_the_item_found_by_its_natural_key()
    {
        await Store.UpsertAsync([Draft(2031, 2, "Membuat Perbup Peta Rencana", "DKIS")], Tester);
        // Same action written differently (case, spacing, punctuation) with a new deadline and OPD.
        var changed = Draft(2031, 2, "membuat  perbup peta rencana.", "Bappeda") with { Deadline = new DateOnly(2031, 9, 1) };

        var result = await Store.UpsertAsync([changed], Tester);
        Assert.Equal((0, 1, 0), (result.Created, result.Updated, result.Unchanged));
        var item = Assert.Single(await Store.ListAsync(new PlanFilter { Year = 2031 }));
        Assert.Equal(new DateOnly(2031, 9, 1), item.Deadline);
        Assert.Equal(["Bappeda"], item.Opds);
        var audit = await new AuditLog(db.Connections).ListAsync("plan_item", item.Id.ToString());
        Assert.Equal(["update", "create"], audit.Select(a => a.Action));
        Assert.Contains("2031-06-30", audit[0].Before);
        Assert.Contains("2031-09-01", audit[0].After);
    }

    [Fact]
    public async Task A_batch_with_one_invalid_row_writes_nothing()
    {
        var batch = new[] { Draft(2032, 1, "Baik", "DKIS"), Draft(2032, 2, "Level salah", "DKIS") with { TargetLevel = 6 }, Draft(2032, 3, "Baik juga", "DKIS") };

        var result = await Store.UpsertAsync(batch, Tester);
        Assert.False(result.Succeeded);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(2, problem.Row);
        Assert.Equal(PlanRowProblemKind.TargetLevelInvalid, problem.Kind);
        Assert.Equal(6, problem.Number);
        Assert.Empty(await Store.ListAsync(new PlanFilter { Year = 2032 }));
    }

    [Fact]
    public async Task A_database_error_midway_rolls_back_the_whole_batch()
    {
        // A check the C# validation does not make (framework longer than the text index allows is not a thing;
        // use a trigger-free route: a service name containing a NUL byte, which PostgreSQL text refuses).
        var batch = new[] { Draft(2033, 1, "Baik", "DKIS"), Draft(2033, 2, "Rusak", "DKIS") with { ServiceName = "bad\0name" } };
        await Assert.ThrowsAnyAsync<Exception>(() => Store.UpsertAsync(batch, Tester));
        Assert.Empty(await Store.ListAsync(new PlanFilter { Year = 2033 }));
    }

    [Fact]
    public async Task Unknown_OPDs_are_listed_and_nothing_is_written_unless_creating_them_is_asked()
    {
        var batch = new[] { Draft(2034, 1, "Aksi", "DKIS", "Dinas Pariwisata"), Draft(2034, 2, "Aksi", "Dinas Pariwisata", "Kecamatan Kota") };

        var refused = await Store.UpsertAsync(batch, Tester);
        Assert.Equal(["Dinas Pariwisata", "Kecamatan Kota"], refused.UnknownOpds);
        Assert.Empty(await Store.ListAsync(new PlanFilter { Year = 2034 }));
        Assert.Null(await new OpdStore(db.Connections).FindAsync("Dinas Pariwisata"));

        var created = await Store.UpsertAsync(batch, Tester, new PlanUpsertOptions { CreateMissingOpds = true });
        Assert.Equal(2, created.Created);
        Assert.NotNull(await new OpdStore(db.Connections).FindAsync("dinas pariwisata"));
    }

    [Fact]
    public async Task Duplicate_rows_in_one_batch_are_reported()
    {
        var result = await Store.UpsertAsync([Draft(2035, 1, "Sama", "DKIS"), Draft(2035, 1, "SAMA!", "DKIS") with { Row = 9 }], Tester);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((9, PlanRowProblemKind.Duplicate, 1), (problem.Row, problem.Kind, problem.FirstRow));
    }

    [Fact]
    public async Task Overdue_means_open_or_in_progress_with_a_deadline_before_the_date()
    {
        await Store.UpsertAsync(
        [
            Draft(2036, 1, "Lewat", "DKIS") with { Deadline = new DateOnly(2036, 3, 1) },
            Draft(2036, 2, "Lewat tapi selesai", "DKIS") with { Deadline = new DateOnly(2036, 3, 1), Status = PlanStatus.Done },
            Draft(2036, 3, "Lewat sedang jalan", "Bappeda") with { Deadline = new DateOnly(2036, 3, 31), Status = PlanStatus.InProgress },
            Draft(2036, 4, "Tepat hari ini", "DKIS") with { Deadline = new DateOnly(2036, 4, 1) },
            Draft(2036, 5, "Belum", "DKIS") with { Deadline = new DateOnly(2036, 12, 1) },
            Draft(2036, 6, "Tanpa tenggat", "DKIS") with { Deadline = null },
        ], Tester);

        var overdue = await Store.ListAsync(new PlanFilter { Year = 2036, OverdueAsOf = new DateOnly(2036, 4, 1) });
        Assert.Equal([1, 3], overdue.Select(i => i.Indicator));
        var bappedaOverdue = await Store.ListAsync(new PlanFilter { Year = 2036, OverdueAsOf = new DateOnly(2036, 4, 1), Opd = "badan perencanaan pembangunan daerah" });
        Assert.Equal([3], bappedaOverdue.Select(i => i.Indicator));
        var done = await Store.ListAsync(new PlanFilter { Year = 2036, Status = PlanStatus.Done });
        Assert.Equal([2], done.Select(i => i.Indicator));
    }

    [Fact]
    public async Task Progress_updates_change_status_log_the_note_and_write_audit_rows()
    {
        await Store.UpsertAsync([Draft(2037, 8, "Menyusun kebijakan keamanan", "DKIS")], Tester);
        var item = Assert.Single(await Store.ListAsync(new PlanFilter { Year = 2037 }));
        var person = await new PersonStore(db.Connections).AddAsync(new PersonDraft { Name = "Rina", Role = PersonRole.Coordinator }, Tester);
        var rina = new Actor("Rina", person.Id);

        var updated = await Store.UpdateProgressAsync(item.Id, PlanStatus.InProgress, "Draf sudah disusun", rina);
        Assert.Equal(PlanStatus.InProgress, updated!.Status);
        await Store.UpdateProgressAsync(item.Id, null, "Menunggu tanda tangan", rina);

        var log = await Store.ListProgressAsync(item.Id);
        Assert.Equal(2, log.Count);
        Assert.Equal((PlanStatus.Open, PlanStatus.InProgress, person.Id), (log[0].OldStatus, log[0].NewStatus, log[0].PersonId));
        Assert.Equal((PlanStatus.InProgress, PlanStatus.InProgress, "Menunggu tanda tangan"), (log[1].OldStatus, log[1].NewStatus, log[1].Note));
        var audit = await new AuditLog(db.Connections).ListAsync("plan_item", item.Id.ToString());
        Assert.Equal(2, audit.Count(a => a.Action == "progress" && a.PersonId == person.Id));
        Assert.Null(await Store.UpdateProgressAsync(-1, PlanStatus.Done, null, rina));
    }

    [Fact]
    public async Task Reimport_keeps_the_status_tracked_in_the_bot_unless_asked()
    {
        await Store.UpsertAsync([Draft(2038, 9, "Audit TIK")], Tester);
        var item = Assert.Single(await Store.ListAsync(new PlanFilter { Year = 2038 }));
        await Store.UpdateProgressAsync(item.Id, PlanStatus.Done, null, Tester);

        var reimport = await Store.UpsertAsync([Draft(2038, 9, "Audit TIK")], Tester);
        Assert.Equal(1, reimport.Unchanged);
        Assert.Equal(PlanStatus.Done, (await Store.GetAsync(item.Id))!.Status);

        var applied = await Store.UpsertAsync([Draft(2038, 9, "Audit TIK")], Tester, new PlanUpsertOptions { ApplyStatus = true });
        Assert.Equal(1, applied.Updated);
        Assert.Equal(PlanStatus.Open, (await Store.GetAsync(item.Id))!.Status);
    }

    [Fact]
    public async Task The_schema_refuses_levels_outside_1_to_5()
    {
        await using var connection = await db.Connections.OpenAsync();
        await using var insert = new NpgsqlCommand("insert into plan_item (framework, year, indicator, target_level) values ('spbe-2024', 2039, 1, 6)", connection);
        var error = await Assert.ThrowsAsync<PostgresException>(() => insert.ExecuteNonQueryAsync());
        Assert.Equal(PostgresErrorCodes.CheckViolation, error.SqlState);
    }
}
