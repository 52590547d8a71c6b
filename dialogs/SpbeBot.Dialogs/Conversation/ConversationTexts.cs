using SpbeBot.Core.People;
using SpbeBot.Dialogs.Common;
using SpbeBot.Core.Plans;

namespace SpbeBot.Dialogs.Conversation;

/// <summary>
/// Every user-facing text of the conversation, Bahasa Indonesia (polite "Bapak/Ibu") and English side by side so
/// the two stay in step. A person whose language is "en" gets English; everyone else, strangers included, Indonesian.
/// </summary>
public sealed class ConversationTexts : BilingualTexts
{
    public static readonly ConversationTexts Id = new(english: false);
    public static readonly ConversationTexts En = new(english: true);

    public static ConversationTexts For(string? language) => language == "en" ? En : Id;

    ConversationTexts(bool english) : base(english)
    {
    }

    public string Language => _en ? "en" : "id";

    // Reminders
    public string Snoozed(int indicator) => S($"Baik, Bapak/Ibu akan diingatkan lagi tentang indikator {indicator} besok.",
        $"OK, I will remind you of indicator {indicator} again tomorrow.");

    // Onboarding
    public string OnboardingHelp => S(
        "Selamat datang, Bapak/Ibu. Saya SpbeBot, asisten persiapan evaluasi SPBE.\n" +
        "Untuk memakai bot ini Bapak/Ibu memerlukan undangan. Mohon minta tautan atau kode undangan kepada koordinator SPBE " +
        "(Sekretariat/Tim Asesor Internal), lalu buka tautannya atau ketik /start <kode>.",
        "Welcome. I am SpbeBot, the SPBE evaluation assistant.\n" +
        "You need an invitation to use this bot. Please ask your SPBE coordinator for an invite link or code, " +
        "then open the link or type /start <code>.");
    public string InviteNotFound => S("Mohon maaf, kode undangan tersebut tidak dikenal. Mohon periksa kembali atau minta kode baru kepada koordinator.",
        "Sorry, that invite code is not known. Please check it or ask your coordinator for a new one.");
    public string InviteUsed => S("Mohon maaf, kode undangan tersebut sudah dipakai. Mohon minta kode baru kepada koordinator.",
        "Sorry, that invite code has already been used. Please ask your coordinator for a new one.");
    public string InviteExpired => S("Mohon maaf, kode undangan tersebut sudah kedaluwarsa. Mohon minta kode baru kepada koordinator.",
        "Sorry, that invite code has expired. Please ask your coordinator for a new one.");
    public string TooManyInviteGuesses => S("Mohon maaf, sudah terlalu banyak kode undangan yang salah dari akun ini. Mohon tunggu 15 menit, lalu coba lagi dengan kode dari koordinator.",
        "Sorry, too many wrong invite codes came from this account. Please wait 15 minutes, then try again with the code from your coordinator.");
    public string IdentityTaken => S("Akun chat ini sudah terdaftar. Ketik /start untuk membuka menu.",
        "This chat account is already registered. Type /start to open the menu.");
    public string AlreadyRegistered => S("Bapak/Ibu sudah terdaftar; kode undangan tidak diperlukan lagi.",
        "You are already registered; no invite code is needed.");

    public string Greeting(Person p) => S(
        $"Selamat datang, Bapak/Ibu {p.Name} ({RoleName(p.Role)}{Opd(p)}). Silakan pilih menu atau ketik pertanyaan tentang kriteria SPBE.",
        $"Welcome, {p.Name} ({RoleName(p.Role)}{Opd(p)}). Choose from the menu or type a question about the SPBE criteria.");

    static string Opd(Person p) => p.OpdName is null ? "" : ", " + p.OpdName;

    public string RoleName(PersonRole role) => role switch
    {
        PersonRole.Operator => S("Operator OPD", "OPD operator"),
        PersonRole.Coordinator => S("Koordinator", "Coordinator"),
        PersonRole.TimKoordinasi => S("Tim Koordinasi SPBE", "SPBE Coordination Team"),
        _ => "Admin",
    };

    // Menu and help
    public string Menu => S("Menu utama:", "Main menu:");
    public string MenuAsk => S("Tanya kriteria", "Ask about criteria");
    public string MenuMyActions => S("Rencana aksi saya", "My action plan");
    public string MenuSettings => S("Pengaturan", "Settings");
    public string MenuHelp => S("Bantuan", "Help");
    public string MenuAllOpds => S("Semua OPD", "All OPDs");
    public string MenuOverdue => S("Lewat tenggat", "Overdue");
    public string MenuInvite => S("Buat undangan", "Create invite");
    public string MenuVerify => S("Verifikasi bukti", "Verify evidence");
    public string MenuBroadcast => S("Siaran", "Broadcast");
    /// <summary>Help for one person: the commands their role may use, and how to send a file on their channel.</summary>
    /// <param name="terminal">The terminal chat sends files with /unggah &lt;path&gt;, not as an attachment with a caption.</param>
    public string Help(PersonRole role, bool terminal)
    {
        var lines = new List<string>
        {
            S("Petunjuk:", "Help:"),
            S("• Ketik pertanyaan langsung atau /tanya <pertanyaan> — kriteria SPBE", "• Type a question or /tanya <question> — SPBE criteria"),
            S("• /aksi — rencana aksi OPD Bapak/Ibu", "• /aksi — your OPD's action plan"),
        };
        if (role is not PersonRole.TimKoordinasi)
            lines.Add(terminal
                ? S("• /unggah <path berkas> [keterangan], mis. /unggah /home/budi/sk.pdf bukti 32 L4 — bukti dukung diarsipkan untuk diverifikasi",
                    "• /unggah <file path> [caption], e.g. /unggah /home/budi/sk.pdf bukti 32 L4 — evidence filed for verification")
                : S("• Kirim berkas bukti dukung dengan keterangan mis. \"bukti 32 L4\" — diarsipkan untuk diverifikasi",
                    "• Send an evidence file captioned e.g. \"bukti 32 L4\" — filed for verification"));
        lines.Add(S("• /bukti 32 4 — status bukti dukung indikator 32 level 4", "• /bukti 32 4 — evidence status of indicator 32 level 4"));
        if (role is PersonRole.Coordinator or PersonRole.Admin)
        {
            lines.Add(S("• /verifikasi — antrean bukti dukung yang menunggu verifikasi", "• /verifikasi — the queue of evidence awaiting verification"));
            lines.Add(S("• /semuaopd, /lewat — rekap per OPD dan yang lewat tenggat", "• /semuaopd, /lewat — per-OPD summary and overdue items"));
            lines.Add(S("• /siaran — kirim pesan ke semua orang, satu OPD atau satu peran", "• /siaran — send a message to everyone, one OPD or one role"));
            lines.Add(S("• /undangan — buat undangan untuk orang baru", "• /undangan — create an invite for a new person"));
        }
        if (role is not PersonRole.Operator)
            lines.Add(S("• /ringkasan — ringkasan mingguan (indeks, progres, grafik)", "• /ringkasan — the weekly digest (index, progress, chart)"));
        lines.Add(S("• /pengaturan — bahasa dan pengingat; /jamtenang 21-6 — jam tanpa pengingat", "• /pengaturan — language and reminders; /jamtenang 21-6 — hours without reminders"));
        lines.Add(S("• /lanjut — lanjutan jawaban terakhir", "• /lanjut — the rest of the last answer"));
        lines.Add(S("• /berhenti — melepas chat ini dari akun Bapak/Ibu", "• /berhenti — unlink this chat from your account"));
        lines.Add(S("• /start — menu utama", "• /start — main menu"));
        return string.Join("\n", lines);
    }
    public string UnknownCommand => S("Mohon maaf, perintah itu tidak saya kenali. Ketik /bantuan untuk melihat perintah yang tersedia.",
        "Sorry, I do not know that command. Type /bantuan to see the available commands.");
    public string AskPrompt => S("Silakan ketik pertanyaan Bapak/Ibu tentang kriteria SPBE, misalnya \"apa yang dibutuhkan untuk level 4 indikator 32?\".",
        "Please type your question about the SPBE criteria, e.g. \"what is required for level 4 of indicator 32?\".");
    public string NothingToContinue => S("Belum ada lanjutan jawaban, Bapak/Ibu.", "There is nothing more to show.");
    public string NotAllowed => S("Mohon maaf, Bapak/Ibu tidak memiliki akses untuk tindakan ini.", "Sorry, you do not have access to this action.");
    public string StepNoLongerAllowed => S(
        "Mohon maaf, peran atau OPD Bapak/Ibu telah berubah sehingga langkah yang sedang berjalan tidak dapat dilanjutkan. Pesan ini tidak diproses; silakan mulai kembali dari /menu.",
        "Sorry, your role or OPD has changed, so the step under way cannot be continued. This message was not processed; please start again from /menu.");
    public string NotFound => S("Mohon maaf, data yang diminta tidak ditemukan atau tombolnya sudah tidak berlaku.",
        "Sorry, that item was not found or the button is no longer valid.");
    public string NoInstansi => S("Mohon maaf, instansi belum diatur oleh admin.", "Sorry, the administrator has not set up the instansi yet.");

    // Plans
    public string StatusName(PlanStatus status) => status switch
    {
        PlanStatus.Open => S("Belum dimulai", "Open"),
        PlanStatus.InProgress => S("Sedang berjalan", "In progress"),
        PlanStatus.Done => S("Selesai", "Done"),
        _ => S("Dibatalkan", "Cancelled"),
    };
    public string Date(DateOnly? date) => date?.ToString("d MMM yyyy", _culture) ?? S("tanpa tenggat", "no deadline");
    public string DaysLate(int days) => S($"lewat {days} hari", $"{days} days late");
    public string NoOpd => S("Akun Bapak/Ibu tidak terhubung ke OPD, jadi tidak ada rencana aksi OPD untuk ditampilkan.",
        "Your account is not linked to an OPD, so there is no OPD action plan to show.");
    public string NoItems(string opd) => S($"Belum ada rencana aksi untuk {opd}.", $"There are no action plan items for {opd}.");
    public string ItemsHeader(string opd, int year) => S($"Rencana aksi {opd} tahun {year} (lewat tenggat lebih dulu):", $"{opd}'s action plan for {year} (overdue first):");
    public string PageOf(int page, int pages, int total) => S($"(halaman {page} dari {pages}, {total} butir)", $"(page {page} of {pages}, {total} items)");
    public string PreviousPage => S("◀ Sebelumnya", "◀ Previous");
    public string NextPage => S("Berikutnya ▶", "Next ▶");
    public string Group(int group) => group switch
    {
        0 => S("Lewat tenggat:", "Overdue:"),
        1 => S("Belum selesai:", "Not finished:"),
        2 => S("Selesai:", "Done:"),
        _ => S("Dibatalkan:", "Cancelled:"),
    };
    public string Indicator(int number) => S($"Ind. {number}", $"Ind. {number}");
    public string PlanLine(PlanItem item) => S(
        $"Rencana aksi OPD Bapak/Ibu untuk indikator {item.Indicator}: target level {item.TargetLevel?.ToString() ?? "-"}, tenggat {Date(item.Deadline)}, status {StatusName(item.Status)}.",
        $"Your OPD's action for indicator {item.Indicator}: target level {item.TargetLevel?.ToString() ?? "-"}, deadline {Date(item.Deadline)}, status {StatusName(item.Status)}.");
    public string ItemDetail(PlanItem i) => S(
        $"Indikator {i.Indicator} ({i.Year})\nAksi: {i.Action ?? "-"}\nRekomendasi: {i.Recommendation ?? "-"}\nLevel saat ini: {i.CurrentLevel?.ToString() ?? "-"}, target: {i.TargetLevel?.ToString() ?? "-"}\n" +
        $"Tenggat: {Date(i.Deadline)}\nOPD: {string.Join(", ", i.Opds)}\nStatus: {StatusName(i.Status)}",
        $"Indicator {i.Indicator} ({i.Year})\nAction: {i.Action ?? "-"}\nRecommendation: {i.Recommendation ?? "-"}\nCurrent level: {i.CurrentLevel?.ToString() ?? "-"}, target: {i.TargetLevel?.ToString() ?? "-"}\n" +
        $"Deadline: {Date(i.Deadline)}\nOPD: {string.Join(", ", i.Opds)}\nStatus: {StatusName(i.Status)}");
    public string ProgressLogHeader => S("Catatan progres:", "Progress log:");
    public string NoProgress => S("Belum ada catatan progres.", "No progress recorded yet.");
    public string UpdateProgress => S("Perbarui progres", "Update progress");
    public string ChooseStatus => S("Pilih status baru:", "Choose the new status:");
    public string TypeNote(PlanStatus status) => S(
        $"Status baru: {StatusName(status)}. Silakan ketik catatan progres (apa yang sudah dikerjakan), atau /lewati untuk menyimpan tanpa catatan, /batal untuk membatalkan.",
        $"New status: {StatusName(status)}. Please type a progress note (what has been done), or /lewati to save without a note, /batal to cancel.");
    public string ProgressSaved(PlanItem item) => S(
        $"Terima kasih, Bapak/Ibu. Progres indikator {item.Indicator} tersimpan; status sekarang {StatusName(item.Status)}.",
        $"Thank you. Progress on indicator {item.Indicator} is saved; the status is now {StatusName(item.Status)}.");
    public string DoneWithoutApprovedEvidence(int indicator, int level) => S(
        $"⚠️ Perhatian: belum ada bukti dukung yang disetujui untuk indikator {indicator} level {level}. Simulasi indeks dari rencana aksi " +
        $"(index --plan) baru menghitung indikator ini di level {level} setelah koordinator menyetujui buktinya. Silakan unggah bukti dukung dengan keterangan \"bukti {indicator} L{level}\".",
        $"⚠️ Note: no evidence is approved yet for indicator {indicator} level {level}. The index simulation from the action plan " +
        $"(index --plan) counts this indicator at level {level} only once a coordinator approves its evidence. Please upload evidence captioned \"bukti {indicator} L{level}\".");
    public string Cancelled => S("Baik, dibatalkan.", "OK, cancelled.");
    public string Back => S("Kembali", "Back");

    // Coordinator
    public string AllOpdsHeader(int year) => S($"Rekap rencana aksi per OPD tahun {year} (Belum dimulai / Sedang berjalan / Selesai / lewat tenggat):",
        $"Action plan per OPD for {year} (open / in progress / done / overdue):");
    public string OverdueHeader => S("Rencana aksi yang lewat tenggat:", "Overdue action plan items:");
    public string NothingOverdue => S("Tidak ada rencana aksi yang lewat tenggat. Terima kasih.", "No action plan items are overdue.");
    public string ChooseRole => S("Undangan untuk peran apa?", "Invite for which role?");
    public string ChooseOpd => S("Untuk OPD mana?", "For which OPD?");
    public string NoOpdChoice => S("Tanpa OPD", "No OPD");
    public string InviteCreated(Invite invite, string link) => S(
        $"Undangan dibuat: {RoleName(invite.Role)}{(invite.OpdName is null ? "" : ", " + invite.OpdName)}, berlaku sampai {Date(DateOnly.FromDateTime(invite.ExpiresAt.UtcDateTime))}, sekali pakai.\n" +
        $"Kode: {invite.Code}\n{link}\nMohon kirimkan hanya kepada orang yang dituju.",
        $"Invite created: {RoleName(invite.Role)}{(invite.OpdName is null ? "" : ", " + invite.OpdName)}, valid until {Date(DateOnly.FromDateTime(invite.ExpiresAt.UtcDateTime))}, single use.\n" +
        $"Code: {invite.Code}\n{link}\nPlease send it only to the intended person.");
    public string InviteByCommand(string code) => S($"Penerima mengetik: /start {code}", $"The recipient types: /start {code}");

    // Settings
    public string Settings(Person p) => S(
        $"Pengaturan:\nBahasa: {(p.Language == "en" ? "English" : "Bahasa Indonesia")}\nPengingat: {(p.Muted ? "dimatikan" : "aktif")}\nJam tenang: {Quiet(p)}\n" +
        "Jam tenang dapat diketik, misalnya /jamtenang 21-6 (tanpa pengingat pukul 21.00–06.00) atau /jamtenang off.",
        $"Settings:\nLanguage: {(p.Language == "en" ? "English" : "Bahasa Indonesia")}\nReminders: {(p.Muted ? "muted" : "on")}\nQuiet hours: {Quiet(p)}\n" +
        "Type quiet hours like /jamtenang 21-6 (no reminders 21:00–06:00) or /jamtenang off.");

    string Quiet(Person p) => p.QuietStart is { } a && p.QuietEnd is { } b ? $"{a:HH\\.mm}–{b:HH\\.mm}" : S("tidak ada", "none");
    public string QuietButton => S("Jam tenang 21.00–06.00", "Quiet hours 21:00–06:00");
    public string NoQuietButton => S("Tanpa jam tenang", "No quiet hours");
    public string MuteReminders => S("Matikan pengingat", "Mute reminders");
    public string UnmuteReminders => S("Aktifkan pengingat", "Turn reminders on");
    public string SettingsSaved => S("Pengaturan tersimpan.", "Settings saved.");

    // Leaving
    public string ConfirmLeave => S("Apakah Bapak/Ibu yakin ingin melepas chat ini dari akun Bapak/Ibu? Setelah itu bot tidak akan mengenali chat ini lagi.",
        "Are you sure you want to unlink this chat from your account? The bot will no longer recognise this chat.");
    public string YesLeave => S("Ya, lepaskan", "Yes, unlink");
    public string Left => S("Chat ini sudah dilepas dari akun Bapak/Ibu. Terima kasih. Untuk bergabung kembali, mohon minta undangan baru kepada koordinator.",
        "This chat is unlinked from your account. Thank you. To join again, please ask your coordinator for a new invite.");
}
