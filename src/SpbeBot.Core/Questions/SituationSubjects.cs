using SpbeBot.Core.Criteria;

namespace SpbeBot.Core.Questions;

/// <summary>
/// Which indicator a described situation is about, where the topics leave more than one (issue 15, point 6, for
/// situations): both read from the catalog, nothing hand-listed.
/// <list type="bullet">
/// <item>Kebijakan-internal twins ("Kebijakan Internal Tim Koordinasi SPBE" 10 / "Pelaksanaan Tim Koordinasi SPBE" 19,
/// paired by their names): the policy member only when a policy document is what the description is about, i.e. a
/// policy word is followed by the twin's topic ("rancangan perbup sistem penghubung layanan" → 7); otherwise the
/// implementation member ("Tim Koordinasi … punya program kerja" → 19, "… disosialisasikan via surat edaran" → 19).</item>
/// <item>Actors: a candidate whose topic is named in another candidate's own criteria (the Tim Koordinasi in the
/// criteria of 20–23) or after "oleh"/"by" is who acts, not what is described ("strategi … ditetapkan oleh Tim
/// Koordinasi" → the management indicator).</item>
/// </list>
/// </summary>
public sealed class SituationSubjects
{
    static readonly string[] Prefixes = ["Tingkat Kematangan", "Kebijakan Internal", "Penerapan", "Pelaksanaan", "Penggunaan"];
    static readonly HashSet<string> Agents = ["oleh", "by"];

    /// <summary>The lexicon's policy words: one list for the twins of questions and of described situations.</summary>
    readonly IReadOnlySet<string> _policyWords;
    readonly Dictionary<int, (int Policy, int Implementation)> _twins = [];
    /// <summary>Per indicator: the core words of its name ("tim koordinasi"), and its criteria texts in lower case.</summary>
    readonly Dictionary<int, string> _core = [];
    readonly Dictionary<int, string> _criteria = [];

    public SituationSubjects(CriteriaCatalog catalog, Lexicon lexicon)
    {
        _policyWords = lexicon.PolicyWords;
        foreach (var i in catalog.Indicators)
        {
            _core[i.Number] = Core(i.Name);
            _criteria[i.Number] = string.Join(" ", i.Levels.Select(l => l.Criterion)).ToLowerInvariant();
        }
        foreach (var policy in catalog.Indicators.Where(i => i.Name.Contains("Kebijakan Internal", StringComparison.OrdinalIgnoreCase)))
        {
            var implementations = catalog.Indicators.Where(i => i.Number != policy.Number && _core[i.Number] == _core[policy.Number]).ToList();
            if (implementations.Count != 1) continue;
            _twins[policy.Number] = (policy.Number, implementations[0].Number);
            _twins[implementations[0].Number] = (policy.Number, implementations[0].Number);
        }
    }

    /// <summary>"Tingkat Kematangan Kebijakan Internal Tim Koordinasi SPBE Instansi Pusat/Pemerintah Daerah" → "tim koordinasi".</summary>
    static string Core(string name)
    {
        var core = name;
        foreach (var prefix in Prefixes) core = core.Replace(prefix, " ", StringComparison.OrdinalIgnoreCase);
        core = core.Replace("Instansi Pusat/Pemerintah Daerah", " ", StringComparison.OrdinalIgnoreCase);
        var words = core.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w != "spbe").ToArray();
        return string.Join(" ", words);
    }

    /// <summary>The indicator described, or null when these rules do not settle it.</summary>
    /// <param name="find">The topic matcher over a span of tokens.</param>
    public int? Subject(IReadOnlyList<string> tokens, IReadOnlyList<int> candidates, Func<IReadOnlyList<string>, TopicMatcher.Match> find)
    {
        var left = candidates.ToList();
        // Actors: named after "oleh"/"by", or in another candidate's criteria.
        if (left.Count > 1)
        {
            for (var i = 0; i < tokens.Count; i++)
                if (Agents.Contains(tokens[i]) && find(tokens.Skip(i + 1).Take(4).ToList()).Candidates is { Count: > 0 } actor && left.Except(actor).Any())
                    left = left.Except(actor).ToList();
            var actors = left.Where(b => left.Any(a => a != b && _core[b].Length > 0 && _criteria[a].Contains(_core[b], StringComparison.Ordinal))).ToList();
            if (actors.Count > 0 && left.Except(actors).Any()) left = left.Except(actors).ToList();
            // An actor's twin is an actor too.
            left = left.Where(c => !(_twins.TryGetValue(c, out var t) && actors.Contains(t.Policy == c ? t.Implementation : t.Policy) && left.Count > 1)).ToList();
        }
        if (left.Count == 1 && !_twins.ContainsKey(left[0])) return left.Count < candidates.Count ? left[0] : null;
        if (left.Count is < 1 or > 2) return null;
        if (!_twins.TryGetValue(left[0], out var twin) || left.Count == 2 && !left.Contains(twin.Policy == left[0] ? twin.Implementation : twin.Policy)) return null;
        // The twin: the policy member when a policy document is followed by its topic.
        for (var i = 0; i < tokens.Count; i++)
            if (_policyWords.Contains(tokens[i]) && find(tokens.Skip(i).Take(6).ToList()).Candidates is var named && named.Contains(twin.Policy) && !named.Contains(twin.Implementation))
                return twin.Policy;
        return twin.Implementation;
    }
}
