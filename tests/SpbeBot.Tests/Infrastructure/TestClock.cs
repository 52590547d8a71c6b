using Microsoft.Extensions.Time.Testing;

namespace SpbeBot.Tests.Infrastructure;

/// <summary>
/// Time is an input: tests that depend on the date set it with a <see cref="FakeTimeProvider"/> instead of reading the
/// machine's clock, and run on the dates where calendars bite.
/// </summary>
public static class TestClock
{
    /// <summary>WIB, the demo Pemda's zone.</summary>
    static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    /// <summary>A clock standing at <paramref name="hour"/>:00 WIB on <paramref name="day"/> (08:00: when reminders run).</summary>
    public static FakeTimeProvider At(DateOnly day, int hour = 8) => new(new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, 0)), Wib));

    /// <summary>Ends of 31-day months, the turn of the year and a leap day: where month arithmetic used to break the demo.</summary>
    public static readonly TheoryData<DateOnly> HardDates = new(
        new DateOnly(2026, 1, 31), new DateOnly(2026, 8, 31), new DateOnly(2026, 12, 31), new DateOnly(2027, 1, 1), new DateOnly(2028, 2, 29));
}
