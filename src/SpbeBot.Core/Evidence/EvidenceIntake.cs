using SpbeBot.Core.Audit;
using SpbeBot.Core.Messaging;
using SpbeBot.Core.Observability;
using SpbeBot.Core.Storage;

namespace SpbeBot.Core.Evidence;

/// <summary>Evidence settings: where files live and how large one may be.</summary>
/// <param name="Root">The file store's folder (content area and temp files).</param>
/// <param name="MaxBytes">Per file; Telegram's cloud Bot API itself cannot hand bots files above 20 MB.</param>
/// <param name="OrphanGrace">Files younger than this are never treated as crash leftovers (an upload may be in flight).</param>
public sealed record EvidenceOptions(string Root, long MaxBytes = EvidenceOptions.DefaultMaxBytes, TimeSpan? OrphanGrace = null)
{
    public const long DefaultMaxBytes = 20L * 1024 * 1024;
    public TimeSpan Grace => OrphanGrace ?? TimeSpan.FromHours(1);
}

/// <summary>An upload as it arrives, before anything is stored.</summary>
/// <param name="CopyToAsync">Writes the file's bytes into the given stream (a channel's download).</param>
/// <param name="AnnouncedSize">The size the channel announces; a larger one is refused before downloading.</param>
/// <param name="Target">Where it is filed; null keeps it as a draft until the uploader has chosen.</param>
/// <param name="FallbackStem">The name for a file that came without one (a photo), before its detected extension.</param>
public sealed record UploadRequest(
    Func<Stream, CancellationToken, Task> CopyToAsync,
    string? OriginalName,
    long? AnnouncedSize,
    string Framework,
    int Year,
    long? UploaderId,
    string Uploader,
    long? OpdId,
    string Channel,
    string Batch,
    EvidenceTarget? Target,
    string? FallbackStem = null);

/// <summary>What happened to an upload: stored (Record) or refused (Problem), nothing in between.</summary>
/// <param name="AlreadyStored">The same bytes were stored before; this upload links to them without a second copy.</param>
/// <param name="DownloadFailed">The channel could not hand over the file; nothing was stored.</param>
public sealed record IntakeResult(EvidenceRecord? Record, FileProblem Problem, string? Detail, bool AlreadyStored, bool DownloadFailed = false)
{
    public bool Stored => Record is not null;
}

/// <summary>
/// Receives one upload: download into a temp file (size-capped, hashed, fsynced), inspect the content, move it into
/// the content store, then record it in the database. Only after the row is committed is the upload acknowledged;
/// a crash before that leaves at most an uncounted file that reconciliation removes.
/// </summary>
public sealed class EvidenceIntake(EvidenceFileStore files, EvidenceStore store, EvidenceOptions options)
{
    /// <summary>The intake on a database, with the file store in the options' folder.</summary>
    public static EvidenceIntake On(ConnectionFactory db, EvidenceOptions options, TimeProvider? time = null) =>
        new(new EvidenceFileStore(options.Root, time), new EvidenceStore(db), options);

    public EvidenceOptions Options => options;
    public EvidenceFileStore Files => files;

    public async Task<IntakeResult> ReceiveAsync(UploadRequest request, Actor actor, CancellationToken ct = default)
    {
        if (request.AnnouncedSize > options.MaxBytes) return Refused(FileProblem.TooLarge);
        if (request.AnnouncedSize == 0) return Refused(FileProblem.Empty);

        StagedFile staged;
        try
        {
            Timeline.Mark("download-start");
            // The download waits on the network for seconds: out of the inbox worker, the conversation still held (issue 17u).
            await using (await WorkerSlot.StepAsideAsync(ct))
                staged = await files.StageAsync(request.CopyToAsync, options.MaxBytes, ct);
            Timeline.Mark("downloaded");
        }
        catch (FileTooLargeException)
        {
            return Refused(FileProblem.TooLarge);
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            return new IntakeResult(null, FileProblem.None, null, false, DownloadFailed: true);
        }

        var inspection = FileInspector.Inspect(staged.TempPath, request.OriginalName, options.MaxBytes);
        if (!inspection.Ok)
        {
            files.Discard(staged);
            return Refused(inspection.Problem, inspection.Detail);
        }
        var alreadyStored = !files.Commit(staged);
        var (record, repeat) = await store.AddOnceAsync(new NewEvidence
        {
            File = staged,
            Inspection = inspection,
            Framework = request.Framework,
            Year = request.Year,
            UploaderId = request.UploaderId,
            Uploader = request.Uploader,
            OpdId = request.OpdId,
            OriginalName = StoredName(request.OriginalName ?? request.FallbackStem, inspection.Extension),
            Channel = request.Channel,
            Batch = request.Batch,
            Target = request.Target,
            InboxUpdate = WorkerSlot.CurrentUpdate,
        }, actor, ct);
        // A repeat (the update handled again after a kill) is answered as the first handling would have been.
        return new IntakeResult(record, FileProblem.None, null, alreadyStored && !repeat);
    }

    /// <summary>The name shown and exported: sanitised, with the extension of what the content really is.</summary>
    public static string StoredName(string? originalName, string extension)
    {
        var name = FileNames.Sanitize(originalName, "berkas");
        return name.EndsWith(extension, StringComparison.OrdinalIgnoreCase)
               || (extension == ".jpg" && name.EndsWith(".jpeg", StringComparison.OrdinalIgnoreCase))
            ? name
            : FileNames.WithExtension(name, extension);
    }

    /// <summary>A file to send along (a broadcast attachment): the same checks and store as evidence, without an evidence row.</summary>
    public async Task<(string? Sha256, FileProblem Problem)> StoreAttachmentAsync(string path, CancellationToken ct = default)
    {
        StagedFile staged;
        try
        {
            staged = await files.StageAsync(async (destination, token) =>
            {
                await using var source = File.OpenRead(path);
                await source.CopyToAsync(destination, token);
            }, options.MaxBytes, ct);
        }
        catch (FileTooLargeException)
        {
            return (null, FileProblem.TooLarge);
        }
        var inspection = FileInspector.Inspect(staged.TempPath, Path.GetFileName(path), options.MaxBytes);
        if (!inspection.Ok)
        {
            files.Discard(staged);
            return (null, inspection.Problem);
        }
        files.Commit(staged);
        await store.RegisterFileAsync(staged, inspection, ct);
        return (staged.Sha256, FileProblem.None);
    }

    /// <summary>
    /// Start-up reconciliation: stray temp files and files no database row counts (a crash between the rename and the
    /// commit) are removed once older than the grace period; counted files that are missing (or, with
    /// <paramref name="verifyHashes"/>, altered) are reported.
    /// </summary>
    public async Task<ReconcileReport> ReconcileAsync(bool verifyHashes = false, CancellationToken ct = default) =>
        files.Reconcile(await store.KnownHashesAsync(ct), options.Grace, verifyHashes);

    static IntakeResult Refused(FileProblem problem, string? detail = null) => new(null, problem, detail, false);
}
