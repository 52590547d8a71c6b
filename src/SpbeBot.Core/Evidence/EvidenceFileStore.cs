using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace SpbeBot.Core.Evidence;

/// <summary>A file written to the store's temp folder, hashed and on disk, not yet in the content area.</summary>
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
/// uploaded. A file is written to root/tmp first, flushed to disk, then renamed into root/sha256/ab/cd/&lt;hash&gt;
/// (a rename is atomic on one file system) and the folder is synced, so a stored file is complete or absent.
/// The database decides what counts; <see cref="Reconcile"/> removes what a crash left uncounted.
/// </summary>
public sealed class EvidenceFileStore
{
    readonly string _temp;
    readonly string _content;

    public EvidenceFileStore(string root)
    {
        Root = Path.GetFullPath(root);
        _temp = Path.Combine(Root, "tmp");
        _content = Path.Combine(Root, "sha256");
        Directory.CreateDirectory(_temp);
        Directory.CreateDirectory(_content);
    }

    public string Root { get; }

    /// <summary>
    /// Writes the upload into a new temp file through a stream that hashes and counts it, refusing to grow past
    /// <paramref name="maxBytes"/>, and flushes it to disk. Whatever goes wrong, no temp file is left behind.
    /// </summary>
    public async Task<StagedFile> StageAsync(Func<Stream, CancellationToken, Task> write, long maxBytes, CancellationToken ct)
    {
        var path = Path.Combine(_temp, Guid.NewGuid().ToString("N") + ".part");
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                await using var counting = new HashingLimitStream(file, hash, maxBytes);
                await write(counting, ct);
                await counting.FlushAsync(ct);
                file.Flush(flushToDisk: true);
            }
            return new StagedFile(path, Convert.ToHexStringLower(hash.GetHashAndReset()), new FileInfo(path).Length);
        }
        catch
        {
            TryDelete(path);
            throw;
        }
    }

    /// <summary>
    /// Moves a staged file into the content area. False when the same content was already stored (the staged copy is
    /// dropped and the stored one touched, so a reconciliation running meanwhile does not take it for an old orphan).
    /// </summary>
    public bool Commit(StagedFile staged)
    {
        var target = PathOf(staged.Sha256);
        var folder = Path.GetDirectoryName(target)!;
        var created = !Directory.Exists(folder);
        Directory.CreateDirectory(folder);
        if (created) DirectorySync.Flush(Path.GetDirectoryName(folder)!, Path.GetDirectoryName(Path.GetDirectoryName(folder)!)!);
        try
        {
            File.Move(staged.TempPath, target, overwrite: false);
        }
        catch (IOException) when (File.Exists(target))
        {
            TryDelete(staged.TempPath);
            File.SetLastWriteTimeUtc(target, DateTime.UtcNow);
            return false;
        }
        DirectorySync.Flush(folder, _temp);
        return true;
    }

    /// <summary>Drops a staged file that will not be kept (refused by inspection).</summary>
    public void Discard(StagedFile staged) => TryDelete(staged.TempPath);

    /// <summary>Where a hash's file lives. Refuses anything but 64 lower-case hex digits, so no caller builds a path from untrusted text.</summary>
    public string PathOf(string sha256)
    {
        if (!IsHash(sha256)) throw new ArgumentException("Not a SHA-256 hex string.", nameof(sha256));
        return Path.Combine(_content, sha256[..2], sha256[2..4], sha256);
    }

    public bool Exists(string sha256) => File.Exists(PathOf(sha256));

    public Stream OpenRead(string sha256) => File.OpenRead(PathOf(sha256));

    /// <summary>
    /// Removes temp files and content files the database does not count (<paramref name="known"/>) once they are older
    /// than <paramref name="grace"/> (younger ones may belong to an upload in flight); reports counted files that are
    /// missing and, with <paramref name="verifyHashes"/>, those whose bytes no longer match their hash.
    /// </summary>
    public ReconcileReport Reconcile(IReadOnlySet<string> known, TimeSpan grace, bool verifyHashes = false)
    {
        var cutoff = DateTime.UtcNow - grace;
        var temps = 0;
        foreach (var file in Directory.EnumerateFiles(_temp))
            if (File.GetLastWriteTimeUtc(file) <= cutoff && TryDelete(file)) temps++;

        var orphans = 0;
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(_content, "*", SearchOption.AllDirectories))
        {
            var name = Path.GetFileName(file);
            if (!IsHash(name)) continue;          // not ours: leave it alone
            if (known.Contains(name)) present.Add(name);
            else if (File.GetLastWriteTimeUtc(file) <= cutoff && TryDelete(file)) orphans++;
        }
        var missing = known.Where(h => !present.Contains(h)).Order().ToList();
        var corrupt = verifyHashes ? present.Where(h => !Matches(h)).Order().ToList() : [];
        return new ReconcileReport(temps, orphans, missing, corrupt);
    }

    /// <summary>Stored files and their total size.</summary>
    public (long Files, long Bytes) Usage()
    {
        long files = 0, bytes = 0;
        foreach (var file in new DirectoryInfo(_content).EnumerateFiles("*", SearchOption.AllDirectories))
        {
            if (!IsHash(file.Name)) continue;
            files++;
            bytes += file.Length;
        }
        return (files, bytes);
    }

    bool Matches(string sha256)
    {
        try
        {
            using var stream = OpenRead(sha256);
            return Convert.ToHexStringLower(SHA256.HashData(stream)) == sha256;
        }
        catch (IOException)
        {
            return false;
        }
    }

    static bool IsHash(string text) => text.Length == 64 && text.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');

    static bool TryDelete(string path)
    {
        try
        {
            File.Delete(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Passes writes through to the file while hashing them, and stops the upload once it is too large.</summary>
    sealed class HashingLimitStream(Stream inner, IncrementalHash hash, long maxBytes) : Stream
    {
        long _written;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _written;
        public override long Position { get => _written; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Count(buffer.Length);
            hash.AppendData(buffer);
            inner.Write(buffer);
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken ct = default)
        {
            Count(buffer.Length);
            hash.AppendData(buffer.Span);
            await inner.WriteAsync(buffer, ct);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken ct) =>
            WriteAsync(buffer.AsMemory(offset, count), ct).AsTask();

        void Count(int bytes)
        {
            _written += bytes;
            if (_written > maxBytes) throw new FileTooLargeException(maxBytes);
        }

        public override void Flush() => inner.Flush();
        public override Task FlushAsync(CancellationToken ct) => inner.FlushAsync(ct);
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}

/// <summary>
/// fsync of a directory, so a rename or a new entry in it survives a power cut. .NET cannot open a directory as a
/// stream, so on Linux this calls open(2)/fsync(2) directly; elsewhere it does nothing (NTFS journals metadata).
/// </summary>
static class DirectorySync
{
    const int ReadOnly = 0, Directory = 0x10000;   // O_RDONLY, O_DIRECTORY (x86-64 and arm64 Linux)

    public static void Flush(params string[] folders)
    {
        if (!OperatingSystem.IsLinux()) return;
        foreach (var folder in folders)
        {
            var fd = Open(folder, ReadOnly | Directory);
            if (fd < 0) continue;
            _ = Fsync(fd);
            _ = Close(fd);
        }
    }

    // DllImport rather than LibraryImport: no unsafe code needed; strings marshal as UTF-8 on Unix.
    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
    static extern int Fsync(int fd);

    [DllImport("libc", EntryPoint = "close")]
    static extern int Close(int fd);
}
