using Dapper;
using SpbeBot.Core.Audit;
using SpbeBot.Core.Messaging;
using SpbeBot.Core.People;
using SpbeBot.Core.Plans;
using SpbeBot.Core.Reminders;
using SpbeBot.Dialogs.Reminders;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Reminders;

/// <summary>The daily scan against a real database, with the clock walked day by day.</summary>
[Trait("Kind", "Slow")]
public class ReminderScanTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    static readonly DateOnly Deadline = new(2026, 12, 31);
    static readonly Actor Test = new("test");

    /// <summary>08:00 WIB on the given day.</summary>
    static DateTimeOffset At(DateOnly day, int hour = 8) => new(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.FromHours(7));

    async Task<(ReminderScan Scan, Person Operator, Person Coordinator, long ItemId)> ArrangeAsync()
    {
        await db.ResetAsync();
        await new InstansiStore(db.Connections).SaveAsync(new Instansi { Name = "Kabupaten Uji", Kind = InstansiKind.Kabupaten, EvaluationYear = 2026 }, Test);
        var opds = new OpdStore(db.Connections);
        var bappeda = await opds.AddAsync("Badan Perencanaan Pembangunan Daerah", "Bappeda", [], Test);
        await opds.AddAsync("Dinas Komunikasi dan Informatika", "Diskominfo", [], Test);
        var people = new PersonStore(db.Connections);
        var op = await people.AddAsync(new PersonDraft { Name = "Budi", Role = PersonRole.Operator, OpdId = bappeda.Id }, Test);
        var co = await people.AddAsync(new PersonDraft { Name = "Rina", Role = PersonRole.Coordinator }, Test);
        await people.AddAsync(new PersonDraft { Name = "Operator lain", Role = PersonRole.Operator, OpdId = (await opds.FindAsync("Diskominfo"))!.Id }, Test);
        await new PlanStore(db.Connections).UpsertAsync(
        [
            new PlanItemDraft { Framework = "spbe-2024", Year = 2026, Indicator = 32, Action = "Integrasi SIPD", Deadline = Deadline, Opds = ["Bappeda"] },
            new PlanItemDraft { Framework = "spbe-2024", Year = 2026, Indicator = 33, Action = "Sudah selesai", Deadline = Deadline, Opds = ["Bappeda"], Status = PlanStatus.Done },
        ], Test);
        var id = (await new PlanStore(db.Connections).ListAsync(new PlanFilter { Indicator = 32 }))[0].Id;
        return (new ReminderScan(db.Connections, new InstansiStore(db.Connections), new ReminderWriter()), op, co, id);
    }

    async Task<IReadOnlyList<OutboxMessage>> InboxAsync(long personId) =>
        (await new Outbox(db.Connections).ListForAsync(personId)).Select(m => m.Message).Reverse().ToList();

    [Fact]
    public void The_policy_names_the_latest_milestone_reached()
    {
        Assert.Null(ReminderPolicy.Current(Deadline, Deadline.AddDays(-31)));
        Assert.Equal("h-30", ReminderPolicy.Current(Deadline, Deadline.AddDays(-30))!.Key);
        Assert.Equal("h-30", ReminderPolicy.Current(Deadline, Deadline.AddDays(-15))!.Key);
        Assert.Equal("h-7", ReminderPolicy.Current(Deadline, Deadline.AddDays(-5))!.Key);   // H-7 missed over a weekend: still H-7, not sent late
        Assert.Equal("h0", ReminderPolicy.Current(Deadline, Deadline)!.Key);
        Assert.Equal("h0", ReminderPolicy.Current(Deadline, Deadline.AddDays(6))!.Key);
        Assert.Equal("late-7", ReminderPolicy.Current(Deadline, Deadline.AddDays(7))!.Key);
        Assert.Equal("late-14", ReminderPolicy.Current(Deadline, Deadline.AddDays(20))!.Key);
    }

    [Fact]
    public async Task Walking_an_item_through_every_day_reminds_once_per_milestone_and_escalates_after_a_week_late()
    {
        var (scan, op, co, _) = await ArrangeAsync();
        var reminded = new List<int>();
        for (var day = Deadline.AddDays(-40); day <= Deadline.AddDays(22); day = day.AddDays(1))
        {
            var result = await scan.RunAsync(At(day));
            if (result.NewReminders > 0) reminded.Add(day.DayNumber - Deadline.DayNumber);
            // Hangfire may run a job twice: the second run queues nothing.
            Assert.Equal(0, (await scan.RunAsync(At(day))).Messages);
        }
        Assert.Equal([-30, -14, -7, -3, -1, 0, 7, 14, 21], reminded);
        var inbox = await InboxAsync(op.Id);
        Assert.Equal(9, inbox.Count);
        Assert.All(inbox, m => Assert.Contains("Ind. 32 · Integrasi SIPD", m.Text));
        Assert.DoesNotContain(inbox, m => m.Text.Contains("Sudah selesai"));
        Assert.Contains("(30 hari lagi)", inbox[0].Text);
        Assert.Contains("(hari ini)", inbox[5].Text);
        Assert.Contains("(lewat 14 hari)", inbox[7].Text);
        Assert.Equal(["/item", "/perbarui", "/tunda"], inbox[0].Buttons.Select(b => b.Payload.Split(' ')[0]));
        // Coordinators hear only of items more than a week late: at 14 and 21 days.
        var escalations = await InboxAsync(co.Id);
        Assert.Equal(2, escalations.Count);
        Assert.All(escalations, m => Assert.StartsWith("⚠️ Eskalasi", m.Text));
        // The other OPD's operator is not bothered.
        var other = (await new PersonStore(db.Connections).ListAsync()).Single(p => p.Name == "Operator lain");
        Assert.Empty(await InboxAsync(other.Id));
    }

    [Fact]
    public async Task Muted_people_get_nothing_quiet_hours_delay_delivery_and_a_snooze_reminds_again_tomorrow()
    {
        var (scan, op, _, itemId) = await ArrangeAsync();
        var people = new PersonStore(db.Connections);
        await people.UpdateSettingsAsync(op.Id, "id", new TimeOnly(6, 0), new TimeOnly(9, 30), muted: false, Test);
        await scan.RunAsync(At(Deadline.AddDays(-7)));
        await using (var connection = await db.Connections.OpenAsync())
        {
            var notBefore = await connection.QuerySingleAsync<DateTime>("select not_before from outbox_message where person_id = @Id", new { op.Id });
            Assert.Equal(At(Deadline.AddDays(-7), 9).AddMinutes(30).UtcDateTime, DateTime.SpecifyKind(notBefore, DateTimeKind.Utc));
        }

        await scan.SnoozeAsync(itemId, op.Id, Deadline.AddDays(-6));
        await scan.RunAsync(At(Deadline.AddDays(-6)));
        var inbox = await InboxAsync(op.Id);
        Assert.Equal(2, inbox.Count);
        Assert.Contains("ditunda kemarin", inbox[1].Text);

        await people.UpdateSettingsAsync(op.Id, "id", null, null, muted: true, Test);
        await scan.RunAsync(At(Deadline.AddDays(-3)));
        Assert.Equal(2, (await InboxAsync(op.Id)).Count);
    }
}
