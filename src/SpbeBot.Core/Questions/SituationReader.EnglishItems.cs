namespace SpbeBot.Core.Questions;

public sealed partial class SituationReader
{
    /// <summary>
    /// Manajemen Layanan's two processes in English ("covers both user service and service operations", "user support
    /// only"): read as the Pedoman's "Pelayanan Pengguna" and "Pengoperasian Layanan", the items its criteria enumerate,
    /// so naming both is all processes (level 3) and naming one is part of them, as in Indonesian. Read for indicator 28 only.
    /// </summary>
    static string EnglishServiceItems(string question) =>
        ServiceOperations().Replace(UserService().Replace(question, "pelayanan pengguna"), "pengoperasian layanan");

    [System.Text.RegularExpressions.GeneratedRegex(@"\buser (?:services?|support)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex UserService();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:service operations?|operations? of (?:spbe )?services)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ServiceOperations();
}
