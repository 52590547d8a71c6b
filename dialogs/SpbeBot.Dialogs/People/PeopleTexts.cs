using SpbeBot.Core.People;
using SpbeBot.Core.People.Import;
using SpbeBot.Dialogs.Common;

namespace SpbeBot.Dialogs.People;

/// <summary>Texts of the staff import (CLI: the machine's language; its invite workbook Indonesian) and of /undangan (the person's language).</summary>
public sealed class PeopleTexts(bool english) : BilingualTexts(english)
{
    public string Role(PersonRole role) => role switch
    {
        PersonRole.Operator => "operator",
        PersonRole.Coordinator => S("koordinator", "coordinator"),
        PersonRole.TimKoordinasi => S("Tim Koordinasi", "Coordination Team"),
        _ => "admin",
    };

    public string Column(StaffColumn column) => column switch
    {
        StaffColumn.Name => S("Nama", "Name"),
        StaffColumn.Opd => "OPD",
        StaffColumn.Role => S("Peran", "Role"),
        StaffColumn.Phone => S("No. HP", "Phone"),
        StaffColumn.Email => "E-mail",
        _ => S("Username Telegram", "Telegram username"),
    };

    public string Problem(StaffProblem p) => S($"baris {p.Row}: ", $"row {p.Row}: ") + p.Kind switch
    {
        StaffProblemKind.NameMissing => S("nama kosong", "the name is empty"),
        StaffProblemKind.OpdMissing => S("operator harus punya OPD; kolom OPD kosong", "an operator needs an OPD; the OPD cell is empty"),
        StaffProblemKind.OpdUnknown => S($"OPD \"{p.Value}\" tidak dikenal (lihat: spbebot opd list; tambahkan dengan opd add atau opd alias)", $"unknown OPD \"{p.Value}\""),
        StaffProblemKind.RoleUnknown => S($"peran \"{p.Value}\" tidak dikenal (pilihan: operator, koordinator, tim koordinasi, admin)", $"unknown role \"{p.Value}\" (operator, coordinator, tim koordinasi, admin)"),
        StaffProblemKind.PhoneInvalid => S($"no. HP \"{p.Value}\" tidak dapat dibaca", $"cannot read the phone number \"{p.Value}\""),
        StaffProblemKind.EmailInvalid => S($"e-mail \"{p.Value}\" tidak valid", $"invalid e-mail \"{p.Value}\""),
        StaffProblemKind.UsernameInvalid => S($"username Telegram \"{p.Value}\" tidak valid (5–32 huruf, angka atau _)", $"invalid Telegram username \"{p.Value}\""),
        StaffProblemKind.DuplicateInFile => S($"orang yang sama dengan baris {p.Value}", $"the same person as row {p.Value}"),
        _ => S($"no. HP, e-mail dan username Telegram milik orang yang berbeda ({p.Value})", $"phone, e-mail and Telegram username belong to different people ({p.Value})"),
    };

    public string NoHeader => S(
        "Mohon maaf, baris judul kolom tidak ditemukan. Daftar staf perlu kolom Nama dan OPD (opsional: Peran, No. HP, E-mail, Username Telegram).",
        "Sorry, no header row was found. A staff list needs the columns Name and OPD (optional: Role, Phone, E-mail, Telegram username).");

    public string MissingColumns(IEnumerable<StaffColumn> columns) => S("Kolom wajib tidak ada: ", "Required columns missing: ") + string.Join(", ", columns.Select(Column));

    public string Read(string sheet, int headerRow, int valid, int bad) => S(
        $"Berkas dibaca ({sheet}, judul kolom di baris {headerRow}): {valid} orang valid, {bad} baris bermasalah.",
        $"File read ({sheet}, header in row {headerRow}): {valid} valid people, {bad} rows with problems.");

    public string NothingSaved => S("Tidak ada yang disimpan: mohon perbaiki baris di atas lalu impor ulang.", "Nothing was saved: please fix the rows above and import again.");

    public string Summary(bool dryRun, int created, int updated, int unchanged, int invites, int joined) => S(
        $"{(dryRun ? "Akan" : "Tersimpan")}: {created} orang baru, {updated} diperbarui, {unchanged} tetap; {invites} undangan pribadi, {joined} sudah bergabung.",
        $"{(dryRun ? "Would be" : "Saved")}: {created} new people, {updated} updated, {unchanged} unchanged; {invites} personal invites, {joined} already joined.");

    public string DryRunNote => S("(--dry-run: tidak ada yang disimpan dan tidak ada berkas ditulis)", "(--dry-run: nothing was saved or written)");

    public string WorkbookWritten(string path, string qrFolder, bool withLinks) => withLinks
        ? S($"Tautan setiap orang: {path}; gambar kode QR per orang (untuk dicetak pada rapat koordinasi): {qrFolder}/", $"Each person's link: {path}; a QR code image per person: {qrFolder}/")
        : S($"Kode undangan setiap orang: {path}.", $"Each person's invite code: {path}.");

    public string NoBotName => S(
        "Tautan Telegram tidak dicetak: nama bot belum diketahui. Isi SPBEBOT__TELEGRAM__BOTUSERNAME, atau jalankan server dengan SPBEBOT__TELEGRAM__TOKEN sekali (server menyimpan nama dari getMe). Sementara itu orang dapat mengetik /start <kode> ke bot.",
        "No Telegram link printed: the bot's username is not known. Set SPBEBOT__TELEGRAM__BOTUSERNAME, or run the server once with SPBEBOT__TELEGRAM__TOKEN (it stores the name from getMe). Meanwhile people can send /start <code> to the bot.");

    public string TelegramOff => S(
        "Telegram belum dikonfigurasi di sini (SPBEBOT__TELEGRAM__TOKEN kosong): kode ini berlaku di kanal mana pun yang aktif (Teams, terminal).",
        "Telegram is not configured here (SPBEBOT__TELEGRAM__TOKEN is empty): the code works on any channel that is on (Teams, terminal).");

    // Workbook
    public string SheetName => S("Undangan", "Invites");
    public string[] WorkbookHeaders => [S("Baris", "Row"), S("Nama", "Name"), "OPD", S("Peran", "Role"), S("Kode undangan", "Invite code"), S("Tautan Telegram", "Telegram link"), S("Berlaku sampai", "Valid until"), S("Status", "Status"), S("Gambar kode QR", "QR code image")];
    public string AlreadyJoined => S("sudah bergabung", "already joined");
    public string StartCommand(string code) => $"/start {code}";

    // /undangan
    public string PendingTitle(int count) => count == 0
        ? S("Semua orang dalam daftar staf sudah bergabung. 👍", "Everyone on the staff list has joined. 👍")
        : S($"Belum bergabung ({count} orang):", $"Not joined yet ({count} people):");
    public string PendingLine(PendingPerson p, string? expires) => $"• {p.Name} — {p.OpdName ?? "-"}, {Role(p.Role)}" + (expires is null
        ? S(" — tanpa undangan aktif", " — no active invite")
        : S($" — undangan berlaku s.d. {expires}", $" — invite valid until {expires}"));
    public string PendingMore(int more) => S($"… dan {more} orang lagi (lihat: spbebot people pending).", $"… and {more} more (see: spbebot people pending).");
    public string ReissueButton(string name) => S($"Kirim ulang: {name}", $"Re-send: {name}");
    public string Reissued(string name, string code, string? link, string expires) => S(
        $"Undangan baru untuk {name} (undangan lamanya tidak berlaku lagi). Mohon teruskan kepada Bapak/Ibu yang bersangkutan:\n",
        $"New invite for {name} (the old one no longer works). Please forward it:\n")
        + (link is null ? $"/start {code}" : link) + S($"\nKode: {code}, berlaku sekali s.d. {expires}.", $"\nCode: {code}, single use until {expires}.");
    public string ReissueRefused => S("Mohon maaf, orang ini sudah bergabung atau tidak ditemukan.", "Sorry, this person has already joined or was not found.");
    public string OnlyCoordinators => S("Mohon maaf, /undangan hanya untuk koordinator.", "Sorry, /undangan is for coordinators only.");
}
