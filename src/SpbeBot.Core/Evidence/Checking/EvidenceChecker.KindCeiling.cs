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
        : facts.Kind == "Undangan" && page.Find(MeetingRecordHeading) is null ? "dokumen ini undangan: rapatnya belum tercatat (notulensi/berita acara)"
        : null;

    /// <summary>A line that opens a meeting's record, over folded text: "NOTULENSI RAPAT …", "BERITA ACARA …", "Risalah Rapat".</summary>
    const string MeetingRecordHeading = @"(?:^|\n)[ \t]*(notul[ae]n\w*|notula|berita\s+acara|risalah\s+rapat|catatan\s+rapat)\b";

    /// <summary>The level held to <see cref="KindCeiling"/>'s 1, with the reason first among what is missing.</summary>
    static int? HeldToKind(int? level, DocumentFacts facts, PageText page, List<string> missing)
    {
        if (level is not > 1 || KindCeiling(facts, page) is not { } why) return level;
        missing.Insert(0, $"Level 2: {why}");
        return 1;
    }
}
