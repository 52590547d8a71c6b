using System.CommandLine;
using SpbeBot.Core.Criteria;
using SpbeBot.Dialogs.Cli;

namespace SpbeBot.Host.Cli;

/// <summary>The shared <c>--framework spbe-2018|spbe-2024</c> option (default spbe-2024).</summary>
static class FrameworkOption
{
    public static Option<string> Create() => new("--framework", "-f")
    {
        Description = CommandLineTexts.Machine.Framework(CatalogStore.Available),
        DefaultValueFactory = _ => CatalogStore.DefaultFramework,
        Validators =
        {
            result =>
            {
                var value = result.GetValueOrDefault<string>();
                if (value is not null && !CatalogStore.Exists(value))
                    CliInput.Refuse(result, CommandLineTexts.Machine.UnknownFramework(value, CatalogStore.Available));
            },
        },
    };
}
