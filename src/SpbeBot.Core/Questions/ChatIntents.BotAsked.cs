namespace SpbeBot.Core.Questions;

// The assistant itself asked about (BotAsked) and its helpers, moved out of ChatIntents.cs (r37b finding 5).
public static partial class ChatIntents
{
    /// <summary>
    /// The assistant itself asked about, in one clause: what it does (<see cref="ChatIntent.Capabilities"/>: "apa saja yang bisa
    /// dikerjakan asisten ini", "fungsi apa yang dimiliki asisten ini", "asisten ini bisa bantu apa", "… this assistant. What can it
    /// help …") or, failing that, how it is used (<see cref="ChatIntent.Help"/>: "tata cara penggunaan asisten ini", "cara bertanya
    /// kepadanya", "how do I use this assistant") — whatever else the message tells of the writer or the purpose. The assistant
    /// must be the phrase's subject or object in its clause: named after the phrase's start (or a pronoun for it, once named),
    /// or right before it as its subject; a use phrase takes it as its object right after ("cara bertanya ke asisten"; "cara
    /// bertanya ke asesor", "penggunaan aplikasi evaluasi" are process questions). An assistant named as the addressee
    /// ("asisten, fungsi apa saja yang harus dimiliki tim koordinasi SPBE?", "Mohon asisten jelaskan fungsi apa saja domain
    /// layanan SPBE") is not what is asked. Null when the message asks something of the evaluation (<see cref="AsksOfTheEvaluation"/>:
    /// a number, a level or an indicator asked, an evaluation term in the asked words), or when the clause tells of what the
    /// writer has already done ("layanan apa saja yang sudah kami isi": the writer's own data).
    /// </summary>
    static ChatIntent? BotAsked(string text, Message m, Words w)
    {
        if (AsksOfTheEvaluation(text, m, [], w)) return null;
        var namedBefore = false;
        // The assistant named in a clause with a word besides its name, links and politeness ("Asisten ini sangat membantu"; also
        // "Halo asisten, saya mau tanya" — a bare vocative "asisten, …" is not): a phrase with no subject or object of its own in
        // a later clause asks it of that assistant.
        var toldOf = false;
        ChatIntent? help = null;
        foreach (var clause in Clauses.Split(text))
        {
            var t = Tokens(clause, w);
            if (t.Count == 0) continue;
            var bots = Enumerable.Range(0, t.Count).Where(i => BotNounAt(t, i, w) > 0).ToList();
            var refs = namedBefore || bots.Count > 0
                ? [.. bots, .. Enumerable.Range(0, t.Count).Where(i => w.BotAsked.Pronoun.Singles.Contains(t[i]))]
                : bots;
            namedBefore |= bots.Count > 0;
            var toldBefore = toldOf;
            toldOf |= bots.Count > 0 && t.Any(x => !w.BotAsked.Noun.Vocabulary.Contains(x) && !w.BotAsked.Link.Singles.Contains(x) && !w.Politeness.Vocabulary.Contains(x));
            if (refs.Count == 0)
            {
                // "Saya belum pernah memakai asisten ini. Bisa dijelaskan fungsi apa saja yang tersedia?": the phrase's subject left out.
                // (The message asks nothing of the evaluation: checked at the top.)
                if (toldBefore && LeftOutPhrase(t, w) is { } leftOut)
                {
                    if (leftOut == ChatIntent.Capabilities) return leftOut;
                    help ??= leftOut;
                }
                // "… belum pernah pakai asisten ini. Bisa tolong jelaskan langkah-langkah pakainya?": the "-nya" of the assistant named before.
                if (help is null && toldBefore && UsedNamedBefore(t, w)) help = ChatIntent.Help;
                continue;
            }
            // "layanan apa saja yang sudah kami isi …": what the writer has done is their own data, not the assistant's ("belum pernah
            // memakai asisten ini" tells nothing done).
            var ownDone = new Message(t).Any(w.Own.Whose) && Enumerable.Range(0, t.Count).Any(k => w.BotAsked.OwnDone.Singles.Contains(t[k])
                && !(k > 0 && w.BotAsked.OwnDoneDenied.Singles.Contains(t[k - 1])));
            if (ownDone) continue;
            for (var i = 0; i < t.Count; i++)
            {
                var does = PhraseAt(w.BotAsked.Does, t, i);
                if (does > 0 && refs.FirstOrDefault(r => r >= i || IsSubjectBefore(t, r, i, w), -1) is var r1 and >= 0
                    && !AsksOfTheEvaluation(text, m, Span(t, i, does, r1, w), w))
                    return ChatIntent.Capabilities;
                var use = PhraseAt(w.BotAsked.Use, t, i);
                if (use > 0 && help is null && ObjectAfter(t, i + use, refs, w) is var r2 and >= 0 && !AsksOfTheEvaluation(text, m, Span(t, i, use, r2, w), w))
                    help = ChatIntent.Help;
            }
            // "Bisa jelaskan cara terbaik memakai asisten ini …", "… jelaskan langkah-langkah pakainya": a word of how, and a verb of
            // using whose object is the assistant (right after it) or the thing just named ("-nya").
            if (help is null && new Message(t).Any(w.BotAsked.How) && Enumerable.Range(0, t.Count).Any(i => w.BotAsked.UseVerb.Singles.Contains(t[i])
                    && ((t[i].EndsWith("nya", StringComparison.Ordinal) && namedBefore) || (i + 1 < t.Count && BotNounAt(t, i + 1, w) > 0))))
                help = ChatIntent.Help;
        }
        return help;
    }

    /// <summary>
    /// A does or use phrase with nothing of its own around it in the clause — only words that ask or leave the subject out ("bisa
    /// dijelaskan fungsi apa saja yang tersedia", "bisa dijelaskan bagaimana cara bertanya", up to a word starting a goal clause):
    /// capabilities or help, asked of the assistant named before; null when another word stands there ("fungsi apa saja yang
    /// dimiliki tim …", "cara bertanya kepada asesor eksternal", "cara bertanya sebelum interviu").
    /// </summary>
    static ChatIntent? LeftOutPhrase(List<string> t, Words w)
    {
        for (var i = 0; i < t.Count; i++)
        {
            var does = PhraseAt(w.BotAsked.Does, t, i);
            var use = does > 0 ? 0 : PhraseAt(w.BotAsked.Use, t, i);
            if (does + use == 0) continue;
            if (t.Take(i).All(x => LeftOutWord(x, w)) && NothingOwnUntilGoal(t, i + does + use, w))
                return does > 0 ? ChatIntent.Capabilities : ChatIntent.Help;
        }
        return null;
    }

    /// <summary>
    /// A word of how and a verb of using with no object of its own up to a word starting a goal clause ("langkah-langkah pakainya,
    /// misalnya …" — the slang reads "pakainya" as "pakai"): the use of the thing named before; not "cara pakai aplikasi SRIKANDI".
    /// </summary>
    static bool UsedNamedBefore(List<string> t, Words w) =>
        new Message(t).Any(w.BotAsked.How)
        && Enumerable.Range(0, t.Count).Any(i => w.BotAsked.UseVerb.Singles.Contains(t[i]) && NothingOwnUntilGoal(t, i + 1, w));

    /// <summary>A word that asks or leaves the subject out ("bisa", "dijelaskan", "yang tersedia") or links ("ke", "this").</summary>
    static bool LeftOutWord(string x, Words w) => w.BotAsked.LeftOut.Singles.Contains(x) || w.BotAsked.Link.Singles.Contains(x);

    /// <summary>
    /// From <paramref name="from"/> only left-out words up to a word starting a goal clause ("supaya", "misalnya") or the clause's
    /// end, and no party or term of the evaluation after it ("… supaya siap interviu"). A preposition of the phrase's object
    /// ("kepada", "sebelum", "bagi", "terkait", "untuk") is not a goal word: what follows it is the phrase's own object (r37b finding 2).
    /// </summary>
    static bool NothingOwnUntilGoal(List<string> t, int from, Words w)
    {
        var k = from;
        while (k < t.Count && !GoalAt(t, k, w) && LeftOutWord(t[k], w)) k++;
        if (k < t.Count && !GoalAt(t, k, w)) return false;
        var rest = t.Skip(k).ToList();
        return !rest.Any(w.BotAsked.Party.Singles.Contains) && !NamesEvaluationTerm(new Message(rest), w);
    }

    /// <summary>A word of purpose at <paramref name="k"/> ("untuk", "supaya", "dalam rangka", "kepada").</summary>
    static bool PurposeAt(IReadOnlyList<string> t, int k, Words w) => w.Purpose.Singles.Contains(t[k]) || w.Purpose.PhraseLengthAt(t, k) > 0;

    /// <summary>A word starting a goal or example clause at <paramref name="k"/> ("supaya", "agar", "misalnya", "so that").</summary>
    static bool GoalAt(List<string> t, int k, Words w) => w.BotAsked.Goal.Singles.Contains(t[k]) || w.BotAsked.Goal.PhraseLengthAt(t, k) > 0;

    /// <summary>The length of the assistant's name at <paramref name="i"/> ("asisten", "asisten virtual"; not "Asisten Deputi"); 0 when none.</summary>
    static int BotNounAt(List<string> t, int i, Words w)
    {
        var n = w.BotAsked.Noun.Singles.Contains(t[i]) ? Math.Max(1, w.BotAsked.Noun.PhraseLengthAt(t, i)) : w.BotAsked.Noun.PhraseLengthAt(t, i);
        return n > 0 && i + n < t.Count && w.BotAsked.NotBot.Singles.Contains(t[i + n]) ? 0 : n;
    }

    /// <summary>The length of the phrase or word of <paramref name="list"/> at <paramref name="i"/>; 0 when none.</summary>
    static int PhraseAt(WordList list, List<string> t, int i) => Math.Max(list.PhraseLengthAt(t, i), list.Singles.Contains(t[i]) ? 1 : 0);

    /// <summary>The assistant at <paramref name="r"/> is the subject of the phrase at <paramref name="i"/>: right before it, after "ini" at most ("asisten ini bisa bantu apa").</summary>
    static bool IsSubjectBefore(List<string> t, int r, int i, Words w) =>
        r < i && Enumerable.Range(r + 1, i - r - 1).All(k => w.BotAsked.Link.Singles.Contains(t[k]) || w.BotAsked.Noun.Vocabulary.Contains(t[k]));

    /// <summary>The assistant as the object right after a use phrase ending before <paramref name="end"/> (only "ke", "this" … between); -1 when another word comes first.</summary>
    static int ObjectAfter(List<string> t, int end, List<int> refs, Words w)
    {
        for (var k = end; k < t.Count; k++)
        {
            if (refs.Contains(k)) return k;
            if (!w.BotAsked.Link.Singles.Contains(t[k])) return -1;
        }
        return -1;
    }

    /// <summary>The asked words: from the phrase at <paramref name="i"/> (of <paramref name="length"/> words) to the assistant at <paramref name="r"/> after it.
    /// The assistant before the phrase ("This assistant: what does the evaluation require …") leaves the phrase's object after
    /// it: the rest of the clause, up to a word of purpose, is asked.</summary>
    static List<string> Span(List<string> t, int i, int length, int r, Words w)
    {
        if (r >= i) return t.Skip(i).Take(r + 1 - i).ToList();
        var end = Enumerable.Range(i + length, Math.Max(0, t.Count - i - length)).FirstOrDefault(k => PurposeAt(t, k, w), t.Count);
        return t.Skip(r).Take(end - r).ToList();
    }
}
