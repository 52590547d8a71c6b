using SpbeBot.Host.Jobs;

namespace SpbeBot.Tests.Security;

/// <summary>The Hangfire dashboard's HTTP Basic check (docs/security.md, F10).</summary>
public class DashboardAuthTests
{
    [Fact]
    public void Dashboard_basic_auth_accepts_only_admin_with_the_password()
    {
        static string Basic(string text) => "Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(text));
        Assert.True(JobsRegistration.IsAdmin(Basic("admin:rahasia-panjang"), "rahasia-panjang"));
        Assert.True(JobsRegistration.IsAdmin("basic " + Convert.ToBase64String("admin:rahasia-panjang"u8.ToArray()), "rahasia-panjang"));
        foreach (var header in new[] { Basic("admin:rahasia"), Basic("admin:rahasia-panjang-sekali"), Basic("root:rahasia-panjang"), Basic("admin:"),
                     "Bearer abc", "Basic !!!not-base64!!!", "", null })
            Assert.False(JobsRegistration.IsAdmin(header, "rahasia-panjang"), header);
        // Without a configured password nobody gets in, not even with an empty one.
        Assert.False(JobsRegistration.IsAdmin(Basic("admin:"), ""));
        Assert.False(JobsRegistration.IsAdmin(Basic("admin:"), null));
    }
}
