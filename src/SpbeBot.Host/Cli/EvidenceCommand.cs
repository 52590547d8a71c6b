using System.CommandLine;
using System.Text.Json;
using Spectre.Console;
using SpbeBot.Core.Audit;
using SpbeBot.Core.Criteria;
using SpbeBot.Core.Evidence;
using SpbeBot.Core.Evidence.Checking;
using SpbeBot.Core.People;
using SpbeBot.Core.Storage;
using SpbeBot.Host.Database;
using SpbeBot.Host.Hosting;
using SpbeBot.Dialogs.Evidence;

namespace SpbeBot.Host.Cli;

/// <summary>
/// <c>spbebot evidence add|list|checklist|approve|reject|check|export</c>: evidence (data dukung) from the server's
/// keyboard — bulk uploads from a folder, the verification queue, the checklist, reconciliation, the export bundle.
/// </summary>
static class EvidenceCommand
{
    public static Command Create()
    {
        var evidence = new Command("evidence", "Bukti dukung");
        evidence.Subcommands.Add(Add());
        evidence.Subcommands.Add(List());
        evidence.Subcommands.Add(Checklist());
        evidence.Subcommands.Add(Decide(approve: true));
        evidence.Subcommands.Add(Decide(approve: false));
        evidence.Subcommands.Add(Check());
        evidence.Subcommands.Add(EvidenceExportCommand.Create());
        return evidence;
    }

    internal static async Task<(string Framework, int Year)> ScopeAsync(CliServices cli, string? framework, int? year, CancellationToken ct)
    {
        var instansi = await cli.Get<InstansiStore>().GetAsync(ct);
        return (framework ?? instansi?.Framework ?? CatalogStore.DefaultFramework, year ?? instansi?.EvaluationYear ?? TimeZones.Today(TimeZones.Wib, cli.Get<TimeProvider>()).Year);
    }

    static Actor CliActor => Actor.System("cli:" + Environment.UserName);

    static Command Add()
    {
        var files = new Argument<string[]>("files") { Description = "Berkas yang diunggah", Arity = ArgumentArity.OneOrMore };
        var indicator = new Option<int>("--indicator", "-i") { Description = "Nomor indikator", Required = true };
        var level = new Option<int>("--level", "-l") { Description = "Level 1–5", Required = true };
        var item = new Option<int?>("--item") { Description = "Butir bukti dukung (1..n; 0 = lainnya); boleh kosong bila level hanya punya satu butir" };
        var opd = new Option<string?>("--opd") { Description = "OPD pemilik bukti" };
        var year = new Option<int?>("--year") { Description = "Tahun evaluasi" };
        var framework = new Option<string?>("--framework", "-f") { Description = "Kerangka penilaian" };
        var json = new Option<bool>("--json") { Description = "Satu baris JSON per berkas, ditulis begitu berkas tersimpan" };
        var command = new Command("add", "Mengunggah berkas bukti dukung") { files, indicator, level, item, opd, year, framework, json };
        command.SetAction((parse, ct) => CliDatabase.RunAsync(parse, ct, async (cli, stdout) =>
        {
            var stderr = parse.InvocationConfiguration.Error;
            var (fw, y) = await ScopeAsync(cli, parse.GetValue(framework), parse.GetValue(year), ct);
            var catalog = CatalogStore.Get(fw);
            var (number, lvl) = (parse.GetValue(indicator), parse.GetValue(level));
            if (catalog.FindIndicator(number) is not { } ind || ind.Level(lvl) is not { } levelText)
            {
                stderr.WriteLine($"Indikator {number} level {lvl} tidak ada di {fw}.");
                return 2;
            }
            var chosen = parse.GetValue(item) ?? (levelText.Evidence.Count == 1 ? 1 : null);
            if (chosen is not int itemNumber || itemNumber < 0 || itemNumber > levelText.Evidence.Count)
            {
                stderr.WriteLine($"Pilih --item 1..{levelText.Evidence.Count} (0 = lainnya):");
                for (var i = 0; i < levelText.Evidence.Count; i++) stderr.WriteLine($"  {i + 1}. {levelText.Evidence[i]}");
                return 2;
            }
            long? opdId = null;
            if (parse.GetValue(opd) is { } opdName)
            {
                if (await cli.Get<OpdStore>().FindAsync(opdName, ct) is not { } found)
                {
                    stderr.WriteLine($"OPD '{opdName}' tidak ditemukan.");
                    return 2;
                }
                opdId = found.Id;
            }

            var intake = cli.Get<EvidenceIntake>();
            var precheck = cli.Get<SpbeBot.Dialogs.Conversation.ConversationServices>().Precheck;
            var batch = "cli-" + Guid.NewGuid().ToString("N")[..12];
            var refused = 0;
            foreach (var path in parse.GetValue(files)!)
            {
                if (!File.Exists(path))
                {
                    refused++;
                    Write(stdout, parse.GetValue(json), new { file = path, problem = "not-found" }, $"✗ {path}: berkas tidak ditemukan");
                    continue;
                }
                var result = await intake.ReceiveAsync(new UploadRequest(
                    async (destination, token) => { await using var source = File.OpenRead(path); await source.CopyToAsync(destination, token); },
                    Path.GetFileName(path), new FileInfo(path).Length, fw, y, null, CliActor.Name, opdId, "cli", batch,
                    new EvidenceTarget(number, lvl, itemNumber, null, opdId)), CliActor, ct);
                if (result.Record is { } r)
                {
                    // The same pre-check as a filing in the chat: the text layer now, a scan queued for the server's OCR.
                    var (state, check, lines) = await PrecheckAsync(precheck, r, path, ct);
                    Write(stdout, parse.GetValue(json), new
                        {
                            file = path, id = r.Id, sha256 = r.Sha256, size = r.Size, alreadyStored = result.AlreadyStored,
                            precheck = new { state, result = check is null || state != "done" ? null : EvidenceCheckJson.ToJson(check), reading = check?.Reading.Select(n => n.Code) },
                        },
                        $"✓ #{r.Id} {r.OriginalName} ({r.Kind}, {r.Size} B) sha256 {r.Sha256}{(result.AlreadyStored ? " (isi sama sudah ada)" : "")}\n{lines}");
                }
                else
                {
                    refused++;
                    Write(stdout, parse.GetValue(json), new { file = path, problem = result.DownloadFailed ? "read-failed" : DbEnum.ToText(result.Problem) },
                        // The same sentence the chat gives (Indonesian: the CLI has no person), not the internal code.
                        $"✗ {path}: " + (result.DownloadFailed ? "Mohon maaf, berkas tidak dapat dibaca. Berkas tidak disimpan."
                            : SpbeBot.Dialogs.Evidence.EvidenceTexts.Id.Problem(result.Problem, cli.Get<EvidenceOptions>().MaxBytes, result.Detail)));
                }
            }
            return refused == 0 ? 0 : 1;
        }));
        return command;
    }

    /// <summary>
    /// The pre-check of one filed file (as the chat does it): its state ("done", "reading": queued for the server's OCR,
    /// "unavailable"), the verdict, and its lines in Indonesian (the CLI has no person).
    /// </summary>
    static async Task<(string State, EvidenceCheck? Check, string Lines)> PrecheckAsync(EvidencePrecheck? precheck, EvidenceRecord record, string path, CancellationToken ct)
    {
        var p = PrecheckTexts.Id;
        if (precheck is null || record.Status != EvidenceStatus.Pending) return ("unavailable", null, p.Unavailable);
        var outcome = await precheck.InChatAsync(record, ct);
        return outcome.State switch
        {
            PrecheckState.Done => ("done", outcome.Check, p.Lines(outcome.Check!)),
            PrecheckState.Reading => ("reading", outcome.Check, p.CliReading(record, path, outcome.Check)),
            PrecheckState.Later => ("reading", null, p.CliLater(record, path)),
            _ => ("unavailable", outcome.Check, p.Unavailable),
        };
    }

    static void Write(TextWriter stdout, bool json, object value, string text)
    {
        stdout.WriteLine(json ? JsonSerializer.Serialize(value) : text);
        stdout.Flush();
    }

    static Command List()
    {
        var indicator = new Option<int?>("--indicator", "-i") { Description = "Nomor indikator" };
        var status = new Option<string?>("--status") { Description = "pending|approved|rejected|draft|superseded" };
        CliChoices.AcceptOnly(status, [.. DbEnum.AllTexts<EvidenceStatus>()], "Status");
        var year = new Option<int?>("--year") { Description = "Tahun evaluasi" };
        var framework = new Option<string?>("--framework", "-f") { Description = "Kerangka penilaian" };
        var command = new Command("list", "Daftar bukti dukung") { indicator, status, year, framework };
        command.SetAction((parse, ct) => CliDatabase.RunAsync(parse, ct, async (cli, stdout) =>
        {
            var (fw, y) = await ScopeAsync(cli, parse.GetValue(framework), parse.GetValue(year), ct);
            var store = cli.Get<EvidenceStore>();
            var records = await store.ListAsync(new EvidenceFilter
            {
                Framework = fw, Year = y, Indicator = parse.GetValue(indicator), Status = DbEnum.Parse<EvidenceStatus>(parse.GetValue(status)),
                IncludeSuperseded = parse.GetValue(status) == "superseded", Limit = 100_000,
            }, ct);
            var table = new Table().Border(TableBorder.Rounded).AddColumns("ID", "Ind.", "Level", "Butir", "Berkas", "OPD", "Pengunggah", "Status");
            foreach (var r in records)
                table.AddRow(r.Id.ToString(), $"{r.Indicator}", $"{r.Level}", r.Item == 0 ? "lainnya" : $"{r.Item}", Markup.Escape(r.OriginalName),
                    Markup.Escape(r.OpdName ?? "-"), Markup.Escape(r.Uploader), EvidenceTexts.Id.StatusName(r.Status));
            OpdCommand.Console(stdout).Write(table);
            stdout.WriteLine($"{records.Count} berkas ({fw}, {y}).");
            return 0;
        }));
        return command;
    }

    static Command Checklist()
    {
        var indicator = new Argument<int>("indicator") { Description = "Nomor indikator" };
        var year = new Option<int?>("--year") { Description = "Tahun evaluasi" };
        var framework = new Option<string?>("--framework", "-f") { Description = "Kerangka penilaian" };
        var command = new Command("checklist", "Bukti yang diminta Pedoman vs yang sudah ada") { indicator, year, framework };
        command.SetAction((parse, ct) => CliDatabase.RunAsync(parse, ct, async (cli, stdout) =>
        {
            var (fw, y) = await ScopeAsync(cli, parse.GetValue(framework), parse.GetValue(year), ct);
            var catalog = CatalogStore.Get(fw);
            var number = parse.GetValue(indicator);
            if (catalog.FindIndicator(number) is not { } ind)
            {
                parse.InvocationConfiguration.Error.WriteLine($"Indikator {number} tidak ada di {fw}.");
                return 2;
            }
            var store = cli.Get<EvidenceStore>();
            var current = await store.ListAsync(new EvidenceFilter { Framework = fw, Year = y, Indicator = number }, ct);
            stdout.WriteLine($"Indikator {number} — {ind.Name} ({fw}, {y})");
            foreach (var level in ind.Levels)
            {
                var c = EvidenceChecklist.For(catalog, number, level.Level, current);
                stdout.WriteLine(EvidenceTexts.Id.LevelCounts(c));
                foreach (var i in c.Items)
                    stdout.WriteLine($"  [{EvidenceTexts.Id.ItemStateName(i.State)}] {i.Item}. {(i.Text.Length > 100 ? i.Text[..99] + "…" : i.Text)}" + (i.Optional ? " (opsional)" : ""));
            }
            stdout.WriteLine($"Level yang didukung bukti: {EvidenceChecklist.SupportedLevel(catalog, number, current)}");
            return 0;
        }));
        return command;
    }

    static Command Decide(bool approve)
    {
        var id = new Argument<long>("id") { Description = "Nomor bukti" };
        var note = new Option<string?>("--note") { Description = "Catatan untuk pengunggah", Required = !approve };
        var command = new Command(approve ? "approve" : "reject", approve ? "Menyetujui bukti" : "Menolak bukti") { id, note };
        command.SetAction((parse, ct) => CliDatabase.RunAsync(parse, ct, async (cli, stdout) =>
        {
            var store = cli.Get<EvidenceStore>();
            var record = await store.GetAsync(parse.GetValue(id), ct);
            var uploader = record?.UploaderId is { } uid ? await cli.Get<PersonStore>().GetAsync(uid, ct) : null;
            var texts = Dialogs.Evidence.EvidenceTexts.For(uploader?.Language);
            var (after, changed) = await store.DecideAsync(parse.GetValue(id), approve, parse.GetValue(note), CliActor,
                r => approve ? texts.NoticeApproved(r) : texts.NoticeRejected(r), ct);
            if (after is null)
            {
                parse.InvocationConfiguration.Error.WriteLine("Bukti tidak ditemukan.");
                return 2;
            }
            stdout.WriteLine(changed ? $"#{after.Id}: {EvidenceTexts.Id.StatusName(after.Status)}"
                : $"#{after.Id} sudah tidak menunggu verifikasi (status: {EvidenceTexts.Id.StatusName(after.Status)}); tidak diubah.");
            return changed ? 0 : 1;
        }));
        return command;
    }

    /// <summary>
    /// <c>evidence check FILE --indicator N [--level L] [--year Y] [--framework F] [--json]</c>: the pre-check of one
    /// document against the criterion it would be filed for (it stores nothing). Without FILE: reconciliation of the
    /// file store (<c>--verify</c> rehashes every file).
    /// </summary>
    static Command Check()
    {
        var file = new Argument<FileInfo?>("berkas") { Description = "Dokumen yang diperiksa (PDF, DOCX, XLSX, JPG/PNG); tanpa berkas: rekonsiliasi penyimpanan", Arity = ArgumentArity.ZeroOrOne };
        var indicator = new Option<int?>("--indicator", "-i") { Description = "Nomor indikator tempat dokumen diajukan" };
        var level = new Option<int?>("--level", "-l") { Description = "Level yang dituju (1–5)" };
        var year = new Option<int?>("--year") { Description = "Tahun evaluasi (bawaan: tahun instansi)" };
        var framework = new Option<string?>("--framework", "-f") { Description = "Kerangka penilaian (bawaan: kerangka instansi)" };
        var json = new Option<bool>("--json") { Description = "Hasil sebagai JSON" };
        var noOcr = new Option<bool>("--no-ocr") { Description = "Jangan menjalankan OCR untuk pindaian" };
        var verify = new Option<bool>("--verify") { Description = "Rekonsiliasi: hitung ulang SHA-256 setiap berkas" };
        var command = new Command("check", "Pemeriksaan awal isi dokumen terhadap kriteria indikator; tanpa berkas: rekonsiliasi penyimpanan")
            { file, indicator, level, year, framework, json, noOcr, verify };
        command.SetAction((parse, ct) =>
        {
            var stderr = parse.InvocationConfiguration.Error;
            if (parse.GetValue(file) is not { } document)
                return CliDatabase.RunAsync(parse, ct, (cli, stdout) => Reconcile(cli, parse.GetValue(verify), stdout, ct));
            if (!document.Exists)
            {
                stderr.WriteLine($"Berkas {document.FullName} tidak ditemukan.");
                return Task.FromResult(2);
            }
            if (parse.GetValue(indicator) is not int number)
            {
                stderr.WriteLine("Sebutkan indikator tempat dokumen diajukan: --indicator N.");
                return Task.FromResult(2);
            }
            return CliDatabase.RunAsync(parse, ct, async (cli, stdout) =>
            {
                var (fw, y) = await ScopeAsync(cli, parse.GetValue(framework), parse.GetValue(year), ct);
                if (!CatalogStore.Exists(fw) || CatalogStore.Get(fw).FindIndicator(number) is null)
                {
                    stderr.WriteLine($"Indikator {number} tidak ada di {fw}.");
                    return 2;
                }
                var request = new EvidenceCheckRequest(document.FullName, document.Name, fw, number, parse.GetValue(level), y, AllowOcr: !parse.GetValue(noOcr));
                // What the upload would refuse is not read here either: the check says what filing it would meet.
                var check = RefusedAtUpload(document, cli.Get<EvidenceOptions>().MaxBytes) is { } refused
                    ? EvidenceChecker.Judge(request, new DocumentText([], 0, false, false, [refused]), CatalogStore.Get(fw), null) with { Reading = [refused] }
                    : await cli.Get<IEvidenceChecker>().CheckAsync(request, ct);
                if (parse.GetValue(json))
                {
                    // The JSON carries the notes as codes; "note" adds their Indonesian wording (the CLI's language).
                    var o = EvidenceCheckJson.ToJson(check, document.Name);
                    o["note"] = SpbeBot.Dialogs.Evidence.PrecheckTexts.Id.NoteText(check);
                    stdout.WriteLine(o.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
                }
                else EvidenceCheckText.Write(check, document.Name, CatalogStore.Get(fw), stdout);
                return 0;
            });
        });
        return command;
    }

    /// <summary>The upload's own refusals the checker does not make (it reads by content, whatever the size or name).</summary>
    static ReadNote? RefusedAtUpload(FileInfo document, long maxBytes) => FileInspector.Inspect(document.FullName, document.Name, maxBytes).Problem switch
    {
        FileProblem.TooLarge => new ReadNote(ReadNote.TooLarge, (int)(maxBytes / 1024 / 1024)),
        FileProblem.Disguised => new ReadNote(ReadNote.Disguised),
        _ => null,
    };

    static async Task<int> Reconcile(CliServices cli, bool verify, TextWriter stdout, CancellationToken ct)
    {
        var intake = cli.Get<EvidenceIntake>();
        var report = await intake.ReconcileAsync(verify, ct);
        var (count, bytes) = intake.Files.Usage();
        stdout.WriteLine($"Penyimpanan: {intake.Files.Root} — {count} berkas, {bytes / 1024 / 1024.0:0.0} MB");
        stdout.WriteLine($"Sementara dihapus: {report.TempFilesRemoved}; yatim dihapus: {report.OrphansRemoved}");
        stdout.WriteLine($"Hilang: {report.Missing.Count}; rusak: {report.Corrupt.Count}");
        foreach (var sha in report.Missing) stdout.WriteLine($"  hilang: {sha}");
        foreach (var sha in report.Corrupt) stdout.WriteLine($"  rusak: {sha}");
        return report.Missing.Count + report.Corrupt.Count == 0 ? 0 : 1;
    }
}
