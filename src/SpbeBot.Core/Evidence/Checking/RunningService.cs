using System.Text.RegularExpressions;

namespace SpbeBot.Core.Evidence.Checking;

/// <summary>
/// A draft's marker caps what a policy can be (a Kebijakan Internal that is not ditetapkan), not what an implementation
/// indicator assesses: a draft Perda on JDIH that says the JDIH site "telah berjalan sejak 2020" still shows a running
/// service. A draft that says nothing of the kind (an SOP or KAK for an application still to be built) shows none.
/// </summary>
static class RunningService
{
    const string Running =
        @"\b(telah|sudah)\s+(berjalan|beroperasi|digunakan|dimanfaatkan|diluncurkan|melayani)\b|\bberjalan\s+sejak\b|\bberoperasi\s+sejak\b|\bdapat\s+diakses\b";

    /// <summary>Not in a clause that denies it or puts it later ("belum dapat diakses", "akan berjalan").</summary>
    static readonly Regex NotYet = new(@"\b(belum|blm|tidak|akan|direncanakan|rencana|target|ditargetkan)\b", RegexOptions.CultureInvariant);

    public static bool Reported(PageText page) =>
        page.FindAll(Running).Any(hit => !NotYet.IsMatch(Line(page.Folded[hit.Page - 1], hit.Index)));

    /// <summary>
    /// The application itself said not to be there yet (issue 22, wip-20ea): "Portal data terbuka Daerah belum tersedia",
    /// "Belum tersedia aplikasi atau laman layanan kesehatan berbasis elektronik". Level 1 of a service indicator is a
    /// running service, so such a record (a preparation meeting's notulensi, a KAK to build it) shows none. Likewise the
    /// electronic channel itself: "belum ada kanal elektronik", "belum tersedia layanan pengaduan daring", and who lacks it
    /// (set 22 Q23): "Inspektorat belum memiliki layanan pengawasan berbasis elektronik".
    /// </summary>
    public static PageText.Hit? NotThereYet(PageText page) =>
        page.Find(@"\b(portal|aplikasi|laman|situs|sistem)\s+(?:\w+\s+){0,4}?belum\s+(tersedia|ada|dibangun|dimiliki|beroperasi|diluncurkan|dioperasikan)\b"
                  + @"|\bbelum\s+(tersedia|ada|dimiliki|memiliki)\s+(aplikasi|portal|laman|situs)\b"
                  + @"|\bbelum\s+(tersedia|ada|dimiliki|memiliki)\s+(kanal|saluran|layanan|sarana)\s+(?:\w+\s+){0,2}?(elektronik|daring|online)\b");

    /// <summary>
    /// No electronic means named anywhere (issue 22, wip-22eb): no application, portal, site, information system or online
    /// channel. Level 1 of a service indicator is a service "berbasis elektronik" whose information "ditayangkan oleh sistem
    /// aplikasi"; a document naming none (the SOP of a complaints desk run with a box, a counter and letters; a covering
    /// letter whose lampiran is not there) shows nothing of any level: 0. One that names the application (a circular on
    /// uploading to the portal, a sosialisasi of the application) without its functions cannot tell the level.
    /// </summary>
    public static bool NamesNoElectronicMeans(PageText page) => page.Find(ElectronicMeans) is null;

    const string ElectronicMeans =
        @"\b(aplikasi|portal|laman|situs|website|web|elektronik|daring|online|digital|internet|sistem\s+informasi|surel|email|e\s+mail|whatsapp|sms|media\s+sosial|dasbor|dashboard|www|https?|go\s+id)\b";

    static string Line(string text, int at)
    {
        var start = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        var end = text.IndexOf('\n', at);
        return text[start..(end < 0 ? text.Length : end)];
    }
}
