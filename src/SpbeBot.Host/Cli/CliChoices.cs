using System.CommandLine;
using System.CommandLine.Parsing;
using SpbeBot.Dialogs.Cli;

namespace SpbeBot.Host.Cli;

/// <summary>
/// A closed list of values for an option, refused in the machine's language (<see cref="CommandLineTexts"/>) instead of
/// System.CommandLine's own "Argument 'x' not recognized. Must be one of …".
/// </summary>
static class CliChoices
{
    /// <param name="what">What the value is, for the message, in the machine's language: "Peran", "Status".</param>
    public static void AcceptOnly(Option option, IReadOnlyCollection<string> values, string what)
    {
        option.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
                if (!values.Contains(token.Value, StringComparer.Ordinal))
                    CliInput.Refuse(result, CommandLineTexts.Machine.NotAChoice(what, token.Value, option.Name, values));
        });
    }
}
