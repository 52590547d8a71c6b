using SpbeBot.Core.Evidence.Export;
using SpbeBot.Dialogs.Common;

namespace SpbeBot.Dialogs.Cli;

/// <summary>
/// What <c>spbebot evidence export</c> prints and its <c>--help</c>, in the machine's language. The options it shares
/// with the other evidence commands are said by <see cref="EvidenceCommandTexts"/>. The bundle's own files (folder and
/// file names, the index spreadsheet, the draft explanations) are for the national application: Indonesian, unchanged.
/// </summary>
public sealed class EvidenceExportTexts : BilingualTexts
{
    public static readonly EvidenceExportTexts Id = new(english: false);
    public static readonly EvidenceExportTexts En = new(english: true);

    EvidenceExportTexts(bool english) : base(english)
    {
    }

    /// <summary>In the language of the evidence commands' texts it is given.</summary>
    public static EvidenceExportTexts Of(EvidenceCommandTexts evidence) => evidence == EvidenceCommandTexts.En ? En : Id;

    public string ExportHelp => S("Ekspor bukti yang disetujui untuk aplikasi SPBE nasional", "Export the approved evidence for the national SPBE application");
    public string OutputHelp => S("Folder baru/kosong atau berkas .zip", "A new or empty folder, or a .zip file");

    public string NothingApproved(string framework, int year) => S(
        $"Belum ada bukti yang disetujui untuk {framework} tahun {year}.", $"No evidence has been approved for {framework} {year} yet.");

    /// <summary>The output is taken: nothing was written.</summary>
    public string TargetRefused(string output, ExportTargetProblem problem) => problem == ExportTargetProblem.FolderNotEmpty
        ? S($"Folder {output} tidak kosong; mohon pilih folder baru.", $"The folder {output} is not empty; please choose a new one.")
        : S($"{output} sudah ada; mohon pilih nama lain.", $"{output} already exists; please choose another name.");

    /// <summary>Before a file the bundle left out, and why (the exporter's words, Indonesian).</summary>
    /// <summary>A file left out of the bundle: which, and why.</summary>
    public string Warning(ExportWarning w)
    {
        var which = w.FileName is null ? $"{w.OriginalName} (#{w.EvidenceId})" : $"{w.OriginalName} (#{w.EvidenceId}, {w.FileName})";
        var why = w.Reason switch
        {
            ExportSkip.UnknownIndicator => S($"indikator {w.Indicator} tidak ada di {w.Framework}, tidak diekspor", $"indicator {w.Indicator} is not in {w.Framework}, not exported"),
            ExportSkip.NotInStore => S("berkas tidak ditemukan di penyimpanan, tidak diekspor", "the file was not found in the store, not exported"),
            ExportSkip.ContentChanged => S($"isi berkas berubah (SHA-256 {w.Actual}… ≠ {w.Expected}…), tidak diekspor",
                $"the file's content has changed (SHA-256 {w.Actual}… ≠ {w.Expected}…), not exported"),
            _ => throw new ArgumentOutOfRangeException(nameof(w), w.Reason, null),
        };
        return S("Peringatan: ", "Warning: ") + $"{which}: {why}";
    }

    public string Exported(int files, int indicators, string output) => S(
        $"Diekspor: {files} berkas, {indicators} indikator → {output}", $"Exported: {files} files, {indicators} indicators → {output}");
}
