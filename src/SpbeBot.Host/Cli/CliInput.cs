using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Runtime.CompilerServices;
using SpbeBot.Dialogs.Cli;

namespace SpbeBot.Host.Cli;

/// <summary>
/// Whatever is typed on the command line, read in one place for every command before it runs: a value that is not of its
/// option's or argument's kind (a number, a date, one of an enum's names, a file or folder name), an unknown command or
/// option, an option without its value or given twice, a required one left out, a level outside 1–5, a year or a date
/// outside 2018–2100 — each refused in the machine's language (<see cref="CommandLineTexts"/>); System.CommandLine's
/// English never reaches the user. A date is read in the ISO form only: the library would read "07-12-2026" month first.
/// </summary>
static class CliInput
{
    /// <summary>The evaluation years a `--year` or a date may name: SPBE's first evaluation (PermenPANRB 5/2018) to 2100, as `instansi set` and `/kerangka` always took.</summary>
    public const int FirstYear = 2018, LastYear = 2100;

    /// <summary>The levels a `--level` may name, in every framework.</summary>
    const int FirstLevel = 1, LastLevel = 5;

    /// <summary>The messages spbebot's own validators (<see cref="Refuse"/>) gave, by the result they were given for.</summary>
    static readonly ConditionalWeakTable<SymbolResult, List<string>> Own = new();

    /// <summary>
    /// A validator's refusal in the machine's language (<see cref="CliChoices"/>, <see cref="FrameworkOption"/>):
    /// shown as it is, where every other error the library reports is replaced by a text of <see cref="CommandLineTexts"/>.
    /// </summary>
    public static void Refuse(SymbolResult result, string message)
    {
        var own = Own.GetOrCreateValue(result);
        lock (own) own.Add(message);
        result.AddError(message);
    }

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
        var results = Results(parse.RootCommandResult).ToList();
        var indicator = results.OfType<OptionResult>().FirstOrDefault(o => o.Option.Name == "--indicator") is { Tokens: [var only] }
            && int.TryParse(only.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : (int?)null;
        foreach (var result in results)
        {
            if (result is OptionResult { Implicit: false } given && given.Option.Arity.MinimumNumberOfValues > 0 && given.Tokens.Count == 0)
            {
                refusals.Add(t.NoValue(given.Option.Name, path));
                continue;
            }
            if (result is OptionResult many && many.Tokens.Count > many.Option.Arity.MaximumNumberOfValues)
            {
                refusals.Add(t.GivenTwice(many.Option.Name, many.Tokens.Select(v => v.Value), path));
                continue;
            }
            var (type, symbol) = result switch
            {
                OptionResult o => (o.Option.ValueType, o.Option.Name),
                ArgumentResult a => (a.Argument.ValueType, $"<{a.Argument.Name}>"),
                _ => (typeof(string), ""),
            };
            foreach (var token in result.Tokens)
                if (Refusal(Nullable.GetUnderlyingType(type) ?? type, token.Value, symbol, indicator, t) is { } refusal)
                    refusals.Add(refusal);
        }
        foreach (var option in command.Command.Options.Where(o => o.Required && parse.GetResult(o) is not OptionResult { Implicit: false }))
            refusals.Add(t.Missing(option.Name, path));
        foreach (var argument in command.Command.Arguments.Where(a => a.Arity.MinimumNumberOfValues > 0 && (parse.GetResult(a)?.Tokens.Count ?? 0) == 0))
            refusals.Add(t.Missing($"<{argument.Name}>", path));
        // The commands' own checks (a value outside an option's list) are already in the machine's language.
        foreach (var error in parse.Errors)
            if (IsOwn(error)) refusals.Add(error.Message);
        // Never the library's English: what it alone found gets one text naming the option (or argument, or command).
        if (refusals.Count == 0)
            foreach (var error in parse.Errors)
                refusals.Add(t.Unreadable(SymbolName(error.SymbolResult) ?? path, path));
        return [.. refusals.Distinct()];
    }

    static bool IsOwn(ParseError error)
    {
        if (error.SymbolResult is null || !Own.TryGetValue(error.SymbolResult, out var own)) return false;
        lock (own) return own.Contains(error.Message);
    }

    static string? SymbolName(SymbolResult? result) => result switch
    {
        OptionResult o => o.Option.Name,
        ArgumentResult { Parent: OptionResult o } => o.Option.Name,
        ArgumentResult a => $"<{a.Argument.Name}>",
        _ => null,
    };

    /// <summary>
    /// Why <paramref name="value"/> is not a <paramref name="type"/> or not one <paramref name="symbol"/> can mean (a level
    /// outside 1–5, an implausible year or date); null when it is (or the type is read as typed).
    /// </summary>
    static string? Refusal(Type type, string value, string symbol, int? indicator, CommandLineTexts t)
    {
        if (type == typeof(int) || type == typeof(long))
        {
            if (!long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) || type == typeof(int) && n is < int.MinValue or > int.MaxValue)
                return t.NotANumber(value, symbol);
            return symbol switch
            {
                "--level" when n is < FirstLevel or > LastLevel => t.NoSuchLevel(value, symbol, indicator),
                "--year" when n is < FirstYear or > LastYear => t.YearOutOfRange(value, symbol, FirstYear, LastYear),
                _ => null,
            };
        }
        if (type == typeof(DateOnly))
        {
            if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                return t.NotADate(value, symbol);
            return date.Year is < FirstYear or > LastYear ? t.DateOutOfRange(value, symbol, FirstYear, LastYear) : null;
        }
        // By name only: Enum.TryParse would take "7" as a value no name has.
        if (type.IsEnum)
            return Enum.GetNames(type).Contains(value, StringComparer.OrdinalIgnoreCase)
                ? null : t.NotAChoice(t.Value, value, symbol, Enum.GetNames(type).Select(n => n.ToLowerInvariant()));
        if (type == typeof(FileInfo) || type == typeof(DirectoryInfo))
            return string.IsNullOrWhiteSpace(value) || value.IndexOfAny(Path.GetInvalidPathChars()) >= 0 ? t.NotAPath(value, symbol) : null;
        return null;
    }

    /// <summary>
    /// A word <paramref name="command"/> does not take: an option (it starts with "-") or, where commands are below it,
    /// a command, answered with those commands; on a command without commands below it, with its options.
    /// </summary>
    static string Unknown(string word, Command command, string path, CommandLineTexts t)
    {
        if (command.Subcommands.Count == 0)
            return t.UnknownOption(word, path, command.Options.Where(o => !o.Hidden).Select(o => o.Name));
        var commands = command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name);
        return word.StartsWith('-') ? t.UnknownOptionOfCommands(word, path, commands) : t.UnknownCommand(word, path, commands);
    }

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
