namespace SpbeBot.Core.Storage;

/// <summary>
/// An exclusive lock file so two processes do not initdb or start the same data folder at once.
/// The operating system releases it when the process dies, so a crash never leaves it held.
/// </summary>
static class StartLock
{
    public static async Task<IDisposable> AcquireAsync(string path, CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var waited = System.Diagnostics.Stopwatch.StartNew();   // a duration: the monotonic clock, not the date
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (waited.Elapsed < TimeSpan.FromMinutes(2))
            {
                await Task.Delay(100, ct);
            }
        }
    }
}
