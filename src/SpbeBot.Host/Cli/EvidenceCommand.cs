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
using SpbeBot.Dialogs.Cli;
using SpbeBot.Dialogs.Evidence;

namespace SpbeBot.Host.Cli;

/// <summary>
/// <c>spbebot evidence add|list|checklist|approve|reject|check|export</c>: evidence (data dukung) from the server's
/// keyboard — bulk uploads from a folder, the verification queue, the checklist, reconciliation, the export bundle.
/// Its words, help included, are <see cref="EvidenceCommandTexts"/> in the machine's language.
/// </summary>
static class EvidenceCommand
{
    public static Command Create()
    {
        var t = EvidenceCommandTexts.Machine;
        var evidence = new Command("evidence", t.EvidenceHelp);
        evidence.Subcommands.Add(Add(t));
        evidence.Subcommands.Add(List(t));
        evidence.Subcommands.Add(Checklist(t));
        evidence.Subcommands.Add(Decide(t, approve: true));
        evidence.Subcommands.Add(Decide(t, approve: false));
        evidence.Subcommands.Add(Check(t));
        evidence.Subcommands.Add(EvidenceExportCommand.Create(t));
        return evidence;
    }

    internal static async Task<(string Framework, int Year)> ScopeAsync(CliServices cli, string? framework, int? year, CancellationToken ct)
    {
        var instansi = await cli.Get<InstansiStore>().GetAsync(ct);
        return (framework ?? instansi?.Framework ?? CatalogStore.DefaultFramework, year ?? instansi?.EvaluationYear ?? TimeZones.Today(TimeZones.Wib, cli.Get<TimeProvider>()).Year);
    }

    static Actor CliActor => Actor.System("cli:" + Environment.UserName);

    static Command Add(EvidenceCommandTexts t)
    {
        var files = new Argument<string[]>(CommandLineTexts.Machine.FilesArgument) { Description = t.FilesHelp, Arity = ArgumentArity.OneOrMore };
        var indicator = new Option<int>("--indicator", "-i") { Description = t.IndicatorHelp, Required = true };
        var level = new Option<int>("--level", "-l") { Description = t.LevelHelp, Required = true };
        var item = new Option<int?>("--item") { Description = t.ItemHelp };
        var opd = new Option<string?>("--opd") { Description = t.OpdHelp };
        var year = new Option<int?>("--year") { Description = t.YearHelp };
        var framework = new Option<string?>("--framework", "-f") { Description = t.FrameworkHelp };
        var json = new Option<bool>("--json") { Description = t.AddJsonHelp };
        var command = new Command("add", t.AddHelp) { files, indicator, level, item, opd, year, framework, json };
        command.SetAction((parse, ct) => CliDatabase.RunAsync(parse, ct, async (cli, stdout) =>
        {
            var stderr = parse.InvocationConfiguration.Error;
            var (fw, y) = await ScopeAsync(cli, parse.GetValue(framework), parse.GetValue(year), ct);
            var catalog = CatalogStore.Get(fw);
            var (number, lvl) = (parse.GetValue(indicator), parse.GetValue(level));
            if (catalog.FindIndicator(number) is not { } ind || ind.Level(lvl) is not { } levelText)
            {
                stderr.WriteLine(t.NoSuchLevel(number, lvl, fw));
                return 2;
            }
            var chosen = parse.GetValue(item) ?? (levelText.Evidence.Count == 1 ? 1 : null);
            if (chosen is not int itemNumber || itemNumber < 0 || itemNumber > levelText.Evidence.Count)
            {
                stderr.WriteLine(t.ChooseItem(levelText.Evidence.Count));
                for (var i = 0; i < levelText.Evidence.Count; i++) stderr.WriteLine($"  {i + 1}. {levelText.Evidence[i]}");
                return 2;
            }
            long? opdId = null;
            if (parse.GetValue(opd) is { } opdName)
            {
                if (await cli.Get<OpdStore>().FindAsync(opdName, ct) is not { } found)
                {
                    stderr.WriteLine(t.OpdNotFound(opdName));
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
                    Write(stdout, parse.GetValue(json), new { file = path, problem = "not-found" }, t.FileNotFound(path));
                    continue;
                }
                var result = await intake.ReceiveAsync(new UploadRequest(
                    async (destination, token) => { await using var source = File.OpenRead(path); await source.CopyToAsync(destination, token); },
                    Path.GetFileName(path), new FileInfo(path).Length, fw, y, null, CliActor.Name, opdId, "cli", batch,
                    new EvidenceTarget(number, lvl, itemNumber, null, opdId)), CliActor, ct);
                if (result.Record is { } r)
                {
                    // The same pre-check as a filing in the chat: the text layer now, a scan queued for the server's OCR.
                    var (state, check, lines) = await PrecheckAsync(t.Precheck, precheck, r, path, ct);
                    Write(stdout, parse.GetValue(json), new
                        {
                            file = path, id = r.Id, sha256 = r.Sha256, size = r.Size, alreadyStored = result.AlreadyStored,
                            precheck = new { state, result = check is null || state != "done" ? null : EvidenceCheckJson.ToJson(check), reading = check?.Reading.Select(n => n.Code) },
                        },
                        t.Stored(r.Id, r.OriginalName, r.Kind, r.Size, r.Sha256, result.AlreadyStored) + "\n" + lines);
                }
                else
                {
                    refused++;
                    Write(stdout, parse.GetValue(json), new { file = path, problem = result.DownloadFailed ? "read-failed" : DbEnum.ToText(result.Problem) },
                        // The same sentence the chat gives, in the machine's language, not the internal code.
                        $"✗ {path}: " + (result.DownloadFailed ? t.ReadFailed : t.Chat.Problem(result.Problem, cli.Get<EvidenceOptions>().MaxBytes, result.Detail)));
                }
            }
            return refused == 0 ? 0 : 1;
        }));
        return command;
    }

    /// <summary>
    /// The pre-check of one filed file (as the chat does it): its state ("done", "reading": queued for the server's OCR,
    /// "unavailable"), the verdict, and its lines in the machine's language (the CLI has no person).
    /// </summary>
    static async Task<(string State, EvidenceCheck? Check, string Lines)> PrecheckAsync(PrecheckTexts p, EvidencePrecheck? precheck, EvidenceRecord record, string path, CancellationToken ct)
    {
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

    static Command List(EvidenceCommandTexts t)
    {
        var indicator = new Option<int?>("--indicator", "-i") { Description = t.IndicatorHelp };
        var status = new Option<string?>("--status") { Description = "pending|approved|rejected|draft|superseded" };
        CliChoices.AcceptOnly(status, [.. DbEnum.AllTexts<EvidenceStatus>()], "Status");
        var year = new Option<int?>("--year") { Description = t.YearHelp };
        var framework = new Option<string?>("--framework", "-f") { Description = t.FrameworkHelp };
        var command = new Command("list", t.ListHelp) { indicator, status, year, framework };
        command.SetAction((parse, ct) => CliDatabase.RunAsync(parse, ct, async (cli, stdout) =>
        {
            var (fw, y) = await ScopeAsync(cli, parse.GetValue(framework), parse.GetValue(year), ct);
            var store = cli.Get<EvidenceStore>();
            var records = await store.ListAsync(new EvidenceFilter
            {
                Framework = fw, Year = y, Indicator = parse.GetValue(indicator), Status = DbEnum.Parse<EvidenceStatus>(parse.GetValue(status)),
                IncludeSuperseded = parse.GetValue(status) == "superseded", Limit = 100_000,
            }, ct);
            var table = new Table().Border(TableBorder.Rounded).AddColumns(t.ListColumns);
            foreach (var r in records)
                table.AddRow(r.Id.ToString(), $"{r.Indicator}", $"{r.Level}", r.Item == 0 ? t.OtherItem : $"{r.Item}", Markup.Escape(r.OriginalName),
                    Markup.Escape(r.OpdName ?? "-"), Markup.Escape(r.Uploader), t.Chat.StatusName(r.Status));
            OpdCommand.Console(stdout).Write(table);
            stdout.WriteLine(t.Listed(records.Count, fw, y));
            return 0;
        }));
        return command;
    }

    static Command Checklist(EvidenceCommandTexts t)
    {
        var indicator = new Argument<int>(CommandLineTexts.Machine.IndicatorArgument) { Description = t.IndicatorHelp };
        var year = new Option<int?>("--year") { Description = t.YearHelp };
        var framework = new Option<string?>("--framework", "-f") { Description = t.FrameworkHelp };
        var command = new Command("checklist", t.ChecklistHelp) { indicator, year, framework };
        command.SetAction((parse, ct) => CliDatabase.RunAsync(parse, ct, async (cli, stdout) =>
        {
            var (fw, y) = await ScopeAsync(cli, parse.GetValue(framework), parse.GetValue(year), ct);
            var catalog = CatalogStore.Get(fw);
            var number = parse.GetValue(indicator);
            if (catalog.FindIndicator(number) is not { } ind)
            {
                parse.InvocationConfiguration.Error.WriteLine(t.Precheck.UnknownIndicator(number, fw));
                return 2;
            }
            var store = cli.Get<EvidenceStore>();
            var current = await store.ListAsync(new EvidenceFilter { Framework = fw, Year = y, Indicator = number }, ct);
            stdout.WriteLine(t.ChecklistTitle(number, ind.Name, fw, y));
            foreach (var level in ind.Levels)
            {
                var c = EvidenceChecklist.For(catalog, number, level.Level, current);
                stdout.WriteLine(t.Chat.LevelCounts(c));
                foreach (var i in c.Items)
                    stdout.WriteLine($"  [{t.Chat.ItemStateName(i.State)}] {i.Item}. {(i.Text.Length > 100 ? i.Text[..99] + "…" : i.Text)}" + (i.Optional ? t.Optional : ""));
            }
            stdout.WriteLine(t.SupportedLevel(EvidenceChecklist.SupportedLevel(catalog, number, current)));
            return 0;
        }));
        return command;
    }

    static Command Decide(EvidenceCommandTexts t, bool approve)
    {
        var id = new Argument<long>("id") { Description = t.EvidenceNumberHelp };
        var note = new Option<string?>("--note") { Description = t.NoteHelp, Required = !approve };
        var command = new Command(approve ? "approve" : "reject", approve ? t.ApproveHelp : t.RejectHelp) { id, note };
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
                parse.InvocationConfiguration.Error.WriteLine(t.EvidenceNotFound);
                return 2;
            }
            stdout.WriteLine(changed ? $"#{after.Id}: {t.Chat.StatusName(after.Status)}" : t.Chat.AlreadyDecided(after));
            return changed ? 0 : 1;
        }));
        return command;
    }

    /// <summary>
    /// <c>evidence check FILE --indicator N [--level L] [--year Y] [--framework F] [--as-of DATE] [--json]</c>: the pre-check of one
    /// document against the criterion it would be filed for (it stores nothing). Without FILE: reconciliation of the
    /// file store (<c>--verify</c> rehashes every file).
    /// </summary>
    static Command Check(EvidenceCommandTexts t)
    {
        var file = new Argument<FileInfo?>(CommandLineTexts.Machine.FileArgument) { Description = t.DocumentHelp, Arity = ArgumentArity.ZeroOrOne };
        var indicator = new Option<int?>("--indicator", "-i") { Description = t.FiledForHelp };
        var level = new Option<int?>("--level", "-l") { Description = t.TargetLevelHelp };
        var year = new Option<int?>("--year") { Description = t.YearOrInstansisHelp };
        var framework = new Option<string?>("--framework", "-f") { Description = t.FrameworkOrInstansisHelp };
        var json = new Option<bool>("--json") { Description = t.CheckJsonHelp };
        var noOcr = new Option<bool>("--no-ocr") { Description = t.NoOcrHelp };
        var verify = new Option<bool>("--verify") { Description = t.VerifyHelp };
        var asOf = new Option<DateOnly?>("--as-of") { Description = t.AsOfHelp };
        var command = new Command("check", t.CheckHelp) { file, indicator, level, year, framework, json, noOcr, verify, asOf };
        command.SetAction((parse, ct) =>
        {
            var stderr = parse.InvocationConfiguration.Error;
            if (parse.GetValue(file) is not { } document)
                return CliDatabase.RunAsync(parse, ct, (cli, stdout) => Reconcile(t, cli, parse.GetValue(verify), stdout, ct));
            if (!document.Exists)
            {
                stderr.WriteLine(t.DocumentNotFound(document.FullName));
                return Task.FromResult(2);
            }
            if (parse.GetValue(indicator) is not int number)
            {
                stderr.WriteLine(t.NameTheIndicator);
                return Task.FromResult(2);
            }
            // Only the ISO form reaches here (CliInput): "07-12-2026" would be read month first, a reviu's validity counted to the wrong day.
            var given = parse.GetValue(asOf);
            return CliDatabase.RunAsync(parse, ct, async (cli, stdout) =>
            {
                var (fw, y) = await ScopeAsync(cli, parse.GetValue(framework), parse.GetValue(year), ct);
                if (!CatalogStore.Exists(fw) || CatalogStore.Get(fw).FindIndicator(number) is null)
                {
                    stderr.WriteLine(t.Precheck.UnknownIndicator(number, fw));
                    return 2;
                }
                // The reviu's two years are counted to the given date, else as the bot's precheck counts them (today in the Pemda's zone).
                var reference = given ?? EvidencePrecheck.ReferenceDate(cli.Get<TimeProvider>(),
                    (await cli.Get<InstansiStore>().GetAsync(ct))?.TimeZone ?? TimeZones.Wib, y);
                var request = new EvidenceCheckRequest(document.FullName, document.Name, fw, number, parse.GetValue(level), y, AllowOcr: !parse.GetValue(noOcr), AsOf: reference);
                // What the upload would refuse is not read here either: the check says what filing it would meet.
                var check = RefusedAtUpload(document, cli.Get<EvidenceOptions>().MaxBytes) is { } refused
                    ? EvidenceChecker.Judge(request, new DocumentText([], 0, false, false, [refused]), CatalogStore.Get(fw), null) with { Reading = [refused] }
                    : await cli.Get<IEvidenceChecker>().CheckAsync(request, ct);
                if (parse.GetValue(json))
                {
                    // The JSON carries the notes as codes; "note" adds their Indonesian wording, whatever the machine's language:
                    // a script reading it gets one form.
                    var o = EvidenceCheckJson.ToJson(check, document.Name);
                    o["note"] = SpbeBot.Dialogs.Evidence.PrecheckTexts.Id.NoteText(check);
                    stdout.WriteLine(o.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
                }
                else EvidenceCheckText.Write(check, document.Name, CatalogStore.Get(fw), stdout, EvidenceCheckTexts.Machine);
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

    static async Task<int> Reconcile(EvidenceCommandTexts t, CliServices cli, bool verify, TextWriter stdout, CancellationToken ct)
    {
        var intake = cli.Get<EvidenceIntake>();
        var report = await intake.ReconcileAsync(verify, ct);
        var (count, bytes) = intake.Files.Usage();
        stdout.WriteLine(t.Store(intake.Files.Root, count, bytes / 1024 / 1024.0));
        stdout.WriteLine(t.Removed(report.TempFilesRemoved, report.OrphansRemoved));
        stdout.WriteLine(t.Damaged(report.Missing.Count, report.Corrupt.Count));
        foreach (var sha in report.Missing) stdout.WriteLine(t.MissingFile(sha));
        foreach (var sha in report.Corrupt) stdout.WriteLine(t.CorruptFile(sha));
        return report.Missing.Count + report.Corrupt.Count == 0 ? 0 : 1;
    }
}
