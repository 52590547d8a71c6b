using System.Text.RegularExpressions;

namespace SpbeBot.Core.Evidence.Checking;

public sealed partial class EvidenceChecker
{
    /// <summary>
    /// The highest level a document of its kind can show, whatever else its text names (issue 22: never a verdict above
    /// what the text supports). A draft (rancangan, konsep, draf) states a level's elements only as intended, and an
    /// invitation names a meeting still to be held: neither shows more than level 1, the concept or the first record of
    /// the activity. Every author of the 27 tuning sets labelled them so (50 drafts and 25 invitations, none above 1).
    /// An invitation filed together with the record of its meeting (a notulensi or berita acara heading) is judged as that record.
    /// </summary>
    static string? KindCeiling(DocumentFacts facts, PageText page) =>
        facts.Draft ? "dokumen ini masih rancangan/draf: isinya belum berlaku atau belum dilaksanakan"
        : facts.Kind == "Undangan" && Invites(page) && !page.Pages.Any(p => MeetingRecordHeading.IsMatch(p)) ? "dokumen ini undangan: rapatnya belum tercatat (notulensi/berita acara)"
        : null;

    /// <summary>
    /// The document is an invitation: UNDANGAN is its title (a line of its own in capitals, "Perihal: Undangan"), or it
    /// invites ("kami mengundang", "mohon kehadiran"). A DAFTAR HADIR whose line "Dasar: Undangan Kepala Dinas …" names
    /// the invitation it answers records the meeting.
    /// </summary>
    static bool Invites(PageText page) =>
        InvitationTitle.IsMatch(page.Pages[0]) || page.Find(@"\b(mengundang|(?:mohon|dimohon|mengharapkan)\s+(?:dengan\s+hormat\s+)?kehadiran|dimohon\s+(?:untuk\s+)?hadir|berkenan\s+hadir)\b") is not null;

    static readonly Regex InvitationTitle = new(@"(?:^|\n)[ \t]*(?:UNDANGAN(?:[ \t][^\n\p{Ll}]*)?|(?i:perihal|hal)[ \t]*:[ \t]*(?i:undangan)\b[^\n]*)(?:\n|$)", RegexOptions.CultureInvariant);

    /// <summary>
    /// A heading that opens a meeting's record (raw text): a line in capitals "NOTULENSI RAPAT …", "BERITA ACARA …", or a
    /// short one without a sentence's end, "Risalah Rapat" — not a sentence that starts with the word ("Notulen rapat
    /// koordinasi sebelumnya terlampir untuk dibahas.").
    /// </summary>
    static readonly Regex MeetingRecordHeading = new(
        @"(?:^|\n)[ \t]*(?:(?:NOTUL[AE]N\w*|NOTULA|BERITA[ \t]+ACARA|RISALAH[ \t]+RAPAT|CATATAN[ \t]+RAPAT)\b[^\n\p{Ll}]*|(?:Notul[ae]n\w*|Notula|Berita[ \t]+Acara|Risalah[ \t]+Rapat|Catatan[ \t]+Rapat)(?:[ \t]+[A-Z]\w*){0,5}(?>[ \t]*):?(?>[ \t]*)\r?)(?:\n|$)",
        RegexOptions.CultureInvariant);

    /// <summary>The level held to <see cref="KindCeiling"/>'s 1, with the reason first among what is missing.</summary>
    static int? HeldToKind(int? level, DocumentFacts facts, PageText page, List<string> missing)
    {
        if (level is not > 1 || KindCeiling(facts, page) is not { } why) return level;
        missing.Insert(0, $"Level 2: {why}");
        return 1;
    }
}
