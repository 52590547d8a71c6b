namespace SpbeBot.Core.Questions;

public sealed partial class SituationReader
{
    /// <summary>Words that may stand between a verb of employing and its purpose: "not been used yet to revise".</summary>
    static readonly HashSet<string> UseFillers = Vocabulary.Words("use-fillers");

    /// <summary>
    /// "the review results have not been used yet to revise the competency model", "hasil reviu belum benar-benar
    /// digunakan untuk merevisi …": a word of follow-up right after a word of purpose ("to", "untuk") whose verb of
    /// employing (<c>[words employing]</c>, a filler such as "yet" between) is denied is the follow-up denied — the use
    /// for it did not happen. Before, the negator five words back did not reach the follow-up and the description was
    /// placed at level 5.
    /// </summary>
    static bool UseDeniedFor(IReadOnlyList<string> tokens, int i)
    {
        if (i < 2 || !Purpose.Contains(tokens[i - 1]) || tokens[i - 1] is "sebagai" or "as") return false;
        var m = i - 2;
        while (m > 0 && UseFillers.Contains(tokens[m])) m--;
        return Employing.Contains(tokens[m]) && Negated(tokens, m, 4);
    }
}
