using SpbeBot.Core.Evidence;
using SpbeBot.Core.People;
using SpbeBot.Dialogs.Common;

namespace SpbeBot.Dialogs.Evidence;

/// <summary>Every user-facing text of evidence uploads, verification and checklists; Indonesian and English side by side.</summary>
public sealed class EvidenceTexts : BilingualTexts
{
    /// <summary>The file kinds accepted, and what to do with an old Office document: named by the refusal and by the upload help.</summary>
    public const string AcceptedFilesId = "PDF, DOCX, XLSX, PPTX, ODT, ODS, JPG, PNG, dan ZIP. Dokumen Office lama (.doc/.xls) mohon disimpan sebagai PDF";
    public const string AcceptedFilesEn = "PDF, DOCX, XLSX, PPTX, ODT, ODS, JPG, PNG and ZIP. Please save old Office documents (.doc/.xls) as PDF";

    public static readonly EvidenceTexts Id = new(english: false);
    public static readonly EvidenceTexts En = new(english: true);

    public static EvidenceTexts For(string? language) => language == "en" ? En : Id;

    EvidenceTexts(bool english) : base(english)
    {
    }

    public string Size(long bytes) => bytes >= 1024 * 1024
        ? (bytes / 1024d / 1024d).ToString("0.0", _culture) + " MB"
        : Math.Max(1, (long)Math.Round(bytes / 1024d)).ToString(_culture) + " KB";

    public string Slot(int indicator, int level, int item) => item == 0
        ? S($"Indikator {indicator} · Level {level} · lainnya", $"Indicator {indicator} · Level {level} · other")
        : S($"Indikator {indicator} · Level {level} · butir {item}", $"Indicator {indicator} · Level {level} · item {item}");

    public string StatusName(EvidenceStatus status) => status switch
    {
        EvidenceStatus.Draft => S("draf (belum diarsipkan)", "draft (not filed yet)"),
        EvidenceStatus.Pending => S("menunggu verifikasi", "awaiting verification"),
        EvidenceStatus.Approved => S("disetujui", "approved"),
        EvidenceStatus.Rejected => S("ditolak", "rejected"),
        _ => S("digantikan berkas yang lebih baru", "replaced by a newer file"),
    };

    // Refusals: nothing is stored after any of these.
    public string UploadNotAllowed => S("Mohon maaf, Bapak/Ibu tidak memiliki akses untuk mengunggah bukti dukung. Operator OPD dan koordinator yang dapat mengunggah.",
        "Sorry, you cannot upload evidence. OPD operators and coordinators can.");
    public string NoOpdForUpload => S("Mohon maaf, akun Bapak/Ibu belum terhubung ke OPD, jadi bukti dukung belum dapat diarsipkan. Mohon hubungi koordinator.",
        "Sorry, your account is not linked to an OPD, so evidence cannot be filed yet. Please contact your coordinator.");
    public string OtherOpd(string opd) => S($"Mohon maaf, Bapak/Ibu hanya dapat mengunggah bukti untuk OPD Bapak/Ibu sendiri, bukan {opd}. Berkas tidak disimpan.",
        $"Sorry, you can only upload evidence for your own OPD, not {opd}. The file was not stored.");
    public string UnknownOpd(string opd) => S($"Mohon maaf, OPD \"{opd}\" tidak dikenal. Berkas tidak disimpan.", $"Sorry, the OPD \"{opd}\" is not known. The file was not stored.");
    public string UnknownIndicator(int number, int count) => S(
        $"Mohon maaf, indikator {number} tidak ada (indikator SPBE bernomor 1–{count}). Berkas tidak disimpan; mohon kirim ulang dengan keterangan yang benar, mis. \"bukti 32 L4\".",
        $"Sorry, there is no indicator {number} (SPBE indicators are numbered 1–{count}). The file was not stored; please send it again with a correct caption, e.g. \"bukti 32 L4\".");
    public string InvalidLevel(int number) => S($"Mohon maaf, level {number} tidak ada (level 1–5). Berkas tidak disimpan.", $"Sorry, there is no level {number} (levels 1–5). The file was not stored.");
    public string InvalidItem(int number, int count) => S($"Mohon maaf, butir {number} tidak ada; level itu memiliki {count} butir bukti dukung. Berkas tidak disimpan.",
        $"Sorry, there is no item {number}; that level has {count} evidence items. The file was not stored.");
    public string Problem(FileProblem problem, long maxBytes, string? detail = null) => problem switch
    {
        FileProblem.NotAllowed when detail?.EndsWith("macro", StringComparison.Ordinal) == true => S("Mohon maaf, dokumen bermakro (mis. .docm/.xlsm atau DOCX berisi bagian VBA) tidak diterima: makro dapat berjalan di komputer verifikator. Mohon simpan ulang sebagai DOCX/XLSX biasa atau PDF. Berkas tidak disimpan.",
            "Sorry, documents with macros (e.g. .docm/.xlsm, or a DOCX holding VBA parts) are not accepted: macros can run on the verifier's computer. Please save it again as a plain DOCX/XLSX or as PDF. It was not stored."),
        FileProblem.TooLarge => S($"Mohon maaf, berkas terlalu besar (maksimal {Size(maxBytes)}). Mohon perkecil atau pecah berkasnya. Berkas tidak disimpan.",
            $"Sorry, the file is too large (at most {Size(maxBytes)}). Please make it smaller or split it. The file was not stored."),
        FileProblem.Empty => S("Mohon maaf, berkas kosong (0 byte). Berkas tidak disimpan.", "Sorry, the file is empty (0 bytes). It was not stored."),
        FileProblem.Disguised => S("Mohon maaf, isi berkas tidak sesuai dengan ekstensi namanya. Mohon simpan ulang dengan format yang benar. Berkas tidak disimpan.",
            "Sorry, the file's content does not match its name's extension. Please save it again in the right format. It was not stored."),
        FileProblem.CorruptPdf => S("Mohon maaf, berkas PDF rusak atau tidak lengkap. Mohon ekspor ulang PDF-nya. Berkas tidak disimpan.",
            "Sorry, the PDF is damaged or incomplete. Please export it again. It was not stored."),
        FileProblem.CorruptDocument => S("Mohon maaf, berkas rusak atau tidak dapat dibaca. Berkas tidak disimpan.", "Sorry, the file is damaged or unreadable. It was not stored."),
        FileProblem.ZipBomb => S("Mohon maaf, arsip ZIP ditolak karena isinya terlalu besar atau berisi arsip lain. Mohon kirim berkasnya satu per satu. Berkas tidak disimpan.",
            "Sorry, the ZIP archive was refused: its content is too large or contains other archives. Please send the files one by one. It was not stored."),
        FileProblem.Encrypted => S("Mohon maaf, berkas terenkripsi atau dilindungi kata sandi/izin tidak diterima: tim penilai harus dapat membuka setiap bukti dukung. Mohon simpan ulang tanpa proteksi lalu kirim kembali. Berkas tidak disimpan.",
            "Sorry, encrypted or password/permission-protected files are not accepted: the evaluators must be able to open every piece of evidence. Please save it again without protection and send it again. It was not stored."),
        FileProblem.UnsafeEntryName => S("Mohon maaf, arsip ZIP ditolak karena berisi nama berkas yang tidak aman (jalur absolut, \"..\", huruf drive, atau karakter kontrol). Mohon buat ulang arsipnya dari folder biasa. Berkas tidak disimpan.",
            "Sorry, the ZIP archive was refused: it contains unsafe file names (absolute paths, \"..\", drive letters or control characters). Please create the archive again from a plain folder. It was not stored."),
        _ => S($"Mohon maaf, jenis berkas ini tidak diterima. Yang diterima: {AcceptedFilesId}. Berkas tidak disimpan.",
            $"Sorry, this type of file is not accepted. Accepted: {AcceptedFilesEn}. It was not stored."),
    };
    public string DownloadFailed => S("Mohon maaf, berkas tidak dapat diambil dari server chat. Mohon kirim ulang. Berkas tidak disimpan.",
        "Sorry, the file could not be fetched from the chat server. Please send it again. It was not stored.");

    // Filing dialog
    public string Received(string name, long size, int count) => count <= 1
        ? S($"Berkas \"{name}\" ({Size(size)}) sudah kami terima dan simpan.", $"The file \"{name}\" ({Size(size)}) is received and stored.")
        : S($"Berkas ke-{count} \"{name}\" ({Size(size)}) sudah kami terima dan akan diarsipkan bersama berkas sebelumnya.",
            $"File {count}, \"{name}\" ({Size(size)}), is received and will be filed with the previous one(s).");
    public string AskIndicator => S("Untuk indikator berapa bukti ini? Ketik nomornya (mis. 32) atau pilih di bawah. Ketik /batal untuk membatalkan.",
        "Which indicator is this evidence for? Type its number (e.g. 32) or choose below. Type /batal to cancel.");
    public string AskLevel(int indicator, string name) => S($"Indikator {indicator} — {name}.\nUntuk level berapa?", $"Indicator {indicator} — {name}.\nFor which level?");
    public string AskItem(int indicator, int level, IReadOnlyList<string> items) => S(
            $"Indikator {indicator} level {level}. Berkas ini untuk butir bukti dukung yang mana?\n",
            $"Indicator {indicator} level {level}. Which evidence item is this file for?\n")
        + string.Join("\n", items.Select((t, i) => $"{i + 1}. {Format.Short(t, 300)}"));
    public string AskPlan => S("Berkas ini terkait rencana aksi yang mana?", "Which action plan item does this file belong to?");
    public string NotAnAnswer => S("Mohon maaf, jawaban itu belum saya pahami. Mohon pilih salah satu tombol atau ketik nomornya; /batal untuk membatalkan.",
        "Sorry, I did not understand that answer. Please choose a button or type the number; /batal to cancel.");
    public string LevelButton(int level, bool target) => target ? S($"Level {level} (target)", $"Level {level} (target)") : $"Level {level}";
    public string ItemButton(int item) => S($"Butir {item}", $"Item {item}");
    public string Other => S("Lainnya", "Other");
    public string NoPlanItem => S("Tidak terkait rencana aksi", "Not tied to an action");
    public string IndicatorButton(int number) => S($"Indikator {number}", $"Indicator {number}");
    public string Cancel => S("Batal", "Cancel");
    public string DraftsDiscarded(int count) => S($"Baik, dibatalkan. {count} berkas yang belum diarsipkan tidak disimpan.", $"OK, cancelled. {count} unfiled file(s) were not kept.");
    public string NoDrafts => S("Tidak ada berkas yang menunggu untuk diarsipkan. Silakan kirim berkas bukti dukung, dengan keterangan mis. \"bukti 32 L4\".",
        "There are no files waiting to be filed. Please send an evidence file, captioned e.g. \"bukti 32 L4\".");
    public string DraftsKept => S("Berkas yang belum diarsipkan tetap tersimpan sebagai draf; ketik /berkas untuk melanjutkan.",
        "Unfiled files are kept as drafts; type /berkas to continue filing them.");

    public string Receipt(EvidenceRecord e, string? itemText, bool alreadyStored, string? planLine) =>
        S("✅ Tanda terima bukti dukung\n", "✅ Evidence receipt\n") +
        S($"Berkas: {e.OriginalName} ({e.Kind.ToUpperInvariant()}, {Size(e.Size)})\n", $"File: {e.OriginalName} ({e.Kind.ToUpperInvariant()}, {Size(e.Size)})\n") +
        S("Diarsipkan di: ", "Filed under: ") + Slot(e.Indicator!.Value, e.Level!.Value, e.Item!.Value) +
        (itemText is null ? "" : $" — {Format.Short(itemText, 160)}") + "\n" +
        (planLine is null ? "" : S($"Rencana aksi: {planLine}\n", $"Action plan: {planLine}\n")) +
        (e.OpdName is null ? "" : $"OPD: {e.OpdName}\n") +
        S($"Sidik jari (SHA-256): {e.Sha256}\n", $"Fingerprint (SHA-256): {e.Sha256}\n") +
        (alreadyStored ? S("Isi berkas yang sama sudah pernah diunggah; disimpan sekali dan ditautkan lagi.\n", "The same content was uploaded before; it is stored once and linked again.\n") : "") +
        S($"Nomor bukti: #{e.Id} · Status: {StatusName(e.Status)}", $"Evidence no. #{e.Id} · Status: {StatusName(e.Status)}");

    public string Supersedes(IReadOnlyList<EvidenceRecord> old) => S(
        $"Berkas ini menggantikan {string.Join(", ", old.Select(o => $"bukti #{o.Id} \"{o.OriginalName}\""))} untuk butir yang sama. " +
        "Bila butir ini memerlukan beberapa dokumen, pilih \"Simpan keduanya\"; bila berkas lama memang diganti, pilih \"Ganti\".",
        $"This file replaces {string.Join(", ", old.Select(o => $"evidence #{o.Id} \"{o.OriginalName}\""))} for the same item. " +
        "If the item needs several documents, choose \"Keep both\"; if the old file is indeed replaced, choose \"Replace\".");
    public string KeepBoth => S("Simpan keduanya", "Keep both");
    public string Replace => S("Ganti", "Replace");
    public string KeptBoth(EvidenceRecord e, IReadOnlyList<long> restored) => S(
        $"Baik, keduanya disimpan: {string.Join(", ", restored.Select(r => "#" + r))} dan #{e.Id} sama-sama berlaku untuk {Slot(e.Indicator!.Value, e.Level!.Value, e.Item!.Value)}.",
        $"OK, both are kept: {string.Join(", ", restored.Select(r => "#" + r))} and #{e.Id} both count for {Slot(e.Indicator!.Value, e.Level!.Value, e.Item!.Value)}.");
    public string NothingToKeep(EvidenceRecord e) => S($"Tidak ada berkas lama yang dapat dikembalikan di samping bukti #{e.Id}.", $"There is no earlier file to put back beside evidence #{e.Id}.");
    public string Replaced(EvidenceRecord e) => S($"Baik, bukti #{e.Id} menggantikan berkas sebelumnya.", $"OK, evidence #{e.Id} replaces the earlier file.");

    // Verification
    public string QueueEmpty => S("Tidak ada bukti dukung yang menunggu verifikasi. Terima kasih.", "No evidence is waiting for verification.");
    public string QueueItem(EvidenceRecord e, int total, string? itemText, string zone) =>
        S($"Verifikasi bukti dukung ({total} menunggu)\n", $"Evidence verification ({total} waiting)\n") +
        $"#{e.Id} · {e.OriginalName} ({e.Kind.ToUpperInvariant()}, {Size(e.Size)})\n" +
        Slot(e.Indicator!.Value, e.Level!.Value, e.Item!.Value) + (itemText is null ? "" : $"\n{Format.Short(itemText, 400)}") + "\n" +
        S($"Pengunggah: {e.Uploader}{(e.OpdName is null ? "" : " (" + e.OpdName + ")")}, {When(e.CreatedAt, zone)}", $"Uploaded by: {e.Uploader}{(e.OpdName is null ? "" : " (" + e.OpdName + ")")}, {When(e.CreatedAt, zone)}");
    public string Approve => S("✅ Setujui", "✅ Approve");
    public string Reject => S("❌ Tolak", "❌ Reject");
    public string ViewFile => S("📄 Lihat berkas", "📄 View file");
    public string Next => S("⏭ Berikutnya", "⏭ Next");
    public string BackToQueue => S("↩ Kembali ke antrean", "↩ Back to the queue");
    public string TypeRejectNote => S("Mohon ketik alasan penolakan (akan dikirim ke pengunggah), atau /batal.", "Please type the reason for rejecting (sent to the uploader), or /batal.");
    public string Approved(EvidenceRecord e) => S($"Bukti #{e.Id} disetujui.", $"Evidence #{e.Id} approved.");
    public string Rejected(EvidenceRecord e) => S($"Bukti #{e.Id} ditolak; pengunggah sudah diberi tahu.", $"Evidence #{e.Id} rejected; the uploader has been told.");
    public string AlreadyDecided(EvidenceRecord e) => S($"Bukti #{e.Id} sudah tidak menunggu verifikasi (status: {StatusName(e.Status)}). Tidak ada yang diubah.",
        $"Evidence #{e.Id} is no longer waiting (status: {StatusName(e.Status)}). Nothing was changed.");
    public string NoticeApproved(EvidenceRecord e) => S(
        $"✅ Bukti dukung Bapak/Ibu \"{e.OriginalName}\" ({Slot(e.Indicator!.Value, e.Level!.Value, e.Item!.Value)}) telah disetujui oleh {e.Reviewer}. Terima kasih.",
        $"✅ Your evidence \"{e.OriginalName}\" ({Slot(e.Indicator!.Value, e.Level!.Value, e.Item!.Value)}) was approved by {e.Reviewer}. Thank you.");
    public string NoticeRejected(EvidenceRecord e) => S(
        $"❌ Bukti dukung Bapak/Ibu \"{e.OriginalName}\" ({Slot(e.Indicator!.Value, e.Level!.Value, e.Item!.Value)}) ditolak oleh {e.Reviewer}.\nCatatan: {e.ReviewNote ?? "-"}\nMohon unggah berkas perbaikan dengan keterangan \"bukti {e.Indicator} L{e.Level} butir {e.Item}\".",
        $"❌ Your evidence \"{e.OriginalName}\" ({Slot(e.Indicator!.Value, e.Level!.Value, e.Item!.Value)}) was rejected by {e.Reviewer}.\nNote: {e.ReviewNote ?? "-"}\nPlease upload a corrected file captioned \"bukti {e.Indicator} L{e.Level} butir {e.Item}\".");

    // Checklist
    public string ChecklistHeader(int indicator, string name) => S($"Bukti dukung indikator {indicator} — {name}", $"Evidence for indicator {indicator} — {name}");
    public string LevelSummary(LevelChecklist c) => S(
        $"Level {c.Level}: {c.RequiredApproved} dari {c.Required} bukti sudah disetujui" + (c.Pending > 0 ? $", {c.Pending} menunggu verifikasi" : ""),
        $"Level {c.Level}: {c.RequiredApproved} of {c.Required} evidence items approved" + (c.Pending > 0 ? $", {c.Pending} awaiting verification" : ""));
    /// <param name="whole">The item's whole text (what is missing, asked for); otherwise a checklist's short line.</param>
    public string ItemLine(ChecklistItem i, bool whole = false)
    {
        var text = whole ? i.Text : Format.Short(i.Text, 140);
        return $"{Icon(i.State)} {i.Item}. {text}" + OptionalMark(i, text) + i.State switch
        {
            ItemState.Approved => S($" — disetujui ({i.Approved})", $" — approved ({i.Approved})"),
            ItemState.Pending => S($" — menunggu ({i.Pending})", $" — waiting ({i.Pending})"),
            ItemState.Rejected => S(" — ditolak, mohon unggah perbaikan", " — rejected, please upload a correction"),
            _ => S(" — belum ada", " — missing"),
        };
    }

    /// <summary>"(opsional)" after an optional item, unless the text shown already ends saying so ("… SPBE (opsional).").</summary>
    string OptionalMark(ChecklistItem i, string shown)
    {
        if (!i.Optional) return "";
        var mark = S(" (opsional)", " (optional)");
        return shown.TrimEnd('.', ' ').EndsWith(mark.Trim(), StringComparison.OrdinalIgnoreCase) ? "" : mark;
    }

    /// <summary>One name per item state (the CLI's checklist; the chat's lines say the same words).</summary>
    public string ItemStateName(ItemState state) => state switch
    {
        ItemState.Approved => S("disetujui", "approved"),
        ItemState.Pending => S("menunggu verifikasi", "awaiting verification"),
        ItemState.Rejected => S("ditolak", "rejected"),
        _ => S("belum ada", "missing"),
    };
    /// <summary>The CLI's level line: required items approved out of required, and the optional ones apart, so the
    /// counts add up to the rows listed below it.</summary>
    public string LevelCounts(LevelChecklist c)
    {
        var optional = c.Items.Count - c.Required;
        return S($"Level {c.Level}: {c.RequiredApproved}/{c.Required} butir wajib disetujui" + (optional > 0 ? $", {optional} butir opsional" : "") + (c.Pending > 0 ? $", {c.Pending} menunggu verifikasi" : ""),
            $"Level {c.Level}: {c.RequiredApproved}/{c.Required} required items approved" + (optional > 0 ? $", {optional} optional" : "") + (c.Pending > 0 ? $", {c.Pending} awaiting verification" : ""));
    }
    /// <summary>Short form for list lines: "bukti L4 2/4".</summary>
    public string Counted(LevelChecklist c) => S($"bukti L{c.Level} {c.RequiredApproved}/{c.Required}", $"evidence L{c.Level} {c.RequiredApproved}/{c.Required}");
    public string Others(int count) => S($"Lainnya: {count} berkas", $"Other: {count} file(s)");
    public string ChecklistUsage => S("Ketik /bukti <nomor indikator> [level], mis. /bukti 32 4.", "Type /bukti <indicator number> [level], e.g. /bukti 32 4.");
    public string ChecklistButton => S("Status bukti dukung", "Evidence status");
    public string UploadHint(bool terminal) => terminal
        ? S("Untuk mengunggah, ketik /unggah <path berkas> bukti 32 L4.", "To upload, type /unggah <file path> bukti 32 L4.")
        : S("Untuk mengunggah, kirim berkas dengan keterangan mis. \"bukti 32 L4\".", "To upload, send the file captioned e.g. \"bukti 32 L4\".");

    static string Icon(ItemState state) => state switch
    {
        ItemState.Approved => "✅",
        ItemState.Pending => "⏳",
        ItemState.Rejected => "❌",
        _ => "▫️",
    };

    string When(DateTimeOffset at, string zone) => TimeZones.ToLocal(at, zone).ToString("d MMM yyyy HH.mm", _culture) + " " + TimeZones.Abbreviation(zone);
}
