using System.CommandLine;
using SpbeBot.Core.Audit;
using SpbeBot.Core.Broadcasts;
using SpbeBot.Core.Evidence;
using SpbeBot.Core.People;
using SpbeBot.Dialogs.Broadcasts;
using SpbeBot.Host.Database;
using SpbeBot.Dialogs.Common;

namespace SpbeBot.Host.Cli;

/// <summary>
/// <c>spbebot broadcast --to all|opd:&lt;OPD&gt;|role:&lt;role&gt;|overdue --text … [--file …] [--yes]</c> queues a broadcast
/// after a preview with the recipient count; <c>spbebot broadcast status &lt;id&gt; [--watch]</c> shows its delivery.
/// The running server (<c>spbebot serve</c>) delivers; queued messages wait for it.
/// </summary>
static class BroadcastCommand
{
    public static Command Create()
    {
        var to = new Option<string?>("--to") { Description = "all | opd:<OPD> | role:<peran> | overdue (semua, lewat)" };
        var text = new Option<string?>("--text") { Description = "Isi siaran" };
        var file = new Option<string?>("--file") { Description = "Lampiran (PDF, DOCX, …)" };
        var yes = new Option<bool>("--yes", "-y") { Description = "Tanpa konfirmasi" };
        var command = new Command("broadcast", "Siaran ke banyak orang") { to, text, file, yes };
        command.Subcommands.Add(Status());
        command.SetAction((parse, ct) => CliDatabase.RunAsync(parse, ct, async (cli, stdout) =>
        {
            var stderr = parse.InvocationConfiguration.Error;
            var message = parse.GetValue(text)?.Trim();
            if (parse.GetValue(to) is not { } target || string.IsNullOrEmpty(message) || message.Length > Reply.MaxComposedLength)
            {
                stderr.WriteLine($"Perlu --to dan --text (maks. {Reply.MaxComposedLength} karakter).");
                return 2;
            }
            if (await Audience.ParseAsync(target, cli.Get<OpdStore>(), ct) is not { } audience)
            {
                stderr.WriteLine($"Penerima \"{target}\" tidak dikenal: all, overdue, role:<operator|coordinator|tim-koordinasi|admin>, opd:<nama OPD>.");
                return 2;
            }
            var instansi = await cli.Get<InstansiStore>().GetAsync(ct);
            var today = TimeZones.Today(instansi?.TimeZone ?? TimeZones.Wib, cli.Get<TimeProvider>());
            var store = cli.Get<BroadcastStore>();
            var recipients = await store.RecipientsAsync(audience, today, ct);
            var opdName = audience.OpdId is { } opdId ? (await cli.Get<OpdStore>().ListAsync(ct)).FirstOrDefault(o => o.Id == opdId)?.DisplayName : null;
            stdout.WriteLine(BroadcastTexts.Preview(BroadcastDialogTexts.For("id").AudienceWords(audience, opdName), recipients.Count, message));
            if (recipients.Count == 0)
            {
                stderr.WriteLine("Tidak ada penerima; tidak ada yang dikirim.");
                return 1;
            }
            if (!parse.GetValue(yes))
            {
                stdout.Write("Ketik \"ya\" untuk mengirim: ");
                var answer = Console.In.ReadLine()?.Trim().ToLowerInvariant();
                if (answer is not ("ya" or "y" or "yes"))
                {
                    stdout.WriteLine("Dibatalkan; tidak ada yang dikirim.");
                    return 1;
                }
            }
            (string, string)? attachment = null;
            if (parse.GetValue(file) is { } path)
            {
                var intake = cli.Get<EvidenceIntake>();
                if (!File.Exists(path))
                {
                    stderr.WriteLine($"Berkas tidak ditemukan: {path}");
                    return 2;
                }
                var (sha, problem) = await intake.StoreAttachmentAsync(path, ct);
                if (sha is null)
                {
                    stderr.WriteLine($"Lampiran ditolak: {problem}");
                    return 2;
                }
                attachment = (sha, FileNames.Sanitize(Path.GetFileName(path), "lampiran"));
            }
            var status = await store.CreateAsync(audience, message, Actor.System("cli:" + Environment.UserName), today, attachment, ct);
            stdout.WriteLine(BroadcastTexts.Queued(status));
            return 0;
        }));
        return command;
    }

    static Command Status()
    {
        var id = new Argument<long>("id") { Description = "Nomor siaran" };
        var watch = new Option<bool>("--watch") { Description = "Ikuti sampai selesai" };
        var command = new Command("status", "Laporan pengiriman siaran") { id, watch };
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
                    parse.InvocationConfiguration.Error.WriteLine("Siaran tidak ditemukan.");
                    return 2;
                }
                var line = Line(s, zone);
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

    /// <summary>"[██████░░░░]  60 % 3000/5000 terkirim · 0 gagal · 2 memblokir · 2000 menunggu".</summary>
    static string Line(BroadcastStatus s, string zone)
    {
        var done = s.Sent + s.Failed + s.Blocked + s.Unreachable;
        var filled = s.Recipients == 0 ? 20 : done * 20 / s.Recipients;
        return $"#{s.Id} [{new string('█', filled)}{new string('░', 20 - filled)}] {(s.Recipients == 0 ? 100 : done * 100 / s.Recipients),3} % " +
               $"{s.Sent}/{s.Recipients} terkirim · {s.Failed} gagal · {s.Blocked} memblokir · {s.Pending} menunggu" +
               (s.Unreachable > 0 ? $" · {s.Unreachable} tanpa akun chat: {string.Join(", ", s.UnreachableNames)}" : "") +
               (s.FinishedAt is { } f ? $" · selesai {TimeZones.ToLocal(f, zone):yyyy-MM-dd HH:mm:ss} {TimeZones.Abbreviation(zone)}" : "");
    }
}
