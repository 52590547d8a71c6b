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
    /// holds a number or asks a level or indicator, nor "arsitektur SPBE itu apa" (SPBE naming something else), "domain SPBE itu
    /// apa saja" (a list asked) or "SPBE itu apa sih definisinya menurut permen" (the regulation's definition: a process question).
    /// </summary>
    static ChatIntentResult? WhatIsNamed(string text, Message m, Words w)
    {
        if (text.Any(char.IsAsciiDigit) || AsksCriteria(m, w) || GivesLevels(m.Tokens)) return null;
        foreach (var clause in Clauses.Split(text))
        {
            var t = Tokens(clause, w);
            for (var i = 0; i < t.Count; i++)
            {
                var term = SpbeTermAt(t, i, w);
                if (term == 0) continue;
                var end = AskedAround(t, i, term, w);
                if (end < 0) continue;
                // "(SPBE)" after the name spelled out is the same term.
                if (end < t.Count && t[end] == "spbe") end++;
                var after = t.Skip(end).ToList();
                if (after.Count <= WhatIsTrailingWords && !NamesEvaluationTerm(new Message(after), w))
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
        var opens = before.All(x => w.Filler.Singles.Contains(x) || w.Politeness.Singles.Contains(x)) || w.WhatIsAsked.Lead.Singles.Contains(t[i - 1]);
        if (opens && after < t.Count && w.WhatIsAsked.That.Singles.Contains(t[after]))
        {
            var k = after + 1;
            if (k < t.Count && w.WhatIsAsked.Really.Singles.Contains(t[k])) k++;
            if (k < t.Count && w.WhatIsAsked.What.Singles.Contains(t[k]) && (k + 1 >= t.Count || t[k + 1] is not ("saja" or "aja" or "sj" or "aj")))
                return k + 1;
        }
        if (i >= 2 && t[i - 2] == "apa" && t[i - 1] == "itu") return after;
        if (i >= 1 && w.WhatIsAsked.Meaning.Singles.Contains(t[i - 1])) return after;
        if (i >= 1 && t[i - 1] == "what" && after < t.Count && w.WhatIsAsked.EnglishIs.Singles.Contains(t[after])) return after + 1;
        return -1;
    }
}
