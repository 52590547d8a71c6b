namespace SpbeBot.Core.Questions;

public sealed partial class SituationReader
{
    static readonly HashSet<string> Regulating = Vocabulary.Words("regulating");

    /// <summary>
    /// "Perwako tersebut tidak mengatur kewajiban perangkat daerah berkonsultasi", "tidak menyebut bahwa OPD harus
    /// konsultasi": a negated verb of regulating denies the notion in its object, up to eight words on, with no clause
    /// break or other notion between. A policy criterion counts an element only when the policy regulates it.
    /// </summary>
    static bool RegulationDenied(IReadOnlyList<string> tokens, int i) =>
        Enumerable.Range(Math.Max(0, i - 8), Math.Min(8, i)).Any(k => IsNegator(tokens, k) && k + 1 < i && Regulating.Contains(tokens[k + 1])
            && !tokens.Skip(k + 2).Take(i - k - 2).Any(t => ClauseBreaks.Contains(t) || NamesNotion(t)));
}
