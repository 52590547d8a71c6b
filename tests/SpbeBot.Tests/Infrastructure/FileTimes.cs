namespace SpbeBot.Tests.Infrastructure;

/// <summary>
/// Gives a file or folder the write time a test means, as this process reads it back. Under a faked clock
/// (libfaketime, used to run the suite on other dates) file times read are shifted from the times written by the
/// same amount as the clock; writing "now − 2 h" as is would then read back as a time in the future. This writes the
/// time, reads it back and corrects by the shift, so the code under test sees exactly the age the test set up.
/// On a real clock the shift is zero and this is a plain set.
/// </summary>
public static class FileTimes
{
    public static void SetWriteTimeUtc(string path, DateTime when)
    {
        FileSystemInfo entry = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        entry.LastWriteTimeUtc = when;
        entry.Refresh();
        var shift = entry.LastWriteTimeUtc - when;
        if (shift == TimeSpan.Zero) return;
        entry.LastWriteTimeUtc = when - shift;
        entry.Refresh();
        if ((entry.LastWriteTimeUtc - when).Duration() > TimeSpan.FromSeconds(1))
            throw new InvalidOperationException($"could not give {path} the write time {when:O} (reads {entry.LastWriteTimeUtc:O})");
    }
}
