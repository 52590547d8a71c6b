using System.CommandLine;
using System.CommandLine.Help;
using SpbeBot.Dialogs.Cli;

namespace SpbeBot.Host.Cli;

/// <summary>The `spbebot` command tree: every command, one file each in Cli/.</summary>
static class CliRoot
{
    public static RootCommand Create(CommandLineTexts texts)
    {
        var root = new RootCommand(texts.Root);
        // The help and version options every command shares: their lines in the machine's language too.
        foreach (var option in root.Options)
        {
            if (option is HelpOption) option.Description = texts.HelpOption;
            if (option is VersionOption) option.Description = texts.VersionOption;
        }
        root.Subcommands.Add(AskCommand.Create());
        root.Subcommands.Add(CriteriaCommand.Create());
        root.Subcommands.Add(IndexCommand.Create());
        root.Subcommands.Add(CatalogCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(ChatCommand.Create());
        root.Subcommands.Add(DbCommand.Create());
        root.Subcommands.Add(InstansiCommand.Create());
        root.Subcommands.Add(OpdCommand.Create());
        root.Subcommands.Add(InviteCommand.Create());
        root.Subcommands.Add(PeopleCommand.Create());
        root.Subcommands.Add(PlanCommand.Create());
        root.Subcommands.Add(EvidenceCommand.Create());
        root.Subcommands.Add(BroadcastCommand.Create());
        root.Subcommands.Add(DigestCommand.Create());

        // A bare `spbebot` is the terminal chat on the embedded default: the quickest way to try it.
        root.SetAction((parse, ct) => ChatCommand.Run(parse, null, ct));
        return root;
    }
}
