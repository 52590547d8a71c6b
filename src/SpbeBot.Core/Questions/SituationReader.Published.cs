using System.Text.RegularExpressions;

namespace SpbeBot.Core.Questions;

public sealed partial class SituationReader
{
    /// <summary>
    /// Service ladder: "cuma upload LKjIP di website buat dibaca publik", "hanya mengunggah PDF RKPD di laman Bappeda" —
    /// the Pemda's own upload, and only that, onto a website is publishing (level 1, "layanan informasi"), not the users'
    /// upload of the interaction level (Pedoman: "pencarian, pengunggahan, pengunduhan" by the service's users). The
    /// upload is read as "publikasi". "warga bisa upload berkas di website" (no "cuma" before the verb) is left as it is.
    /// </summary>
    static string OwnUploadPublished(string question) => OnlyUploadOntoWebsite().Replace(question, "$1 publikasi");

    [GeneratedRegex(@"\b(cuma|cuman|hanya|hanja|only|just)\s+(?:di\s*-?\s*)?(?:upload|unggah|mengunggah|diunggah|diupload|uploads|uploaded|posts|posted)\b(?=[^.;?!]{0,60}\b(?:website|web|laman|situs|site)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex OnlyUploadOntoWebsite();
}
