namespace SpbeBot.Core.Questions;

public sealed partial class QuestionParser
{
    static readonly HashSet<string> RequirementWords = ["syarat", "syaratnya", "disyaratkan", "requirement", "required"];
    static readonly HashSet<string> PointingBack = ["itu", "ini", "that", "this", "tsb", "tersebut"];

    /// <summary>
    /// "… katanya perwal kita harus diselaraskan sama peta rencana nasional. Itu syarat buat level berapa ya?", "… emg
    /// syaratnya gt? itu utk lvl brp": a requirement the asker heard of, asked which level it belongs to — the last
    /// sentence points back at it and asks a level, and it or the one before calls it a requirement. Not an account of
    /// the asker's state to place.
    /// </summary>
    static bool AsksLevelOfRequirement(string text)
    {
        var sentences = System.Text.RegularExpressions.Regex.Split(text.Trim(), @"[.;!?\n]+(?:\s|$)").Where(s => s.Trim().Length > 0).ToList();
        if (sentences.Count < 2) return false;
        var last = TextNormalizer.Tokenize(sentences[^1]);
        return AsksWhichLevel(last) && last.Any(PointingBack.Contains)
            && sentences.TakeLast(2).SelectMany(TextNormalizer.Tokenize).Any(RequirementWords.Contains);
    }
}
