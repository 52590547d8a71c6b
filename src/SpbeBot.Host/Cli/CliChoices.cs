using System.CommandLine;
using System.CommandLine.Parsing;

namespace SpbeBot.Host.Cli;

/// <summary>
/// A closed list of values for an option, refused in Indonesian (the CLI's one language) instead of System.CommandLine's
/// English "Argument 'x' not recognized. Must be one of …".
/// </summary>
static class CliChoices
{
    /// <param name="what">What the value is, for the message: "Peran", "Status".</param>
    public static void AcceptOnly(Option option, IReadOnlyCollection<string> values, string what)
    {
        option.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
                if (!values.Contains(token.Value, StringComparer.Ordinal))
                    result.AddError($"{what} \"{token.Value}\" tidak dikenal untuk {option.Name}. Pilihan: {string.Join(", ", values)}.");
        });
    }
}
