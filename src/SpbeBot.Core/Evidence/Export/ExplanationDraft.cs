using SpbeBot.Core.People;
using System.Globalization;
using System.Text;
using SpbeBot.Core.Criteria;
using SpbeBot.Core.Evidence.Checking;

namespace SpbeBot.Core.Evidence.Export;

/// <summary>
/// A draft self-assessment explanation for one indicator in the Pedoman's FAKTA + ANALISIS form (BAB III B.1–B.4,
/// one sentence pattern per domain), filled in with the real exported file names, for the internal assessor to edit.
/// What only the assessor can know (article numbers, pages, application names) is marked «…»; where the pre-check
/// found a criterion's elements in a file, their quotes with Pasal and page take that place.
/// </summary>
public static partial class ExplanationDraft
{
    /// <summary>At most this many quotes in the FAKTA sentence, and per file in the list.</summary>
    public const int QuotesShown = 3;

    const string Scope = " Instansi Pusat/Pemerintah Daerah";

    /// <param name="files">The exported files of this indicator, in bundle order.</param>
    /// <returns>The text with CRLF line endings (Windows Notepad).</returns>
    /// <param name="texts">The files' pages by evidence id, where they could be read without OCR: each quote's Pasal is found there.</param>
    public static string Write(CriteriaCatalog catalog, string instansi, int year, int number, IReadOnlyList<ExportedFile> files, DateTimeOffset now,
        string timeZone = TimeZones.Wib, IReadOnlyDictionary<long, IReadOnlyList<string>>? texts = null)
    {
        IEnumerable<(FoundElement Found, string Place)> Quotes(ExportedFile f) => Located(f, texts?.GetValueOrDefault(f.Entry.EvidenceId));
        var indicator = catalog.FindIndicator(number) ?? throw new ArgumentException($"Indikator {number} tidak ada di {catalog.Framework}.");
        var domain = catalog.FindDomainOf(indicator)?.Name ?? catalog.AspectOf(indicator).Name;
        var proposed = ProposedLevel(catalog, number, files);
        // The Pedoman explains the chosen level only, citing the evidence up to it (BAB III, catatan of tables 1–4).
        var cited = files.Where(f => proposed == 0 || f.Entry.Level <= proposed).ToList();
        var names = string.Join(", ", cited.Select(f => f.FileName));
        var opds = string.Join(", ", cited.Select(f => f.Entry.OpdName).OfType<string>().Distinct());

        var text = new StringBuilder();
        text.AppendLine("DRAF PENJELASAN PENILAIAN MANDIRI — mohon disunting oleh Asesor Internal sebelum disalin ke aplikasi SPBE");
        text.AppendLine($"Instansi: {instansi}");
        text.AppendLine($"Tahun evaluasi: {year}");
        text.AppendLine($"Indikator {number}: {indicator.Name}");
        text.AppendLine($"Domain: {domain}");
        text.AppendLine(proposed > 0
            ? $"Tingkat yang diusulkan: {proposed} (semua butir bukti dukung wajib level {(proposed == 1 ? "1" : $"1–{proposed}")} sudah ada yang disetujui)"
            : "Tingkat yang diusulkan: belum ada — butir bukti dukung wajib level 1 belum lengkap");
        text.AppendLine($"Disusun oleh SpbeBot: {EvidenceExporter.Stamp(now, timeZone)}");
        text.AppendLine();
        if (indicator.Level(proposed) is { } chosen)
        {
            text.AppendLine($"Kriteria tingkat {proposed}:");
            text.AppendLine($"\"{chosen.Criterion.Trim()}\"");
            text.AppendLine();
        }
        text.AppendLine("Penjelasan:");
        var counted = cited.Where(f => !Discounted(f)).ToList();
        text.AppendLine(Fakta(domain, indicator, names, opds, instansi, counted.SelectMany(f => Quotes(f).Select(q => (File: f, q.Found, q.Place))).Take(QuotesShown).ToList(), counted));
        text.AppendLine(Analisis(domain, indicator, proposed, catalog));
        text.AppendLine();
        text.AppendLine("Data dukung per level:");
        foreach (var level in files.GroupBy(f => f.Entry.Level).OrderBy(g => g.Key))
        {
            text.AppendLine($"Level {level.Key}{(level.Key > proposed ? " (di atas tingkat yang diusulkan)" : "")}:");
            foreach (var f in level)
            {
                var item = f.Entry.Item == 0 ? "lainnya" : $"butir {f.Entry.Item}";
                var approved = f.Entry.ApprovedAt is { } at ? " " + TimeZones.ToLocal(at, timeZone).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : "";
                text.AppendLine($"- {f.FileName} — {item}; {f.Entry.OpdName ?? "-"}; disetujui {f.Entry.ApprovedBy ?? "-"}{approved}");
                if (f.Entry.Check?.Flags is { Count: > 0 } flags)
                    text.AppendLine($"  ⚠ pemeriksaan awal: {string.Join("; ", flags.Select(FlagWords))}{(Discounted(f) ? " — tidak dikutip sebagai FAKTA" : "")}");
                foreach (var (found, place) in Quotes(f).Take(QuotesShown))
                    text.AppendLine($"  · {found.Element}: {place} — «{Shorten(OneLine(found.Quote), 200)}»");
            }
        }
        Missing(text, indicator, proposed, files);
        text.AppendLine();
        text.AppendLine("Catatan: bagian bertanda «…» wajib dilengkapi Asesor Internal. Pola kalimat mengikuti BAB III Pedoman Menteri PANRB 3/2024;");
        text.AppendLine("tingkat yang diusulkan dihitung dari kelengkapan bukti saja — isi dokumen tetap harus dinilai Asesor.");
        return text.ToString().ReplaceLineEndings("\r\n");
    }

    /// <summary>
    /// A file the pre-check found to be another indicator's or another Pemda's, or older than two years: its quotes would
    /// state as FAKTA what it cannot prove, so the sentence leaves it to the assessor (the list below still names it).
    /// </summary>
    static bool Discounted(ExportedFile f) =>
        f.Entry.Check?.Flags.Any(x => x is EvidenceCheckFlags.OffTopic or EvidenceCheckFlags.OtherInstansi or EvidenceCheckFlags.Stale) == true;

    /// <summary>A pre-check flag as the assessor reads it beside the file.</summary>
    static string FlagWords(string flag) => flag switch
    {
        EvidenceCheckFlags.Draft => "masih draf/rancangan, belum ditetapkan",
        EvidenceCheckFlags.Unsigned => "tidak ada blok penetapan/tanda tangan",
        EvidenceCheckFlags.Stale => "lebih dari dua tahun",
        EvidenceCheckFlags.OffTopic => "tampaknya untuk indikator lain",
        EvidenceCheckFlags.OtherInstansi => "menyebut instansi lain",
        EvidenceCheckFlags.Unreadable => "teks tidak terbaca",
        _ => flag,
    };

    /// <summary>The highest level whose required items, and those of every level below, all have an exported file.</summary>
    public static int ProposedLevel(CriteriaCatalog catalog, int number, IEnumerable<ExportedFile> files) =>
        EvidenceChecklist.SupportedLevel(catalog, number, files.Select(f => (f.Entry.Level, f.Entry.Item)));

    // What the next level still lacks, so the assessor knows what to chase before the deadline.
    static void Missing(StringBuilder text, Indicator indicator, int proposed, IReadOnlyList<ExportedFile> files)
    {
        if (indicator.Level(proposed + 1) is not { } next)
        {
            if (proposed > 0) text.AppendLine().AppendLine($"Semua butir wajib sampai level {proposed} sudah memiliki bukti.");
            return;
        }
        var have = files.Where(f => f.Entry.Level == next.Level).Select(f => f.Entry.Item).ToHashSet();
        var missing = next.Evidence.Select((t, i) => (Text: t, Item: i + 1))
            .Where(x => !EvidenceChecklist.IsOptional(x.Text) && !have.Contains(x.Item)).ToList();
        if (missing.Count == 0) return;
        text.AppendLine();
        text.AppendLine($"Belum ada bukti yang disetujui untuk level {next.Level}:");
        foreach (var (t, i) in missing) text.AppendLine($"- butir {i}: {Shorten(t, 200)}");
    }

    // B.1 Kebijakan Internal, B.4 Layanan, and B.2/B.3 (Tata Kelola, Manajemen) share one pattern.
    // quotes: what the pre-check found in the cited files, quoted where the assessor would otherwise fill in «…».
    static string Fakta(string domain, Indicator indicator, string files, string opds, string instansi,
        IReadOnlyList<(ExportedFile File, FoundElement Found, string Place)> quotes, IReadOnlyList<ExportedFile> cited)
    {
        if (files.Length == 0) files = "«nama file data dukung»";
        var subject = Subject(indicator);
        // The policy the sentence names is a policy's (a reviu report's number is not where the norm "tercantum").
        var document = cited.Select(f => f.Entry.Check?.Document).FirstOrDefault(d => DocumentFactsReader.IsPolicy(d?.Kind));
        if (Is(domain, "Kebijakan"))
        {
            var name = document is null ? "«nama dokumen kebijakan» «Nomor … Tahun …»"
                : $"{document.Kind} Nomor {document.Number ?? "«…»"} Tahun {document.Year?.ToString(CultureInfo.InvariantCulture) ?? "«…»"}";
            var where = quotes.Count == 0 ? "pada pasal «nomor pasal» halaman «nomor halaman» tentang «uraian nama pasal»"
                : string.Join("; ", quotes.Select(q => $"pada {q.Place} ({q.File.FileName}) tentang {q.Found.Element}: «{Shorten(OneLine(q.Found.Quote), 200)}»"));
            return $"Kebijakan internal terkait {subject} tercantum dalam {name} tentang «uraian nama kebijakan», " +
                   $"yaitu {where} yang disampaikan pada data dukung {files} (FAKTA).";
        }
        if (Is(domain, "Layanan"))
            return $"{(subject.StartsWith("Layanan ", StringComparison.OrdinalIgnoreCase) ? subject : "Layanan " + subject)} sudah diterapkan oleh {(opds.Length > 0 ? opds : "«nama unit kerja/OPD»")} pada lingkup {instansi} dengan nama aplikasi/layanan " +
                   $"«nama aplikasi SPBE» yang dibuktikan berupa «screenshot/manual book/video/tautan» pada data dukung {files} (FAKTA).";
        var activity = subject.StartsWith("Penerapan", StringComparison.OrdinalIgnoreCase) || subject.StartsWith("Pelaksanaan", StringComparison.OrdinalIgnoreCase)
                       || subject.Contains("Penerapan", StringComparison.OrdinalIgnoreCase) ? subject : "Penerapan " + subject;
        if (quotes.Count > 0)
            return $"{activity} telah terdokumentasikan pada data dukung {files}, yaitu " +
                   string.Join("; ", quotes.Select(q => $"pada {q.Place} ({q.File.FileName}) yang menguraikan {q.Found.Element}: «{Shorten(OneLine(q.Found.Quote), 200)}»")) +
                   " (FAKTA).";
        return $"{activity} telah terdokumentasikan pada data dukung {files}, yaitu pada bab/halaman «nomor bab/halaman» " +
               "yang menguraikan tentang «isi/konteks dokumen» (FAKTA).";
    }

    /// <summary>
    /// A file's found elements with their place: quotes from an article first (they carry the norm), then the rest in the
    /// checker's order; one quote once (the title found as two elements is quoted once).
    /// </summary>
    static IEnumerable<(FoundElement Found, string Place)> Located(ExportedFile file, IReadOnlyList<string>? pages) =>
        (file.Entry.Check?.Found ?? []).DistinctBy(f => (f.Quote, f.Page))
            .Select(f => (Found: f, Where: PasalLocator.Locate(pages, f)))
            .OrderBy(x => x.Where.Pasal is null ? 1 : 0)
            .Select(x => (x.Found, Place(x.Where, x.Found.Page)));

    /// <summary>"Pasal 3 halaman 2"; "halaman 1" for the title or the signature block; otherwise the Pasal is left for the assessor.</summary>
    internal static string Place(QuotePlace where, int page) =>
        where.Pasal is { } pasal ? $"Pasal {pasal} halaman {page}" : where.OutsidePasal ? $"halaman {page}" : $"pasal «nomor pasal» halaman {page}";

    static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    static string Analisis(string domain, Indicator indicator, int level, CriteriaCatalog catalog)
    {
        if (indicator.Level(level) is not { } chosen)
            return "Berdasarkan data dukung yang ada, kriteria tingkat 1 belum terpenuhi seluruhnya; «lengkapi analisis setelah bukti lengkap» (ANALISIS).";
        var criterion = $"kriteria tingkat {level}, yaitu \"{MainClause(chosen.Criterion)}\"";
        if (Is(domain, "Kebijakan"))
            return $"Berdasarkan norma/pasal tersebut pengaturan telah mencakup «uraian pemenuhan kriteria» sehingga memenuhi {criterion} (ANALISIS).";
        if (Is(domain, "Layanan"))
        {
            var step = catalog.Ladders.TryGetValue(indicator.Ladder, out var ladder) ? ladder.FirstOrDefault(s => s.Level == level)?.Name : null;
            return "Berdasarkan kemampuan aplikasi «nama aplikasi SPBE» yang kami terapkan, kami menilai layanan/aplikasi tersebut memiliki kemampuan " +
                   $"«uraian fungsi teknis sesuai bukti, mis. unggah, unduh, persetujuan, integrasi» sehingga telah menggambarkan kapabilitas fungsi teknis " +
                   $"{(step ?? $"tingkat {level}").ToLowerInvariant()} dan memenuhi {criterion} (ANALISIS).";
        }
        return $"Berdasarkan dokumentasi {Subject(indicator)} tersebut menunjukkan telah memenuhi {criterion} (ANALISIS).";
    }

    /// <summary>"Tingkat Kematangan Kebijakan Internal Arsitektur SPBE Instansi Pusat/Pemerintah Daerah" → "Arsitektur SPBE".</summary>
    static string Subject(Indicator indicator)
    {
        var name = indicator.Name.Replace("Tingkat Kematangan ", "", StringComparison.OrdinalIgnoreCase).Replace(Scope, "", StringComparison.OrdinalIgnoreCase);
        if (name.StartsWith("Kebijakan Internal ", StringComparison.OrdinalIgnoreCase)) name = name["Kebijakan Internal ".Length..];
        return name.Trim();
    }

    // The criterion without its "Kondisi: …" note (which describes the situation, not the requirement).
    static string MainClause(string criterion)
    {
        var cut = criterion.IndexOf("Kondisi:", StringComparison.OrdinalIgnoreCase);
        return (cut > 0 ? criterion[..cut] : criterion).Trim().TrimEnd('.');
    }

    internal static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";

    static bool Is(string domain, string word) => domain.Contains(word, StringComparison.OrdinalIgnoreCase);
}
