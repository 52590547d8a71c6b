using System.Security.Cryptography;
using Microsoft.Extensions.Time.Testing;
using SpbeBot.Core.Evidence;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Evidence;

public sealed class EvidenceFileStoreTests : IDisposable
{
    readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("spbebot-store-");
    readonly EvidenceFileStore _store;

    public EvidenceFileStoreTests() => _store = new EvidenceFileStore(_root.FullName);

    public void Dispose() => _root.Delete(recursive: true);

    static Func<Stream, CancellationToken, Task> Bytes(byte[] content, int chunk = 81920) => async (destination, ct) =>
    {
        for (var i = 0; i < content.Length; i += chunk) await destination.WriteAsync(content.AsMemory(i, Math.Min(chunk, content.Length - i)), ct);
    };

    static string Sha(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    IEnumerable<string> TempFiles => Directory.EnumerateFiles(Path.Combine(_root.FullName, "tmp"));

    Task<StagedFile> Stage(byte[] content) => _store.StageAsync(Bytes(content), 1 << 20, default);

    [Fact]
    public async Task A_committed_file_holds_the_exact_bytes_under_its_sha256()
    {
        var content = RandomNumberGenerator.GetBytes(300_000);
        var staged = await _store.StageAsync(Bytes(content, 7000), 1 << 20, default);
        var sha = Sha(content);
        Assert.Equal(sha, staged.Sha256);
        Assert.Equal(content.Length, staged.Size);
        Assert.True(_store.Commit(staged));
        Assert.Equal(Path.Combine(_root.FullName, "sha256", sha[..2], sha[2..4], sha), _store.PathOf(sha));
        Assert.Equal(content, await File.ReadAllBytesAsync(_store.PathOf(sha)));
        Assert.True(_store.Exists(sha));
        await using (var read = _store.OpenRead(sha)) Assert.Equal(sha, Convert.ToHexStringLower(await SHA256.HashDataAsync(read)));
        Assert.Empty(TempFiles);
    }

    [Fact]
    public async Task Synchronous_and_byte_by_byte_writers_are_hashed_like_async_ones()
    {
        var content = RandomNumberGenerator.GetBytes(3000);
        var staged = await _store.StageAsync((destination, _) =>
        {
            foreach (var b in content.AsSpan(0, 1000)) destination.WriteByte(b);
            destination.Write(content, 1000, 2000);
            return Task.CompletedTask;
        }, 3000, default);
        Assert.Equal((Sha(content), 3000L), (staged.Sha256, staged.Size));
        Assert.Equal(content, await File.ReadAllBytesAsync(staged.TempPath));
    }

    [Fact]
    public async Task The_same_content_twice_is_stored_once_and_a_repeated_commit_is_harmless()
    {
        var content = RandomNumberGenerator.GetBytes(5000);
        var first = await Stage(content);
        Assert.True(_store.Commit(first));
        Assert.False(_store.Commit(await Stage(content)));
        Assert.False(_store.Commit(first));
        Assert.Equal((1, 5000), _store.Usage());
        Assert.Empty(TempFiles);
    }

    [Fact]
    public async Task Concurrent_commits_of_the_same_content_leave_one_file_and_no_temp_files()
    {
        var content = RandomNumberGenerator.GetBytes(100_000);
        var staged = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _store.StageAsync(Bytes(content, 1000), 1 << 20, default)));
        // Dedicated threads released together, so the renames really race.
        var results = new bool[8];
        var errors = new List<Exception>();
        using var start = new Barrier(8);
        var threads = Enumerable.Range(0, 8).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            try { results[i] = _store.Commit(staged[i]); }
            catch (Exception e) { lock (errors) errors.Add(e); }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.Empty(errors);
        Assert.Equal(1, results.Count(r => r));
        Assert.Equal((1, 100_000), _store.Usage());
        Assert.Equal(content, await File.ReadAllBytesAsync(_store.PathOf(Sha(content))));
        Assert.Empty(TempFiles);
    }

    [Theory]
    [InlineData(81920)]
    [InlineData(1)]
    public async Task A_file_over_the_limit_is_stopped_while_writing_and_leaves_nothing(int chunk)
    {
        var e = await Assert.ThrowsAsync<FileTooLargeException>(() => _store.StageAsync(Bytes(new byte[10_001], chunk), 10_000, default));
        Assert.Equal(10_000, e.Limit);
        Assert.Empty(TempFiles);
        // Exactly at the limit is fine.
        Assert.Equal(10_000, (await _store.StageAsync(Bytes(new byte[10_000], chunk), 10_000, default)).Size);
    }

    [Fact]
    public async Task A_failing_or_cancelled_download_leaves_no_temp_file_and_discard_removes_a_staged_one()
    {
        await Assert.ThrowsAsync<HttpRequestException>(() => _store.StageAsync(async (s, ct) =>
        {
            await s.WriteAsync(new byte[100], ct);
            throw new HttpRequestException("connection reset");
        }, 1 << 20, default));
        using var cancel = new CancellationTokenSource();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _store.StageAsync(async (s, ct) =>
        {
            await s.WriteAsync(new byte[100], ct);
            await cancel.CancelAsync();
            await s.WriteAsync(new byte[100], ct);
            ct.ThrowIfCancellationRequested();
        }, 1 << 20, cancel.Token));
        Assert.Empty(TempFiles);

        var staged = await Stage([1, 2, 3]);
        _store.Discard(staged);
        Assert.Empty(TempFiles);
        Assert.Equal((0, 0), _store.Usage());
    }

    [Fact]
    public async Task Only_files_staged_by_the_store_are_committed_or_discarded()
    {
        var outside = Path.Combine(_root.FullName, "notes.txt");
        await File.WriteAllTextAsync(outside, "keep me");
        var forged = new StagedFile(outside, Sha("keep me"u8.ToArray()), 7);
        Assert.Throws<ArgumentException>(() => _store.Commit(forged));
        Assert.Throws<ArgumentException>(() => _store.Discard(forged));
        Assert.Throws<ArgumentException>(() => _store.Commit(forged with { TempPath = Path.Combine(_root.FullName, "tmp", "..", "notes.txt") }));
        Assert.True(File.Exists(outside));
        Assert.Equal((0, 0), _store.Usage());
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("../../etc/passwd")]
    [InlineData("ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789")]
    [InlineData("../aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789\n")]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData(null)]
    public void Paths_are_only_built_from_real_hashes(string? text)
    {
        Assert.Throws<ArgumentException>(() => _store.PathOf(text!));
        Assert.Throws<ArgumentException>(() => _store.Exists(text!));
        Assert.Throws<ArgumentException>(() => _store.OpenRead(text!));
    }

    [Fact]
    public async Task Reconcile_removes_old_temp_and_uncounted_files_keeps_young_and_counted_ones_and_reports_missing_and_altered()
    {
        var counted = await Stage([1, 2, 3]);
        _store.Commit(counted);
        var orphan = await Stage([4, 5, 6]);   // a crash between the rename and the database commit
        _store.Commit(orphan);
        var young = await Stage([7, 8, 9]);    // an upload whose row is being written right now
        _store.Commit(young);
        var leftover = await Stage([10]);      // a crash before the rename
        var inFlight = await Stage([11]);      // an upload still being written
        var old = DateTime.UtcNow.AddHours(-2);
        foreach (var path in new[] { _store.PathOf(counted.Sha256), _store.PathOf(orphan.Sha256), leftover.TempPath }) FileTimes.SetWriteTimeUtc(path, old);
        var missing = new string('a', 64);

        var report = _store.Reconcile(new HashSet<string> { counted.Sha256, missing }, TimeSpan.FromHours(1), verifyHashes: true);

        Assert.Equal((1, 1), (report.TempFilesRemoved, report.OrphansRemoved));
        Assert.Equal([missing], report.Missing);
        Assert.Empty(report.Corrupt);
        Assert.True(_store.Exists(counted.Sha256));
        Assert.False(_store.Exists(orphan.Sha256));
        Assert.True(_store.Exists(young.Sha256));
        Assert.Equal([inFlight.TempPath], TempFiles);

        await File.WriteAllBytesAsync(_store.PathOf(counted.Sha256), [9, 9, 9]);
        var verified = _store.Reconcile(new HashSet<string> { counted.Sha256 }, TimeSpan.FromHours(1), verifyHashes: true);
        Assert.Equal([counted.Sha256], verified.Corrupt);
        Assert.True(_store.Exists(counted.Sha256));   // reported, not deleted
        Assert.Empty(_store.Reconcile(new HashSet<string> { counted.Sha256 }, TimeSpan.FromHours(1)).Corrupt);   // only checked when asked
    }

    [Fact]
    public async Task Reconcile_and_usage_leave_names_that_are_not_stored_hashes_alone()
    {
        var content = Path.Combine(_root.FullName, "sha256");
        var stray = Path.Combine(content, "README");
        var misplaced = Path.Combine(content, "00", "00", Sha([42]));   // a hash name outside its fan-out folder
        Directory.CreateDirectory(Path.GetDirectoryName(misplaced)!);
        await File.WriteAllTextAsync(stray, "not evidence");
        await File.WriteAllBytesAsync(misplaced, [42]);
        foreach (var path in new[] { stray, misplaced }) FileTimes.SetWriteTimeUtc(path, DateTime.UtcNow.AddDays(-1));

        var report = _store.Reconcile(new HashSet<string>(), TimeSpan.FromHours(1), verifyHashes: true);

        Assert.Equal((0, 0), (report.TempFilesRemoved, report.OrphansRemoved));
        Assert.Empty(report.Missing);
        Assert.Empty(report.Corrupt);
        Assert.True(File.Exists(stray) && File.Exists(misplaced));
        Assert.Equal((0, 0), _store.Usage());
    }

    [Fact]
    public async Task Committing_refreshes_the_write_time_so_reconciliation_does_not_take_a_fresh_file_for_an_old_orphan()
    {
        // The store's "now" is an input: two hours pass on this clock, whatever the machine does meanwhile.
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        var store = new EvidenceFileStore(_root.FullName, clock);
        // Staged long ago (a slow inspection), committed now.
        var slow = await store.StageAsync(Bytes([1]), 1 << 20, default);
        // Stored long ago and uncounted, then uploaded again: the dedup touches it.
        store.Commit(await store.StageAsync(Bytes([2]), 1 << 20, default));
        clock.Advance(TimeSpan.FromHours(2));
        store.Commit(slow);
        Assert.False(store.Commit(await store.StageAsync(Bytes([2]), 1 << 20, default)));

        var report = store.Reconcile(new HashSet<string>(), TimeSpan.FromHours(1));

        Assert.Equal(0, report.OrphansRemoved);
        Assert.True(store.Exists(Sha([1])) && store.Exists(Sha([2])));
    }

    [Fact]
    public async Task Reconcile_measures_a_files_age_from_its_write_time_to_the_stores_clock()
    {
        var leftover = await Stage([10]);   // a crash before the rename
        var written = new DateTimeOffset(File.GetLastWriteTimeUtc(leftover.TempPath));   // as this process reads it (also under libfaketime)
        var clock = new FakeTimeProvider(written + TimeSpan.FromMinutes(59));
        var store = new EvidenceFileStore(_root.FullName, clock);

        Assert.Equal(0, store.Reconcile(new HashSet<string>(), TimeSpan.FromHours(1)).TempFilesRemoved);
        Assert.Equal([leftover.TempPath], TempFiles);
        clock.Advance(TimeSpan.FromMinutes(1));   // exactly the grace: old enough
        Assert.Equal(1, store.Reconcile(new HashSet<string>(), TimeSpan.FromHours(1)).TempFilesRemoved);
        Assert.Empty(TempFiles);
    }

    [Fact]
    public async Task A_damaged_stored_copy_of_another_size_is_replaced_by_a_new_upload_of_the_same_content()
    {
        var content = RandomNumberGenerator.GetBytes(4000);
        var sha = (await Stage(content)).Sha256;
        _store.Commit(await Stage(content));
        await File.WriteAllBytesAsync(_store.PathOf(sha), content[..1000]);   // truncated on disk

        Assert.False(_store.Commit(await Stage(content)));

        Assert.Equal(content, await File.ReadAllBytesAsync(_store.PathOf(sha)));
        Assert.Empty(_store.Reconcile(new HashSet<string> { sha }, TimeSpan.FromHours(1), verifyHashes: true).Corrupt);
    }

    [Fact]
    public async Task Stored_files_and_folders_are_not_readable_by_other_users()
    {
        if (OperatingSystem.IsWindows()) return;
        var staged = await Stage([1, 2, 3]);
        _store.Commit(staged);
        const UnixFileMode others = UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;
        var path = _store.PathOf(staged.Sha256);
        foreach (var entry in new[] { path, Path.GetDirectoryName(path)!, Path.Combine(_root.FullName, "tmp") })
            Assert.Equal((UnixFileMode)0, File.GetUnixFileMode(entry) & others);
    }

    [Fact]
    public void Folder_sync_and_the_no_replace_rename_reach_the_kernel_on_linux()
    {
        if (!OperatingSystem.IsLinux()) return;
        LinuxFiles.SyncFolders(_root.FullName, Path.Combine(_root.FullName, "sha256"));   // libc resolved, open and fsync succeed
        Assert.Throws<IOException>(() => LinuxFiles.SyncFolders(Path.Combine(_root.FullName, "no-such-folder")));
        string a = Path.Combine(_root.FullName, "a"), b = Path.Combine(_root.FullName, "b"), c = Path.Combine(_root.FullName, "c");
        File.WriteAllBytes(a, [1]);
        File.WriteAllBytes(b, [2]);
        Assert.Throws<IOException>(() => LinuxFiles.SyncFolders(a));   // O_DIRECTORY refuses a plain file

        if (!LinuxFiles.TryRenameNoReplace(a, c)) return;   // this file system lacks RENAME_NOREPLACE: the store falls back to File.Move
        Assert.Equal([1], File.ReadAllBytes(c));
        Assert.Throws<IOException>(() => LinuxFiles.TryRenameNoReplace(c, b));
        Assert.Equal([1], File.ReadAllBytes(c));   // neither side touched
        Assert.Equal([2], File.ReadAllBytes(b));
    }
}
