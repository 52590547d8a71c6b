namespace SpbeBot.Core.Questions;

public static partial class ChatIntents
{
    /// <summary>How many words may follow the asked phrase in its clause ("… SPBE itu apa ya", "… beserta dasar hukumnya").</summary>
    const int WhatIsTrailingWords = 3;

    /// <summary>
    /// What SPBE is asked in one clause of a longer message, whatever the writer tells around it: "Saya staf baru …, belum paham
    /// SPBE itu sebenarnya apa. Bisa dijelaskan?", "… banyak yang belum tahu SPBE itu apa. Bisa bantu jelaskan singkat …",
    /// "Mohon dijelaskan pengertian Sistem Pemerintahan Berbasis Elektronik (SPBE) beserta dasar hukumnya", "could you explain
    /// what SPBE means in the Indonesian context?". The phrase is "SPBE itu (sebenarnya) apa" opening its clause or after a
    /// word of knowing or explaining ("tahu", "dijelaskan dulu"), "apa itu SPBE", "pengertian SPBE" or "what SPBE means/is",
    /// followed in its clause by at most <see cref="WhatIsTrailingWords"/> words, none of the evaluation's. Not when the message
    /// asks something of the evaluation (<see cref="AsksOfTheEvaluation"/>, the check <see cref="BotAsked"/> makes too), nor
    /// "arsitektur SPBE itu apa" (SPBE naming something else), "domain SPBE itu apa saja" (a list asked), "pengertian SPBE menurut
    /// perpres" (a source named after the phrase: the regulation's definition, a process question), nor when another clause asks
    /// a question of its own ("Apa itu SPBE? Terus siapa yang menilai kita").
    /// </summary>
    static ChatIntentResult? WhatIsNamed(string text, Message m, Words w)
    {
        if (AsksOfTheEvaluation(text, m, [], w)) return null;
        var clauses = Clauses.Split(text).Where(c => c.Trim().Length > 0).ToList();
        for (var c = 0; c < clauses.Count; c++)
        {
            var t = Tokens(clauses[c], w);
            for (var i = 0; i < t.Count; i++)
            {
                var term = SpbeTermAt(t, i, w);
                if (term == 0) continue;
                var end = AskedAround(t, i, term, w);
                if (end < 0) continue;
                // "(SPBE)" after the name spelled out is the same term.
                if (end < t.Count && t[end] == "spbe") end++;
                var after = t.Skip(end).ToList();
                if (after.Count > WhatIsTrailingWords || AsksOfTheEvaluation(text, m, after, w)) continue;
                // "Pengertian SPBE menurut perpres": a definition asked of a named regulation (or guideline) is that text's, a
                // process question — the answer here quotes Permen 59/2020, whichever source was named.
                var rest = t.Skip(i).Concat(clauses.Skip(c + 1).SelectMany(x => Tokens(x, w))).ToList();
                if (new Message(rest).Any(w.WhatIsAsked.Source)) return null;
                // "Apa itu SPBE? Terus siapa yang menilai kita": another clause asks a question of its own, which this answer
                // would drop; the criteria or process answer reads the whole message.
                if (clauses.Where((_, k) => k != c).Any(x => new Message(WithoutRelativeWhat(Tokens(x, w))).Any(w.Questioning))) return null;
                return new ChatIntentResult(ChatIntent.WhatIsSpbe);
            }
        }
        return null;
    }

    /// <summary>The number of words of the SPBE term ("spbe", "sistem pemerintahan berbasis elektronik") at <paramref name="i"/>; 0 when none.</summary>
    static int SpbeTermAt(List<string> t, int i, Words w) => w.WhatIs.Spbe.Singles.Contains(t[i]) ? 1 : w.WhatIs.Spbe.PhraseLengthAt(t, i);

    /// <summary>
    /// Where the asked phrase around the term at <paramref name="i"/> ends (the index after it), or -1 when the term is not asked
    /// about: "SPBE itu (sebenarnya) apa" — not followed by "saja", and the term opening its clause (after fillers) or after a
    /// word of knowing or explaining; "apa itu SPBE"; "pengertian SPBE"; "what SPBE means".
    /// </summary>
    static int AskedAround(List<string> t, int i, int term, Words w)
    {
        var after = i + term;
        var before = t.Take(i).ToList();
        var opens = before.All(x => w.Filler.Singles.Contains(x) || w.Politeness.Singles.Contains(x))
            || w.WhatIsAsked.Lead.Singles.Contains(t[i - 1]) || w.WhatIsAsked.Really.Singles.Contains(t[i - 1]);
        if (opens && after < t.Count && w.WhatIsAsked.That.Singles.Contains(t[after]))
        {
            var k = after + 1;
            if (k < t.Count && w.WhatIsAsked.Really.Singles.Contains(t[k])) k++;
            if (k < t.Count && w.WhatIsAsked.What.Singles.Contains(t[k]) && (k + 1 >= t.Count || !w.WhatIsAsked.ListAsked.Singles.Contains(t[k + 1])))
                return k + 1;
        }
        if (i >= 2 && w.WhatIsAsked.WhatThat.PhraseLengthAt(t, i - 2) == 2) return after;
        if (i >= 1 && w.WhatIsAsked.Meaning.Singles.Contains(t[i - 1])) return after;
        if (i >= 1 && w.WhatIsAsked.EnglishWhat.Singles.Contains(t[i - 1]) && after < t.Count && w.WhatIsAsked.EnglishIs.Singles.Contains(t[after])) return after + 1;
        return -1;
    }
}
