namespace SpbeBot.Core.Spreadsheets;

/// <summary>Why an XLSX file is refused before ClosedXML opens it.</summary>
public enum SpreadsheetProblem { None, Missing, Empty, TooLarge, NotXlsx, Bomb, Encrypted }

/// <summary>
/// The checks an uploaded XLSX passes before any spreadsheet library reads it: it exists, is not empty, is at most
/// <see cref="SheetGrid.DefaultMaxBytes"/> (20 MB), is a ZIP package, and does not inflate too far nor hold encrypted
/// parts (the evidence ZIP-bomb check, as <see cref="SheetGrid"/> uses for plan import).
/// </summary>
public static class SpreadsheetSafety
{
    public static SpreadsheetProblem CheckXlsx(string path, long maxBytes = SheetGrid.DefaultMaxBytes)
    {
        var info = new FileInfo(path);
        if (!info.Exists) return SpreadsheetProblem.Missing;
        if (info.Length == 0) return SpreadsheetProblem.Empty;
        if (info.Length > maxBytes) return SpreadsheetProblem.TooLarge;
        using var stream = File.OpenRead(path);
        var head = new byte[4];
        if (stream.Read(head, 0, 4) < 4 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4)
            return head[0] == 0xD0 && head[1] == 0xCF ? SpreadsheetProblem.Encrypted : SpreadsheetProblem.NotXlsx;
        return Evidence.ZipInspector.Inspect(stream, new Evidence.ArchiveLimits()).Problem switch
        {
            Evidence.FileProblem.ZipBomb => SpreadsheetProblem.Bomb,
            Evidence.FileProblem.Encrypted => SpreadsheetProblem.Encrypted,
            Evidence.FileProblem.CorruptDocument => SpreadsheetProblem.NotXlsx,
            _ => SpreadsheetProblem.None,
        };
    }
}
