using System.CommandLine;
using System.Text;
using SpbeBot.Host.Cli;
using SpbeBot.Dialogs.Cli;

// Composition root of the `spbebot` executable: every CLI command lives in Cli/, one file each.
Console.OutputEncoding = Encoding.UTF8;
Console.InputEncoding = Encoding.UTF8;

var root = new RootCommand(CommandLineTexts.Machine.Root);
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

return await root.Parse(args).InvokeAsync();
