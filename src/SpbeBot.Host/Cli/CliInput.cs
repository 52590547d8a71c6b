using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using SpbeBot.Dialogs.Cli;

namespace SpbeBot.Host.Cli;

/// <summary>
/// Whatever is typed on the command line, read in one place for every command before it runs: a value that is not of its
/// option's or argument's kind (a number, a date, one of an enum's names, a file or folder name), an unknown command or
/// option, a required one left out — each refused in the machine's language (<see cref="CommandLineTexts"/>) instead of
/// System.CommandLine's English. A date is read in the ISO form only: the library would read "07-12-2026" month first.
/// </summary>
static class CliInput
{
    /// <summary>What to tell the user instead of running the command; empty when everything typed can be read.</summary>
    public static IReadOnlyList<string> Refusals(ParseResult parse, CommandLineTexts t)
    {
        // `--help` and `--version` answer whatever else is typed (the library clears its own errors for them too).
        if (parse.Action is { ClearsParseErrors: true }) return [];
        var refusals = new List<string>();
        var command = parse.CommandResult;
        var path = CommandPath(command);
        if (parse.UnmatchedTokens.Count > 0)
            refusals.Add(Unknown(parse.UnmatchedTokens[0], command.Command, path, t));
        foreach (var result in Results(parse.RootCommandResult))
        {
            var (type, symbol) = result switch
            {
                OptionResult o => (o.Option.ValueType, o.Option.Name),
                ArgumentResult a => (a.Argument.ValueType, $"<{a.Argument.Name}>"),
                _ => (typeof(string), ""),
            };
            foreach (var token in result.Tokens)
                if (Refusal(Nullable.GetUnderlyingType(type) ?? type, token.Value, symbol, t) is { } refusal)
                    refusals.Add(refusal);
        }
        foreach (var option in command.Command.Options.Where(o => o.Required && parse.GetResult(o) is not OptionResult { Implicit: false }))
            refusals.Add(t.Missing(option.Name, path));
        foreach (var argument in command.Command.Arguments.Where(a => a.Arity.MinimumNumberOfValues > 0 && (parse.GetResult(a)?.Tokens.Count ?? 0) == 0))
            refusals.Add(t.Missing($"<{argument.Name}>", path));
        // What is left is the commands' own checks (a value outside an option's list), already in the machine's language.
        return refusals.Count > 0 ? refusals : [.. parse.Errors.Select(e => e.Message).Distinct()];
    }

    /// <summary>Why <paramref name="value"/> is not a <paramref name="type"/>; null when it is (or the type is read as typed).</summary>
    static string? Refusal(Type type, string value, string symbol, CommandLineTexts t)
    {
        if (type == typeof(int) || type == typeof(long))
            return long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && (type == typeof(long) || n is >= int.MinValue and <= int.MaxValue)
                ? null : t.NotANumber(value, symbol);
        if (type == typeof(DateOnly))
            return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? null : t.NotADate(value, symbol);
        // By name only: Enum.TryParse would take "7" as a value no name has.
        if (type.IsEnum)
            return Enum.GetNames(type).Contains(value, StringComparer.OrdinalIgnoreCase)
                ? null : t.NotAChoice(t.Value, value, symbol, Enum.GetNames(type).Select(n => n.ToLowerInvariant()));
        if (type == typeof(FileInfo) || type == typeof(DirectoryInfo))
            return string.IsNullOrWhiteSpace(value) || value.IndexOfAny(Path.GetInvalidPathChars()) >= 0 ? t.NotAPath(value, symbol) : null;
        return null;
    }

    static string Unknown(string word, Command command, string path, CommandLineTexts t) =>
        command.Subcommands.Count > 0
            ? t.UnknownCommand(word, path, command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name))
            : t.UnknownOption(word, path, command.Options.Where(o => !o.Hidden).Select(o => o.Name));

    /// <summary>"./spbebot evidence check": how the user calls the command (the root's name is the executable's).</summary>
    static string CommandPath(CommandResult command)
    {
        var names = new List<string>();
        for (SymbolResult? at = command; at is CommandResult { Parent: not null } c; at = c.Parent) names.Insert(0, c.Command.Name);
        return string.Join(' ', ["./spbebot", .. names]);
    }

    /// <summary>Every option and argument result under <paramref name="command"/>, its commands' included.</summary>
    static IEnumerable<SymbolResult> Results(CommandResult command)
    {
        foreach (var child in command.Children)
        {
            if (child is CommandResult sub)
                foreach (var inner in Results(sub)) yield return inner;
            else yield return child;
        }
    }
}
