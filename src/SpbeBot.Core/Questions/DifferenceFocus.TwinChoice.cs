namespace SpbeBot.Core.Questions;

/// <summary>
/// A Kebijakan Internal twin offered as a choice in words ("… itu masuk indikator kebijakan pusat data atau layanan pusat
/// data?", "Is that assessed under the policy indicator or the usage indicator for the service connector?", "manajemen data
/// ada 2 indikator kan (kebijakan sama penerapan)?"), with the asker's own case told around the choice. The case decides:
/// a policy the asker has, or a doing they have not done, is the policy member; a policy they lack ("tapi tra ada perbup",
/// "we have no written policy yet"), or a doing they have, is the other one (issue 15 point 6; BC's i210, i212, i214).
/// </summary>
sealed partial class DifferenceFocus
{
    /// <summary>The twin's other member as a choice names it (beside <see cref="Words.Doing"/>).</summary>
    static readonly HashSet<string> MemberWords =
        ["layanan", "layanannya", "service", "services", "penerapan", "pelaksanaan", "implementasi", "implementation", "penggunaan",
         "usage", "use", "operasional", "pengoperasian", "dokumen", "dokumennya", "document"];

    /// <summary>Joining the two sides of the choice: "atau", "or", "vs" anywhere near; "sama", "dan", "and" only right between.</summary>
    static readonly HashSet<string> OfferJoiners = ["atau", "ato", "or", "vs", "versus", "atawa"];
    static readonly HashSet<string> TightJoiners = ["sama", "dan", "and", "dengan", "deng"];

    /// <summary>Words that may stand between a side's word and the joiner ("the policy indicator or the usage indicator").</summary>
    const int SideReach = 5;

    /// <summary>Words of doing an asker's case may use beside the catalog's implementation words.</summary>
    static readonly HashSet<string> CaseDoing =
        ["dipake", "dipakai", "jalan", "berjalan", "live", "used", "uses", "running", "runs", "dilakukan", "dilaksanakan", "dijalankan",
         "beroperasi", "operates", "menyambungkan", "terhubung", "kegiatan", "activities", "activity", "sendiri", "itself", "pakai", "pake",
         "memakai", "menggunakan", "use"];

    /// <summary>
    /// A policy still in draft ("rancangan itu", "draf perwal", "konsepnya … belum ditetapkan"): the policy member's level 1
    /// ("Konsep kebijakan internal … belum atau telah tersedia"), so a clause naming one affirms the policy, never denies it.
    /// The situation reader's one list of draft documents and verbs of drafting (<c>[words draft-documents]</c>, <c>[words drafting]</c>).
    /// </summary>
    static readonly HashSet<string> DraftWords = [.. SituationReader.DraftDocumentWords, .. SituationReader.DraftingWords];

    /// <summary>Owning, denied with "sendiri/own" ("belum punya aplikasi SPLP sendiri"): no denial of the doing.</summary>
    static readonly HashSet<string> CaseNegators = SituationReader.NegatorWords.Where(x => x != "tanpa").ToHashSet();

    static readonly HashSet<string> OwnWords = ["punya", "memiliki", "miliki", "have", "has", "own", "owns"];

    /// <summary>Breaks an asker's case into clauses: a denial holds within its clause only.</summary>
    static readonly HashSet<string> ClauseWords = ["tapi", "tetapi", "tp", "namun", "but", "however", "sedangkan", "while", "whereas", "padahal"];

    /// <summary>The twin chosen by the asker's case, from the raw sentences and the same sentences corrected.</summary>
    Pair? TwinChoice(List<string> raw, List<List<string>> corrected, Func<string, List<string>> correct, Words w)
    {
        // A level asked ("klo semua opd pake, level brp?") is a case to place, not only a choice of indicator.
        if (corrected.Any(s => s.Any(ChatVocabulary.LevelWords.Contains))) return null;
        for (var si = 0; si < raw.Count; si++)
        {
            var t = corrected[si];
            if (ChoiceSpan(t, w) is not (int start, int joiner, int policyAt)) continue;
            // The twin named on the policy's side ("kebijakan audit atau di pelaksanaan audit infra/aplikasi/keamanan": 9, not
            // the security twin the other side's words also name); else in the sentence, else in the whole question.
            var policySide = policyAt < joiner ? t.Skip(policyAt).Take(joiner - policyAt).ToList() : t.Skip(policyAt).Take(SideReach).ToList();
            if ((TwinNamed(policySide) ?? TwinNamed(t) ?? TwinNamed(corrected.SelectMany(s => s).ToList())) is not (int policy, var members)) continue;
            // The asker's case: the words before the choice in its sentence and every other sentence, clause by clause.
            var clauses = new List<List<string>>();
            foreach (var (s, i) in raw.Select((s, i) => (s, i)))
            {
                if (i == si) { if (start > 0) clauses.AddRange(Clauses(raw[i], correct, start)); }
                else clauses.AddRange(Clauses(s, correct, null));
            }
            var (policyAffirmed, policyDenied, doingAffirmed, doingDenied) = (false, false, false, false);
            foreach (var clause in clauses)
            {
                // The denial is read as SplitNegation reads it: "bukan cuma", "not only" deny nothing, and "tanpa" only the
                // policy right after it ("tanpa perbup", not "tanpa revisi").
                var deniedWords = SplitNegation(clause, w, CaseNegators).Denied;
                var denied = deniedWords.Count > 0;
                bool Policy(IEnumerable<string> xs) => xs.Any(x => IsPolicyWord(Stem(x), w));
                bool Doing(IEnumerable<string> xs) => xs.Any(x => CaseDoing.Contains(Stem(x)) || topics.Lexicon.ImplementationWords.Contains(Stem(x)) || w.Doing.Contains(x));
                var withoutPolicy = clause.Zip(clause.Skip(1)).Any(p => p.First == "tanpa" && Policy([p.Second]));
                if (Policy(clause))
                {
                    // "belum ada perbup", "perbupnya belum ada": the policy denied, unless the denial is of a doing ("perbup … belum dipakai").
                    if (withoutPolicy || Policy(deniedWords) || (denied && !Doing(deniedWords))) policyDenied = true; else policyAffirmed = true;
                    continue;
                }
                // "belum punya aplikasi SPLP sendiri": owning denied, not the doing.
                var ownDenied = deniedWords.Any(OwnWords.Contains) && deniedWords.Any(x => x is "sendiri" or "own");
                if (!Doing(clause) || ownDenied) continue;
                if (denied) doingDenied = true; else doingAffirmed = true;
            }
            // A draft ("rancangan itu masuk …", "konsepnya … belum ditetapkan") is the policy member's level 1, not a policy lacked.
            if (clauses.Append(t.Take(start).ToList()).Any(c => c.Any(x => DraftWords.Contains(Stem(x))))) (policyAffirmed, policyDenied) = (true, false);
            bool toPolicy = policyAffirmed || doingDenied, toOther = policyDenied || doingAffirmed;
            if (toPolicy == toOther) return null;
            if (toPolicy) return new Pair(policy, members[0], true, true);
            // "pelaksanaan audit" is three indicators: the case's own topic narrows them, or the choice is left to the rules.
            var member = members.Count == 1 ? members[0] : One(topics.Find(clauses.SelectMany(c => c).ToList()).Candidates.Where(members.Contains));
            return member is int m ? new Pair(m, policy, true, true) : null;
        }
        return null;
    }

    /// <summary>The one of <paramref name="a"/> and <paramref name="b"/> the words name first, not denied: 0 when neither, -1 when both at once.</summary>
    int FirstNamed(List<string> words, int a, int b, HashSet<int> denied)
    {
        for (var k = 1; k <= words.Count; k++)
        {
            var named = topics.Find(words.Take(k).ToList()).Candidates.Where(n => (n == a || n == b) && !denied.Contains(n)).Distinct().ToList();
            if (named is [var one]) return one;
            if (named.Count > 1) return -1;
        }
        return 0;
    }

    static int? One(IEnumerable<int> xs) => xs.Distinct().ToList() is [var x] ? x : null;

    static string Stem(string t) => t.EndsWith("nya", StringComparison.Ordinal) && t.Length > 5 ? t[..^3] : t;

    /// <summary>
    /// Where the choice starts and its joiner: a policy word on one side of "atau/or/vs" and a member word on the other,
    /// each within <see cref="SideReach"/> words; "kebijakan sama penerapan" only with the two words side by side.
    /// </summary>
    (int Start, int Joiner, int PolicyAt)? ChoiceSpan(List<string> t, Words w)
    {
        for (var j = 1; j < t.Count - 1; j++)
        {
            var offer = OfferJoiners.Contains(t[j]);
            if (!offer && !TightJoiners.Contains(t[j])) continue;
            var reach = offer ? SideReach : 1;
            var before = Enumerable.Range(Math.Max(0, j - reach), Math.Min(reach, j)).ToList();
            var after = Enumerable.Range(j + 1, Math.Min(reach, t.Count - j - 1)).ToList();
            var policyBefore = before.Where(k => IsPolicyWord(Stem(t[k]), w)).ToList();
            var memberBefore = before.Where(k => MemberWords.Contains(t[k])).ToList();
            var policyAfter = after.Where(k => IsPolicyWord(Stem(t[k]), w)).ToList();
            var memberAfter = after.Any(k => MemberWords.Contains(t[k]));
            if (policyBefore.Count > 0 && memberAfter) return (StartOf(t, policyBefore[0]), j, policyBefore[0]);
            if (memberBefore.Count > 0 && policyAfter.Count > 0) return (StartOf(t, memberBefore[0]), j, policyAfter[0]);
        }
        return null;
    }

    /// <summary>The side's word, with "indikator"/"the"/"yang" and the like before it taken into the choice.</summary>
    static int StartOf(List<string> t, int at)
    {
        while (at > 0 && t[at - 1] is "indikator" or "indicator" or "ind" or "the" or "yang" or "yg" or "a") at--;
        return at;
    }

    /// <summary>One Kebijakan Internal twin the words name: its policy member and its other members.</summary>
    (int Policy, List<int> Members)? TwinNamed(List<string> tokens)
    {
        var found = topics.Find(tokens).Candidates;
        var policies = found.Select(n => topics.PolicyOf(n) ?? (catalog.Indicators.Any(i => topics.PolicyOf(i.Number) == n) ? n : (int?)null))
            .OfType<int>().Distinct().ToList();
        if (policies is not [var policy]) return null;
        var members = catalog.Indicators.Select(i => i.Number).Where(n => topics.PolicyOf(n) == policy).ToList();
        var named = members.Where(found.Contains).ToList();
        return members.Count == 0 ? null : (policy, named.Count > 0 ? named : members);
    }

    /// <summary>
    /// A sentence's corrected words in clauses (commas and dashes, "tapi", "but"), its first <paramref name="end"/> words
    /// only when given (the words before the choice).
    /// </summary>
    static IEnumerable<List<string>> Clauses(string sentence, Func<string, List<string>> correct, int? end)
    {
        var taken = 0;
        foreach (var piece in ClauseBreaks().Split(sentence))
        {
            var words = correct(piece);
            if (end is int e)
            {
                if (taken >= e) yield break;
                words = words.Take(e - taken).ToList();
                taken += words.Count;
            }
            var clause = new List<string>();
            foreach (var x in words)
            {
                if (ClauseWords.Contains(x) && clause.Count > 0) { yield return clause; clause = []; continue; }
                clause.Add(x);
            }
            if (clause.Count > 0) yield return clause;
        }
    }

    /// <summary>Words that ask which indicator a choice's case goes to ("masuk mana", "dinilai di", "which indicator").</summary>
    static readonly HashSet<string> AsksWhere =
        ["indikator", "indicator", "ind", "mana", "manakah", "which", "dinilai", "masuk", "assessed", "counted", "count", "counts", "under", "go", "goes", "belong"];

    /// <summary>
    /// "aduan warga soal izin usaha masuk lewat aplikasi perizinan. itu dinilai di layanan perizinan (sektor 1) atau di layanan
    /// pengaduan?": two indicators offered in words either side of "atau"/"or", no level asked, and the asker's case told
    /// apart from the choice: the one of the two the case names first is its subject, a later one a mention (BC's i217).
    /// </summary>
    Pair? WordChoice(List<List<string>> corrected, Words w)
    {
        if (corrected.Any(s => s.Any(ChatVocabulary.LevelWords.Contains))) return null;
        for (var si = 0; si < corrected.Count; si++)
        {
            var t = corrected[si];
            if (!t.Any(AsksWhere.Contains)) continue;
            for (var j = 1; j < t.Count - 1; j++)
            {
                if (!OfferJoiners.Contains(t[j])) continue;
                var from = Math.Max(0, j - SideReach);
                if (topics.Find(t.Skip(from).Take(j - from).ToList()).Candidates is not [var a]
                    || topics.Find(t.Skip(j + 1).Take(SideReach + 1).ToList()).Candidates is not [var b] || a == b) continue;
                // The case: the words before the choice in its own sentence (its subject: "Is the budgeting module assessed
                // …", "Aplikasi SAKIP itu dinilai …"), else the other sentences; a mention denied ("bukan soal pengaduan",
                // "Not about complaints") is no subject.
                var leftStart = from;
                while (leftStart < j && topics.Find(t.Skip(leftStart + 1).Take(j - leftStart - 1).ToList()).Candidates is [var still] && still == a) leftStart++;
                var others = corrected.Take(si).Concat(corrected.Skip(si + 1)).ToList();
                var split = others.Prepend(t.Take(leftStart).ToList()).Select(s => SplitNegation(s, w)).ToList();
                var denied = topics.Find(split.SelectMany(x => x.Denied).ToList()).Candidates.Where(n => n == a || n == b).ToHashSet();
                var subject = FirstNamed(split[0].Affirmed, a, b, denied);
                if (subject == 0) subject = FirstNamed(split.Skip(1).SelectMany(x => x.Affirmed).ToList(), a, b, denied);
                return subject > 0 ? new Pair(subject, subject == a ? b : a, true) : null;
            }
        }
        return null;
    }
}
