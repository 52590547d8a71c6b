using System.Globalization;
using SpbeBot.Core.Digest;
using SpbeBot.Dialogs.Common;

namespace SpbeBot.Dialogs.Digest;

/// <summary>The digest as a message short enough for a phone; Indonesian (the Tim Koordinasi's language), numbers id-ID.</summary>
public static class DigestTexts
{
    static readonly CultureInfo Id = CultureInfo.GetCultureInfo("id-ID");

    public static string Number(decimal? value) => value?.ToString("0.00", Id) ?? "–";

    static string Change(decimal? now, decimal? before) =>
        now is null || before is null ? "" : (now - before).Value switch
        {
            0 => " (tetap dari pekan lalu)",
            var d => $" ({(d > 0 ? "+" : "−")}{Math.Abs(d).ToString("0.00", Id)} dari pekan lalu)",
        };

    /// <summary>OPDs with flagged uploads named in the message (most first); the workbook lists them all.</summary>
    public const int FlaggedOpdsShown = 5;

    public static string Message(WeeklyDigest d)
    {
        var lines = new List<string>
        {
            $"📊 Ringkasan mingguan {Framework(d)} — {d.Instansi}",
            $"Pekan {d.Week.ToString("d MMM yyyy", Id)} · evaluasi {d.Year}",
            "",
            d.IndexNow is null
                ? $"{d.IndexName}: belum dapat dihitung (level saat ini belum lengkap di rencana aksi)."
                : $"{d.IndexName} saat ini: {Number(d.IndexNow)} ({d.PredikatNow}){Change(d.IndexNow, d.LastWeek?.Now)}",
            d.IndexTarget is null ? "" : $"Proyeksi bila semua target tercapai: {Number(d.IndexTarget)} ({d.PredikatTarget}){Change(d.IndexTarget, d.LastWeek?.Target)}",
            "",
            "Per OPD (aksi Selesai/Sedang berjalan/lewat tenggat · bukti disetujui/menunggu verifikasi/ditolak):",
        };
        lines.AddRange(d.Opds.Select(o => $"• {o.Opd}: {o.Done}/{o.InProgress}/{o.Overdue} · {o.EvidenceApproved}/{o.EvidencePending}/{o.EvidenceRejected}"));
        lines.Add("");
        lines.Add(d.OverdueTotal == 0 ? "Tidak ada aksi yang lewat tenggat. 👍" : $"Paling lama lewat tenggat ({d.OverdueTotal} aksi):");
        lines.AddRange(d.MostOverdue.Select(o => $"• Ind. {o.Indicator} · {o.Opds} · lewat {o.DaysLate} hari"));
        if (d.AtRisk.Count > 0)
        {
            lines.Add("");
            lines.Add($"Indikator berisiko (tenggat ≤ {DigestBuilder.AtRiskDays} hari, bukti belum lengkap):");
            lines.AddRange(d.AtRisk.Select(r => $"• Ind. {r.Indicator} · tenggat {r.Deadline.ToString("d MMM", Id)} · bukti L{r.TargetLevel} {r.Approved}/{r.Required}"));
        }
        if (d.Flagged.Count > 0)
        {
            lines.Add("");
            lines.Add($"Pemeriksaan awal — bukti bertanda per OPD ({d.Flagged.Sum(f => f.Items)} bukti):");
            lines.AddRange(d.Flagged.Take(FlaggedOpdsShown).Select(f => $"• {f.Opd}: {f.Items} ({FlagCounts(f)})"));
            if (d.Flagged.Count > FlaggedOpdsShown) lines.Add($"• … dan {d.Flagged.Count - FlaggedOpdsShown} OPD lain (rincian di XLSX)");
        }
        lines.Add("");
        lines.Add($"Grafik indeks per {Group(d)} dan rincian lengkap (XLSX) terlampir.");
        var text = string.Join("\n", lines.Where((l, i) => l.Length > 0 || i == 0 || lines[i - 1].Length > 0));
        return text.Length <= Reply.MaxComposedLength ? text : text[..(Reply.MaxComposedLength - 10)] + "\n…";
    }

    /// <summary>"draf 2, > 2 tahun 1": each flag an OPD's uploads raised, with how many.</summary>
    public static string FlagCounts(FlaggedOpd f) => string.Join(", ", f.ByFlag.Select(x => $"{Evidence.PrecheckTexts.Id.FlagShort(x.Flag)} {x.Count}"));

    /// <summary>"domain", or "aspek" where the framework has no domains (pemdi-2026): what the chart's bars are.</summary>
    public static string Group(WeeklyDigest d) => d.ByAspect ? "aspek" : "domain";

    /// <summary>"Aspek" / "Domain": a column or axis heading.</summary>
    public static string GroupHeading(WeeklyDigest d) => d.ByAspect ? "Aspek" : "Domain";

    static string Framework(WeeklyDigest d) => d.IndexName.StartsWith("Indeks ", StringComparison.Ordinal) ? d.IndexName["Indeks ".Length..] : d.IndexName;

    public static string ChartCaption(WeeklyDigest d) => $"{d.IndexName} per {Group(d)}: saat ini vs target";
    public static string TrendCaption(WeeklyDigest d) => $"{d.IndexName} per pekan";
    public const string WorkbookCaption = "Rincian lengkap ringkasan mingguan (XLSX).";
}
