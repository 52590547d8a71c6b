namespace SpbeBot.Core.Evidence.Export;

/// <summary>One approved evidence file to export.</summary>
/// <param name="Item">1-based item of the level's Kriteria Bukti Dukung; 0 = "lainnya".</param>
/// <param name="SourcePath">The stored file on disk.</param>
/// <param name="Extension">".pdf", ".docx", ... (what the content is).</param>
/// <param name="Check">The file's finished pre-check, when it has one: its found elements are quoted in the draft explanation.</param>
public sealed record ExportEntry(
    int Indicator, int Level, int Item, string SourcePath, string OriginalName, string Extension,
    string? OpdName, string Uploader, string? ApprovedBy, DateTimeOffset? ApprovedAt, DateTimeOffset UploadedAt,
    string Sha256, long Size, string? PlanAction, long EvidenceId, Checking.EvidenceCheck? Check = null);

/// <summary>What an export wrote; warnings name files that were skipped (missing or altered on disk).</summary>
public sealed record ExportResult(int Files, int Indicators, string Output, IReadOnlyList<ExportWarning> Warnings);

/// <summary>Why an approved file was left out of the bundle.</summary>
public enum ExportSkip
{
    /// <summary>Its indicator is not in the catalog exported (<see cref="ExportWarning.Indicator"/>, <see cref="ExportWarning.Framework"/>).</summary>
    UnknownIndicator,
    /// <summary>The stored file is not on disk.</summary>
    NotInStore,
    /// <summary>The stored file's SHA-256 is not the recorded one (<see cref="ExportWarning.Actual"/> ≠ <see cref="ExportWarning.Expected"/>).</summary>
    ContentChanged,
}

/// <summary>
/// A file left out of the bundle, as data: which one (its upload name and evidence number, and its name in the bundle
/// when it had one) and why. The words are in dialogs/ (<c>EvidenceExportTexts.Warning</c>).
/// </summary>
public sealed record ExportWarning(ExportSkip Reason, string OriginalName, long EvidenceId)
{
    public string? FileName { get; init; }
    public int Indicator { get; init; }
    public string? Framework { get; init; }

    /// <summary>The first 12 hex digits of the SHA-256 found, and of the one recorded.</summary>
    public string? Actual { get; init; }
    public string? Expected { get; init; }
}

/// <summary>An entry with the name it gets in the bundle ("32.a.Integrasi-SIPD.pdf").</summary>
public sealed record ExportedFile(ExportEntry Entry, string Folder, string FileName)
{
    public string RelativePath => Folder + "/" + FileName;
}
