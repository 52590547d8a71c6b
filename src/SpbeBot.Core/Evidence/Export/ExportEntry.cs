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
public sealed record ExportResult(int Files, int Indicators, string Output, IReadOnlyList<string> Warnings);

/// <summary>An entry with the name it gets in the bundle ("32.a.Integrasi-SIPD.pdf").</summary>
public sealed record ExportedFile(ExportEntry Entry, string Folder, string FileName)
{
    public string RelativePath => Folder + "/" + FileName;
}
