namespace SpbeBot.Dialogs.Common;

/// <summary>The terminal chat's own texts (`spbebot chat`), in the language of the person it acts as.</summary>
public sealed class TerminalTexts : BilingualTexts
{
    public static readonly TerminalTexts Id = new(english: false);
    public static readonly TerminalTexts En = new(english: true);

    public static TerminalTexts For(string? language) => language == "en" ? En : Id;

    /// <summary>The machine's (<see cref="MachineLocale"/>), before any person is played.</summary>
    public static TerminalTexts Machine => MachineLocale.English ? En : Id;

    TerminalTexts(bool english) : base(english)
    {
    }

    public string Prompt => S("Anda › ", "You › ");

    /// <summary>`spbebot chat --as`: the terminal's account for that person is linked to someone else.</summary>
    public string IdentityTaken(string channel, string externalId) => S(
        $"Mohon maaf, akun {channel} {externalId} sudah terdaftar atas nama orang lain.",
        $"Sorry, the {channel} account {externalId} already belongs to someone else.");

    /// <summary>`spbebot ask`: the heading over a reply's buttons, shown as the commands that ask the same.</summary>
    public string FollowUps => S("Pertanyaan lanjutan:", "Follow-up questions:");

    /// <summary>`spbebot ask`: where a long catalog note is shown whole.</summary>
    public string WholeCatalogNote => S("Catatan katalog lengkap: ./spbebot catalog list --notes", "The whole catalog note: ./spbebot catalog list --notes");

    /// <summary>The header's first line: the bot and the instansi it serves.</summary>
    public string Header(string? instansi) => $"SpbeBot — {instansi ?? S("(instansi belum diatur)", "(agency not set up yet)")}";

    /// <summary>Where the data is: the server ("host:port/db"), and the data folder when PostgreSQL is the embedded one —
    /// the words `db status` prints (<see cref="StartupTexts"/>), in this person's language.</summary>
    public string Database(string server, string? embeddedData)
    {
        var texts = _en ? StartupTexts.En : StartupTexts.Id;
        return texts.DatabaseIs(texts.DatabaseLocation(server, embeddedData));
    }

    /// <summary>The action plan of the evaluation year in one line: items, done, past their deadline.</summary>
    public string PlanSummary(string framework, int year, int items, int done, int overdue) => S(
        $"Rencana aksi {framework} tahun {year}: {items} butir, {done} selesai, {overdue} lewat tenggat.",
        $"{framework} action plan {year}: {items} items, {done} done, {overdue} past their deadline.");

    /// <summary>What the start-up check of the evidence files removed or did not find.</summary>
    public string FilesReconciled(int temporary, int orphans, int missing) => S(
        $"Rekonsiliasi berkas bukti: {temporary} sementara dan {orphans} yatim dihapus, {missing} hilang.",
        $"Evidence files checked: {temporary} temporary and {orphans} orphaned removed, {missing} missing.");

    /// <summary>"--as" named nobody: the people who may be played.</summary>
    public string PersonNotFound(string name, IEnumerable<string> choices) => S(
        $"Orang \"{name}\" tidak ditemukan. Pilihan: {string.Join(", ", choices)}",
        $"No person \"{name}\" found. Choices: {string.Join(", ", choices)}");

    public string WelcomeStranger => S(
        "Silakan bertanya tentang kriteria SPBE, mis. \"apa yang dibutuhkan untuk level 4 indikator 32?\". Ketik \"keluar\" untuk selesai.",
        "Ask about the SPBE criteria, e.g. \"what is required for level 4 of indicator 32?\". Type \"exit\" to leave.");

    public string Welcome(string name, string? opd) => S(
        $"Selamat datang, {name} ({opd ?? "-"}). Ketik \"keluar\" untuk selesai. Berkas dikirim dengan /unggah <path berkas> [keterangan].",
        $"Welcome, {name} ({opd ?? "-"}). Type \"exit\" to leave. Send a file with /unggah <file path> [caption].");

    public string Goodbye => S("Sampai jumpa, Bapak/Ibu.", "Goodbye.");

    public string SomethingWentWrong => S("Mohon maaf, terjadi kesalahan. Silakan coba lagi beberapa saat lagi.", "Sorry, something went wrong. Please try again in a moment.");

    public string UploadUsage => S(
        "Ketik /unggah <path berkas> [keterangan], mis. /unggah /home/budi/sk.pdf bukti 19 L3. Path dengan spasi boleh diapit tanda kutip: /unggah \"/home/budi/sk tim.pdf\" bukti 19 L3.",
        "Type /unggah <file path> [caption], e.g. /unggah /home/budi/sk.pdf bukti 19 L3. Put a path with spaces in quotes: /unggah \"/home/budi/sk tim.pdf\" bukti 19 L3.");

    public string FileNotFound(string path) => S(
        $"Berkas tidak ditemukan: {path}. Jika path mengandung spasi, apit dengan tanda kutip, mis. /unggah \"/home/budi/sk tim.pdf\" bukti 19 L3.",
        $"File not found: {path}. If the path has spaces, put it in quotes, e.g. /unggah \"/home/budi/sk tim.pdf\" bukti 19 L3.");

    /// <summary>Choices are lettered (a, b, c …) so that a typed number stays a number (an indicator, a level).</summary>
    public string ChooseByLetter => S("(ketik huruf pilihan, mis. a)", "(type a choice's letter, e.g. a)");

    public string FileCopy(string name, string path) => S($"📎 {name} — salinan untuk dibuka: {path}", $"📎 {name} — a copy to open: {path}");

    public string FileMissing(string name) => S($"📎 {name}: berkas tidak ditemukan di penyimpanan.", $"📎 {name}: the file is missing from the store.");
}
