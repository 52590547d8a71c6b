using ClosedXML.Excel;
using SpbeBot.Core.Criteria;

namespace SpbeBot.Core.Evidence.Export;

/// <summary>The bundle's index workbook: one row per exported file, and a summary per indicator.</summary>
public static class ExportIndexSheet
{
    static readonly string[] Headers =
    [
        "Indikator", "Nama Indikator", "Level", "Butir", "Uraian Butir", "Nama File Ekspor", "Nama File Asli", "OPD",
        "Pengunggah", "Disetujui Oleh", "Tanggal Disetujui", "Ukuran (KB)", "SHA-256",
    ];
    static readonly double[] Widths = [10, 40, 7, 8, 60, 40, 30, 16, 20, 20, 16, 11, 66];

    public static void Write(Stream output, CriteriaCatalog catalog, IReadOnlyList<ExportedFile> files)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Data Dukung");
        for (var c = 0; c < Headers.Length; c++)
        {
            sheet.Cell(1, c + 1).Value = Headers[c];
            sheet.Column(c + 1).Width = Widths[c];   // set by hand: AdjustToContents is slow and font-dependent
        }
        sheet.Row(1).Style.Font.Bold = true;
        var row = 2;
        foreach (var f in files)
        {
            var e = f.Entry;
            var indicator = catalog.FindIndicator(e.Indicator);
            var itemText = e.Item > 0 ? indicator?.Level(e.Level)?.Evidence.ElementAtOrDefault(e.Item - 1) : "lainnya";
            sheet.Cell(row, 1).Value = e.Indicator;
            sheet.Cell(row, 2).Value = indicator?.Name ?? "";
            sheet.Cell(row, 3).Value = e.Level;
            sheet.Cell(row, 4).Value = e.Item == 0 ? "lainnya" : e.Item.ToString();
            sheet.Cell(row, 5).Value = itemText is { Length: > 200 } ? itemText[..199] + "…" : itemText ?? "";
            sheet.Cell(row, 6).Value = f.RelativePath;
            sheet.Cell(row, 7).Value = e.OriginalName;
            sheet.Cell(row, 8).Value = e.OpdName ?? "";
            sheet.Cell(row, 9).Value = e.Uploader;
            sheet.Cell(row, 10).Value = e.ApprovedBy ?? "";
            sheet.Cell(row, 11).Value = e.ApprovedAt?.ToString("dd/MM/yyyy") ?? "";
            sheet.Cell(row, 12).Value = Math.Round(e.Size / 1024.0, 1);
            sheet.Cell(row, 13).Value = e.Sha256;
            row++;
        }
        sheet.SheetView.FreezeRows(1);
        sheet.Range(1, 1, Math.Max(1, row - 1), Headers.Length).SetAutoFilter();

        var summary = workbook.AddWorksheet("Ringkasan");
        string[] summaryHeaders = ["Indikator", "Nama Indikator", "Jumlah Berkas", "Tingkat Didukung Bukti"];
        double[] summaryWidths = [10, 60, 14, 22];
        for (var c = 0; c < summaryHeaders.Length; c++)
        {
            summary.Cell(1, c + 1).Value = summaryHeaders[c];
            summary.Column(c + 1).Width = summaryWidths[c];
        }
        summary.Row(1).Style.Font.Bold = true;
        row = 2;
        foreach (var group in files.GroupBy(f => f.Entry.Indicator).OrderBy(g => g.Key))
        {
            summary.Cell(row, 1).Value = group.Key;
            summary.Cell(row, 2).Value = catalog.FindIndicator(group.Key)?.Name ?? "";
            summary.Cell(row, 3).Value = group.Count();
            summary.Cell(row, 4).Value = EvidenceChecklist.SupportedLevel(catalog, group.Key, group.Select(f => (f.Entry.Level, f.Entry.Item)));
            row++;
        }
        // ClosedXML needs a seekable stream; a zip entry is not one.
        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        buffer.Position = 0;
        buffer.CopyTo(output);
    }
}
