using System.CommandLine;
using Spectre.Console;
using SpbeBot.Core.Audit;
using SpbeBot.Core.People;
using SpbeBot.Host.Database;
using SpbeBot.Dialogs.Cli;

namespace SpbeBot.Host.Cli;

/// <summary><c>spbebot opd list|add|alias</c>: the OPDs (perangkat daerah) and the names they are known by.</summary>
static class OpdCommand
{
    static OpdCommandTexts Texts => OpdCommandTexts.Machine;

    public static Command Create()
    {
        var opd = new Command("opd", Texts.Opd);
        opd.Subcommands.Add(List());
        opd.Subcommands.Add(Add());
        opd.Subcommands.Add(Alias());
        return opd;
    }

    /// <summary>Who made a change from the command line: "cli:&lt;os user&gt;".</summary>
    internal static Actor CliActor => Actor.System("cli:" + Environment.UserName);

    static Command List()
    {
        var command = new Command("list", Texts.List);
        command.SetAction((parse, ct) => CliDatabase.RunAsync(parse, ct, async (cli, stdout) =>
        {
            var opds = await cli.Get<OpdStore>().ListAsync(ct);
            if (opds.Count == 0)
            {
                stdout.WriteLine(Texts.NoOpds);
                return 0;
            }
            var table = new Table().AddColumns(Texts.AbbreviationColumn, Texts.NameColumn, Texts.AliasColumn);
            foreach (var o in opds)
                table.AddRow(Markup.Escape(o.Abbreviation ?? "-"), Markup.Escape(o.Name), Markup.Escape(string.Join(", ", o.Aliases)));
            Console(stdout).Write(table);
            return 0;
        }));
        return command;
    }

    static Command Add()
    {
        var name = new Argument<string>(CommandLineTexts.Machine.NameArgument) { Description = Texts.Name };
        var abbreviation = new Option<string?>("--abbreviation", "-s") { Description = Texts.Abbreviation };
        var aliases = new Option<string[]>("--alias", "-a") { Description = Texts.Aliases, AllowMultipleArgumentsPerToken = true };
        var command = new Command("add", Texts.Add) { name, abbreviation, aliases };
        command.SetAction((parse, ct) => CliDatabase.RunAsync(parse, ct, async (cli, stdout) =>
        {
            if (OpdNameNormalizer.Normalize(parse.GetValue(name)!).Length == 0)
            {
                parse.InvocationConfiguration.Error.WriteLine(Texts.EmptyName);
                return 2;
            }
            try
            {
                var added = await cli.Get<OpdStore>().AddAsync(parse.GetValue(name)!, parse.GetValue(abbreviation), parse.GetValue(aliases) ?? [], CliActor, ct);
                stdout.WriteLine(Texts.Added(added.DisplayName, added.Name));
                return 0;
            }
            catch (OpdNameTakenException e)
            {
                parse.InvocationConfiguration.Error.WriteLine(Texts.NameTaken(e.TakenName, e.Owner.DisplayName, e.Owner.Name));
                return 2;
            }
        }));
        return command;
    }

    static Command Alias()
    {
        var opd = new Argument<string>("opd") { Description = Texts.WhichOpd };
        var alias = new Argument<string>("alias") { Description = Texts.NewAlias };
        var command = new Command("alias", Texts.Alias) { opd, alias };
        command.SetAction((parse, ct) => CliDatabase.RunAsync(parse, ct, async (cli, stdout) =>
        {
            var stderr = parse.InvocationConfiguration.Error;
            try
            {
                var store = cli.Get<OpdStore>();
                if (await store.FindAsync(parse.GetValue(alias)!, ct) is { } owner && await store.FindAsync(parse.GetValue(opd)!, ct) is { } target && owner.Id == target.Id)
                {
                    stdout.WriteLine(Texts.AliasExists(parse.GetValue(alias)!, target.DisplayName));
                    return 0;
                }
                var updated = await store.AddAliasAsync(parse.GetValue(opd)!, parse.GetValue(alias)!, CliActor, ct);
                if (updated is null)
                {
                    stderr.WriteLine(Texts.OpdNotFound(parse.GetValue(opd)!));
                    return 2;
                }
                stdout.WriteLine(Texts.AliasAdded(updated.DisplayName, updated.Aliases));
                return 0;
            }
            catch (OpdNameTakenException e)
            {
                stderr.WriteLine(Texts.NameTaken(e.TakenName, e.Owner.DisplayName, e.Owner.Name));
                return 2;
            }
        }));
        return command;
    }

    /// <summary>A Spectre console writing to the command's output (so tests can capture it).</summary>
    internal static IAnsiConsole Console(TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        // A terminal: its own width. Redirected to a file or pipe: wide enough that actions are not chopped into
        // one word per line (Spectre would assume 80 columns).
        console.Profile.Width = !System.Console.IsOutputRedirected && System.Console.WindowWidth > 0 ? System.Console.WindowWidth : 160;
        return console;
    }
}
