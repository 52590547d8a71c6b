using System.Text;
using SpbeBot.Core.Criteria;

namespace SpbeBot.Core.Evidence.Export;

/// <summary>
/// A draft self-assessment explanation for one indicator in the Pedoman's FAKTA + ANALISIS form (BAB III B.1–B.4,
/// one sentence pattern per domain), filled in with the real exported file names, for the internal assessor to edit.
/// What only the assessor can know (article numbers, pages, application names) is marked «…».
/// </summary>
public static class ExplanationDraft
{
    public static string Write(CriteriaCatalog catalog, string instansi, int year, int number, IReadOnlyList<ExportedFile> files, DateTimeOffset now)
    {
        var indicator = catalog.FindIndicator(number)!;
        var domain = catalog.DomainOf(indicator);
        var proposed = EvidenceChecklist.SupportedLevel(catalog, number, files.Select(f => (f.Entry.Level, f.Entry.Item)));
        var subject = indicator.Name.Replace("Tingkat Kematangan ", "", StringComparison.OrdinalIgnoreCase);
        var cited = files.Where(f => proposed == 0 || f.Entry.Level <= proposed).ToList();
        var names = string.Join(", ", cited.Select(f => f.FileName));
        var opds = string.Join(", ", cited.Select(f => f.Entry.OpdName).Where(o => o is not null).Distinct());

        var text = new StringBuilder();
        text.AppendLine("DRAF PENJELASAN PENILAIAN MANDIRI — mohon disunting oleh Asesor Internal sebelum diunggah");
        text.AppendLine($"Instansi: {instansi}");
        text.AppendLine($"Tahun evaluasi: {year}");
        text.AppendLine($"Indikator {number}: {indicator.Name}");
        text.AppendLine($"Domain: {domain.Name}");
        text.AppendLine(proposed > 0
            ? $"Tingkat yang diusulkan: {proposed} (seluruh butir bukti dukung wajib level 1–{proposed} sudah disetujui)"
            : "Tingkat yang diusulkan: belum ada — bukti yang disetujui belum melengkapi butir wajib level 1");
        text.AppendLine($"Disusun SpbeBot: {now:yyyy-MM-dd HH:mm} UTC");
        text.AppendLine();
        if (proposed > 0)
        {
            text.AppendLine($"Kriteria tingkat {proposed}:");
            text.AppendLine(indicator.Level(proposed)!.Criterion);
            text.AppendLine();
        }
        text.AppendLine("Penjelasan:");
        text.AppendLine(Fakta(domain.Name, subject, names, opds, instansi));
        text.AppendLine(Analisis(domain.Name, subject, proposed, indicator, catalog));
        text.AppendLine();
        text.AppendLine("Data dukung:");
        foreach (var f in files)
        {
            var item = f.Entry.Item == 0 ? "lainnya" : $"butir {f.Entry.Item}";
            text.AppendLine($"- {f.FileName} — level {f.Entry.Level}, {item}; {f.Entry.OpdName ?? "-"}; disetujui {f.Entry.ApprovedBy ?? "-"}");
        }
        if (proposed < 5 && indicator.Level(proposed + 1) is { } next)
        {
            var have = files.Where(f => f.Entry.Level == next.Level).Select(f => f.Entry.Item).ToHashSet();
            var missing = next.Evidence.Select((t, i) => (t, i: i + 1)).Where(x => !EvidenceChecklist.IsOptional(x.t) && !have.Contains(x.i)).ToList();
            if (missing.Count > 0)
            {
                text.AppendLine();
                text.AppendLine($"Belum ada bukti yang disetujui untuk level {next.Level}:");
                foreach (var (t, i) in missing) text.AppendLine($"- butir {i}: {t}");
            }
        }
        text.AppendLine();
        text.AppendLine("Catatan: bagian bertanda «…» wajib dilengkapi Asesor Internal. Penjelasan mengikuti kaidah BAB III Pedoman Menteri PANRB 3/2024.");
        return text.ToString().ReplaceLineEndings("\r\n");
    }

    static string Fakta(string domain, string subject, string files, string opds, string instansi)
    {
        if (files.Length == 0) files = "«belum ada data dukung»";
        if (Is(domain, "Kebijakan"))
            return $"Kebijakan internal terkait {subject} tercantum dalam «nama dokumen kebijakan, nomor … tahun …» tentang «uraian nama kebijakan», " +
                   $"yaitu pada pasal «nomor pasal» halaman «nomor halaman» tentang «uraian nama pasal» yang disampaikan pada data dukung {files} (FAKTA).";
        if (Is(domain, "Layanan"))
            return $"Layanan {(subject.StartsWith("Layanan ", StringComparison.OrdinalIgnoreCase) ? subject[8..] : subject)} sudah diterapkan oleh {(opds.Length > 0 ? opds : "«nama unit kerja/OPD»")} pada lingkup {instansi} dengan nama aplikasi/layanan " +
                   $"«nama aplikasi SPBE» yang dibuktikan berupa «screenshot/manual book/video/tautan» pada data dukung {files} (FAKTA).";
        return $"Penerapan/pelaksanaan {subject} telah terdokumentasikan pada data dukung {files}, yaitu pada bab/halaman «nomor bab/halaman» " +
               "yang menguraikan tentang «isi dokumen» (FAKTA).";
    }

    static string Analisis(string domain, string subject, int level, Indicator indicator, CriteriaCatalog catalog)
    {
        if (level == 0) return "Berdasarkan data dukung yang ada, kriteria tingkat 1 belum terpenuhi seluruhnya; «lengkapi analisis setelah bukti lengkap» (ANALISIS).";
        var criterion = indicator.Level(level)!.Criterion.TrimEnd('.');
        if (Is(domain, "Kebijakan"))
            return $"Berdasarkan norma/pasal tersebut pengaturan telah mencakup: {criterion} (ANALISIS).";
        if (Is(domain, "Layanan"))
        {
            var step = catalog.Ladders.TryGetValue(indicator.Ladder, out var ladder) ? ladder.FirstOrDefault(s => s.Level == level)?.Name : null;
            return $"Berdasarkan kemampuan aplikasi «nama aplikasi SPBE» yang kami terapkan, kami menilai layanan/aplikasi tersebut memiliki kemampuan " +
                   $"«uraian fungsi teknis sesuai bukti» sehingga telah menggambarkan kapabilitas fungsi teknis {(step ?? $"tingkat {level}").ToLowerInvariant()} (ANALISIS).";
        }
        return $"Berdasarkan dokumentasi {subject} tersebut menunjukkan telah memenuhi kriteria tingkat {level}: {criterion} (ANALISIS).";
    }

    static bool Is(string domain, string word) => domain.Contains(word, StringComparison.OrdinalIgnoreCase);
}
