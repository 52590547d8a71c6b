using Microsoft.Extensions.Configuration;
using SpbeBot.Core.Evidence.Checking;
using SpbeBot.Host.Hosting;

namespace SpbeBot.Tests.Evidence;

/// <summary>The pre-check's chat time limit is a setting (a separately started spbebot has no other way to get it).</summary>
public class PrecheckSettingsTests
{
    static PrecheckOptions From(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.ToDictionary(v => v.Key, v => (string?)v.Value)).Build()
            .GetSection(EvidenceSettings.Section).Get<EvidenceSettings>()?.ToPrecheckOptions()
        ?? new EvidenceSettings().ToPrecheckOptions();

    [Fact]
    public void The_chat_time_limit_is_five_seconds_unless_configured() =>
        Assert.Equal(TimeSpan.FromSeconds(5), From().ChatTimeout);

    [Fact]
    public void The_configured_chat_time_limit_is_used_and_the_rest_stays_the_default()
    {
        var options = From(("Spbebot:Evidence:PrecheckChatSeconds", "3600"));
        Assert.Equal(TimeSpan.FromHours(1), options.ChatTimeout);
        Assert.Equal(PrecheckOptions.Default with { ChatTimeout = TimeSpan.FromHours(1) }, options);
    }

    [Fact]
    public void A_nonsense_value_is_kept_within_one_second_and_a_day() =>
        Assert.Equal(TimeSpan.FromSeconds(1), From(("Spbebot:Evidence:PrecheckChatSeconds", "-3")).ChatTimeout);
}
