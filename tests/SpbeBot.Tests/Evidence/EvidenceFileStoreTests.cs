using System.Security.Cryptography;
using SpbeBot.Core.Evidence;

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

    IEnumerable<string> TempFiles => Directory.EnumerateFiles(Path.Combine(_root.FullName, "tmp"));

    [Fact]
    public async Task A_committed_file_holds_the_exact_bytes_under_its_sha256()
    {
        var content = RandomNumberGenerator.GetBytes(300_000);
        var staged = await _store.StageAsync(Bytes(content, 7000), 1 << 20, default);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), staged.Sha256);
        Assert.Equal(content.Length, staged.Size);
        Assert.True(_store.Commit(staged));
        Assert.Equal(content, await File.ReadAllBytesAsync(_store.PathOf(staged.Sha256)));
        Assert.Empty(TempFiles);
    }

    [Fact]
    public async Task The_same_content_twice_is_stored_once()
    {
        var content = RandomNumberGenerator.GetBytes(5000);
        Assert.True(_store.Commit(await _store.StageAsync(Bytes(content), 1 << 20, default)));
        Assert.False(_store.Commit(await _store.StageAsync(Bytes(content), 1 << 20, default)));
        Assert.Equal((1, 5000), _store.Usage());
        Assert.Empty(TempFiles);
    }

    [Fact]
    public async Task Concurrent_commits_of_the_same_content_leave_one_file_and_no_temp_files()
    {
        var content = RandomNumberGenerator.GetBytes(100_000);
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ => _store.Commit(await _store.StageAsync(Bytes(content, 1000), 1 << 20, default))));
        Assert.Equal(1, results.Count(r => r));
        Assert.Equal((1, 100_000), _store.Usage());
        Assert.Empty(TempFiles);
    }

    [Theory]
    [InlineData(81920)]
    [InlineData(1)]
    public async Task A_file_over_the_limit_is_stopped_while_writing_and_leaves_nothing(int chunk)
    {
        var content = new byte[10_001];
        var e = await Assert.ThrowsAsync<FileTooLargeException>(() => _store.StageAsync(Bytes(content, chunk), 10_000, default));
        Assert.Equal(10_000, e.Limit);
        Assert.Empty(TempFiles);
    }

    [Fact]
    public async Task A_failing_download_leaves_no_temp_file_and_discard_removes_a_staged_one()
    {
        await Assert.ThrowsAsync<HttpRequestException>(() => _store.StageAsync(async (s, ct) =>
        {
            await s.WriteAsync(new byte[100], ct);
            throw new HttpRequestException("connection reset");
        }, 1 << 20, default));
        Assert.Empty(TempFiles);
        var staged = await _store.StageAsync(Bytes([1, 2, 3]), 100, default);
        _store.Discard(staged);
        Assert.Empty(TempFiles);
        Assert.Equal((0, 0), _store.Usage());
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789")]
    [InlineData("abc")]
    [InlineData("")]
    public void Paths_are_only_built_from_real_hashes(string text) => Assert.Throws<ArgumentException>(() => _store.PathOf(text));

    [Fact]
    public async Task Reconcile_removes_old_temp_and_uncounted_files_keeps_young_and_counted_ones_and_reports_missing_and_altered()
    {
        var counted = await _store.StageAsync(Bytes([1, 2, 3]), 100, default);
        _store.Commit(counted);
        var orphan = await _store.StageAsync(Bytes([4, 5, 6]), 100, default);
        _store.Commit(orphan);
        var young = await _store.StageAsync(Bytes([7, 8, 9]), 100, default);
        _store.Commit(young);
        var leftover = await _store.StageAsync(Bytes([10]), 100, default);   // a crash before the rename
        var old = DateTime.UtcNow.AddHours(-2);
        foreach (var path in new[] { _store.PathOf(counted.Sha256), _store.PathOf(orphan.Sha256), leftover.TempPath }) File.SetLastWriteTimeUtc(path, old);
        var missing = new string('a', 64);

        var report = _store.Reconcile(new HashSet<string> { counted.Sha256, missing }, TimeSpan.FromHours(1));

        Assert.Equal((1, 1), (report.TempFilesRemoved, report.OrphansRemoved));
        Assert.Equal([missing], report.Missing);
        Assert.True(_store.Exists(counted.Sha256));
        Assert.False(_store.Exists(orphan.Sha256));
        Assert.True(_store.Exists(young.Sha256));
        Assert.Empty(TempFiles);

        await File.WriteAllBytesAsync(_store.PathOf(counted.Sha256), [9, 9, 9]);
        Assert.Equal([counted.Sha256], _store.Reconcile(new HashSet<string> { counted.Sha256 }, TimeSpan.FromHours(1), verifyHashes: true).Corrupt);
    }
}
