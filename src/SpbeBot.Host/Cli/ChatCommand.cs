using System.CommandLine;
using SpbeBot.Core.People;
using SpbeBot.Core.Plans;
using SpbeBot.Core.Audit;
using SpbeBot.Core.Conversations;
using SpbeBot.Dialogs.Common;
using SpbeBot.Dialogs.Conversation;
using SpbeBot.Dialogs.Evidence;
using SpbeBot.Host.Hosting;
using SpbeBot.Host.Channels.Terminal;
using SpbeBot.Host.Database;
using SpbeBot.Dialogs.Cli;

namespace SpbeBot.Host.Cli;

/// <summary>
/// <c>spbebot chat [--as &lt;person&gt;]</c>: the bot in the terminal, on the configured database or the embedded
/// default with demo data. The way to try SpbeBot locally; also what a bare <c>spbebot</c> runs.
/// </summary>
static class ChatCommand
{
    public static Command Create()
    {
        var texts = ChatCommandTexts.Machine;
        var asPerson = new Option<string?>("--as") { Description = texts.As };
        var command = new Command("chat", texts.Command) { asPerson };
        command.SetAction((parse, ct) => Run(parse, parse.GetValue(asPerson), ct));
        return command;
    }

    public static Task<int> Run(ParseResult parse, string? asPerson, CancellationToken ct) =>
        CliDatabase.RunAsync(parse, ct, async (cli, output) =>
        {
            var instansi = await cli.Get<InstansiStore>().GetAsync(ct);
            var people = await cli.Get<PersonStore>().ListAsync(ct);
            // Without "--as" the terminal acts as the first coordinator (or admin): whoever sits at the server's keyboard
            // already holds the whole database. With no such person it is a stranger and gets the onboarding help.
            var person = asPerson is null
                ? people.FirstOrDefault(p => p.Role == PersonRole.Coordinator) ?? people.FirstOrDefault(p => p.Role == PersonRole.Admin)
                : people.FirstOrDefault(p => p.Name.Contains(asPerson, StringComparison.OrdinalIgnoreCase));
            if (asPerson is not null && person is null)
            {
                // Nobody is played yet, so no person's setting decides: the machine's language.
                parse.InvocationConfiguration.Error.WriteLine(TerminalTexts.Machine.PersonNotFound(asPerson, people.Select(p => p.Name)));
                return 2;
            }
            var items = instansi is null ? [] : await cli.Get<PlanStore>().ListAsync(new PlanFilter { Year = instansi.EvaluationYear, Framework = instansi.Framework }, ct);
            var today = TimeZones.Today(instansi?.TimeZone ?? TimeZones.Wib, cli.Get<TimeProvider>());

            // The header is in the language of the person played, like everything the chat says after it.
            var texts = TerminalTexts.For(person?.Language);
            output.WriteLine(texts.Header(instansi?.Name));
            output.WriteLine(texts.Database(cli.Database.Connections.Describe(), cli.Database.Cluster?.DataDirectory));
            if (instansi is not null)
                output.WriteLine(texts.PlanSummary(instansi.Framework, instansi.EvaluationYear, items.Count, items.Count(i => i.Status == PlanStatus.Done),
                    items.Count(i => i.Status is PlanStatus.Open or PlanStatus.InProgress && i.Deadline < today)));
            output.WriteLine(person is null ? texts.WelcomeStranger : texts.Welcome(person.Name, person.OpdName));

            // The terminal acts as that person through a synthetic account ("terminal", "person-<id>") linked to them,
            // so the conversation finds them exactly as it finds a Telegram user, with the same access checks.
            var userId = person is null ? "terminal" : $"person-{person.Id}";
            if (person is not null)
            {
                var terminal = new ChatIdentity("terminal", userId);
                try
                {
                    await cli.Get<PersonStore>().LinkChatAsync(person.Id, terminal, new Actor("spbebot chat", person.Id), ct);
                }
                catch (ChatIdentityTakenException)
                {
                    // The command's own failure, before the chat starts: the machine's language.
                    parse.InvocationConfiguration.Error.WriteLine(TerminalTexts.Machine.IdentityTaken(terminal.Channel, terminal.ExternalId));
                    return 1;
                }
            }
            var services = cli.Get<ConversationServices>();
            var report = await services.Intake.ReconcileAsync(ct: ct);
            if (report.TempFilesRemoved + report.OrphansRemoved + report.Missing.Count > 0)
                output.WriteLine(texts.FilesReconciled(report.TempFilesRemoved, report.OrphansRemoved, report.Missing.Count));
            var handler = new ConversationHandler(services);
            var store = cli.Get<PersonStore>();
            var chat = new TerminalChat(handler, Console.In, output, userId, person?.Name ?? Environment.UserName, person is null ? null : services.Outbox, person?.Id, services.Intake.Files, person?.Language,
                person is null ? null : async c => (await store.GetAsync(person.Id, c))?.Language);
            // Scans filed here are read beside the chat, not in its path (no job server in this process); their results
            // arrive through the outbox, shown before the next prompt. What is left when the chat ends waits for a server.
            using var reading = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var background = services.Precheck is null ? Task.CompletedTask : Task.Run(() => ReadScansAsync(services, reading.Token), CancellationToken.None);
            await chat.RunAsync(ct);
            await reading.CancelAsync();
            await background;
            return 0;
        });

    /// <summary>Every two seconds, the scans due for their background reading (see <see cref="PrecheckDelivery"/>).</summary>
    static async Task ReadScansAsync(ConversationServices services, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await PrecheckDelivery.RunDueAsync(services, ct);
                await Task.Delay(TimeSpan.FromSeconds(2), ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception)
            {
                // The database or the checker failed: the rows stay queued with their tries counted; try again shortly.
                try { await Task.Delay(TimeSpan.FromSeconds(10), ct); }
                catch (OperationCanceledException) { return; }
            }
        }
    }
}
