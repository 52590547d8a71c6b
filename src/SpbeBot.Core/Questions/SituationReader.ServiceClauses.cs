using System.Text.RegularExpressions;

namespace SpbeBot.Core.Questions;

public sealed partial class SituationReader
{
    /// <summary>
    /// Service ladder, before the comma split: rewrites of where a clause ends. The sector's name in parentheses is dropped.
    /// A parenthesis that denies something ("portal pengadaan kita (yg lokal, bukan spse) bisa cari paket") is a clause of
    /// its own: its negator names what is inside, not the steps after it. A list whose last item carries the predicate
    /// ("Pendaftaran, unggah berkas, dan pengumuman hasil masih dilakukan secara manual") is one clause: every item is
    /// done manually, not only the last. A step "masih lewat WA" or sent "lewat email" is done outside the system, as
    /// "masih lewat surat" is (<see cref="OutsideTheSystem"/>).
    /// </summary>
    static string ServiceClauses(string question) =>
        ByChatOrMail().Replace(SentByMail().Replace(SharedManualPredicate(ParenthesisDenying(SectorNamed().Replace(question, "$1"))), "$1 manual"), "$1 manual");

    static string ParenthesisDenying(string question) =>
        Parenthesis().Replace(question, m => TextNormalizer.Tokenize(m.Groups[1].Value).Any(Negators.Contains) ? "; " + m.Groups[1].Value.Replace(',', ' ') + " ; " : m.Value);

    /// <summary>Items before the last one: short, and none of them with a predicate of its own ("bisa", a negator, "sudah").</summary>
    static string SharedManualPredicate(string question) =>
        ListWithLastItemManual().Replace(question, m =>
        {
            var items = m.Groups["item"].Captures.Select(c => TextNormalizer.Tokenize(c.Value)).ToList();
            return items.All(i => i.Count is > 0 and <= 4 && !i.Any(t => Negators.Contains(t) || Affirming.Contains(t) || Ability.Contains(t)) && !HasOwnChannel(i))
                ? m.Value.Replace(',', ' ') : m.Value;
        });

    /// <summary>Words of a step the users can do, which give an item its own predicate: "warga bisa unggah, verifikasi manual".</summary>
    static readonly HashSet<string> Ability = Vocabulary.Words("ability");

    /// <summary>"Sectoral public service 2 (civil registration)", "sektor 3 (kependudukan)": a parenthesis within four words after the sector ("sector 1 we picked health (RSUD online registration)") names it, not a step of it.</summary>
    [GeneratedRegex(@"\b((?:sektor|sektoral|sector|sectoral)(?:\s+[\w-]+){0,4}?)\s*\([^()]*\)", RegexOptions.IgnoreCase)]
    private static partial Regex SectorNamed();

    [GeneratedRegex(@"\(([^()]*)\)")]
    private static partial Regex Parenthesis();

    [GeneratedRegex(@"(?<=^|[.;:!?\n]\s*|\d\.\s*)(?:(?<item>[^,.;:!?\n]{1,60}),\s*){2,}(?:dan|serta|and|&)\s[^,.;:!?\n]{0,60}\b(?:manual|manually|offline|kertas|paper|hardcopy)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ListWithLastItemManual();

    [GeneratedRegex(@"\b(masih|still|hanya|cuma|only)\s+(?:lewat|via|pakai|pake|melalui|by|through|using|di)\s+(?:wa|whatsapp|email|e-mail|telepon|telp|phone)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ByChatOrMail();

    [GeneratedRegex(@"\b(kirim|mengirim|dikirim|send|sends|sent|submit|submits|submitted)\s+(?:\w+\s+){0,2}(?:lewat|via|melalui|by)\s+(?:wa|whatsapp|email|e-mail)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SentByMail();
}
