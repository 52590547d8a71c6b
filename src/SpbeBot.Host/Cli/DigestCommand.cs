using System.CommandLine;
using SpbeBot.Core.People;
using SpbeBot.Dialogs.Conversation;
using SpbeBot.Dialogs.Digest;
using SpbeBot.Host.Database;
using SpbeBot.Host.Hosting;
using SpbeBot.Dialogs.Cli;

namespace SpbeBot.Host.Cli;

/// <summary>
/// <c>spbebot digest [--preview] [--out &lt;folder&gt;]</c>: this week's digest. With --preview it is only written (the
/// message text, the chart PNG and the XLSX, into --out or ./ringkasan-&lt;week&gt;); without, it is also queued for the
/// Tim Koordinasi and the coordinators — once per week, like the Monday job.
/// </summary>
static class DigestCommand
{
    public static Command Create()
    {
        var texts = DigestCommandTexts.Machine;
        var preview = new Option<bool>("--preview") { Description = texts.Preview };
        var output = new Option<string?>("--out") { Description = texts.Out };
        var command = new Command("digest", texts.Command) { preview, output };
        command.SetAction((parse, ct) => CliDatabase.RunAsync(parse, ct, async (cli, stdout) =>
        {
            var services = cli.Get<ConversationServices>();
            var instansi = await services.Instansi.GetAsync(ct);
            var today = TimeZones.Today(instansi?.TimeZone ?? TimeZones.Wib, cli.Get<TimeProvider>());
            var digest = await services.Digests.BuildAsync(today, ct);
            if (digest is null)
            {
                parse.InvocationConfiguration.Error.WriteLine(texts.NoInstansi);
                return 2;
            }
            var folder = parse.GetValue(output) ?? $"ringkasan-{digest.Week:yyyy-MM-dd}";
            var files = DigestFiles.Write(digest, folder);
            stdout.WriteLine(files.Message);
            stdout.WriteLine();
            foreach (var path in new[] { files.ChartPath, files.TrendPath, files.WorkbookPath }.OfType<string>())
                stdout.WriteLine($"📎 {Path.GetFullPath(path)}");
            if (parse.GetValue(preview)) return 0;
            var people = await DigestDelivery.SendWeeklyAsync(services, today, ct);
            stdout.WriteLine(people > 0 ? texts.Queued(people) : texts.AlreadySent);
            return 0;
        }));
        return command;
    }
}
