using Dapper;
using SpbeBot.Core.Messaging;
using SpbeBot.Core.People;
using SpbeBot.Core.Storage;

namespace SpbeBot.Core.Reminders;

/// <summary>One item in a person's reminder.</summary>
/// <param name="Snoozed">Reminded again because the person pressed "tunda sehari" yesterday.</param>
public sealed record ReminderLine(long PlanItemId, int Indicator, string? Action, DateOnly Deadline, Milestone Milestone, bool Snoozed);

/// <summary>Everything one person is reminded of on one day: one message, not one per item.</summary>
/// <param name="Escalation">For coordinators: items more than a week overdue, across OPDs.</param>
public sealed record ReminderDigest(long PersonId, string Language, DateOnly Today, IReadOnlyList<ReminderLine> Items, bool Escalation);

/// <summary>Words the reminders are written in; implemented by the dialogs, where every user-facing text lives.</summary>
public interface IReminderWriter
{
    (string Text, IReadOnlyList<OutboxButton> Buttons) Write(ReminderDigest digest);
}

public sealed record ReminderScanResult(int ItemsDue, int NewReminders, int Messages, int Escalations);

/// <summary>
/// The daily reminder scan. For every open item of the instansi's plan it finds the latest milestone reached
/// (<see cref="ReminderPolicy"/>), records (item, milestone) — the record's primary key makes a second run, a retry
/// or a second server queue nothing — and in the same transaction queues one outbox message per person: operators
/// for their OPD's items, coordinators for items more than a week overdue. Muted people get nothing; quiet hours
/// delay delivery until they end.
/// </summary>
public sealed class ReminderScan(ConnectionFactory db, InstansiStore instansiStore, IReminderWriter writer)
{
    public async Task<ReminderScanResult> RunAsync(DateTimeOffset now, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        var instansi = await instansiStore.GetAsync(ct);
        if (instansi is null) return new ReminderScanResult(0, 0, 0, 0);
        var local = TimeZones.ToLocal(now, instansi.TimeZone);
        var today = DateOnly.FromDateTime(local.DateTime);

        var items = (await connection.QueryAsync<ItemRow>(new CommandDefinition(
            """
            select p.id, p.indicator, p.action, p.deadline, array_agg(po.opd_id order by po.position) as OpdIds
            from plan_item p join plan_item_opd po on po.plan_item_id = p.id
            where p.status in ('open', 'in-progress') and p.deadline is not null and p.deadline <= @horizon
              and p.framework = @Framework and p.year = @EvaluationYear
            group by p.id
            """, new { horizon = today.AddDays(ReminderPolicy.DaysBefore[0]).ToDateTime(TimeOnly.MinValue), instansi.Framework, instansi.EvaluationYear }, cancellationToken: ct))).ToList();
        var due = items.Select(i => (Item: i, Milestone: ReminderPolicy.Current(DateOnly.FromDateTime(i.Deadline), today)))
            .Where(x => x.Milestone is not null).ToList();

        await using var tx = await connection.BeginTransactionAsync(ct);
        var fresh = (await connection.QueryAsync<(long Id, string Milestone)>(new CommandDefinition(
            """
            insert into reminder_sent (plan_item_id, milestone, scan_date)
            select * from unnest(@ids, @keys, @dates)
            on conflict do nothing
            returning plan_item_id, milestone
            """, new
            {
                ids = due.Select(d => d.Item.Id).ToArray(), keys = due.Select(d => d.Milestone!.Key).ToArray(),
                dates = due.Select(_ => today.ToDateTime(TimeOnly.MinValue)).ToArray(),
            }, tx, cancellationToken: ct))).Select(r => r.Id).ToHashSet();
        var snoozed = (await connection.QueryAsync<(long ItemId, long PersonId)>(new CommandDefinition(
            "delete from reminder_snooze where remind_on <= @today returning plan_item_id, person_id",
            new { today = today.ToDateTime(TimeOnly.MinValue) }, tx, cancellationToken: ct))).ToList();

        var byId = items.ToDictionary(i => i.Id);
        var lines = due.Where(d => fresh.Contains(d.Item.Id)).ToDictionary(d => d.Item.Id, d => new ReminderLine(
            d.Item.Id, d.Item.Indicator, d.Item.Action, DateOnly.FromDateTime(d.Item.Deadline), d.Milestone!, false));
        var people = (await connection.QueryAsync<PersonRow>(new CommandDefinition(
            "select id, role, opd_id as OpdId, language, muted, quiet_start as QuietStart, quiet_end as QuietEnd from person order by id", transaction: tx, cancellationToken: ct))).ToList();

        var perPerson = new Dictionary<long, List<ReminderLine>>();
        foreach (var line in lines.Values)
            foreach (var person in people.Where(p => p.Role == "operator" && p.OpdId is { } opd && byId[line.PlanItemId].OpdIds.Contains(opd)))
                Add(perPerson, person.Id, line);
        foreach (var (itemId, personId) in snoozed)
            if (byId.TryGetValue(itemId, out var item) && ReminderPolicy.Current(DateOnly.FromDateTime(item.Deadline), today) is { } m)
                Add(perPerson, personId, new ReminderLine(itemId, item.Indicator, item.Action, DateOnly.FromDateTime(item.Deadline), m, true));
        var escalated = lines.Values.Where(l => l.Milestone.WeeksLateDays > ReminderPolicy.EscalateAfterDaysLate).ToList();

        var messages = 0;
        foreach (var person in people.Where(p => !p.Muted))
        {
            var digests = new List<ReminderDigest>();
            if (perPerson.TryGetValue(person.Id, out var mine)) digests.Add(new ReminderDigest(person.Id, person.Language, today, Order(mine), false));
            if (person.Role == "coordinator" && escalated.Count > 0) digests.Add(new ReminderDigest(person.Id, person.Language, today, Order(escalated), true));
            foreach (var digest in digests)
            {
                var (text, buttons) = writer.Write(digest);
                await Outbox.EnqueueAsync(connection, tx, person.Id, digest.Escalation ? "reminder-escalation" : "reminder", text, buttons,
                    QuietUntil(person, local, instansi.TimeZone), ct: ct);
                messages++;
            }
        }
        await tx.CommitAsync(ct);
        return new ReminderScanResult(due.Count, fresh.Count, messages, escalated.Count);
    }

    /// <summary>"Tunda sehari": remind this person of the item again tomorrow.</summary>
    public async Task SnoozeAsync(long planItemId, long personId, DateOnly until, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            insert into reminder_snooze (plan_item_id, person_id, remind_on) values (@planItemId, @personId, @until)
            on conflict (plan_item_id, person_id) do update set remind_on = excluded.remind_on
            """, new { planItemId, personId, until = until.ToDateTime(TimeOnly.MinValue) }, cancellationToken: ct));
    }

    static void Add(Dictionary<long, List<ReminderLine>> map, long personId, ReminderLine line)
    {
        if (!map.TryGetValue(personId, out var list)) map[personId] = list = [];
        if (list.All(l => l.PlanItemId != line.PlanItemId)) list.Add(line);
    }

    /// <summary>Overdue first (longest late first), then the nearest deadline.</summary>
    static IReadOnlyList<ReminderLine> Order(IEnumerable<ReminderLine> lines) => lines.OrderBy(l => l.Deadline).ThenBy(l => l.Indicator).ToList();

    /// <summary>When the scan runs inside the person's quiet hours, delivery waits until they end (in the instansi's zone).</summary>
    static DateTimeOffset? QuietUntil(PersonRow person, DateTimeOffset local, string zone)
    {
        if (person.QuietStart is not { } startSpan || person.QuietEnd is not { } endSpan) return null;
        var (start, end, time) = (TimeOnly.FromTimeSpan(startSpan), TimeOnly.FromTimeSpan(endSpan), TimeOnly.FromDateTime(local.DateTime));
        var quiet = start <= end ? time >= start && time < end : time >= start || time < end;
        if (!quiet) return null;
        var endDay = DateOnly.FromDateTime(local.DateTime);
        if (start > end && time >= start) endDay = endDay.AddDays(1);   // overnight: ends tomorrow morning
        var endLocal = new DateTimeOffset(endDay.ToDateTime(end), local.Offset);
        return endLocal.ToUniversalTime();
    }

    sealed class ItemRow
    {
        public long Id { get; set; }
        public int Indicator { get; set; }
        public string? Action { get; set; }
        public DateTime Deadline { get; set; }
        public long[] OpdIds { get; set; } = [];
    }

    sealed class PersonRow
    {
        public long Id { get; set; }
        public string Role { get; set; } = "";
        public long? OpdId { get; set; }
        public string Language { get; set; } = "id";
        public bool Muted { get; set; }
        public TimeSpan? QuietStart { get; set; }
        public TimeSpan? QuietEnd { get; set; }
    }
}
