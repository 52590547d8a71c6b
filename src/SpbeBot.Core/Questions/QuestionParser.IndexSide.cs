namespace SpbeBot.Core.Questions;

public sealed partial class QuestionParser
{
    /// <summary>
    /// "Kalau indeks di bawah 1,8 predikatnya apa?", "index above 4.2", "kurang dari 2,6": the predikat of every value on one
    /// side of the number, not of the number itself (Tabel 13: "&lt; 1,8 Kurang"). Null when no side is named.
    /// </summary>
    internal static IndexSide? SideOfBound(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var next = i + 1 < tokens.Count ? tokens[i + 1] : "";
            if (tokens[i] is "dibawah" or "below" or "under" || (tokens[i], next) is ("di", "bawah") or ("kurang", "dari") or ("less", "than") or ("lower", "than"))
                return IndexSide.Below;
            if (tokens[i] is "diatas" or "above" || (tokens[i], next) is ("di", "atas") or ("lebih", "dari") or ("more", "than") or ("higher", "than") or ("greater", "than"))
                return IndexSide.Above;
        }
        return null;
    }
}
