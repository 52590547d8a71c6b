using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using SpbeBot.Host.Channels.Teams;
using SpbeBot.Host.Channels.Telegram;
using SpbeBot.Host.Database;
using SpbeBot.Host.Hosting;
using SpbeBot.Host.Jobs;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Deploy;

/// <summary>deploy/CONFIGURATION.md and appsettings.example.json name every setting the code binds, with the code's defaults.</summary>
public class ConfigurationReferenceTests
{
    static readonly (Type Type, string Section)[] Sections =
    [
        (typeof(DatabaseSettings), "Database"), (typeof(TelegramOptions), "Telegram"), (typeof(TeamsOptions), "Teams"),
        (typeof(EvidenceSettings), "Evidence"), (typeof(JobSettings), "Jobs"), (typeof(RetentionSettings), "Retention"),
    ];

    static string Deploy(string name) => RepoFiles.Find(Path.Combine("deploy", name));

    static IEnumerable<PropertyInfo> Settings(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.SetMethod!.IsPublic);

    [Fact]
    public void Every_bound_setting_is_documented_with_its_environment_variable()
    {
        var reference = File.ReadAllText(Deploy("CONFIGURATION.md"));
        var missing = Sections.SelectMany(s => Settings(s.Type).Select(p => $"SPBEBOT__{s.Section.ToUpperInvariant()}__{p.Name.ToUpperInvariant()}"))
            .Where(variable => !reference.Contains("`" + variable + "`") && !reference.Contains("`" + variable + "__0`"))
            .ToList();
        Assert.True(missing.Count == 0, "not in deploy/CONFIGURATION.md: " + string.Join(", ", missing));
    }

    [Fact]
    public void The_example_appsettings_has_every_setting_with_the_code_default()
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(Deploy("appsettings.example.json")).Build();
        foreach (var (type, section) in Sections)
        {
            var defaults = Activator.CreateInstance(type)!;
            foreach (var property in Settings(type))
            {
                var key = $"Spbebot:{section}:{property.Name}";
                var value = property.GetValue(defaults);
                if (value is string[] list)
                {
                    Assert.Equal(list, configuration.GetSection(key).Get<string[]>());
                    continue;
                }
                Assert.True(configuration.GetSection(key).Exists(), $"{key} missing from deploy/appsettings.example.json");
                var example = configuration[key];
                Assert.True(Equals(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "", example ?? "")
                            || (value is bool b && string.Equals(b.ToString(), example, StringComparison.OrdinalIgnoreCase)),
                    $"{key}: the code's default is \"{value}\", the example says \"{example}\"");
            }
        }
    }
}
