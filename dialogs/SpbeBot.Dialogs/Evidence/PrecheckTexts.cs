using System.Globalization;
using System.Text.RegularExpressions;
using SpbeBot.Core.Evidence;
using SpbeBot.Core.Evidence.Checking;
using SpbeBot.Dialogs.Common;

namespace SpbeBot.Dialogs.Evidence;

/// <summary>
/// The pre-check of a filed upload as the uploader and the coordinators read it: 3–5 short lines (level, flags, what the
/// next level still needs, one quote, what could not be read). Advice, never a decision.
/// </summary>
public sealed class PrecheckTexts : BilingualTexts
{
    public static readonly PrecheckTexts Id = new(english: false);
    public static readonly PrecheckTexts En = new(english: true);

    public static PrecheckTexts For(string? language) => language == "en" ? En : Id;

    PrecheckTexts(bool english) : base(english)
    {
    }

    /// <summary>The uploader's lines in the receipt (at most five).</summary>
    public string Lines(EvidenceCheck c)
    {
        var lines = new List<string> { Verdict(c) };
        if (c.Flags.Count > 0) lines.Add(FlagsLine(c));
        if (Next(c) is { } next) lines.Add(next);
        if (c.Found.Count > 0) lines.Add(Quote(c.Found[0]));
        if (Note(c) is { } note) lines.Add(note);
        return string.Join("\n", lines.Take(5));
    }

    /// <summary>
    /// What the coordinator sees in the verification queue: level and flags, what the next level still needs (why the
    /// level is what it is), up to three quotes (one quote once: a title found as two elements), the note.
    /// </summary>
    public string ForCoordinator(StoredCheck stored)
    {
        if (stored.Status is EvidenceCheckStatus.Queued or EvidenceCheckStatus.Running)
            return stored.NeedsOcr
                ? S("🔎 Pemeriksaan awal: dokumen hasil pindaian sedang dibaca (OCR).", "🔎 Pre-check: the scanned document is being read (OCR).")
                : S("🔎 Pemeriksaan awal: dokumen sedang dibaca.", "🔎 Pre-check: the document is being read.");
        if (stored.Status != EvidenceCheckStatus.Done || stored.Verdict is not { } c)
            return S("🔎 Pemeriksaan awal: tidak tersedia untuk berkas ini.", "🔎 Pre-check: not available for this file.");
        var lines = new List<string?> { Verdict(c), c.Flags.Count > 0 ? FlagsLine(c) : null, Next(c) };
        lines.AddRange(c.Found.DistinctBy(f => (f.Quote, f.Page)).Take(3).Select(Quote));
        lines.Add(Note(c));
        return string.Join("\n", lines.OfType<string>());
    }

    /// <summary>A scan: read in the background, the result follows in a separate message.</summary>
    public string Reading => S("⏳ Pemeriksaan awal: dokumen ini hasil pindaian dan sedang dibaca (OCR); hasilnya kami kirim menyusul.",
        "⏳ Pre-check: this document is a scan and is being read (OCR); we will send the result shortly.");

    /// <summary>The text layer took longer than the chat waits: read in the background, the result follows.</summary>
    public string Later => S("⏳ Pemeriksaan awal: dokumen ini perlu waktu lebih lama untuk dibaca; hasilnya kami kirim menyusul.",
        "⏳ Pre-check: this document takes longer to read; we will send the result shortly.");

    /// <summary>The checker failed; the filing stands.</summary>
    public string Unavailable => S("Pemeriksaan awal isi dokumen belum tersedia untuk berkas ini; berkas tetap diarsipkan seperti biasa.",
        "The content pre-check is not available for this file; the file is filed as usual.");

    /// <summary>The background reading's result, sent through the outbox.</summary>
    public string Result(EvidenceRecord e, EvidenceCheck? c) =>
        S($"Hasil pemeriksaan awal bukti #{e.Id} \"{e.OriginalName}\" (Indikator {e.Indicator} · Level {e.Level}):\n",
          $"Pre-check of evidence #{e.Id} \"{e.OriginalName}\" (Indicator {e.Indicator} · Level {e.Level}):\n")
        + (c is null ? Unavailable : Lines(c));

    string Verdict(EvidenceCheck c) => (c.Level is 0
        ? S("🔎 Pemeriksaan awal (saran, bukan keputusan): isi dokumen belum mendukung level mana pun untuk indikator ini (level 0)",
            "🔎 Pre-check (advice, not a decision): the document's text supports no level of this indicator (level 0)")
        : c.Level is { } level
        ? S($"🔎 Pemeriksaan awal (saran, bukan keputusan): isi dokumen mendukung level {level}", $"🔎 Pre-check (advice, not a decision): the document's text supports level {level}")
        : S("🔎 Pemeriksaan awal (saran, bukan keputusan): level belum dapat dinilai dari dokumen ini", "🔎 Pre-check (advice, not a decision): the level cannot be judged from this document"))
        + (c.Ocr ? S(" (dibaca dengan OCR).", " (read by OCR).") : ".");

    string FlagsLine(EvidenceCheck c) => S("⚠️ Catatan: ", "⚠️ Flags: ") + string.Join("; ", c.Flags.Select(f => Flag(f, c)));

    /// <summary>One flag in words, with what the document says where that helps.</summary>
    public string Flag(string flag, EvidenceCheck? c = null) => flag switch
    {
        EvidenceCheckFlags.Draft => S("masih draf/rancangan, belum ditetapkan", "still a draft, not formally enacted"),
        EvidenceCheckFlags.Unsigned => S("tidak ditemukan blok penetapan/tanda tangan", "no enactment or signature block found"),
        EvidenceCheckFlags.Stale => c?.Document.Year is { } year
            ? S($"dokumen tahun {year}, lebih dari dua tahun", $"dated {year}, older than two years")
            : S("lebih dari dua tahun", "older than two years"),
        EvidenceCheckFlags.OffTopic => c?.SeemsIndicator is { } other
            ? S($"tampaknya untuk indikator {other}, bukan indikator ini", $"seems to belong to indicator {other}, not this one")
            : S("tampaknya bukan untuk indikator ini", "does not seem to belong to this indicator"),
        EvidenceCheckFlags.OtherInstansi => c?.Document.Instansi is { Length: > 0 } instansi
            ? S($"menyebut instansi lain ({Short(instansi, 60)})", $"names another government ({Short(instansi, 60)})")
            : S("menyebut instansi lain", "names another government"),
        EvidenceCheckFlags.Unreadable => S("teks dokumen tidak dapat dibaca", "the document's text could not be read"),
        _ => flag,
    };

    /// <summary>A flag's short name for counts (the digest).</summary>
    public string FlagShort(string flag) => flag switch
    {
        EvidenceCheckFlags.Draft => S("draf", "draft"),
        EvidenceCheckFlags.Unsigned => S("tanpa penetapan", "unsigned"),
        EvidenceCheckFlags.Stale => S("> 2 tahun", "> 2 years"),
        EvidenceCheckFlags.OffTopic => S("salah indikator", "off-topic"),
        EvidenceCheckFlags.OtherInstansi => S("instansi lain", "other government"),
        EvidenceCheckFlags.Unreadable => S("tak terbaca", "unreadable"),
        _ => flag,
    };

    // What the next level still needs, as the checker names it (criterion texts are quoted as the Pedoman writes them).
    string? Next(EvidenceCheck c)
    {
        if (c.Missing.Count == 0 || c.Level is >= 5) return null;
        // The level the first need names: a reviu report that cannot count is level 0 and still needs level 4's isu and
        // rekomendasi, which "for level 1" would misstate.
        var named = Regex.Match(c.Missing[0], @"^Level (\d): ");
        var next = named.Success ? int.Parse(named.Groups[1].Value, CultureInfo.InvariantCulture) : (c.Level ?? 0) + 1;
        // The line names the level already: "Level 4: " in front of a need of that level is not said twice.
        var own = $"Level {next}: ";
        var needs = string.Join("; ", c.Missing.Take(2).Select(m => Short(Need(m.StartsWith(own, StringComparison.Ordinal) ? m[own.Length..] : m), 120))) + (c.Missing.Count > 2 ? S($" (+{c.Missing.Count - 2} lagi)", $" (+{c.Missing.Count - 2} more)") : "");
        return S($"➡️ Untuk level {next} masih perlu: {needs}", $"➡️ Level {next} still needs: {needs}");
    }

    /// <summary>
    /// A need in the person's language: criterion texts stay as the Pedoman writes them, but the checker's own needs of a
    /// level-0 verdict (another Pemda's document, another topic's) are said in English to an English reader.
    /// </summary>
    public string Need(string need) =>
        !_en ? need
        : OwnDocument.Match(need) is { Success: true } own ? $"a document of {own.Groups[1].Value} itself"
        : AboutTopic.Match(need) is { Success: true } about ? $"a document about {about.Groups[1].Value}"
        : need;

    static readonly Regex OwnDocument = new(@"^Dokumen milik (.+) sendiri$", RegexOptions.CultureInvariant);
    static readonly Regex AboutTopic = new(@"^Dokumen tentang (.+)$", RegexOptions.CultureInvariant);

    string Quote(FoundElement f) => S($"📌 {f.Element}: «{Short(f.Quote, 140)}» (hlm. {f.Page})", $"📌 {f.Element}: «{Short(f.Quote, 140)}» (p. {f.Page})");

    /// <summary>A scan being read in the background, with what will not be read (pages beyond the cap) said at once.</summary>
    public string ReadingFor(EvidenceCheck? c) =>
        c?.Reading.FirstOrDefault(n => n.Code == ReadNote.PageCap) is { } cap ? Reading + "\n" + "ℹ️ " + ReadLine(cap with { Code = "page-cap-ahead" }) : Reading;

    /// <summary><c>spbebot evidence add</c> of a scan: queued for the server's OCR, and where its result is seen later.</summary>
    public string CliReading(EvidenceRecord e, string path, EvidenceCheck? c) => Cli(ReadingFor(c), e, path);

    /// <summary><c>spbebot evidence add</c> of a text document whose reading outlasted the wait: as <see cref="CliReading"/>.</summary>
    public string CliLater(EvidenceRecord e, string path) => Cli(Later, e, path);

    string Cli(string reading, EvidenceRecord e, string path) =>
        reading.Replace(S("hasilnya kami kirim menyusul.", "we will send the result shortly."),
            S("server membacanya di latar belakang.", "the server reads it in the background.")) + "\n" +
        S($"Hasilnya nanti tampil di tampilan verifikasi (/verifikasi); untuk membacanya sekarang di mesin ini: spbebot evidence check \"{path}\" --indicator {e.Indicator} --level {e.Level}",
          $"The result will show in the verification view (/verifikasi); to read it now on this machine: spbebot evidence check \"{path}\" --indicator {e.Indicator} --level {e.Level}");

    /// <summary>One thing that could not be read, in the person's language.</summary>
    public string ReadLine(ReadNote n) => n.Code switch
    {
        ReadNote.Macro => S("Dokumen berisi makro (DOCM/XLSM atau bagian VBA): tidak dibuka dan tidak dibaca. Simpan ulang sebagai PDF atau DOCX tanpa makro.",
            "The document contains macros (DOCM/XLSM or VBA parts): it was not opened or read. Save it again as PDF or DOCX without macros."),
        ReadNote.EmptyFile => S("Berkas kosong (0 bita): tidak ada yang dapat dibaca.", "The file is empty (0 bytes): there is nothing to read."),
        ReadNote.Encrypted => S("PDF terenkripsi/berkata sandi: isinya tidak dapat dibaca. Unggah PDF tanpa kata sandi.",
            "The PDF is encrypted (password-protected): its text cannot be read. Upload a PDF without a password."),
        ReadNote.Corrupt => S("Berkas rusak atau tidak lengkap: isinya tidak dapat dibaca. Simpan ulang atau pindai ulang dokumennya.",
            "The file is damaged or incomplete: its text cannot be read. Save or scan the document again."),
        ReadNote.UnsafeArchive => S("Arsip tidak aman: tidak dibuka.", "The archive is not safe: it was not opened."),
        ReadNote.LegacyOffice => S("Format Office lama (DOC/XLS/PPT) tidak dibaca: simpan ulang sebagai PDF atau DOCX.",
            "Old Office formats (DOC/XLS/PPT) are not read: save it again as PDF or DOCX."),
        ReadNote.Zip => S("Berkas ZIP tidak dibaca isinya: unggah setiap dokumen sendiri-sendiri (PDF/DOCX/gambar).",
            "The contents of a ZIP file are not read: upload each document on its own (PDF/DOCX/image)."),
        ReadNote.UnsupportedFormat => S("Format ini (PPTX/ODT/ODS) belum dibaca pemeriksaan awal: unggah versi PDF untuk diperiksa.",
            "This format (PPTX/ODT/ODS) is not read by the pre-check yet: upload a PDF version to have it checked."),
        ReadNote.UnknownKind => S("Jenis berkas tidak dikenali: isinya tidak dapat dibaca.", "The file type is not recognised: its text cannot be read."),
        ReadNote.PageCap => S($"Hanya {n.From} halaman pertama yang dibaca; halaman {n.From + 1}–{n.To} dilewati.",
            $"Only the first {n.From} pages were read; pages {n.From + 1}–{n.To} were skipped."),
        "page-cap-ahead" => S($"Dokumen ini {n.To} halaman: hanya {n.From} halaman pertama yang akan dibaca, halaman {n.From + 1}–{n.To} dilewati.",
            $"This document has {n.To} pages: only the first {n.From} will be read, pages {n.From + 1}–{n.To} are skipped."),
        ReadNote.NeedsOcr => S("PDF hasil pindaian (tanpa lapisan teks): perlu dibaca dengan OCR.", "A scan without a text layer: it has to be read by OCR."),
        ReadNote.OcrMissing => S("OCR tidak tersedia di server ini (tesseract-ocr/poppler-utils belum terpasang): dokumen pindaian belum dapat dibaca.",
            "OCR is not available on this server: scanned documents cannot be read yet."),
        ReadNote.OcrTimeout => S($"OCR melewati batas waktu: halaman {n.From}–{n.To} tidak dibaca.", $"OCR ran out of time: pages {n.From}–{n.To} were not read."),
        ReadNote.BlankPages => S($"{n.From} halaman tanpa teks yang terbaca (kosong, gambar, atau buram).", $"{n.From} page(s) had no readable text (blank, pictures, or blurred)."),
        ReadNote.NoText => S("Tidak ada teks yang terbaca (halaman kosong, foto layar, atau gambar terlalu buram).",
            "No readable text was found (a blank page, a photo of a screen, or an image too unclear to read)."),
        ReadNote.TooLarge => S($"Berkas terlalu besar (maksimal {n.From} MB): tidak dibaca, dan unggahannya akan ditolak. Perkecil atau pecah berkasnya.",
            $"The file is too large (at most {n.From} MB): it was not read, and uploading it would be refused. Make it smaller or split it."),
        ReadNote.Disguised => S("Isi berkas tidak sesuai dengan ekstensi namanya (misalnya .pdf yang bukan PDF): tidak dibaca, dan unggahannya akan ditolak. Simpan ulang dengan format yang benar.",
            "The file's content does not match its extension (say, a .pdf that is not a PDF): it was not read, and uploading it would be refused. Save it again in the right format."),
        _ => S("Sebagian dokumen tidak dapat dibaca.", "Part of the document could not be read."),
    };

    /// <summary>One remark of the verdict, in the person's language.</summary>
    public string CheckLine(CheckNote n) => n.Code switch
    {
        CheckNote.UnknownFramework => S($"Kerangka penilaian {n.Name} tidak dikenal.", $"The framework {n.Name} is not known."),
        CheckNote.UnknownIndicator => UnknownIndicator(n.Number, n.Name),
        CheckNote.NoText => S("Tidak ada teks yang dapat dibaca dari dokumen ini.", "No text could be read from this document."),
        CheckNote.OtherInstansi => S($"Dokumen ini menyebut {n.Name}, bukan {n.OtherName}.", $"This document names {n.Name}, not {n.OtherName}."),
        CheckNote.OffTopic => S($"Dokumen ini tampaknya tidak membahas {n.Name} (indikator {n.Number}).", $"This document does not seem to be about {n.Name} (indicator {n.Number})."),
        CheckNote.SeemsOther => S($"Dokumen ini tampaknya untuk indikator {n.Number} ({n.Name}), bukan indikator {n.Other}.",
            $"This document seems to belong to indicator {n.Number} ({n.Name}), not indicator {n.Other}."),
        CheckNote.StaleReview => S($"Reviu/evaluasi bertanggal {n.Number}: lebih dari 2 tahun sebelum tahun evaluasi {n.Other}, tidak lagi berlaku; tidak dihitung untuk level yang memerlukan reviu.",
            $"The reviu/evaluation is dated {n.Number}: more than 2 years before the evaluation year {n.Other}, no longer valid; it counts toward no level that needs a reviu."),
        CheckNote.StaleReport => S($"Laporan bertanggal {n.Number}: lebih dari 2 tahun sebelum tahun evaluasi {n.Other}, tidak lagi berlaku sebagai bukti.",
            $"The report is dated {n.Number}: more than 2 years before the evaluation year {n.Other}, no longer valid as evidence."),
        CheckNote.NothingCheckable => S($"Level tidak dapat dinilai dari dokumen ini: kriteria indikator {n.Number} tidak menyebut unsur yang dapat diperiksa dalam teks dokumen; periksa manual.",
            $"The level cannot be judged from this document: the criteria of indicator {n.Number} name nothing a document's text can show; check it by hand."),
        CheckNote.NoServiceFunction => S($"Dokumen ini tidak menggambarkan fungsi layanan/aplikasi {n.Name}: level tidak dapat dinilai dari dokumen ini (perlu dokumentasi/tangkapan layar fungsi aplikasi); periksa manual.",
            $"This document does not describe what the {n.Name} service/application does: the level cannot be judged from it (documentation or screenshots of its functions are needed); check it by hand."),
        CheckNote.NoElectronicService => S($"Dokumen ini sama sekali tidak menyebut {n.Name} berbasis elektronik (aplikasi, portal, laman, atau saluran daring): tidak ada kriteria level mana pun yang ditunjukkan, level 0.",
            $"This document names no electronic form of {n.Name} at all (no application, portal, site or online channel): it shows the criteria of no level, level 0."),
        CheckNote.OcrGarbled => S($"Sebagian besar teks hasil OCR tidak terbaca dengan baik ({n.Number}% baris kacau): level tidak dapat dinilai; periksa manual atau unggah pindaian yang lebih jelas.",
            $"Much of the OCR text was read badly ({n.Number}% of lines garbled): the level cannot be judged; check it by hand or upload a clearer scan."),
        CheckNote.BelowFiled => S($"Teks mendukung level {n.Number}, di bawah level {n.Other} yang dipilih.", $"The text supports level {n.Number}, below the chosen level {n.Other}."),
        CheckNote.Draft => S("Dokumen masih rancangan/draf: belum ditetapkan.", "The document is still a draft: not formally enacted."),
        CheckNote.Unsigned => S("Tidak ditemukan blok penetapan atau tanda tangan.", "No enactment or signature block was found."),
        _ => n.Code,
    };

    /// <summary>An indicator the framework does not have: a verdict's note, and what `spbebot evidence` says to it.</summary>
    public string UnknownIndicator(int? number, string? framework) => S($"Indikator {number} tidak ada di {framework}.", $"Indicator {number} does not exist in {framework}.");

    /// <summary>Everything the pre-check remarks (what could not be read, then the verdict's notes), in one paragraph; null when nothing.</summary>
    public string? NoteText(EvidenceCheck c)
    {
        var lines = c.Reading.Distinct().Select(ReadLine).Concat(c.Notes.Distinct().Select(CheckLine)).ToList();
        return lines.Count == 0 ? null : string.Join(" ", lines);
    }

    string? Note(EvidenceCheck c)
    {
        if (NoteText(c) is not { } text) return null;
        var unreadable = c.Flags.Contains(EvidenceCheckFlags.Unreadable);
        return "ℹ️ " + Short(text, 300) + (unreadable ? S(" Berkas tetap diarsipkan; isinya tidak ikut dinilai.", " The file is still filed; its content was not judged.") : "");
    }

    static string Short(string text, int max) => Format.Short(text.ReplaceLineEndings(" "), max);
}
