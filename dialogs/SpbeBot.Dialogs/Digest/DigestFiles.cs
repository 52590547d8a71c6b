using SpbeBot.Core.Digest;

namespace SpbeBot.Dialogs.Digest;

/// <summary>The digest rendered: the message, the chart(s) and the workbook, written into a folder.</summary>
public sealed record DigestFiles(string Message, string ChartPath, string? TrendPath, string WorkbookPath)
{
    public static DigestFiles Write(WeeklyDigest d, string folder)
    {
        // Usually under the shared temporary folder: only the bot's own user may read the Pemda's figures.
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(folder);
        else Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var stamp = d.Week.ToString("yyyy-MM-dd");
        var message = DigestTexts.Message(d);
        File.WriteAllText(Path.Combine(folder, $"ringkasan-{stamp}.txt"), message.ReplaceLineEndings("\r\n"));
        var chart = Path.Combine(folder, $"grafik-{DigestTexts.Group(d)}-{stamp}.png");
        File.WriteAllBytes(chart, DigestChart.DomainsPng(d));
        string? trend = null;
        if (DigestChart.TrendPng(d) is { } png) File.WriteAllBytes(trend = Path.Combine(folder, $"grafik-tren-{stamp}.png"), png);
        var workbook = Path.Combine(folder, $"ringkasan-{stamp}.xlsx");
        File.WriteAllBytes(workbook, DigestWorkbook.Xlsx(d));
        return new DigestFiles(message, chart, trend, workbook);
    }

    /// <summary>
    /// On-demand digests (/ringkasan) are sent from their folder, and the terminal shows the paths, so the folder cannot
    /// go at once: each new one removes those older than a day. A folder's age is <paramref name="now"/> minus its write time.
    /// </summary>
    public static void RemoveOlderThan(string root, TimeSpan age, DateTimeOffset now)
    {
        if (!Directory.Exists(root)) return;
        foreach (var folder in new DirectoryInfo(root).EnumerateDirectories())
        {
            if (now.UtcDateTime - folder.LastWriteTimeUtc <= age) continue;
            try { folder.Delete(recursive: true); }
            catch (IOException) { }                  // in use or already gone: next time
            catch (UnauthorizedAccessException) { }  // another user's: not ours to remove
        }
    }
}
