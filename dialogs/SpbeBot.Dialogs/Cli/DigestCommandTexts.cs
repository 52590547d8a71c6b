using SpbeBot.Dialogs.Common;

namespace SpbeBot.Dialogs.Cli;

/// <summary>
/// What `spbebot digest` prints around the digest (the digest itself is for its recipients), and its `--help`: in the
/// machine's language (<see cref="MachineLocale"/>).
/// </summary>
public sealed class DigestCommandTexts : BilingualTexts
{
    public static readonly DigestCommandTexts Id = new(english: false);
    public static readonly DigestCommandTexts En = new(english: true);

    /// <summary>The machine's (<see cref="MachineLocale"/>).</summary>
    public static DigestCommandTexts Machine => MachineLocale.English ? En : Id;

    DigestCommandTexts(bool english) : base(english)
    {
    }

    public string Command => S("Ringkasan mingguan untuk Tim Koordinasi SPBE", "The weekly digest for the SPBE coordination team (Tim Koordinasi)");
    public string Preview => S("Hanya tulis berkasnya, jangan kirim", "Only write the files; do not send");
    public string Out => S("Folder untuk teks, grafik PNG dan XLSX", "Folder for the text, the PNG charts and the XLSX");

    public string NoInstansi => S("Instansi belum diatur.", "The agency is not set up yet.");

    public string Queued(int people) => S(
        $"Diantrekan untuk {people} orang (Tim Koordinasi dan koordinator).",
        $"Queued for {people} {(people == 1 ? "person" : "people")} (the coordination team and the coordinators).");

    public string AlreadySent => S("Ringkasan pekan ini sudah dikirim sebelumnya; tidak dikirim lagi.", "This week's digest was already sent; it is not sent again.");
}
