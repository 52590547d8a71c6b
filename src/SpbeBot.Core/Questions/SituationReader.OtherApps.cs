namespace SpbeBot.Core.Questions;

public sealed partial class SituationReader
{
    /// <summary>"e-" names that are not another system's: mail, a signature, the identity card.</summary>
    static readonly HashSet<string> NotAppNames = Vocabulary.Words("not-app-names");

    /// <summary>
    /// Service ladder: "pulls indicators from e-planning and e-budgeting", "tarik data dari e-planning": an "e-" name is an
    /// application's name, so it is written as one ("aplikasi eplanning") for the reading of data moving between this
    /// service and another (the collaboration step, level 4). "e-mail", "e-sign", "e-KTP" are left as they are.
    /// </summary>
    /// <remarks>Only right after a word of direction (<c>[words toward]</c>: "from e-planning", "ke e-budgeting"): "a new e-SPJ
    /// module" is a part the service gained, read by <see cref="NewPartAfter"/>.</remarks>
    static string EAppsAsSystems(string question) =>
        EName.Replace(question, m => NotAppNames.Contains(m.Groups[2].Value.ToLowerInvariant()) ? m.Value : m.Groups[1].Value + "aplikasi e" + m.Groups[2].Value);

    static readonly System.Text.RegularExpressions.Regex EName = new(
        @"(\b(?:" + string.Join("|", Vocabulary.Words("toward").Select(System.Text.RegularExpressions.Regex.Escape)) + @")\s+)[eE]-([A-Za-z]{3,})",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);
}
