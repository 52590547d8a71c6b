namespace SpbeBot.Core.Questions;

/// <summary>
/// Finds which indicators a question is about from its words: the longest lexicon phrases that occur
/// (typos corrected), kebijakan-internal twins settled by policy/implementation words, and several topics
/// narrowed by what they share ("SIPD penganggaran" → 33).
/// </summary>
public sealed partial class TopicMatcher
{
    readonly Lexicon _lexicon;
    readonly TypoCorrector _typos;
    readonly Dictionary<string, List<Topic>> _byFirstToken;

    public TopicMatcher(Lexicon lexicon)
    {
        _lexicon = lexicon;
        _typos = new TypoCorrector(lexicon.Vocabulary, lexicon.CommonWords);
        ShortForms = new ShortForms(lexicon.Vocabulary, lexicon.CommonWords, lexicon.PhraseWords);
        _byFirstToken = lexicon.Topics.GroupBy(t => t.Tokens[0]).ToDictionary(g => g.Key, g => g.ToList());
        // Each implementation member of a kebijakan-internal twin → its policy member (18 → 7, 31 → 9).
        _policyOf = lexicon.Topics.Where(t => t.Policy is not null)
            .SelectMany(t => t.Indicators.Where(i => i != t.Policy).Select(i => (Member: i, Policy: t.Policy!.Value)))
            .GroupBy(x => x.Member).ToDictionary(g => g.Key, g => g.First().Policy);
        _implementationPhrases = lexicon.ImplementationWords.Where(w => w.Contains(' ')).ToHashSet();
        _policies = _policyOf.Values.Concat(lexicon.Topics.Where(t => t.Policy is not null).Select(t => t.Policy!.Value)).ToHashSet();
    }

    readonly HashSet<int> _policies;

    /// <summary>The policy member of the kebijakan-internal twin whose implementation member is <paramref name="member"/> (31 → 9), or null.</summary>
    public int? PolicyOf(int member) => _policyOf.TryGetValue(member, out var policy) ? policy : null;

    readonly Dictionary<int, int> _policyOf;
    readonly HashSet<string> _implementationPhrases;

    /// <summary>The policy member of the twin a hit names: its own twin rule, or the twin of the one indicator it names.</summary>
    int? PolicyMember(Topic topic) =>
        topic.Policy ?? (topic.Indicators.Count == 1 && _policyOf.TryGetValue(topic.Indicators[0], out var p) ? p : null);

    public TypoCorrector Typos => _typos;
    public ShortForms ShortForms { get; }
    public Lexicon Lexicon => _lexicon;

    /// <summary>The outcome of topic matching.</summary>
    /// <param name="Candidates">Indicators the topic points at: one = identified, several = ask, none = no topic.</param>
    /// <param name="Specificity">Content tokens covered by the chosen phrases (0 when nothing matched).</param>
    /// <param name="Twin">When the candidates are one kebijakan-internal twin left unresolved: its policy member.</param>
    /// <param name="ByPolicy">A kebijakan-internal twin settled on its policy member by a policy word naming it.</param>
    /// <param name="PolicyOffered">The policy member was offered as one side of a choice ("kebijakan atau layanan?"): answered, it is a button.</param>
    public sealed record Match(IReadOnlyList<int> Candidates, int Specificity, int? Twin = null, bool ByPolicy = false, bool PolicyOffered = false);

    public Match Find(IReadOnlyList<string> correctedTokens)
    {
        var content = Lexicon.ContentTokens(correctedTokens);
        var hits = LongestNonOverlapping(content);
        if (hits.Count == 0) return new Match([], 0);
        hits = WithoutUnqualified(hits, correctedTokens);
        // Hits that all share a member narrow each other below ("laporan hasil audit" + "pada Audit Infrastruktur"):
        // no hit is dropped as a place or partner then.
        if (hits.Count > 1 && !SharesMember(hits) && Subject(hits, content, correctedTokens) is { } subjectHits) hits = subjectHits;

        // An implementation word inside the topic named ("pengelolaan data", "penggunaan sistem penghubung layanan") is
        // part of its name, not a sign that the implementation is asked about.
        // A two-word implementation phrase ("dokumen arsitektur") counts wherever it is.
        var hasImplementation = ContainsAny(Outside(hits, content, correctedTokens), _lexicon.ImplementationWords)
            || _implementationPhrases.Count > 0 && ContainsAny(correctedTokens, _implementationPhrases);
        // "Dokumen Arsitektur … ditetapkan dengan Keputusan Bupati": a policy word after "dengan"/"by" is how the
        // implementation's document was established, not what is asked about.
        var hasPolicy = hasImplementation ? ContainsPolicySubject(correctedTokens) : ContainsAny(correctedTokens, _lexicon.PolicyWords);
        // "(bukan kebijakannya)", "not the policy one": the policy named as what is not asked is the other twin.
        var negatedPolicy = NegatedPolicy(correctedTokens);
        if (negatedPolicy) (hasPolicy, hasImplementation) = (false, true);
        // "kebijakan atau layanan pusat data?": the policy offered as a choice names neither (TopicMatcher.OfferedChoice.cs).
        var offered = !negatedPolicy && PolicyOffered(correctedTokens);
        if (offered) (hasPolicy, hasImplementation) = (false, false);
        // "… kebijakan sm dokumen. yg dokumennya itu lvl 3?": both sides named, then the one asked about.
        if (!negatedPolicy && SideChosen(correctedTokens) is bool policyChosen) (hasPolicy, hasImplementation, offered) = (policyChosen, !policyChosen, false);

        // "Perbup arsitektur kami … mengatur proses bisnis dan aplikasi": the twin named right after a policy document
        // is the subject; topics further on are what the document covers.
        // The first twin named decides: an implementation word elsewhere ("notulen rapat penyusunan", "mengatur proses
        // pengelolaan data") describes the state of that document, not the other indicator.
        var firstTwin = true;
        foreach (var hit in hits.OrderBy(h => h.Start))
            if (PolicyMember(hit.Topic) is int subject)
            {
                // "SK Timkor SPBE (pelaksanaan, bukan kebijakan)": the policy denied, the document named is not the subject.
                if (!negatedPolicy && !offered && hit.Start > 0 && PolicyDocumentBefore(content, hit.Start) && (!hasImplementation || firstTwin && !ImplementationBefore(content, hit.Start)))
                    return new Match([subject], hits.Sum(h => h.Topic.Tokens.Count), ByPolicy: true);
                firstTwin = false;
            }

        var sets = hits.Select(h => Resolve(h.Topic, hasPolicy, hasImplementation)).ToList();
        // "di-SK-kan", "dengan SK": how something was established does not settle the twin against a described situation.
        var byPolicy = hasPolicy && !hasImplementation && ContainsPolicySubject(correctedTokens) && hits.Any(h => PolicyMember(h.Topic) is not null)
            // "roadmap policy", "kebijakan internal arsitektur": the phrase itself names the policy indicator.
            || hits.Any(h => h.Topic.Tokens.Any(_lexicon.PolicyWords.Contains) && h.Topic.Indicators.Count == 1 && _policies.Contains(h.Topic.Indicators[0]));
        var specificity = hits.Sum(h => h.Topic.Tokens.Count);

        // Topics that share members narrow each other ("sipd" {32,33,34} + "penganggaran" {33}).
        var shared = sets.Skip(1).Aggregate((IEnumerable<int>)sets[0], (acc, s) => acc.Intersect(s)).ToList();
        if (shared.Count > 0)
        {
            var twin = hits.Select(h => h.Topic.Policy).FirstOrDefault(p => p is int x && shared.Count > 1 && shared.Contains(x));
            return new Match(shared, specificity, twin, byPolicy && shared.Count == 1 && _policies.Contains(shared[0]), offered);
        }

        // Otherwise the most specific topic wins; equally specific distinct topics are a real ambiguity — unless one of
        // them is named more often than every other ("manrisk … register risiko … disuruh inspektorat", "e-kinerja … skp").
        var best = hits.Max(h => h.Topic.Tokens.Count);
        var top = hits.Select((h, i) => (h, set: sets[i])).Where(x => x.h.Topic.Tokens.Count == best).SelectMany(x => x.set).Distinct().ToList();
        if (top.Count > 1 && MostNamed(top, sets) is int named) top = [named];
        // One twin left by the most specific topic (a lesser topic elsewhere, "… lewat surat Sekda"): the twin, as when named alone.
        var lastTwin = top.Count == 2 ? hits.Where(h => h.Topic.Tokens.Count == best && h.Topic.Policy is int p && top.Contains(p) && h.Topic.Indicators.Count == 2)
            .Select(h => h.Topic.Policy).FirstOrDefault() : null;
        return new Match(top, specificity, lastTwin, byPolicy && top.Count == 1 && _policies.Contains(top[0]), offered);
    }

    /// <summary>The one candidate named by strictly more hits than any other; null when none stands out.</summary>
    static int? MostNamed(List<int> top, List<IReadOnlyList<int>> sets)
    {
        var counts = top.Select(c => (c, n: sets.Count(s => s.Contains(c)))).OrderByDescending(x => x.n).ToList();
        return counts[0].n > counts[1].n ? counts[0].c : null;
    }

    static bool SharesMember(List<Hit> hits)
    {
        IEnumerable<int> shared = hits[0].Topic.Indicators;
        foreach (var h in hits.Skip(1)) shared = shared.Intersect(h.Topic.Indicators);
        return shared.Any();
    }

    /// <summary>An implementation word within the two words before the topic at <paramref name="start"/> ("penerapan kebijakan …").</summary>
    bool ImplementationBefore(List<string> content, int start)
    {
        for (var k = start - 1; k >= Math.Max(0, start - 3); k--)
            if (_lexicon.ImplementationWords.Contains(content[k])) return true;
        return false;
    }

    /// <summary>The tokens not covered by a hit (content positions mapped back onto the full token list).</summary>
    static List<string> Outside(List<Hit> hits, List<string> content, IReadOnlyList<string> tokens)
    {
        var covered = new bool[content.Count];
        foreach (var h in hits)
            for (var k = h.Start; k < h.Start + h.Topic.Tokens.Count && k < covered.Length; k++) covered[k] = true;
        var result = new List<string>(tokens.Count);
        for (int i = 0, c = 0; i < tokens.Count; i++)
        {
            if (c < content.Count && tokens[i] == content[c]) { if (!covered[c]) result.Add(tokens[i]); c++; }
            else result.Add(tokens[i]);
        }
        return result;
    }

    static IReadOnlyList<int> Resolve(Topic topic, bool hasPolicy, bool hasImplementation)
    {
        if (topic.Policy is not int policy) return topic.Indicators;
        var others = topic.Indicators.Where(i => i != policy).ToList();
        if (hasPolicy && !hasImplementation) return [policy];
        if (hasImplementation && !hasPolicy) return others;
        if (!hasPolicy && topic.Default is int d) return [d];
        return topic.Indicators;
    }

    sealed record Hit(Topic Topic, int Start);

    List<Hit> LongestNonOverlapping(List<string> content)
    {
        var all = new List<Hit>();
        for (var i = 0; i < content.Count; i++)
        {
            if (!_byFirstToken.TryGetValue(content[i], out var starting)) continue;
            foreach (var topic in starting)
                if (i + topic.Tokens.Count <= content.Count && Matches(content, i, topic.Tokens))
                    all.Add(new Hit(topic, i));
        }
        var taken = new bool[content.Count];
        var chosen = new List<Hit>();
        foreach (var hit in all.OrderByDescending(h => h.Topic.Tokens.Count).ThenBy(h => h.Start))
        {
            var span = Enumerable.Range(hit.Start, hit.Topic.Tokens.Count);
            if (span.Any(k => taken[k])) continue;
            foreach (var k in span) taken[k] = true;
            chosen.Add(hit);
        }
        return chosen;
    }

    static bool Matches(List<string> content, int start, IReadOnlyList<string> phrase)
    {
        for (var k = 0; k < phrase.Count; k++)
            if (content[start + k] != phrase[k]) return false;
        return true;
    }

    /// <summary>Words after which the topic named is what the question is about: "indikator kompetensi SDM", "aplikasi BMD kita".</summary>
    static readonly HashSet<string> SubjectMarkers = ["indikator", "indicator", "aplikasi", "application", "app"];
    /// <summary>Words after which a topic is a place or a partner: "masuk di peta rencana", "dikirim ke aplikasi keuangan".</summary>
    static readonly HashSet<string> Locatives = ["di", "ke", "dalam", "kedalam", "in", "into", "pada", "dengan", "sama", "with", "to", "kayak", "kyk", "seperti", "like"];

    /// <summary>
    /// Several topics in one question: one named right after a subject marker wins; topics named after a locative or a
    /// partner word drop out while another remains. Null when neither rule applies.
    /// </summary>
    static List<Hit>? Subject(List<Hit> hits, List<string> content, IReadOnlyList<string> tokens)
    {
        // Position of each content token in the full token list.
        var at = new List<int>(content.Count);
        for (int i = 0, c = 0; i < tokens.Count && c < content.Count; i++)
            if (tokens[i] == content[c]) { at.Add(i); c++; }
        if (at.Count != content.Count) return null;
        string Before(Hit h) => at[h.Start] > 0 ? tokens[at[h.Start] - 1] : "";
        // "dikirim ke aplikasi keuangan": a marker after a locative marks a partner, not the subject.
        var marked = hits.Where(h => SubjectMarkers.Contains(Before(h)) && !(at[h.Start] > 1 && Locatives.Contains(tokens[at[h.Start] - 2]))).OrderBy(h => h.Start).ToList();
        // "… sudah terhubung ke aplikasi penganggaran": the topic after "ke aplikasi" is a place too.
        string BeforeMarker(Hit h) => SubjectMarkers.Contains(Before(h)) && at[h.Start] > 1 ? tokens[at[h.Start] - 2] : Before(h);
        if (marked.Count > 0 && marked.Count < hits.Count) return [marked[0]];
        // "Perwali tentang Arsitektur SPBE … memuat seluruh domain (proses bisnis, …, keamanan)", "Our Peta Rencana
        // regulation … covers tata kelola, …": topics after a word of containing are what the subject holds.
        var contains = tokens.ToList().FindIndex(t => ContentsWords.Contains(t));
        if (contains > 0)
        {
            var before = hits.Where(h => at[h.Start] < contains).ToList();
            if (before.Count > 0 && before.Count < hits.Count) return before;
        }
        var placed = hits.Where(h => !Locatives.Contains(BeforeMarker(h))).ToList();
        return placed.Count > 0 && placed.Count < hits.Count ? placed : null;
    }

    /// <summary>Words of a policy document's title between the document and its topic: "SK Wali Kota tentang pembangunan aplikasi".</summary>
    static readonly HashSet<string> TitleWords =
        ["wali", "kota", "walikota", "bupati", "gubernur", "kepala", "daerah", "kabupaten", "provinsi", "tentang", "mengenai", "about", "on", "nomor", "no", "tahun", "spbe"];

    /// <summary>A policy word right before the topic at <paramref name="start"/>, or before it with only title words between.</summary>
    bool PolicyDocumentBefore(List<string> content, int start)
    {
        // Within two words, as before; further back only across the words of a title.
        for (var k = start - 1; k >= Math.Max(0, start - 2); k--)
            if (_lexicon.PolicyWords.Contains(content[k])) return true;
        for (var k = start - 1; k >= Math.Max(0, start - 5); k--)
        {
            if (_lexicon.PolicyWords.Contains(content[k])) return true;
            if (!(TitleWords.Contains(content[k]) || content[k].All(char.IsAsciiDigit))) return false;
        }
        return false;
    }

    static readonly HashSet<string> PolicyNegators = ["bukan", "not", "non", "selain", "except", "besides"];

    /// <summary>"bukan kebijakannya", "bukan perwali", "not the policy one", "non-regulasi".</summary>
    bool NegatedPolicy(IReadOnlyList<string> tokens)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            var t = tokens[i].EndsWith("nya", StringComparison.Ordinal) && tokens[i].Length > 5 ? tokens[i][..^3] : tokens[i];
            if (!_lexicon.PolicyWords.Contains(t) && t is not ("perwali" or "perwal" or "perbup" or "pergub" or "perkada" or "sk")) continue;
            if (PolicyNegators.Contains(tokens[i - 1]) || i >= 2 && PolicyNegators.Contains(tokens[i - 2]) && tokens[i - 1] is "the" or "a" or "yang" or "yg" or "dari") return true;
        }
        return false;
    }

    /// <summary>Words after which the topics named are the contents of what was named before: "memuat", "mengatur", "covers".</summary>
    static readonly HashSet<string> ContentsWords =
        ["memuat", "berisi", "berisikan", "mengatur", "mencakup", "meliputi", "mengandung", "isinya", "covers", "covering", "contains", "includes", "including"];

    static readonly HashSet<string> Instrument = ["dengan", "melalui", "lewat", "via", "by", "through", "berdasarkan", "pakai"];

    bool ContainsPolicySubject(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = _lexicon.PolicyWords.Contains(tokens[i]) || i + 1 < tokens.Count && _lexicon.PolicyWords.Contains(tokens[i] + " " + tokens[i + 1]);
            // "di-SK-kan": established by a decree.
            if (word && !(i > 0 && Instrument.Contains(tokens[i - 1])) && !(i + 1 < tokens.Count && tokens[i + 1] == "kan")) return true;
        }
        return false;
    }

    static bool ContainsAny(IReadOnlyList<string> tokens, IReadOnlySet<string> words)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (words.Contains(tokens[i])) return true;
            if (i + 1 < tokens.Count && words.Contains(tokens[i] + " " + tokens[i + 1])) return true;
        }
        return false;
    }
}
