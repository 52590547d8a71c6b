using System.Text.RegularExpressions;
using SpbeBot.Core.Criteria.Elements;

namespace SpbeBot.Core.Evidence.Checking;

/// <summary>
/// The words a Pemda's record uses for the filed indicator's topic, beside the topic's own: the spellings of
/// <see cref="DocumentWords"/> ("pemeriksaan keamanan" for Audit Keamanan) and what an audit of security is done as
/// (a vulnerability test, a penetration test: Audit Keamanan Aplikasi and Infrastruktur, the Pedoman's indicator 31 b),
/// and the application a service goes by (a Portal Anggaran, an e-budgeting for Layanan Penganggaran).
/// Used only to decide that a document is about its topic, never to find an element of a level.
/// </summary>
static class TopicWords
{
    static readonly Dictionary<string, string[]> Activities = new()
    {
        ["audit keamanan"] = ["uji kerentanan", "pengujian kerentanan", "pemindaian kerentanan", "vulnerability assessment",
            "uji penetrasi", "pengujian penetrasi", "penetration test", "penetration testing", "pentest"],
        // A budgeting service goes by its application's name: "PORTAL ANGGARAN SUKAMAJU (PAS)", "APLIKASI E-BUDGETING".
        ["layanan penganggaran"] = ["portal anggaran", "aplikasi anggaran", "sistem anggaran", "sistem informasi anggaran",
            "e budgeting", "ebudgeting", "aplikasi penganggaran", "sistem penganggaran"],
        // Likewise a planning service: "APLIKASI E-PLANNING \"SIRENA\"".
        ["layanan perencanaan"] = ["e planning", "eplanning", "aplikasi perencanaan", "sistem perencanaan", "sistem informasi perencanaan"],
    };

    public static IReadOnlyList<string> Terms(IReadOnlyList<string> topicTerms)
    {
        var terms = topicTerms.ToList();
        foreach (var term in topicTerms)
        {
            var folded = PageText.Fold(term);
            foreach (var (word, others) in DocumentWords.Spellings)
                if (Regex.IsMatch(folded, PageText.Phrase(word), RegexOptions.CultureInvariant))
                    terms.AddRange(others.Select(o => Regex.Replace(folded, PageText.Phrase(word), o, RegexOptions.CultureInvariant)));
            if (Activities.TryGetValue(folded, out var done)) terms.AddRange(done);
        }
        return terms.Distinct().ToList();
    }

    /// <summary>
    /// A topic word and its base, as a record names it: a ke-/pe-/per-/pem-/pen-/peng-/peny- … -an noun's root of five
    /// letters or more ("pegawai" for kepegawaian, "rencana" for perencanaan, "arsip" for kearsipan). The prefixes that
    /// do not fit give roots no word starts with ("encana"); shorter roots ("ada" of pengadaan) are too common to tell.
    /// </summary>
    public static IEnumerable<string> Forms(string word)
    {
        yield return word;
        if (!word.EndsWith("an", StringComparison.Ordinal)) yield break;
        foreach (var prefix in ConfixPrefixes)
            if (word.StartsWith(prefix, StringComparison.Ordinal) && word.Length - prefix.Length - 2 >= 5)
                yield return word[prefix.Length..^2];
    }

    static readonly string[] ConfixPrefixes = ["ke", "pe", "per", "pem", "pen", "peng", "peny"];

    /// <summary>
    /// The title as far as another indicator's topic is judged by it: without the letterhead's unit names ("BIDANG
    /// PERSANDIAN DAN KEAMANAN INFORMASI" is a unit, not the subject; nor an official's line, "Kabid …") and up to the first
    /// item of a list ("[1] …", "1. …", "Gambar 1.") or a meeting's attendance ("Hadir:") — a screenshot's items and a
    /// meeting's participants are its body, not its title.
    /// </summary>
    public static string Heading(string title)
    {
        var kept = new List<string>();
        foreach (var line in title.Split('\n'))
        {
            if (ListItem.IsMatch(line) || Attendance.IsMatch(line)) break;
            if (!Unit.IsMatch(line)) kept.Add(line);
        }
        return string.Join('\n', kept);
    }

    /// <summary>
    /// The document without an upload note ("[diunggah pada Indikator 40 - Layanan Akuntabilitas Kinerja]"): where a
    /// file was filed says nothing about what it is about. Blanked, so positions and quotes stay the original's.
    /// </summary>
    public static PageText WithoutUploadNotes(PageText page) =>
        page.Pages.Any(p => UploadNote.IsMatch(p)) ? new PageText(page.Pages.Select(p => UploadNote.Replace(p, Blank)).ToList()) : page;

    static string Blank(Match m) => Blank(m.Value);

    static string Blank(string text) => new(text.Select(c => c == '\n' ? '\n' : ' ').ToArray());

    static readonly Regex UploadNote = new(@"\[\s*diunggah\b[^\]]*\]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    static readonly Regex Unit = new(@"^\s*(pemerintah|dinas|badan|bidang|bagian|sekretariat|kantor|inspektorat|upt|uptd|subbagian|seksi|kabid|kasubbid|kasubbag|kabag|kasi|kasie|kepala)\b", RegexOptions.CultureInvariant);

    /// <summary>A meeting record's attendance list ("Hadir: … Kabid Persandian dan Keamanan Informasi") names units, not the subject.</summary>
    static readonly Regex Attendance = new(@"^\s*(hadir|yang\s+hadir|daftar\s+hadir|peserta)\b", RegexOptions.CultureInvariant);
    // Over folded text (lower case, punctuation as spaces): "[1] …", "1. …", "a. …", "[SS-2] …", "Gambar 3. …".
    static readonly Regex ListItem = new(@"^\s*(\d{1,2}\s|[a-z]\s\s|(gambar|screenshot|ss)\s+\d+\b)", RegexOptions.CultureInvariant);
}
