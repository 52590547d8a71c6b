using SpbeBot.Core.Demo;
using SpbeBot.Core.Messaging;
using SpbeBot.Core.People;
using SpbeBot.Core.Reminders;
using SpbeBot.Dialogs.Reminders;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Reminders;

/// <summary>The first reminder scan after the demo is loaded, on the dates where calendars bite.</summary>
[Trait("Kind", "Slow")]
public class DemoReminderTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    [Theory]
    [MemberData(nameof(TestClock.HardDates), MemberType = typeof(TestClock))]
    public async Task Both_demo_operators_are_reminded_and_the_coordinator_hears_of_items_a_week_late(DateOnly day)
    {
        await db.ResetAsync();
        var clock = TestClock.At(day);
        await DemoData.EnsureAsync(db.Connections, TimeZones.Today(TimeZones.Wib, clock));

        var result = await new ReminderScan(db.Connections, new InstansiStore(db.Connections), new ReminderWriter()).RunAsync(clock.GetUtcNow());

        var people = await new PersonStore(db.Connections).ListAsync();
        var outbox = new Outbox(db.Connections);
        async Task<IReadOnlyList<string>> KindsFor(string name) =>
            (await outbox.ListForAsync(people.Single(p => p.Name == name).Id)).Select(m => m.Message.Kind).ToList();
        Assert.Equal(["reminder"], await KindsFor("Budi Santoso"));
        Assert.Equal(["reminder"], await KindsFor("Siti Nurhaliza"));
        Assert.Contains("reminder-escalation", await KindsFor("Rina Kartika"));
        Assert.True(result.Escalations > 0);
        // Bappeda's reminder lists one item per milestone, from 30 days ahead to two weeks late.
        var budi = (await outbox.ListForAsync(people.Single(p => p.Name == "Budi Santoso").Id)).Single().Message.Text;
        foreach (var words in new[] { "(30 hari lagi)", "(14 hari lagi)", "(7 hari lagi)", "(3 hari lagi)", "(1 hari lagi)", "(hari ini)", "(lewat 10 hari)", "(lewat 15 hari)" })
            Assert.Contains(words, budi);
    }
}
