namespace SpbeBot.Core.Evidence.Checking;

/// <summary>
/// Which full stops end a clause (issue 22, wip-22ua). A dot between two lower-case letters with no space is no sentence's
/// end: a scan's OCR reads a space as a dot ("Belum.ada pertukaran data otomatis dengan SIPD"), and a web address
/// ("eplanning.renggawakota.go.id") is one word — cut there, a denial lost its "belum" and a level 4 was read from the
/// words it denies. Nor is a dot before a figure ("Rp 12.400", "1.2").
/// </summary>
public sealed partial class EvidenceChecker
{
    sealed partial class LevelJudge
    {
        /// <summary>The dot at <paramref name="i"/> ends a sentence.</summary>
        static bool SentenceDot(string text, int i)
        {
            var next = i + 1 < text.Length ? text[i + 1] : '\n';
            if (char.IsDigit(next)) return false;
            return !(i > 0 && char.IsLower(text[i - 1]) && char.IsLower(next));
        }
    }
}
