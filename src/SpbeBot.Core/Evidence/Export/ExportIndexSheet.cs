using SpbeBot.Core.People;
using ClosedXML.Excel;
using SpbeBot.Core.Criteria;

namespace SpbeBot.Core.Evidence.Export;

/// <summary>The bundle's index workbook: "Data Dukung" with one row per exported file, "Ringkasan" per indicator.</summary>
public static class ExportIndexSheet
{
    public const string FilesSheet = "Data Dukung";
    public const string SummarySheet = "Ringkasan";

    static readonly string[] Headers =
    [
        "Indikator", "Nama Indikator", "Level", "Butir", "Uraian Butir", "Nama File Ekspor", "Nama File Asli", "OPD",
        "Pengunggah", "Disetujui Oleh", "Tanggal Disetujui", "Ukuran (KB)", "SHA-256", "Rencana Aksi",
    ];
    // Set by hand: ClosedXML 0.95's AdjustToContents is slow and depends on installed fonts.
    static readonly double[] Widths = [10, 40, 7, 8, 60, 45, 30, 16, 20, 20, 16, 11, 66, 40];

    public static void Write(Stream output, CriteriaCatalog catalog, IReadOnlyList<ExportedFile> files, string timeZone = TimeZones.Wib)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet(FilesSheet);
        Header(sheet, Headers, Widths);
        var row = 2;
        // Text goes in with SetValue: ClosedXML 0.95's Value setter turns "0123" or "12e4" (a name, a hash) into a number.
        foreach (var f in files)
        {
            var e = f.Entry;
            var indicator = catalog.FindIndicator(e.Indicator);
            var itemText = e.Item > 0 ? indicator?.Level(e.Level)?.Evidence.ElementAtOrDefault(e.Item - 1) : "lainnya";
            sheet.Cell(row, 1).Value = e.Indicator;
            sheet.Cell(row, 2).SetValue(indicator?.Name ?? "");
            sheet.Cell(row, 3).Value = e.Level;
            if (e.Item > 0) sheet.Cell(row, 4).Value = e.Item;
            else sheet.Cell(row, 4).SetValue("lainnya");
            sheet.Cell(row, 5).SetValue(ExplanationDraft.Shorten(itemText ?? "", 200));
            sheet.Cell(row, 6).SetValue(f.RelativePath);
            sheet.Cell(row, 7).SetValue(e.OriginalName);
            sheet.Cell(row, 8).SetValue(e.OpdName ?? "");
            sheet.Cell(row, 9).SetValue(e.Uploader);
            sheet.Cell(row, 10).SetValue(e.ApprovedBy ?? "");
            if (e.ApprovedAt is { } approved)
            {
                // A real date (sorts and filters), shown the Indonesian way.
                sheet.Cell(row, 11).Value = TimeZones.ToLocal(approved, timeZone).Date;   // the day in the instansi's zone
                sheet.Cell(row, 11).Style.DateFormat.Format = "dd/mm/yyyy";
            }
            sheet.Cell(row, 12).Value = Math.Round(e.Size / 1024.0, 1);
            sheet.Cell(row, 13).SetValue(e.Sha256);
            sheet.Cell(row, 14).SetValue(e.PlanAction ?? "");
            row++;
        }
        sheet.SheetView.FreezeRows(1);
        sheet.Range(1, 1, Math.Max(1, row - 1), Headers.Length).SetAutoFilter();

        var summary = workbook.AddWorksheet(SummarySheet);
        Header(summary, ["Indikator", "Nama Indikator", "Jumlah Berkas", "Tingkat yang Diusulkan"], [10, 60, 14, 22]);
        row = 2;
        foreach (var group in files.GroupBy(f => f.Entry.Indicator).OrderBy(g => g.Key))
        {
            var proposed = ExplanationDraft.ProposedLevel(catalog, group.Key, group);
            summary.Cell(row, 1).Value = group.Key;
            summary.Cell(row, 2).SetValue(catalog.FindIndicator(group.Key)?.Name ?? "");
            summary.Cell(row, 3).Value = group.Count();
            if (proposed > 0) summary.Cell(row, 4).Value = proposed;
            else summary.Cell(row, 4).SetValue("belum ada");
            row++;
        }
        summary.Cell(row, 2).SetValue("Jumlah");
        summary.Cell(row, 3).Value = files.Count;
        summary.Row(row).Style.Font.Bold = true;
        summary.SheetView.FreezeRows(1);

        // ClosedXML needs a seekable stream; a zip entry is not one.
        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    static void Header(IXLWorksheet sheet, string[] headers, double[] widths)
    {
        for (var c = 0; c < headers.Length; c++)
        {
            sheet.Cell(1, c + 1).SetValue(headers[c]);
            sheet.Column(c + 1).Width = widths[c];
        }
        sheet.Row(1).Style.Font.Bold = true;
    }
}
