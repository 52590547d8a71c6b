using System.Text.RegularExpressions;

namespace SpbeBot.Core.Questions;

public sealed partial class SituationReader
{
    /// <summary>
    /// "Saya Kabag Organisasi, yang pegang penyusunan SK tim", "I'm in charge of drafting the decree": drafting named as
    /// the asker's duty says who asks, not that the document is a draft. The drafting word after a word of holding a duty
    /// is left out; "SK-nya masih dalam penyusunan" is still a draft.
    /// </summary>
    static string WithoutDutyDrafting(string question) => DutyDrafting().Replace(question, "$1");

    [GeneratedRegex(@"\b(pegang|megang|memegang|menangani|nanganin|mengurus|ngurus|handle|handles|in charge of|responsible for)\s+(?:penyusunan|menyusun|nyusun|drafting)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DutyDrafting();
}
