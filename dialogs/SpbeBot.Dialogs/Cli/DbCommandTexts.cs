using SpbeBot.Core.Storage;
using SpbeBot.Dialogs.Common;

namespace SpbeBot.Dialogs.Cli;

/// <summary>
/// What `spbebot db migrate|backup|restore` print, and `db`'s `--help`: in the machine's language
/// (<see cref="MachineLocale"/>). `db status` speaks with <see cref="StartupTexts"/>, the words of the database opening.
/// </summary>
public sealed class DbCommandTexts : BilingualTexts
{
    public static readonly DbCommandTexts Id = new(english: false);
    public static readonly DbCommandTexts En = new(english: true);

    /// <summary>The machine's (<see cref="MachineLocale"/>).</summary>
    public static DbCommandTexts Machine => MachineLocale.English ? En : Id;

    DbCommandTexts(bool english) : base(english)
    {
    }

    public string Db => S("Basis data", "The database");
    public string Migrate => S("Menerapkan migrasi skema", "Applies the schema migrations");
    public string Status => S("Lokasi basis data dan migrasi yang sudah diterapkan", "Where the database is and which migrations it has");
    public string Backup => S("Mencadangkan basis data dan berkas bukti ke satu arsip", "Backs up the database and the evidence files into one archive");
    public string BackupFile => S("Arsip cadangan (.tar atau .tar.gz)", "Backup archive (.tar or .tar.gz)");
    public string Restore => S("Memulihkan cadangan ke basis data baru (kosong)", "Restores a backup into a new (empty) database");
    public string RestoreFile => S("Arsip dari 'spbebot db backup'", "Archive from 'spbebot db backup'");
    public string AllowUnsigned => S("Terima arsip lama tanpa tanda tangan (hanya bila asalnya pasti)", "Accept an old unsigned archive (only when its origin is certain)");

    public string SchemaUpToDate => S("Skema sudah mutakhir.", "The schema is up to date.");

    public string MigrationsApplied(IReadOnlyCollection<string> scripts) => S(
        $"{scripts.Count} migrasi diterapkan: {string.Join(", ", scripts)}",
        $"{scripts.Count} {(scripts.Count == 1 ? "migration" : "migrations")} applied: {string.Join(", ", scripts)}");

    public string BackupDone(string path, long kilobytes, int evidenceFiles, int migrations) => S(
        $"Cadangan selesai: {path} ({kilobytes:N0} KB; {evidenceFiles} berkas bukti, {migrations} migrasi).",
        $"Backup done: {path} ({kilobytes.ToString("N0", _culture)} KB; {evidenceFiles} evidence files, {migrations} migrations).");

    /// <summary>Where the signing key came from: it must be kept apart from the archive.</summary>
    public string SignedWith(string keySource) => S(
        $"Ditandatangani dengan kunci dari {keySource}; simpan kunci itu terpisah dari arsip.",
        $"Signed with the key from {keySource}; keep that key apart from the archive.");

    public string BackupFailed(string reason) => S($"Mohon maaf, pencadangan gagal. {reason}", $"Sorry, the backup failed. {reason}");

    public string ArchiveNotFound(string path) => S($"Berkas tidak ditemukan: {path}", $"File not found: {path}");

    public string RestoreDone(DateTimeOffset created, int evidenceFiles) => S(
        $"Pemulihan selesai: cadangan {created:yyyy-MM-dd HH:mm} UTC, {evidenceFiles} berkas bukti. Periksa dengan: spbebot evidence check --verify",
        $"Restore done: backup of {created:yyyy-MM-dd HH:mm} UTC, {evidenceFiles} evidence files. Check it with: spbebot evidence check --verify");

    public string RestoreFailed(string reason) => S(
        $"Mohon maaf, pemulihan gagal; tidak ada yang diubah di basis data. {reason}", $"Sorry, the restore failed; nothing in the database was changed. {reason}");

    /// <summary>Why a backup or restore stopped (<see cref="BackupException"/>'s problem, which Core gives as data).</summary>
    public string Problem(BackupException e) => e.Problem switch
    {
        BackupProblem.KeyTooShort => S("SPBEBOT__BACKUP__KEY terlalu pendek (minimal 16 karakter).", "SPBEBOT__BACKUP__KEY is too short (at least 16 characters)."),
        BackupProblem.KeyFileDamaged => S($"Berkas kunci cadangan {e.Name} rusak.", $"The backup key file {e.Name} is damaged."),
        BackupProblem.EvidenceMissing => S($"Berkas bukti {e.Name} hilang dari penyimpanan; jalankan 'spbebot evidence check'.",
            $"The evidence file {e.Name} is missing from the store; run 'spbebot evidence check'."),
        BackupProblem.TargetNotEmpty => S("Basis data tujuan tidak kosong; pemulihan hanya ke basis data baru.",
            "The target database is not empty; a restore goes only into a new database."),
        BackupProblem.Unsigned => S(
            "Cadangan tidak bertanda tangan; ditolak. Cadangan lama dari versi sebelumnya dapat dipulihkan dengan --allow-unsigned bila Bapak/Ibu yakin asalnya.",
            "The backup is not signed; refused. An old backup from an earlier version can be restored with --allow-unsigned when you are sure of its origin."),
        BackupProblem.KeyNotFound => S("Kunci cadangan tidak ditemukan: setel SPBEBOT__BACKUP__KEY atau salin backup.key dari server asal.",
            "The backup key was not found: set SPBEBOT__BACKUP__KEY or copy backup.key from the original server."),
        BackupProblem.SignatureMismatch => S("Cadangan ditolak: tanda tangan tidak cocok (arsip diubah, atau kunci cadangan lain).",
            "The backup was refused: its signature does not match (the archive was altered, or another backup key)."),
        BackupProblem.DumpMismatch => S("Cadangan rusak: isi basis data tidak cocok dengan manifes.", "The backup is damaged: the database dump does not match its manifest."),
        BackupProblem.FileChanged => S($"Cadangan rusak: berkas {e.Name} berubah.", $"The backup is damaged: the file {e.Name} has changed."),
        BackupProblem.Incomplete => S($"Cadangan tidak lengkap: {e.Count} dari {e.Total} berkas bukti.", $"The backup is incomplete: {e.Count} of {e.Total} evidence files."),
        BackupProblem.UnknownEntry => S($"Bukan cadangan SpbeBot: entri tak dikenal '{e.Name}'.", $"Not a SpbeBot backup: unknown entry '{e.Name}'."),
        BackupProblem.NotAPlainFile => S($"Bukan cadangan SpbeBot: '{e.Name}' bukan berkas biasa.", $"Not a SpbeBot backup: '{e.Name}' is not a plain file."),
        BackupProblem.NotABackup => S("Berkas ini bukan cadangan SpbeBot yang utuh.", "This file is not a complete SpbeBot backup."),
        BackupProblem.ProgramFailed => S($"{e.Name} gagal: {e.Output}", $"{e.Name} failed: {e.Output}"),
        BackupProblem.ProgramNotFound => S($"{e.Name} tidak ditemukan; pasang klien PostgreSQL (apt-get install postgresql-client).",
            $"{e.Name} was not found; install the PostgreSQL client (apt-get install postgresql-client)."),
        _ => throw new ArgumentOutOfRangeException(nameof(e), e.Problem, null),
    };
}
