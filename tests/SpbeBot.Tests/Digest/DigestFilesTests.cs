using SpbeBot.Dialogs.Digest;

namespace SpbeBot.Tests.Digest;

/// <summary>On-demand digest folders are removed once older than the age given, measured to the "now" given.</summary>
public sealed class DigestFilesTests : IDisposable
{
    readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("spbebot-ringkasan-test-");

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public void A_folder_goes_once_it_is_older_than_the_age_at_the_now_given()
    {
        var folder = _root.CreateSubdirectory("a");
        File.WriteAllText(Path.Combine(folder.FullName, "ringkasan.txt"), "lama");
        folder.Refresh();
        var written = new DateTimeOffset(folder.LastWriteTimeUtc);   // as this process reads it (also under libfaketime)

        DigestFiles.RemoveOlderThan(_root.FullName, TimeSpan.FromDays(1), written + TimeSpan.FromDays(1));
        Assert.True(folder.Exists);
        DigestFiles.RemoveOlderThan(_root.FullName, TimeSpan.FromDays(1), written + TimeSpan.FromDays(1) + TimeSpan.FromTicks(1));
        folder.Refresh();
        Assert.False(folder.Exists);
    }

    [Fact]
    public void A_missing_root_is_nothing_to_remove() =>
        DigestFiles.RemoveOlderThan(Path.Combine(_root.FullName, "belum-ada"), TimeSpan.FromDays(1), DateTimeOffset.UnixEpoch);
}
