using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace SpbeBot.Core.Evidence;

/// <summary>A file written to the store's temp folder, hashed and flushed to disk, not yet in the content area.</summary>
public sealed record StagedFile(string TempPath, string Sha256, long Size);

/// <summary>The upload grew past the size limit while it was being written.</summary>
public sealed class FileTooLargeException(long limit) : IOException($"The file is larger than {limit} bytes.")
{
    public long Limit { get; } = limit;
}

/// <summary>What reconciliation found: temp and orphan files removed, counted files missing or altered.</summary>
public sealed record ReconcileReport(int TempFilesRemoved, int OrphansRemoved, IReadOnlyList<string> Missing, IReadOnlyList<string> Corrupt);

/// <summary>
/// Evidence files on local disk, addressed by their SHA-256: the same content is stored once however often it is
/// uploaded. A file is written to root/tmp first and flushed to disk, then renamed into root/sha256/ab/cd/&lt;hash&gt;
/// (a rename is atomic within one file system, and both folders are under root) and the folder is synced, so a
/// stored file is complete or absent and a returned <see cref="Commit"/> survives a power cut.
/// The database decides what counts; <see cref="Reconcile"/> removes what a crash left uncounted.
/// </summary>
public sealed class EvidenceFileStore
{
    const int BufferSize = 81920;
    // Uploaded documents are the Pemda's: owner and group only.
    const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute;
    const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;

    // Every file under the store, including ones an admin made unreadable: reconciliation must not stop on them.
    static readonly EnumerationOptions AllFiles = new() { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 };

    readonly string _temp;
    readonly string _content;
    // "Now" for file ages: the time reconciliation compares write times with, and the time a commit writes.
    readonly TimeProvider _time;
    // Fan-out folders whose entries this process has synced; see EnsureFolder.
    readonly ConcurrentDictionary<string, bool> _syncedFolders = new(StringComparer.Ordinal);

    public EvidenceFileStore(string root, TimeProvider? time = null)
    {
        _time = time ?? TimeProvider.System;
        Root = Path.GetFullPath(root);
        _temp = Path.Combine(Root, "tmp");
        _content = Path.Combine(Root, "sha256");
        CreateFolder(Root);
        CreateFolder(_temp);
        CreateFolder(_content);
        LinuxFiles.SyncFolders(Root);
    }

    public string Root { get; }

    /// <summary>
    /// Runs <paramref name="write"/> into a new temp file through a stream that hashes and counts the bytes and throws
    /// <see cref="FileTooLargeException"/> as soon as more than <paramref name="maxBytes"/> arrive, then flushes the
    /// file to disk. Whatever goes wrong, the temp file is removed and the exception passed on.
    /// </summary>
    public async Task<StagedFile> StageAsync(Func<Stream, CancellationToken, Task> write, long maxBytes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(write);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        var path = Path.Combine(_temp, Guid.NewGuid().ToString("N") + ".part");
        var options = new FileStreamOptions
        {
            Mode = System.IO.FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None,
            BufferSize = BufferSize, Options = FileOptions.Asynchronous,
        };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = FileMode;
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long size;
            await using (var file = new FileStream(path, options))
            {
                var counting = new HashingLimitStream(file, hash, maxBytes);
                await write(counting, ct);
                await file.FlushAsync(ct);
                file.Flush(flushToDisk: true);   // fsync: the bytes are on disk before the rename can publish them
                size = counting.Length;
            }
            return new StagedFile(path, Convert.ToHexStringLower(hash.GetHashAndReset()), size);
        }
        catch
        {
            TryDelete(path);
            throw;
        }
    }

    /// <summary>
    /// Moves a staged file into the content area with an atomic rename and syncs the folder. True when the content is
    /// newly stored; false when it was already there (the staged copy is dropped and the stored one touched, so a
    /// reconciliation running meanwhile does not take it for an old orphan). Calling it twice is harmless.
    /// </summary>
    public bool Commit(StagedFile staged)
    {
        var temp = CheckStaged(staged);
        var target = PathOf(staged.Sha256);
        var folder = EnsureFolder(target);
        // Reconciliation measures an uncounted file's age from its commit, not from when its upload began.
        TryTouch(temp);
        while (true)
        {
            bool moved;
            try
            {
                // One step that fails if the target exists: of two concurrent commits of the same content, one wins.
                if (!LinuxFiles.TryRenameNoReplace(temp, target)) File.Move(temp, target, overwrite: false);
                moved = true;
            }
            catch (IOException) when (File.Exists(target))
            {
                moved = false;   // stored before, or a concurrent upload of the same content won the rename
            }
            if (moved)
            {
                LinuxFiles.SyncFolders(folder);   // outside the catch: a failed sync must fail the commit
                return true;
            }
            if (!TryTouch(target)) continue;   // a reconciliation removed it just now: move ours in after all
            // A stored copy of another size was damaged on disk; ours has the same hash and is whole.
            if (new FileInfo(target).Length != staged.Size && File.Exists(temp)) File.Move(temp, target, overwrite: true);
            else TryDelete(temp);
            LinuxFiles.SyncFolders(folder);   // the winner of a concurrent rename may not have synced it yet
            return false;
        }
    }

    /// <summary>Deletes a staged file that will not be committed (refused by inspection).</summary>
    public void Discard(StagedFile staged) => TryDelete(CheckStaged(staged));

    /// <summary>Where a hash's file lives. Refuses anything but 64 lower-case hex digits, so no caller builds a path from untrusted text.</summary>
    public string PathOf(string sha256)
    {
        if (!IsHash(sha256)) throw new ArgumentException("Not a lower-case SHA-256 hex string.", nameof(sha256));
        return Path.Combine(_content, sha256[..2], sha256[2..4], sha256);
    }

    public bool Exists(string sha256) => File.Exists(PathOf(sha256));

    public Stream OpenRead(string sha256) =>
        new FileStream(PathOf(sha256), System.IO.FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.SequentialScan);

    /// <summary>
    /// Start-up reconciliation. Removes temp files, and content files the database does not count
    /// (<paramref name="known"/>: a crash between the rename and the database commit), once they are older than
    /// <paramref name="grace"/> (younger ones may belong to an upload in flight). Reports counted hashes whose file is
    /// missing and, with <paramref name="verifyHashes"/>, those whose bytes no longer match (kept, not deleted).
    /// Names that are not hashes in their place are left alone. One bad file never stops it.
    /// </summary>
    public ReconcileReport Reconcile(IReadOnlySet<string> known, TimeSpan grace, bool verifyHashes = false)
    {
        ArgumentNullException.ThrowIfNull(known);
        var cutoff = _time.GetUtcNow().UtcDateTime - grace;
        var temps = 0;
        foreach (var file in Directory.EnumerateFiles(_temp, "*", AllFiles))
            if (IsOlder(file, cutoff) && TryDelete(file)) temps++;

        var orphans = 0;
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in StoredFiles())
        {
            var sha = Path.GetFileName(file);
            if (known.Contains(sha)) present.Add(sha);
            else if (IsOlder(file, cutoff) && TryDelete(file)) orphans++;
        }
        var missing = known.Where(h => !present.Contains(h)).Order(StringComparer.Ordinal).ToList();
        List<string> corrupt = verifyHashes ? [.. present.Where(h => !Matches(h)).Order(StringComparer.Ordinal)] : [];
        return new ReconcileReport(temps, orphans, missing, corrupt);
    }

    /// <summary>Stored files and their total size (for status and benchmarks).</summary>
    public (long Files, long Bytes) Usage()
    {
        long files = 0, bytes = 0;
        foreach (var file in StoredFiles())
        {
            try
            {
                bytes += new FileInfo(file).Length;
                files++;
            }
            catch (IOException) { }   // removed meanwhile
        }
        return (files, bytes);
    }

    /// <summary>Files in the content area named by a hash and sitting where <see cref="PathOf"/> puts that hash.</summary>
    IEnumerable<string> StoredFiles() =>
        Directory.EnumerateFiles(_content, "*", AllFiles).Where(f => IsHash(Path.GetFileName(f)) && PathOf(Path.GetFileName(f)) == f);

    /// <summary>
    /// Creates the fan-out folders for a target and syncs their parents the first time this process uses them: a new
    /// folder is itself an entry in its parent. "First time" rather than "newly created" also covers a folder another
    /// thread created but has not synced yet, and one a crashed process created and never synced.
    /// </summary>
    string EnsureFolder(string target)
    {
        var folder = Path.GetDirectoryName(target)!;
        if (_syncedFolders.ContainsKey(folder)) return folder;
        var middle = Path.GetDirectoryName(folder)!;
        CreateFolder(middle);
        CreateFolder(folder);
        LinuxFiles.SyncFolders(middle, _content);
        _syncedFolders.TryAdd(folder, true);
        return folder;
    }

    /// <summary>Only files this store staged may be committed or discarded: never an arbitrary path a caller made up.</summary>
    string CheckStaged(StagedFile staged)
    {
        var path = Path.GetFullPath(staged.TempPath);
        if (Path.GetDirectoryName(path) != _temp) throw new ArgumentException("Not a file staged by this store.", nameof(staged));
        return path;
    }

    bool Matches(string sha256)
    {
        try
        {
            using var stream = OpenRead(sha256);
            return Convert.ToHexStringLower(SHA256.HashData(stream)) == sha256;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    static bool IsHash(string? text) => text is { Length: 64 } && text.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');

    static void CreateFolder(string path)
    {
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(path);
        else Directory.CreateDirectory(path, FolderMode);
    }

    // A file that vanished meanwhile reads as year 1601, i.e. old; deleting it then is a no-op.
    static bool IsOlder(string path, DateTime cutoff) => File.GetLastWriteTimeUtc(path) <= cutoff;

    /// <summary>Sets the write time to now; false when the file does not exist.</summary>
    bool TryTouch(string path)
    {
        try
        {
            File.SetLastWriteTimeUtc(path, _time.GetUtcNow().UtcDateTime);
            return true;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return false;
        }
    }

    static bool TryDelete(string path)
    {
        try
        {
            if (!File.Exists(path)) return false;
            File.Delete(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
