namespace SpbeBot.Core.Questions;

public sealed partial class SituationReader
{
    static readonly HashSet<string> Regulating = Vocabulary.Words("regulating");
    static readonly HashSet<string> RegulationAffirming = Vocabulary.Words("regulation-affirming");

    /// <summary>
    /// "Perwako tersebut tidak mengatur kewajiban perangkat daerah berkonsultasi", "tidak menyebut bahwa OPD harus
    /// konsultasi": a negated verb of regulating denies the notion in its object, up to eight words on, with no clause
    /// break, other notion, affirming word ("wajib", "diatur") or comma of the raw text (<paramref name="afterComma"/>:
    /// the tokens that follow one) between. "tidak mengatur sanksi, kewajiban … berkonsultasi diatur di pasal 5": the
    /// denial ends at the comma. A policy criterion counts an element only when the policy regulates it.
    /// </summary>
    static bool RegulationDenied(IReadOnlyList<string> tokens, int i, IReadOnlySet<int>? afterComma) =>
        Enumerable.Range(Math.Max(0, i - 8), Math.Min(8, i)).Any(k => IsNegator(tokens, k) && k + 1 < i && Regulating.Contains(tokens[k + 1])
            && !Enumerable.Range(k + 2, i - k - 2).Any(m => ClauseBreaks.Contains(tokens[m]) || NamesNotion(tokens[m]) || RegulationAffirming.Contains(tokens[m]))
            && !(afterComma is not null && Enumerable.Range(k + 2, i - k - 1).Any(afterComma.Contains)));

    /// <summary>
    /// The indices of <paramref name="tokens"/> (read from <paramref name="raw"/>, maybe with words taken out or masked)
    /// that follow a comma in the raw text, which the tokenizer drops. Each token is matched in order against the tokens
    /// of the raw text's comma clauses; one not found there is skipped.
    /// </summary>
    static HashSet<int> AfterComma(string raw, IReadOnlyList<string> tokens)
    {
        var flat = raw.Split(',').Select(TextNormalizer.Tokenize).SelectMany((c, n) => c.Select((t, j) => (Token: t, Starts: n > 0 && j == 0))).ToList();
        var result = new HashSet<int>();
        var at = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var from = at;
            var crossed = false;
            while (at < flat.Count && flat[at].Token != tokens[i]) crossed |= flat[at++].Starts;
            if (at == flat.Count) { at = from; continue; }
            if (crossed || flat[at].Starts) result.Add(i);
            at++;
        }
        return result;
    }
}
