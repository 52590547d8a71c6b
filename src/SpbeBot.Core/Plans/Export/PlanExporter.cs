using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using CsvHelper;
using CsvHelper.Configuration;
using SpbeBot.Core.Criteria;

namespace SpbeBot.Core.Plans.Export;

/// <summary>
/// Writes the plan as XLSX (a formatted plan sheet and a per-OPD summary) or CSV. The columns are the ones
/// <see cref="Import.PlanImporter"/> reads, with framework, year and indicator number, so an export imports back
/// unchanged.
/// </summary>
public static class PlanExporter
{
    public static readonly string[] Columns =
    [
        "Kerangka", "Tahun", "No Indikator", "Indikator", "Layanan", "Level Saat Ini", "Target Level",
        "Rekomendasi", "Tindak Lanjut", "Target Waktu", "OPD Terkait", "Status",
    ];

    /// <summary>OPDs are joined with "; " because OPD names may contain commas.</summary>
    public const string OpdSeparator = "; ";

    public static void Write(string path, IReadOnlyList<PlanItem> items, string title, DateOnly today)
    {
        if (path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)) WriteCsv(path, items);
        else WriteXlsx(path, items, title, today);
    }

    static object?[] Values(PlanItem item)
    {
        var name = CatalogStore.Exists(item.Framework) ? CatalogStore.Get(item.Framework).FindIndicator(item.Indicator)?.Name : null;
        return
        [
            item.Framework, item.Year, item.Indicator, name ?? "", item.ServiceName ?? "", item.CurrentLevel, item.TargetLevel,
            item.Recommendation ?? "", item.Action ?? "", item.Deadline, string.Join(OpdSeparator, item.Opds), StatusText(item.Status),
        ];
    }

    /// <summary>The Indonesian names the chat uses (ConversationTexts.StatusName), one per status, in every export too.</summary>
    public static string StatusText(PlanStatus status) => status switch
    {
        PlanStatus.Open => "Belum dimulai",
        PlanStatus.InProgress => "Sedang berjalan",
        PlanStatus.Done => "Selesai",
        _ => "Dibatalkan",
    };

    static void WriteXlsx(string path, IReadOnlyList<PlanItem> items, string title, DateOnly today)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Rencana Aksi");
        sheet.Cell(1, 1).SetValue(title);
        sheet.Range(1, 1, 1, Columns.Length).Merge().Style.Font.SetBold().Font.SetFontSize(13);
        for (var c = 0; c < Columns.Length; c++) sheet.Cell(3, c + 1).SetValue(Columns[c]);
        var header = sheet.Range(3, 1, 3, Columns.Length);
        header.Style.Font.SetBold().Fill.SetBackgroundColor(XLColor.LightSteelBlue).Alignment.SetWrapText();

        // Text goes in with SetValue: ClosedXML 0.95's Value setter reads a string as a number or a date in the machine's
        // culture ("0123" becomes 123, and on an id_ID server "30 Juni 2026" a date), so the export would not import back.
        var row = 4;
        foreach (var item in items)
        {
            var values = Values(item);
            for (var c = 0; c < values.Length; c++)
            {
                var cell = sheet.Cell(row, c + 1);
                switch (values[c])
                {
                    case null: break;
                    case int n: cell.Value = n; break;
                    case DateOnly d: cell.Value = d.ToDateTime(TimeOnly.MinValue); cell.Style.DateFormat.Format = "dd/mm/yyyy"; break;
                    case var v: cell.SetValue(v.ToString()); break;
                }
            }
            row++;
        }
        var body = sheet.Range(3, 1, Math.Max(3, row - 1), Columns.Length);
        body.Style.Alignment.SetWrapText().Alignment.SetVertical(XLAlignmentVerticalValues.Top);
        body.SetAutoFilter();
        sheet.SheetView.FreezeRows(3);
        double[] widths = [11, 7, 9, 38, 22, 9, 9, 45, 45, 13, 28, 14];
        for (var c = 0; c < widths.Length; c++) sheet.Column(c + 1).Width = widths[c];

        WriteSummary(workbook.AddWorksheet("Ringkasan per OPD"), items, today);
        workbook.SaveAs(path);
    }

    static void WriteSummary(IXLWorksheet sheet, IReadOnlyList<PlanItem> items, DateOnly today)
    {
        string[] headers = ["OPD", "Jumlah", "Belum dimulai", "Sedang berjalan", "Selesai", "Dibatalkan", "Lewat tenggat"];
        for (var c = 0; c < headers.Length; c++) sheet.Cell(1, c + 1).SetValue(headers[c]);
        sheet.Range(1, 1, 1, headers.Length).Style.Font.SetBold().Fill.SetBackgroundColor(XLColor.LightSteelBlue);
        var row = 2;
        foreach (var group in items.SelectMany(i => i.Opds.Select(o => (Opd: o, Item: i))).GroupBy(x => x.Opd).OrderBy(g => g.Key))
        {
            var list = group.Select(x => x.Item).ToList();
            sheet.Cell(row, 1).SetValue(group.Key);
            sheet.Cell(row, 2).Value = list.Count;
            sheet.Cell(row, 3).Value = list.Count(i => i.Status == PlanStatus.Open);
            sheet.Cell(row, 4).Value = list.Count(i => i.Status == PlanStatus.InProgress);
            sheet.Cell(row, 5).Value = list.Count(i => i.Status == PlanStatus.Done);
            sheet.Cell(row, 6).Value = list.Count(i => i.Status == PlanStatus.Cancelled);
            sheet.Cell(row, 7).Value = list.Count(i => i.Deadline < today && i.Status is PlanStatus.Open or PlanStatus.InProgress);
            row++;
        }
        sheet.Column(1).Width = 40;
        for (var c = 2; c <= headers.Length; c++) sheet.Column(c).Width = 14;
        sheet.SheetView.FreezeRows(1);
    }

    static void WriteCsv(string path, IReadOnlyList<PlanItem> items)
    {
        // UTF-8 with BOM so Excel opens Indonesian text correctly.
        using var writer = new StreamWriter(path, false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        // Cells starting with = + - @ are escaped with a leading apostrophe: texts come from imported spreadsheets and chat
        // notes, and Excel would run them as formulas (=HYPERLINK(...), DDE) when the coordinator opens the export.
        using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape });
        foreach (var column in Columns) csv.WriteField(column);
        csv.NextRecord();
        foreach (var item in items)
        {
            foreach (var value in Values(item))
                csv.WriteField(value switch { null => "", DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), var v => Convert.ToString(v, CultureInfo.InvariantCulture) });
            csv.NextRecord();
        }
    }
}
