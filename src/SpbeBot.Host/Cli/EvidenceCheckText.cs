using SpbeBot.Core.Criteria;
using SpbeBot.Core.Evidence.Checking;

namespace SpbeBot.Host.Cli;

/// <summary>The pre-check of one document as the CLI prints it (Indonesian, like the rest of the CLI).</summary>
static class EvidenceCheckText
{
    static readonly Dictionary<string, string> FlagNames = new()
    {
        [EvidenceCheckFlags.Draft] = "draf (belum ditetapkan)",
        [EvidenceCheckFlags.Unsigned] = "tanpa penetapan/tanda tangan",
        [EvidenceCheckFlags.Stale] = "kedaluwarsa (reviu > 2 tahun)",
        [EvidenceCheckFlags.OffTopic] = "tidak sesuai indikator",
        [EvidenceCheckFlags.OtherInstansi] = "instansi lain",
        [EvidenceCheckFlags.Unreadable] = "tidak terbaca",
    };

    public static void Write(EvidenceCheck c, string fileName, CriteriaCatalog catalog, TextWriter o)
    {
        var d = c.Document;
        o.WriteLine($"Dokumen: {fileName} ({c.Pages} halaman{(c.Ocr ? ", teks dari OCR" : "")})");
        o.WriteLine($"Jenis: {d.Kind ?? "-"}; nomor: {d.Number ?? "-"}; tahun: {d.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}; " +
                    $"tanggal: {d.Date?.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("id-ID")) ?? "-"}; " +
                    $"instansi: {d.Instansi ?? "-"}; penetapan/tanda tangan: {(d.Signed ? "ada" : "tidak ada")}{(d.Draft ? "; masih draf" : "")}");
        var name = catalog.FindIndicator(c.Indicator)?.Name ?? "";
        o.WriteLine($"Indikator {c.Indicator} ({c.Framework}) {name}");
        o.WriteLine(c.NeedsOcr ? "Level: belum dinilai — dokumen perlu dibaca dengan OCR."
            : c.Level is 0 ? "Level yang didukung teks: 0 — dokumen ini tidak mendukung level mana pun untuk indikator ini."
            : c.Level is { } level ? $"Level yang didukung teks: {level}" : "Level: tidak dapat dinilai dari dokumen ini.");
        if (c.Flags.Count > 0)
            o.WriteLine("Tanda: " + string.Join(", ", c.Flags.Select(f => FlagNames.GetValueOrDefault(f, f))) +
                        (c.SeemsIndicator is { } s ? $" — tampaknya untuk indikator {s}" : ""));
        if (c.Found.Count > 0)
        {
            o.WriteLine("Ditemukan:");
            foreach (var f in c.Found) o.WriteLine($"  - {f.Element} (hlm. {f.Page}): «{f.Quote}»");
        }
        if (c.Missing.Count > 0)
        {
            o.WriteLine("Yang masih diperlukan:");
            foreach (var m in c.Missing) o.WriteLine($"  - {m}");
        }
        if (SpbeBot.Dialogs.Evidence.PrecheckTexts.Id.NoteText(c) is { } note) o.WriteLine("Catatan: " + note);
        o.WriteLine("Pemeriksaan awal ini hanya saran: tidak menggantikan verifikasi koordinator.");
    }
}
