using SpbeBot.Core.Evidence;
using SpbeBot.Core.People;
using SpbeBot.Dialogs.Common;
using SpbeBot.Dialogs.Evidence;

namespace SpbeBot.Dialogs.Conversation;

/// <summary>
/// The texts of the asker's own-data answers and of small talk (<see cref="OwnData"/>, <see cref="SmallTalk"/>): Bahasa
/// Indonesia (polite "Bapak/Ibu") and English side by side, one language per person. The CLI uses <see cref="Id"/>.
/// </summary>
public sealed class ChatIntentTexts : BilingualTexts
{
    public static readonly ChatIntentTexts Id = new(english: false);
    public static readonly ChatIntentTexts En = new(english: true);

    public static ChatIntentTexts For(string? language) => language == "en" ? En : Id;

    ChatIntentTexts(bool english) : base(english)
    {
    }

    // ---- The Pemda's index
    /// <param name="apologised">The reply has already apologised (<see cref="OnlyOwnIndex"/> before it): no second "Mohon maaf".</param>
    public string IndexNotAllowed(string indexName, string? opd, bool apologised = false) => S(
        (apologised ? "" : "Mohon maaf, ") + $"{indexName} Pemda hanya dapat dilihat oleh Koordinator SPBE, admin, dan Tim Koordinasi SPBE (juga dalam ringkasan mingguan /ringkasan). "
        + (opd is null ? "Silakan hubungi koordinator SPBE bila Bapak/Ibu memerlukannya." : $"Rencana aksi {opd} dapat Bapak/Ibu lihat dengan /aksi."),
        (apologised ? "The" : "Sorry, the") + $" Pemda's {indexName} can only be seen by the SPBE coordinators, admins and the SPBE Coordination Team (also in the weekly digest, /ringkasan). "
        + (opd is null ? "Please ask your SPBE coordinator if you need it." : $"You can see {opd}'s action plan with /aksi."));
    /// <param name="shown">The asker may see our own index, which follows.</param>
    public string OnlyOwnIndex(string indexName, bool shown) => S(
        $"Mohon maaf, di sini hanya tersimpan {indexName} Pemda Bapak/Ibu sendiri; {indexName} Pemda lain tidak tersedia." + (shown ? $" Berikut {indexName} Pemda Bapak/Ibu." : ""),
        $"Sorry, only your own Pemda's {indexName} is held here; another Pemda's is not available." + (shown ? $" Here is your Pemda's {indexName}." : ""));
    public string IndexFrom(int year) => S(
        $"Dihitung dari level saat ini dan target pada rencana aksi tahun {year} yang tersimpan (butir selesai dihitung di level targetnya setelah bukti dukungnya disetujui koordinator).",
        $"Computed from the current and target levels in the stored {year} action plan (a done item counts at its target level once its evidence is approved by a coordinator).");
    public string IndexIncomplete(string indexName, int missing, int total, string numbers) => S(
        $"{indexName} Pemda belum dapat dihitung: level saat ini belum tercatat untuk {missing} dari {total} indikator ({numbers}). "
        + "Koordinator dapat melengkapinya dengan mengimpor rencana aksi yang memuat kolom level saat ini dan target (spbebot plan import).",
        $"The Pemda's {indexName} cannot be computed yet: no current level is recorded for {missing} of {total} indicators ({numbers}). "
        + "A coordinator can fill them in by importing the action plan with its current and target level columns (spbebot plan import).");
    public string IndexNoPlan(string indexName, int year) => S(
        $"{indexName} Pemda belum dapat dihitung karena belum ada rencana aksi tahun {year} yang tersimpan (level saat ini dan target tiap indikator diambil dari sana).",
        $"The Pemda's {indexName} cannot be computed yet: no {year} action plan is stored (each indicator's current and target level come from it).");
    public string ImportPlan(bool coordinator) => coordinator
        ? S("Koordinator dapat mengimpornya dari spreadsheet yang sudah ada: spbebot plan import <berkas.xlsx> (cek dulu dengan --dry-run).",
            "A coordinator can import it from the existing spreadsheet: spbebot plan import <file.xlsx> (check first with --dry-run).")
        : S("Koordinator SPBE dapat mengimpornya dari spreadsheet rencana aksi; setelah itu tanyakan lagi.",
            "Your SPBE coordinator can import it from the action plan spreadsheet; then ask again.");
    public string IndexMore(bool targets) => targets
        ? S("Rincian mingguan (grafik dan buku kerja): /ringkasan.", "Weekly detail (chart and workbook): /ringkasan.")
        : S("Indeks jika semua target tercapai: ketik \"indeks kita kalau target tercapai\". Rincian mingguan: /ringkasan.",
            "The index if every target is met: type \"our index if targets are met\". Weekly detail: /ringkasan.");

    // ---- Deadlines and overdue items
    public string OtherOpdNotAllowed(string own, string asked) => S(
        $"Mohon maaf, Bapak/Ibu hanya dapat melihat rencana aksi {own}. Rencana aksi {asked} dapat dilihat oleh Koordinator SPBE dan Tim Koordinasi SPBE.",
        $"Sorry, you can only see {own}'s action plan. {asked}'s plan can be seen by the SPBE coordinators and the SPBE Coordination Team.");
    /// <summary>An OPD named that the Pemda does not have: the ones it has, and where to look further.</summary>
    public string UnknownOpd(string asked, IReadOnlyList<string> known, bool coordinator, string? own)
    {
        const int listed = 30;
        var names = string.Join(", ", known.Take(listed)) + (known.Count > listed ? ", …" : "");
        return S($"Mohon maaf, OPD \"{asked}\" tidak ada dalam daftar OPD Pemda ini. OPD yang terdaftar ({known.Count}): {names}. "
                 + (coordinator ? "Rekap per OPD: /semuaopd; nama lain sebuah OPD dapat ditambahkan dengan spbebot opd alias."
                    : own is not null ? $"Rencana aksi {own}: /aksi." : "Silakan tanyakan lagi dengan salah satu nama itu."),
            $"Sorry, there is no OPD \"{asked}\" in this Pemda's list. The OPDs registered ({known.Count}): {names}. "
                 + (coordinator ? "Per-OPD summary: /semuaopd; another name for an OPD can be added with spbebot opd alias."
                    : own is not null ? $"{own}'s action plan: /aksi." : "Please ask again with one of those names."));
    }
    public string NoOpd => S(
        "Akun Bapak/Ibu belum terhubung ke OPD, jadi belum ada tenggat rencana aksi untuk ditampilkan. Mohon hubungi koordinator SPBE.",
        "Your account is not linked to an OPD, so there are no action plan deadlines to show. Please contact your SPBE coordinator.");
    public string DeadlinesHeader(string whose, int year) => S($"Tenggat rencana aksi {whose} tahun {year} yang belum selesai, terdekat lebih dulu:",
        $"Deadlines of the unfinished {year} action plan items of {whose}, nearest first:");
    public string AllOpds => S("semua OPD", "all OPDs");
    public string NothingOpen(string whose) => S($"Tidak ada rencana aksi {whose} yang belum selesai. Terima kasih, Bapak/Ibu.",
        $"There are no unfinished action plan items of {whose}.");
    public string NoPlan(string whose, int year) => S($"Belum ada rencana aksi {whose} tahun {year} yang tersimpan, jadi belum ada tenggat maupun kekurangan bukti yang dapat ditampilkan.",
        $"No {year} action plan of {whose} is stored yet, so there are no deadlines or missing evidence to show.");
    public string AndMore(int more) => S($"… dan {more} butir lainnya.", $"… and {more} more.");
    public string OverdueCount(int count) => S($"{count} butir sudah lewat tenggat.", count == 1 ? "1 item is overdue." : $"{count} items are overdue.");
    public string DeadlinesMore(bool opdList) => opdList
        ? S("Daftar lengkap dan pembaruan progres: /aksi. Butir yang lewat tenggat: ketik \"yang lewat tenggat\".",
            "The full list and progress updates: /aksi. Overdue items: type \"what is overdue\".")
        : S("Rekap per OPD: /semuaopd. Butir yang lewat tenggat: /lewat.", "Per-OPD summary: /semuaopd. Overdue items: /lewat.");
    public string DeadlinesMoreReadOnly => S("Detail tiap butir: tekan tombolnya. Ringkasan mingguan: /ringkasan.", "Each item's detail: press its button. Weekly digest: /ringkasan.");
    public string OverdueHeader(string whose) => S($"Rencana aksi {whose} yang lewat tenggat (paling lama lebih dulu):", $"Overdue action plan items of {whose} (longest late first):");
    public string NothingOverdue(string whose) => S($"Tidak ada rencana aksi {whose} yang lewat tenggat. Terima kasih, Bapak/Ibu.", $"There are no overdue action plan items of {whose}.");
    public string OverdueMore => S("Perbarui progres lewat tombol butirnya atau /aksi.", "Update progress with an item's button or /aksi.");

    // ---- Uploads
    public string UploadsHeader(string whose, int year) => S($"Bukti dukung yang diunggah {whose} (tahun {year}), terbaru lebih dulu:",
        $"Evidence uploaded by {whose} ({year}), newest first:");
    public string You => S("Bapak/Ibu", "you");
    public string UploadCounts(int approved, int pending, int rejected, int drafts) => S(
        $"Disetujui {approved} · menunggu verifikasi {pending} · ditolak {rejected}" + (drafts > 0 ? $" · belum diarsipkan {drafts}" : ""),
        $"Approved {approved} · awaiting verification {pending} · rejected {rejected}" + (drafts > 0 ? $" · not yet filed {drafts}" : ""));
    public string UploadLine(EvidenceRecord e, string state, string when) =>
        $"• #{e.Id} {Format.Short(e.OriginalName, 40)} — " + (e.Indicator is { } i ? S($"ind. {i} L{e.Level} butir {e.Item}", $"ind. {i} L{e.Level} item {e.Item}") + " — " : "") + $"{state} ({when})";
    public string RejectedNote(string? note, string? reviewer) => note is null
        ? S($"   ditolak oleh {reviewer ?? "koordinator"} tanpa catatan", $"   rejected by {reviewer ?? "a coordinator"} without a note")
        : S($"   catatan {reviewer ?? "koordinator"}: {note}", $"   {reviewer ?? "coordinator"}'s note: {note}");
    public string Resend(int indicator, int level) => S($"   kirim ulang berkas yang sudah diperbaiki dengan keterangan \"bukti {indicator} L{level}\"",
        $"   send the corrected file captioned \"bukti {indicator} L{level}\"");
    public string NoUploads(int year) => S(
        $"Bapak/Ibu belum mengunggah bukti dukung untuk tahun {year}. Kirim berkas dengan keterangan, mis. \"bukti 32 L4\"; status tiap level: /bukti 32 4.",
        $"You have not uploaded any evidence for {year} yet. Send a file captioned e.g. \"bukti 32 L4\"; each level's status: /bukti 32 4.");
    public string DraftsWaiting(int count) => S($"{count} berkas belum diarsipkan (indikator/level belum dipilih): /berkas.",
        $"{count} file(s) are not filed yet (indicator/level not chosen): /berkas.");
    public string QueueWaiting(int count) => S($"Antrean verifikasi seluruh OPD: {count} bukti menunggu — /verifikasi.", $"Verification queue for all OPDs: {count} waiting — /verifikasi.");
    public string NoUploadsOpd(string opd, int year) => S($"{opd} belum mengunggah bukti dukung untuk tahun {year}. Status tiap level: /bukti <indikator> <level>.",
        $"{opd} has not uploaded any evidence for {year} yet. Each level's status: /bukti <indicator> <level>.");
    public string OtherOpdUploadsNotAllowed(string own, string asked) => S(
        $"Mohon maaf, Bapak/Ibu hanya dapat melihat bukti dukung {own}. Bukti dukung {asked} dapat dilihat oleh Koordinator SPBE dan Tim Koordinasi SPBE.",
        $"Sorry, you can only see {own}'s evidence. {asked}'s evidence can be seen by the SPBE coordinators and the SPBE Coordination Team.");
    public string InstansiUploads(int year) => S($"Bukti dukung seluruh OPD tahun {year}:", $"Evidence of all OPDs for {year}:");
    public string NoUploadsInstansi(int year) => S($"Belum ada bukti dukung yang diunggah OPD mana pun untuk tahun {year}.", $"No OPD has uploaded evidence for {year} yet.");
    public string TimUploadsMore => S("Tim Koordinasi tidak mengunggah bukti; rincian per OPD ada di ringkasan mingguan /ringkasan, dan status tiap indikator di /bukti <indikator> <level>.",
        "The Coordination Team does not upload evidence; the per-OPD detail is in the weekly digest, /ringkasan, and each indicator's status at /bukti <indicator> <level>.");
    public string UploadsMore => S("Status tiap level: /bukti <indikator> <level>, mis. /bukti 32 4.", "Each level's status: /bukti <indicator> <level>, e.g. /bukti 32 4.");

    // ---- Missing evidence
    public string MissingHeader(int indicator, string name, int level, string why) => S(
        $"Bukti dukung indikator {indicator} — {name}, level {level} ({why}):", $"Evidence for indicator {indicator} — {name}, level {level} ({why}):");
    public string WhyAsked => S("level yang Bapak/Ibu sebut", "the level you named");
    public string WhyTarget => S("target rencana aksi", "the action plan's target");
    public string WhyNext => S("level berikutnya dari yang sudah didukung bukti disetujui", "the next level above what approved evidence supports");
    public string AllApproved => S("Semua bukti wajib level ini sudah disetujui. Terima kasih, Bapak/Ibu.", "Every required item of this level has approved evidence.");
    public string StillNeeded(int missing, int required) => S($"Belum disetujui: {missing} dari {required} butir wajib.", $"Not yet approved: {missing} of {required} required items.");
    public string NoEvidenceItems(int indicator, int level) => S(
        $"Katalog kerangka ini belum memuat butir bukti dukung untuk indikator {indicator} level {level}, jadi kekurangannya belum dapat dihitung.",
        $"This framework's catalog has no evidence items for indicator {indicator} level {level} yet, so what is missing cannot be worked out.");
    public string UnknownIndicator(int indicator, int count) => S($"Mohon maaf, indikator {indicator} tidak ada; kerangka ini memiliki indikator 1–{count}.",
        $"Sorry, there is no indicator {indicator}; this framework has indicators 1–{count}.");
    public string MissingPlanHeader(string whose, int year) => S(
        $"Bukti dukung yang belum lengkap untuk target rencana aksi {whose} tahun {year} (tenggat terdekat lebih dulu):",
        $"Evidence still incomplete for the targets of the {year} action plan of {whose} (nearest deadline first):");
    public string MissingPlanLine(int indicator, int level, int approved, int required, string deadline) => S(
        $"• Ind. {indicator} L{level}: {approved}/{required} butir wajib disetujui — tenggat {deadline}",
        $"• Ind. {indicator} L{level}: {approved}/{required} required items approved — deadline {deadline}");
    public string NoOpenTargets(string whose, int year) => S(
        $"Rencana aksi {whose} tahun {year} belum memuat butir terbuka dengan level target, jadi kekurangan bukti terhadap target belum dapat dihitung.",
        $"The {year} action plan of {whose} has no open item with a target level, so missing evidence against a target cannot be worked out.");
    public string NothingMissing(string whose) => S($"Bukti dukung untuk semua target rencana aksi {whose} yang belum selesai sudah lengkap disetujui. Terima kasih, Bapak/Ibu.",
        $"Every target of the unfinished action plan items of {whose} has its required evidence approved.");
    public string MissingMore => S("Butir per level: /bukti <indikator> <level>. Untuk satu indikator, tanyakan mis. \"bukti indikator 32 yang masih kurang\".",
        "Items per level: /bukti <indicator> <level>. For one indicator, ask e.g. \"which evidence is still missing for indicator 32\".");
    public string Upload(bool terminal, int indicator, int level) => terminal
        ? S($"Unggah: /unggah <path berkas> bukti {indicator} L{level}", $"Upload: /unggah <file path> bukti {indicator} L{level}")
        : S($"Unggah: kirim berkas dengan keterangan \"bukti {indicator} L{level}\"", $"Upload: send the file captioned \"bukti {indicator} L{level}\"");

    /// <summary>Help with sending evidence: the kinds EvidenceTexts' refusal names, the size limit, how to send, whom to ask.</summary>
    public string UploadHelp(string maxSize, bool terminal, bool operatorAsks) => S(
        "Cara mengirim bukti dukung ke SpbeBot:\n"
        + $"• Berkas yang diterima: {EvidenceTexts.AcceptedFilesId}; berkas yang dilindungi kata sandi tidak diterima.\n"
        + $"• Ukuran paling besar {maxSize} per berkas; berkas yang lebih besar mohon diperkecil atau dipecah.\n"
        + (terminal
            ? "• Ketik /unggah <path berkas> [keterangan], mis. /unggah /home/budi/sk.pdf bukti 32 L4; path dengan spasi diapit tanda kutip.\n"
            : "• Kirim berkasnya di chat ini sebagai lampiran, dengan keterangan mis. \"bukti 32 L4\" agar langsung diarsipkan; tanpa keterangan, indikator dan levelnya akan ditanyakan.\n")
        + (operatorAsks ? "• Bila masih gagal, mohon sampaikan pesan yang muncul kepada koordinator SPBE instansi Bapak/Ibu."
            : "• Bila masih gagal, mohon sampaikan pesan yang muncul kepada administrator SpbeBot di instansi Bapak/Ibu."),
        "How to send evidence to SpbeBot:\n"
        + $"• Files accepted: {EvidenceTexts.AcceptedFilesEn}; password-protected files are not accepted.\n"
        + $"• At most {maxSize} per file; please make a larger file smaller or split it.\n"
        + (terminal
            ? "• Type /unggah <file path> [caption], e.g. /unggah /home/budi/sk.pdf bukti 32 L4; put a path with spaces in quotes.\n"
            : "• Send the file in this chat as an attachment, captioned e.g. \"bukti 32 L4\" to file it at once; without a caption you will be asked for its indicator and level.\n")
        + (operatorAsks ? "• If it still fails, please send the message you got to your SPBE coordinator."
            : "• If it still fails, please send the message you got to the SpbeBot administrator at your instansi."));

    // ---- Small talk
    public string Hello(string name) => S($"Halo, Bapak/Ibu {name}! 👋", $"Hello, {name}! 👋");
    public string HelloStranger => S("Halo, Bapak/Ibu! 👋 Saya SpbeBot, asisten persiapan evaluasi SPBE Pemda.", "Hello! 👋 I am SpbeBot, the Pemda's SPBE evaluation assistant.");
    public string YouAreWelcome(string? name) => S(Stop($"Sama-sama, Bapak/Ibu{(name is null ? "" : " " + name)}") + " Senang dapat membantu. 🙏",
        Stop($"You're welcome{(name is null ? "" : ", " + name)}") + " Glad to help. 🙏");
    public string Bye(string? name) => S(Stop($"Sampai jumpa, Bapak/Ibu{(name is null ? "" : " " + name)}") + " Semoga lancar persiapannya!",
        Stop($"Goodbye{(name is null ? "" : ", " + name)}") + " Good luck with the preparation!");

    // A sentence ending in a name with a degree ("Drs. Ahmad Fauzi, M.Si.") has its full stop already.
    static string Stop(string sentence) => sentence.EndsWith('.') ? sentence : sentence + ".";
    public string ByeReminders => S("Pengingat tenggat tetap saya kirimkan; ketik /menu kapan saja untuk kembali.", "I will keep sending deadline reminders; type /menu any time to come back.");
    public string ByeMuted => S("Ketik /menu kapan saja untuk kembali.", "Type /menu any time to come back.");
    public string AnythingElse => S("Ada lagi yang bisa saya bantu? Ketik pertanyaan Bapak/Ibu atau /bantuan.", "Anything else? Type your question or /bantuan.");
    public string CanDoFor(string role) => S($"Yang dapat saya bantu untuk Bapak/Ibu ({role}):", $"What I can do for you ({role}):");
    public string CanDoGeneral => S("Yang dapat saya bantu:", "What I can do:");

    public IReadOnlyList<string> Capabilities(PersonRole? role, string? opd, bool terminal)
    {
        var opdName = opd ?? S("OPD Bapak/Ibu", "your OPD");
        var lines = new List<string>
        {
            S("• Menjawab pertanyaan kriteria SPBE: syarat dan bukti dukung tiap indikator dan level, bobot, predikat — mis. \"syarat indikator 32 level 4\"",
              "• Answer questions on the SPBE criteria: each indicator's and level's requirements and evidence, weights, predikat — e.g. \"requirements of indicator 32 level 4\""),
        };
        if (role is null)
        {
            lines.Add(S("• Setelah bergabung dengan undangan: rencana aksi dan tenggat OPD, unggah dan status bukti dukung, indeks Pemda (koordinator dan Tim Koordinasi)",
                "• After joining with an invite: the OPD's action plan and deadlines, evidence uploads and their status, the Pemda's index (coordinators and the Coordination Team)"));
            return lines;
        }
        if (role is PersonRole.Operator)
        {
            lines.Add(S($"• Tenggat dan butir yang lewat tenggat rencana aksi {opdName} — mis. \"tenggat kami kapan saja?\", atau /aksi",
                $"• Deadlines and overdue items of {opdName}'s action plan — e.g. \"when are our deadlines?\", or /aksi"));
        }
        else
        {
            lines.Add(S($"• {IndexWord} Pemda saat ini dan jika semua target tercapai — mis. \"indeks kita sekarang berapa?\"",
                $"• The Pemda's {IndexWord} now and if every target is met — e.g. \"what is our index now?\""));
            lines.Add(S("• Tenggat dan butir yang lewat tenggat rencana aksi semua OPD — mis. \"yang lewat tenggat apa saja?\"",
                "• Deadlines and overdue items of every OPD's action plan — e.g. \"what is overdue?\""));
        }
        if (role is not PersonRole.TimKoordinasi)
        {
            lines.Add(terminal
                ? S("• Mengarsipkan bukti dukung: /unggah <path berkas> bukti 32 L4", "• File evidence: /unggah <file path> bukti 32 L4")
                : S("• Mengarsipkan bukti dukung: kirim berkas dengan keterangan \"bukti 32 L4\"", "• File evidence: send a file captioned \"bukti 32 L4\""));
            lines.Add(S("• Status unggahan Bapak/Ibu (menunggu, disetujui, ditolak dengan catatan) — mis. \"bukti saya sudah diverifikasi?\"",
                "• The state of your uploads (waiting, approved, rejected with a note) — e.g. \"has my evidence been verified?\""));
        }
        lines.Add(S("• Bukti dukung yang masih kurang untuk satu indikator — mis. \"bukti indikator 32 yang masih kurang\", atau /bukti 32 4",
            "• What evidence is still missing for an indicator — e.g. \"which evidence is still missing for indicator 32\", or /bukti 32 4"));
        if (role is PersonRole.Coordinator or PersonRole.Admin)
            lines.Add(S("• Verifikasi bukti (/verifikasi), rekap semua OPD (/semuaopd), siaran (/siaran), undangan (/undangan)",
                "• Verify evidence (/verifikasi), every OPD's summary (/semuaopd), broadcasts (/siaran), invites (/undangan)"));
        if (role is not PersonRole.Operator)
            lines.Add(S("• Ringkasan mingguan dengan grafik dan buku kerja: /ringkasan", "• The weekly digest with chart and workbook: /ringkasan"));
        lines.Add(S("• Pengaturan bahasa dan pengingat: /pengaturan; semua perintah: /bantuan", "• Language and reminder settings: /pengaturan; every command: /bantuan"));
        return lines;
    }

    string IndexWord => S("Indeks SPBE", "SPBE index");

    public string StrangerOwnData => S(
        "Pertanyaan ini menyangkut data Pemda sendiri (indeks, rencana aksi, tenggat, bukti dukung), yang hanya ditampilkan kepada anggota yang sudah bergabung sesuai perannya.",
        "This question is about the Pemda's own data (index, action plan, deadlines, evidence), which is shown only to members who have joined, according to their role.");
    public string JoinFirst => S(
        "Untuk memakai bot ini Bapak/Ibu memerlukan undangan: minta tautan atau kode undangan kepada koordinator SPBE, lalu buka tautannya atau ketik /start <kode>.",
        "You need an invitation to use this bot: ask your SPBE coordinator for an invite link or code, then open the link or type /start <code>.");

    // ---- What SPBE / Pemdi is
    public string SpbeDefinition(string quote, string evaluation) => S(
        $"Menurut Peraturan Menteri PANRB Nomor 59 Tahun 2020, Pasal 1 angka 1:\n«{quote}»\n\nPasal 1 angka 3:\n«{evaluation}»",
        $"PermenPANRB 59/2020 (Peraturan Menteri PANRB Nomor 59 Tahun 2020), Article 1 point 1, defines it as (quoted in Indonesian):\n«{quote}»\n\nArticle 1 point 3:\n«{evaluation}»");
    public string SpbeRevokedSoon => S(
        "Mulai evaluasi 2026, PermenPANRB 59/2020 dicabut dan digantikan Evaluasi Kinerja Pemerintah Digital (Pemdi, PermenPANRB 8/2026); ketik \"Pemdi itu apa\".",
        "From the 2026 evaluation, PermenPANRB 59/2020 is revoked and replaced by the Evaluation of Digital Government Performance (Pemdi, PermenPANRB 8/2026); type \"what is Pemdi\".");
    public string PemdiDefinition(string title, int aspects, int indicators, string indexName, string levels) => S(
        $"Pemdi adalah singkatan Pemerintah Digital. Kerangka evaluasinya: {title} — {aspects} aspek, {indicators} indikator, dinilai sebagai {indexName}; tingkat kematangan: {levels}.\n" +
        "Definisi resmi istilah ini belum tersedia di teks rujukan bot (salinan resmi PermenPANRB 8/2026 belum diverifikasi), jadi tidak saya kutip.",
        $"Pemdi stands for Pemerintah Digital (digital government). Its evaluation framework: {title} — {aspects} aspects, {indicators} indicators, scored as the {indexName}; maturity levels: {levels}.\n" +
        "The bot's reference texts do not yet hold the official definition of the term (the official copy of PermenPANRB 8/2026 is not verified), so I do not quote one.");
    public string Provisional => S("Catatan: data Pemdi bersifat sementara, dari sumber sekunder.", "Note: the Pemdi data is provisional, from secondary sources.");

    // ---- The CLI, which has no person
    public string CliOwnData(string label, string chatCommand, string cliCommand) => S(
        $"Pertanyaan ini tentang data Pemda sendiri ({label}), yang bergantung pada peran penanya. Di chat, tanyakan langsung atau gunakan {chatCommand}. Dari baris perintah: {cliCommand}",
        $"This question is about the Pemda's own data ({label}), which depends on the asker's role. In the chat, ask it directly or use {chatCommand}. From the command line: {cliCommand}");
    public string CliHelp => S("Perintah baris perintah: ./spbebot --help. Chat di terminal: ./spbebot chat --as <nama>.",
        "Command-line commands: ./spbebot --help. Chat in the terminal: ./spbebot chat --as <name>.");

}
