using SpbeBot.Core.Storage;

namespace SpbeBot.Dialogs.Common;

/// <summary>
/// What a command or the server prints on the terminal while the database opens, before any person is known: in the
/// machine's language (its locale), Bahasa Indonesia unless that locale is English. The `spbebot` script's own
/// first-run line is in <c>first-run.txt</c> beside this file (the script runs before anything is built).
/// </summary>
public sealed class StartupTexts : BilingualTexts
{
    public static readonly StartupTexts Id = new(english: false);
    public static readonly StartupTexts En = new(english: true);

    /// <summary>By a locale name as in LC_ALL/LC_MESSAGES/LANG ("en_GB.UTF-8" → English; "id_ID", "C.UTF-8", none → Indonesian).</summary>
    public static StartupTexts For(string? locale) => MachineLocale.IsEnglish(locale) ? En : Id;

    /// <summary>The machine's (<see cref="MachineLocale"/>).</summary>
    public static StartupTexts Machine => MachineLocale.English ? En : Id;

    StartupTexts(bool english) : base(english)
    {
    }

    public string DatabaseCreated(string dataDirectory) => S(
        $"Basis data PostgreSQL bawaan dibuat di {dataDirectory}.",
        $"Embedded PostgreSQL database created in {dataDirectory}.");

    public string MigrationApplied(string script) => S($"Migrasi diterapkan: {script}", $"Migration applied: {script}");

    public string DemoLoaded(string instansi, int opds, int people, int? plans) => S(
        $"Data contoh dimuat: {instansi}, {opds} OPD, {people} orang, {plans} rencana aksi.",
        $"Demo data loaded: {instansi}, {opds} OPDs, {people} people, {plans} action plan items.");

    public string DatabaseNotOpened => S("Mohon maaf, basis data tidak dapat dibuka.", "Sorry, the database could not be opened.");

    /// <summary>Where the data is: "host:port/db", and the data folder when the database is the embedded one.</summary>
    public string DatabaseLocation(string server, string? embeddedData) => embeddedData is null
        ? server
        : S($"{server} (PostgreSQL bawaan, data: {embeddedData})", $"{server} (embedded PostgreSQL, data: {embeddedData})");

    /// <summary>`db status`'s first line.</summary>
    public string DatabaseIs(string location) => S($"Basis data: {location}", $"Database: {location}");

    /// <summary>`db status`: the migrations the database has.</summary>
    public string MigrationsApplied(IReadOnlyCollection<string> scripts) => S(
        $"Migrasi diterapkan ({scripts.Count}): {string.Join(", ", scripts)}", $"Migrations applied ({scripts.Count}): {string.Join(", ", scripts)}");

    /// <summary>`db status`: the migrations still to apply (`spbebot db migrate`).</summary>
    public string MigrationsPending(IReadOnlyCollection<string> scripts) => scripts.Count == 0
        ? S("Migrasi tertunda: tidak ada", "Migrations pending: none")
        : S($"Migrasi tertunda ({scripts.Count}): {string.Join(", ", scripts)}", $"Migrations pending ({scripts.Count}): {string.Join(", ", scripts)}");

    /// <summary>`db status`: the embedded cluster's PostgreSQL programs, and whether another process had started it.</summary>
    public string PostgresPrograms(string binDirectory, bool sharedWithRunning) => sharedWithRunning
        ? S($"Program PostgreSQL: {binDirectory} (sudah berjalan, dipakai bersama)", $"PostgreSQL programs: {binDirectory} (already running, shared)")
        : S($"Program PostgreSQL: {binDirectory}", $"PostgreSQL programs: {binDirectory}");

    /// <summary>No PostgreSQL server programs, in the folder configured (<paramref name="folder"/>) or anywhere; what to do.</summary>
    public string PostgresNotFound(string? folder) => (folder is null
        ? S("Program server PostgreSQL (initdb, pg_ctl, postgres) tidak ditemukan di komputer ini. ",
            "PostgreSQL server programs (initdb, pg_ctl, postgres) were not found on this machine. ")
        : S($"Folder PostgreSQL '{folder}' tidak berisi initdb, pg_ctl dan postgres. ",
            $"The PostgreSQL folder '{folder}' does not contain initdb, pg_ctl and postgres. "))
        + S("Mohon Bapak/Ibu memasang PostgreSQL terlebih dahulu: `apt-get install postgresql`, " +
            "atau isi SPBEBOT__DATABASE__CONNECTIONSTRING dengan alamat server PostgreSQL yang sudah ada.",
            "Please install PostgreSQL first: `apt-get install postgresql`, or set SPBEBOT__DATABASE__CONNECTIONSTRING to an existing PostgreSQL server.");

    /// <summary>A command that answers from the catalogs could not read the imported versions: it answers from the shipped ones.</summary>
    public string ShippedCatalogsUsed => S(
        "Peringatan: basis data tidak dapat dibuka; jawaban memakai katalog bawaan aplikasi, bukan versi yang diimpor.",
        "Warning: the database could not be opened; answers use the catalogs shipped with the application, not the imported versions.");

    public string ImportedCatalogsUnreadable => S(
        "Mohon maaf, katalog yang diimpor di basis data tidak dapat dibaca.",
        "Sorry, the catalogs imported into the database could not be read.");

    /// <summary>Why the embedded cluster did not start, and what to do; the tool's own output follows as it came.</summary>
    public string ClusterProblem(EmbeddedClusterException e) => e.Problem switch
    {
        EmbeddedClusterProblem.DataFolderNotEmpty => S(
            $"Folder data '{e.Path}' tidak kosong tetapi bukan folder data PostgreSQL. Mohon kosongkan atau pilih folder lain.",
            $"The data folder '{e.Path}' is not empty but is not a PostgreSQL data folder. Please empty it or choose another."),
        EmbeddedClusterProblem.CannotGiveToPostgresUser => S(
            $"Tidak dapat menyerahkan '{e.Path}' kepada pengguna '{e.OsUser}'. Apakah paket postgresql sudah terpasang (`apt-get install postgresql`)?",
            $"Could not give '{e.Path}' to the '{e.OsUser}' user. Is the postgresql package installed (`apt-get install postgresql`)?"),
        EmbeddedClusterProblem.PostgresUserCannotReach => S(
            $"Pengguna '{e.OsUser}' tidak dapat membuka folder data {e.Path} (folder induknya tertutup, mis. /root). " +
            "Mohon pilih folder lain dengan SPBEBOT__DATABASE__DATADIRECTORY, mis. /var/lib/spbebot/pgdata.",
            $"The '{e.OsUser}' user cannot reach the data folder {e.Path} (a parent folder is closed, e.g. /root). " +
            "Please choose another folder with SPBEBOT__DATABASE__DATADIRECTORY, e.g. /var/lib/spbebot/pgdata."),
        EmbeddedClusterProblem.InitdbFailed => S(
            $"Folder data PostgreSQL tidak dapat dibuat (initdb, {e.Path}).", $"The PostgreSQL data folder could not be created (initdb, {e.Path})."),
        _ => S($"PostgreSQL tidak dapat dijalankan ({e.Path}).", $"PostgreSQL failed to start ({e.Path})."),
    } + (e.Detail.Length > 0 ? "\n" + e.Detail : "");
}
