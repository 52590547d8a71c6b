using ClosedXML.Excel;
using SpbeBot.Core.Digest;

namespace SpbeBot.Dialogs.Digest;

/// <summary>
/// The digest's full detail as a workbook: summary, the index per domain (per aspect where the framework has no
/// domains), per OPD (with totals), overdue actions, indicators at risk.
/// </summary>
public static class DigestWorkbook
{
    public static byte[] Xlsx(WeeklyDigest d)
    {
        using var workbook = new XLWorkbook();
        var summary = workbook.AddWorksheet("Ringkasan");
        Rows(summary, ["Keterangan", "Nilai"], [30, 40],
        [
            ["Instansi", d.Instansi], ["Pekan", d.Week.ToString("yyyy-MM-dd")], ["Tahun evaluasi", d.Year],
            [$"{d.IndexName} saat ini", (object?)d.IndexNow ?? "-"], ["Predikat saat ini", d.PredikatNow ?? "-"],
            [$"{d.IndexName} bila target tercapai", (object?)d.IndexTarget ?? "-"], ["Predikat bila target tercapai", d.PredikatTarget ?? "-"],
            [$"{d.IndexName} pekan lalu", (object?)d.LastWeek?.Now ?? "-"], ["Aksi lewat tenggat", d.OverdueTotal], ["Indikator berisiko", d.AtRisk.Count],
        ]);
        foreach (var (number, name, now, target) in d.Domains)
            Append(summary, [$"{DigestTexts.GroupHeading(d)} {number}: {name} (saat ini / target)", $"{now?.ToString("0.00") ?? "-"} / {target?.ToString("0.00") ?? "-"}"]);

        var heading = DigestTexts.GroupHeading(d);
        var groups = workbook.AddWorksheet($"Per {heading}");
        Rows(groups, [heading, "Nama", $"{d.IndexName} saat ini", $"{d.IndexName} bila target tercapai"], [10, 50, 20, 28],
            d.Domains.Select(x => new object[] { x.Number, x.Name, (object?)x.Now ?? "-", (object?)x.Target ?? "-" }));

        var opds = workbook.AddWorksheet("Per OPD");
        Rows(opds, ["OPD", "Aksi selesai", "Aksi berjalan", "Aksi belum dimulai", "Lewat tenggat", "Bukti disetujui", "Bukti menunggu", "Bukti ditolak"],
            [30, 13, 13, 17, 13, 15, 15, 13],
            d.Opds.Select(o => new object[] { o.Opd, o.Done, o.InProgress, o.Open, o.Overdue, o.EvidenceApproved, o.EvidencePending, o.EvidenceRejected }));
        Append(opds, ["Jumlah", d.Opds.Sum(o => o.Done), d.Opds.Sum(o => o.InProgress), d.Opds.Sum(o => o.Open), d.Opds.Sum(o => o.Overdue),
            d.Opds.Sum(o => o.EvidenceApproved), d.Opds.Sum(o => o.EvidencePending), d.Opds.Sum(o => o.EvidenceRejected)]);
        opds.LastRowUsed()!.Style.Font.Bold = true;

        var late = workbook.AddWorksheet("Lewat Tenggat");
        Rows(late, ["Indikator", "Aksi", "OPD", "Tenggat", "Hari terlambat"], [10, 60, 30, 12, 15],
            d.MostOverdue.Select(o => new object[] { o.Indicator, o.Action ?? "-", o.Opds, o.Deadline.ToString("yyyy-MM-dd"), o.DaysLate }));
        var risk = workbook.AddWorksheet("Indikator Berisiko");
        Rows(risk, ["Indikator", "Nama", "Tenggat", "Target level", "Bukti disetujui", "Bukti diminta"], [10, 60, 12, 12, 15, 13],
            d.AtRisk.Select(r => new object[] { r.Indicator, r.Name, r.Deadline.ToString("yyyy-MM-dd"), r.TargetLevel, r.Approved, r.Required }));

        var flagged = workbook.AddWorksheet("Pemeriksaan Awal");
        Rows(flagged, ["OPD", "Bukti bertanda", "Catatan"], [30, 16, 70],
            d.Flagged.Select(f => new object[] { f.Opd, f.Items, DigestTexts.FlagCounts(f) }));
        Append(flagged, ["Jumlah", d.Flagged.Sum(f => f.Items), ""]);
        flagged.LastRowUsed()!.Style.Font.Bold = true;

        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        return buffer.ToArray();
    }

    static void Rows(IXLWorksheet sheet, string[] headers, double[] widths, IEnumerable<object[]> rows)
    {
        for (var c = 0; c < headers.Length; c++)
        {
            sheet.Cell(1, c + 1).SetValue(headers[c]);
            sheet.Column(c + 1).Width = widths[c];   // by hand: AdjustToContents is slow and font-dependent
        }
        sheet.Row(1).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);
        foreach (var row in rows) Append(sheet, row);
    }

    static void Append(IXLWorksheet sheet, object[] values)
    {
        var r = (sheet.LastRowUsed()?.RowNumber() ?? 0) + 1;
        for (var c = 0; c < values.Length; c++)
        {
            var cell = sheet.Cell(r, c + 1);
            switch (values[c])
            {
                case int i: cell.SetValue(i); break;
                case decimal m: cell.SetValue(m); break;
                default: cell.SetValue(values[c]?.ToString() ?? ""); break;   // text stays text ("0123" is not a number)
            }
        }
    }
}
