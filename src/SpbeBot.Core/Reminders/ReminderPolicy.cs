namespace SpbeBot.Core.Reminders;

/// <summary>
/// When a plan item is reminded: 30, 14, 7, 3 and 1 days before its deadline, on the day, then every 7 days while it
/// is overdue; more than 7 days overdue also goes to the coordinators. Pure; the scan decides what was already sent.
/// </summary>
public static class ReminderPolicy
{
    public static readonly int[] DaysBefore = [30, 14, 7, 3, 1];
    public const int EscalateAfterDaysLate = 7;

    /// <summary>
    /// The latest milestone the item has reached by <paramref name="today"/>, or null before H-30. A milestone missed
    /// (a weekend, the server down) is not sent late once a newer one is due: only the latest one counts.
    /// </summary>
    public static Milestone? Current(DateOnly deadline, DateOnly today)
    {
        var daysLeft = deadline.DayNumber - today.DayNumber;
        if (daysLeft > DaysBefore[0]) return null;
        if (daysLeft > 0)
        {
            var reached = DaysBefore.Where(d => d >= daysLeft).Min();
            return new Milestone($"h-{reached}", reached, 0);
        }
        var late = -daysLeft;
        if (late < 7) return new Milestone("h0", 0, 0);
        var week = late / 7 * 7;
        return new Milestone($"late-{week}", 0, week);
    }
}

/// <param name="Key">Stored with the item so it is sent once: "h-7", "h0", "late-14".</param>
/// <param name="DaysBefore">For H-n milestones, n.</param>
/// <param name="WeeksLateDays">For overdue milestones, the days late the milestone stands for (7, 14, ...).</param>
public sealed record Milestone(string Key, int DaysBefore, int WeeksLateDays)
{
    public bool Overdue => WeeksLateDays > 0;
}
