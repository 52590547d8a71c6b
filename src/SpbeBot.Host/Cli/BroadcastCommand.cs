using System.CommandLine;
using SpbeBot.Core.Audit;
using SpbeBot.Core.Broadcasts;
using SpbeBot.Core.Evidence;
using SpbeBot.Core.People;
using SpbeBot.Host.Database;
using SpbeBot.Dialogs.Cli;
using SpbeBot.Dialogs.Common;

namespace SpbeBot.Host.Cli;

/// <summary>
/// <c>spbebot broadcast --to all|opd:&lt;OPD&gt;|role:&lt;role&gt;|overdue --text … [--file …] [--yes]</c> queues a broadcast
/// after a preview with the recipient count; <c>spbebot broadcast status &lt;id&gt; [--watch]</c> shows its delivery.
/// The running server (<c>spbebot serve</c>) delivers; queued messages wait for it. Its words are
/// <see cref="BroadcastCommandTexts"/>, in the machine's language.
/// </summary>
static class BroadcastCommand
{
    public static Command Create()
    {
        var t = BroadcastCommandTexts.Machine;
        var to = new Option<string?>("--to") { Description = t.ToHelp };
        var text = new Option<string?>("--text") { Description = t.TextHelp };
        var file = new Option<string?>("--file") { Description = t.FileHelp };
        var yes = new Option<bool>("--yes", "-y") { Description = t.YesHelp };
        var command = new Command("broadcast", t.BroadcastHelp) { to, text, file, yes };
        command.Subcommands.Add(Status(t));
        command.SetAction((parse, ct) => CliDatabase.RunAsync(parse, ct, async (cli, stdout) =>
        {
            var stderr = parse.InvocationConfiguration.Error;
            var message = parse.GetValue(text)?.Trim();
            if (parse.GetValue(to) is not { } target || string.IsNullOrEmpty(message) || message.Length > Reply.MaxComposedLength)
            {
                stderr.WriteLine(t.ToAndTextNeeded);
                return 2;
            }
            if (await Audience.ParseAsync(target, cli.Get<OpdStore>(), ct) is not { } audience)
            {
                stderr.WriteLine(t.UnknownAudience(target));
                return 2;
            }
            var instansi = await cli.Get<InstansiStore>().GetAsync(ct);
            var today = TimeZones.Today(instansi?.TimeZone ?? TimeZones.Wib, cli.Get<TimeProvider>());
            var store = cli.Get<BroadcastStore>();
            var recipients = await store.RecipientsAsync(audience, today, ct);
            var opdName = audience.OpdId is { } opdId ? (await cli.Get<OpdStore>().ListAsync(ct)).FirstOrDefault(o => o.Id == opdId)?.DisplayName : null;
            stdout.WriteLine(t.Dialog.Preview(t.Dialog.AudienceWords(audience, opdName), recipients.Count, message));
            if (recipients.Count == 0)
            {
                stderr.WriteLine(t.NoRecipients);
                return 1;
            }
            if (!parse.GetValue(yes))
            {
                stdout.Write(t.TypeYes);
                var answer = Console.In.ReadLine()?.Trim().ToLowerInvariant();
                if (answer is not ("ya" or "y" or "yes"))
                {
                    stdout.WriteLine(t.Cancelled);
                    return 1;
                }
            }
            (string, string)? attachment = null;
            if (parse.GetValue(file) is { } path)
            {
                var intake = cli.Get<EvidenceIntake>();
                if (!File.Exists(path))
                {
                    stderr.WriteLine(t.FileNotFound(path));
                    return 2;
                }
                var (sha, problem) = await intake.StoreAttachmentAsync(path, ct);
                if (sha is null)
                {
                    stderr.WriteLine(t.AttachmentRefused(problem, cli.Get<EvidenceOptions>().MaxBytes));
                    return 2;
                }
                attachment = (sha, FileNames.Sanitize(Path.GetFileName(path), "lampiran"));
            }
            var status = await store.CreateAsync(audience, message, Actor.System("cli:" + Environment.UserName), today, attachment, ct);
            stdout.WriteLine(t.Dialog.Queued(status));
            return 0;
        }));
        return command;
    }

    static Command Status(BroadcastCommandTexts t)
    {
        var id = new Argument<long>("id") { Description = t.IdHelp };
        var watch = new Option<bool>("--watch") { Description = t.WatchHelp };
        var command = new Command("status", t.StatusHelp) { id, watch };
        command.SetAction((parse, ct) => CliDatabase.RunAsync(parse, ct, async (cli, stdout) =>
        {
            var store = cli.Get<BroadcastStore>();
            var zone = (await cli.Get<InstansiStore>().GetAsync(ct))?.TimeZone ?? TimeZones.Wib;
            // On a terminal --watch redraws one progress line in place; into a file or pipe it writes a line per change.
            var inPlace = parse.GetValue(watch) && !Console.IsOutputRedirected;
            string? previous = null;
            while (true)
            {
                if (await store.StatusAsync(parse.GetValue(id), ct) is not { } s)
                {
                    if (inPlace && previous is not null) stdout.WriteLine();
                    parse.InvocationConfiguration.Error.WriteLine(t.BroadcastNotFound);
                    return 2;
                }
                var line = Line(t, s, zone);
                if (inPlace) stdout.Write("\r" + line + "\u001b[K");
                else if (line != previous) stdout.WriteLine(line);
                previous = line;
                if (s.Finished || !parse.GetValue(watch))
                {
                    if (inPlace) stdout.WriteLine();
                    return 0;
                }
                await Task.Delay(TimeSpan.FromSeconds(1), ct);
            }
        }));
        return command;
    }

    /// <summary>"#7 [██████░░░░]  60 % 3000/5000 terkirim · 0 gagal · 2 memblokir · 2000 menunggu".</summary>
    static string Line(BroadcastCommandTexts t, BroadcastStatus s, string zone)
    {
        var done = s.Sent + s.Failed + s.Blocked + s.Unreachable;
        var filled = s.Recipients == 0 ? 20 : done * 20 / s.Recipients;
        return $"#{s.Id} [{new string('█', filled)}{new string('░', 20 - filled)}] {(s.Recipients == 0 ? 100 : done * 100 / s.Recipients),3} % " +
               t.Progress(s) + (s.Unreachable > 0 ? t.Unreachable(s) : "") +
               (s.FinishedAt is { } f ? t.Finished($"{TimeZones.ToLocal(f, zone):yyyy-MM-dd HH:mm:ss} {TimeZones.Abbreviation(zone)}") : "");
    }
}
