using System.Globalization;

namespace SpbeBot.Core.Questions;

public sealed partial class QuestionParser
{
    static readonly HashSet<string> ListJoiners = ["dan", "atau", "ato", "and", "or", "&", "/", "sama", "serta"];

    /// <summary>A choice among three or more indicators listed by number: the one the words after the list name, and the others.</summary>
    sealed record Listed(int Chosen, List<int> Others);

    /// <summary>
    /// "ind 29 30 31 audit, yg audit aplikasi yg mana", "indikator 45, 46 dan 47 — yang sektor kesehatan?": three or more
    /// indicators listed by number (or bare numbers after the words of a topic holding them all) (two are <see cref="DifferenceFocus"/>'s pair), then words that name exactly one of
    /// them (Audit Aplikasi SPBE is 30 of 29–31). That one is answered, the others offered as buttons; null when the
    /// words after the list name none of them, or more than one.
    /// </summary>
    Listed? ChosenFromList(List<string> tokens, NumberReader.Result numbers)
    {
        if (numbers.Levels.Count > 0) return null;
        // "audit TIK ada 29, 30, 31. kalo pentest … masuk yg mana?": bare numbers listed right after the words of a topic
        // that holds every one of them are its indicators too.
        var bareList = numbers.Indicators.Count == 0 && numbers.Bare.Count >= 3;
        if (numbers.Indicators.Count == 0 && !bareList) return null;
        var start = tokens.IndexOf((bareList ? numbers.Bare[0] : numbers.Indicators[0]).ToString(CultureInfo.InvariantCulture));
        if (start < 0) return null;
        var listed = new List<int>();
        var end = start;
        for (var i = start; i < tokens.Count; i++)
        {
            if (int.TryParse(tokens[i], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && _catalog.FindIndicator(n) is not null && !listed.Contains(n))
            {
                listed.Add(n);
                end = i;
            }
            else if (!ListJoiners.Contains(tokens[i]) && !ChatVocabulary.IndicatorWords.Contains(tokens[i])) break;
        }
        if (listed.Count < 3) return null;
        if (bareList && !listed.All(_topics.Find(tokens.Take(start).ToList()).Candidates.Contains)) return null;
        var named = _topics.Find(tokens.Skip(end + 1).ToList()).Candidates.Where(listed.Contains).ToList();
        return named.Count == 1 ? new Listed(named[0], listed.Where(n => n != named[0]).ToList()) : null;
    }
}
