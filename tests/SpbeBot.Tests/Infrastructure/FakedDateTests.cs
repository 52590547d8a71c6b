namespace SpbeBot.Tests.Infrastructure;

/// <summary>
/// `scripts/test-dates` runs the suite with the test host's clock moved by libfaketime and names the date it asked for
/// in SPBEBOT_TEST_DATE: this proves the clock really moved (a run on the real date would prove nothing about the
/// date). On an ordinary run the variable is absent and there is nothing to check.
/// </summary>
public class FakedDateTests
{
    public const string EnvironmentVariable = "SPBEBOT_TEST_DATE";

    [Fact]
    public void The_clock_stands_at_the_date_scripts_test_dates_asked_for()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is not { Length: > 0 } asked) return;
        var expected = DateTimeOffset.Parse(asked + " +00:00", System.Globalization.CultureInfo.InvariantCulture);
        var now = TimeProvider.System.GetUtcNow();
        // The run has gone on for some minutes since the date was set; a clock left on the real date is years away.
        Assert.InRange(now, expected.AddMinutes(-5), expected.AddHours(2));
    }
}
