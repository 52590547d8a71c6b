namespace SpbeBot.Core.Questions;

public static partial class ChatIntents
{
    /// <summary>
    /// Thanks, a goodbye or a request for help told first, then a statement: "Terima kasih, Admin. Informasinya akan kami teruskan ke Kabid.",
    /// "oke makasih ya, skrg sy udh ngerti cara isi penjelasannya". The opening clauses are read as a message of their own
    /// when the rest asks nothing (no question mark, no question word, no number): the mirror of <see cref="TailTalk"/>.
    /// </summary>
    static ChatIntentResult? OpeningTalk(string text, Words w)
    {
        if (text.Contains('?')) return null;
        var clauses = Clauses.Split(text).Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
        for (var end = 1; end < clauses.Count; end++)
        {
            if (!AsksNothing(clauses.Skip(end), w)) continue;
            var talk = SmallTalk(new Message(Tokens(string.Join(' ', clauses.Take(end)), w)), w, asked: false);
            // "Mohon bantuan, kami baru ditunjuk sebagai pelaksana entri data dan belum paham alurnya.": help asked first, then
            // who is asking and why, asking nothing more.
            if (talk.Intent is ChatIntent.Thanks or ChatIntent.Goodbye or ChatIntent.Help) return talk;
        }
        return null;
    }

    /// <summary>
    /// Clauses told around small talk that ask nothing: no question word, subject or number ("Nanti saya sampaikan ke Kabid"),
    /// or what is now understood, whatever it names ("udh jelas skrg soal ind 14", "jadi jelas bedanya ind 3 sm 23"), as long
    /// as no question word asks more.
    /// </summary>
    static bool AsksNothing(IEnumerable<string> clauses, Words w) => clauses.All(clause =>
    {
        var m = new Message(Tokens(clause, w));
        return m.Any(w.Understood)
            ? !m.Any(w.Questioning)
            : !m.Tokens.Any(t => w.Asking.Singles.Contains(t) || t.Any(char.IsAsciiDigit));
    });

    /// <summary>
    /// The request after its context: a closing clause that alone asks which evidence is still missing ("kami target level 4
    /// di manajemen aset TIK, dokumen apa yang belum ada?"), after clauses that ask nothing (no question mark). Other own
    /// data asked last ("… brp nilainya?", "posisi kita di mana untuk indikator …?") is how described situations end.
    /// </summary>
    static bool AskedLast(string text, ChatIntentResult own, Words w, IEnumerable<string>? opdWords)
    {
        var clauses = Clauses.Split(text).Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
        if (own.Intent != ChatIntent.MissingEvidence || clauses.Count < 2) return false;
        var last = clauses[^1];
        if (text[..text.LastIndexOf(last, StringComparison.Ordinal)].Contains('?')) return false;
        var m = new Message(Tokens(last, w));
        return m.Any(w.Own.ListAsk) && OwnData(last, m, w, opdWords)?.Intent == ChatIntent.MissingEvidence;
    }
}
