namespace SpbeBot.Core.Questions;

public sealed partial class QuestionParser
{
    /// <summary>
    /// Words before a send word that make it a practice told, not a request: who does it ("kita msh share file di grup wa",
    /// "masyarakat bisa kirim aduan", "we share …") or how it is done ("asal kirim diklat aja", "sebatas share materi").
    /// </summary>
    static readonly HashSet<string> PracticeTellers =
    [
        "kita", "kami", "we", "our", "masyarakat", "warga", "publik", "opd", "pegawai", "staf", "staff", "asn", "pengguna", "users", "citizens",
        "msh", "masih", "sebatas", "cuma", "cuman", "hanya", "asal", "sekadar", "sekedar", "biasa", "biasanya", "sering", "selalu", "rutin",
        "only", "just", "usually", "still", "sudah", "udah", "udh", "sdh", "already",
    ];

    /// <summary>Request words as the tokens hold them ("mohon" and "pls" arrive as <see cref="ChatVocabulary.Request"/>).</summary>
    static readonly HashSet<string> Requests = [ChatVocabulary.Request, "minta", "please", "plz", "pliss"];

    /// <summary>
    /// "tolong kirim SK tim SPBE yg kemarin", "share template perbup dong": a request to send something, which is not a
    /// criteria question. A send word told as what people do ("kita msh share file di grup wa", "kami asal kirim diklat")
    /// describes a practice of the indicator named and is no request.
    /// </summary>
    static bool AsksToSend(List<string> tokens)
    {
        var asked = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IntentWords.SendRequest.Contains(tokens[i])) continue;
            // "kami minta tolong kirim …": asked, whoever is named before.
            var requested = Enumerable.Range(Math.Max(0, i - 2), i - Math.Max(0, i - 2)).Any(k => Requests.Contains(tokens[k]));
            if (!requested && Enumerable.Range(Math.Max(0, i - 3), i - Math.Max(0, i - 3)).Any(k => PracticeTellers.Contains(tokens[k]))) continue;
            asked = true;
        }
        return asked;
    }
}
