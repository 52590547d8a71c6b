using SpbeBot.Core.People;

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
        var clauses = Clauses.Split(text).Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
        for (var end = 1; end < clauses.Count; end++)
        {
            // "ada yg bisa bantu soal evaluasi spbe? sy baru ditunjuk jadi entri data": the request may end in a question mark, the rest not.
            if (Rest(text, clauses, end).Contains('?') || !AsksNothing(clauses.Skip(end), w)) continue;
            var talk = SmallTalk(new Message(Tokens(string.Join(' ', clauses.Take(end)), w)), w, asked: false);
            // "Mohon bantuan, kami baru ditunjuk sebagai pelaksana entri data dan belum paham alurnya.": help asked first, then
            // who is asking and why, asking nothing more; "Selamat sore, saya Fitri dari Bappeda … Baru pertama kali pakai asisten
            // ini …": a greeting, then who is writing.
            if (talk.Intent is ChatIntent.Thanks or ChatIntent.Goodbye or ChatIntent.Help or ChatIntent.Greeting) return talk;
        }
        return clauses.Count == 1 && !text.Contains('?') ? OpeningThanks(Tokens(text, w), w) : null;
    }

    /// <summary>The writer alone: "kami"/"kita" also open a described state of the Pemda's ("Kebijakan … kita sudah ditetapkan").</summary>
    static readonly HashSet<string> Writer = ["saya", "sy", "aku"];

    static readonly System.Text.RegularExpressions.Regex SentenceEnd = new(@"(?<=[.!?])\s+", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// The closing sentence of a message of several, when the sentences before it speak of the writer (<see cref="Writer"/>:
    /// who they are, what they must do) and ask nothing (no question mark, no question word, no number). A described state
    /// ("Kebijakan manajemen data kita sudah ditetapkan … Posisi kita di mana?") names no writer. Null for a single sentence.
    /// </summary>
    static string? ClosingRequest(string text, Words w)
    {
        var sentences = SentenceEnd.Split(text.Trim()).Where(s => s.Length > 0).ToList();
        if (sentences.Count < 2) return null;
        var head = sentences[..^1];
        if (head.Any(s => s.Contains('?')) || !Tokens(string.Join(' ', head), w).Any(Writer.Contains)) return null;
        return AsksNothing(head.SelectMany(s => Clauses.Split(s)).Where(c => c.Trim().Length > 0), w) ? sentences[^1] : null;
    }

    /// <summary>The text from clause <paramref name="end"/> on, its punctuation kept (empty when it cannot be found).</summary>
    static string Rest(string text, List<string> clauses, int end)
    {
        var start = text.IndexOf(clauses[end], text.IndexOf(clauses[end - 1], StringComparison.Ordinal) + clauses[end - 1].Length, StringComparison.Ordinal);
        return start < 0 ? "" : text[start..];
    }

    /// <summary>
    /// "Saya harus ikut rapat tim koordinasi jam 2, jadi cukup dulu ya. Besok saya lanjutkan soal bukti dukung.", "Udah dulu lah
    /// ya lae, awak mau pigi rapat. Jumpa lagi kita!": a clause that alone is a goodbye, among clauses that say why or what
    /// comes next and ask or request nothing (no question mark, no question or request word; a subject named is only told).
    /// </summary>
    static ChatIntentResult? GoodbyeAmong(string text, Words w)
    {
        if (text.Contains('?')) return null;
        var clauses = Clauses.Split(text).Select(c => Tokens(c, w)).Where(c => c.Count > 0).ToList();
        if (clauses.Count < 2 || clauses.Any(c => new Message(c).Any(w.Requesting))) return null;
        return clauses.Any(c => SmallTalk(new Message(c), w, asked: false).Intent == ChatIntent.Goodbye) ? new ChatIntentResult(ChatIntent.Goodbye) : null;
    }

    /// <summary>
    /// "SPBE tu apa kaka? beta baru masuk kantor", "SPBE tu apa e, sa baru pindah ke diskominfo": what SPBE is asked first,
    /// then who is asking, asking nothing more (no further question mark, question word or number).
    /// </summary>
    static ChatIntentResult? WhatIsFirst(string text, Words w)
    {
        var clauses = Clauses.Split(text).Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
        for (var end = 1; end < clauses.Count; end++)
        {
            var rest = Rest(text, clauses, end);
            if (rest.Length == 0 || rest.Contains('?') || !AsksNothing(clauses.Skip(end), w)) continue;
            var talk = SmallTalk(new Message(Tokens(string.Join(' ', clauses.Take(end)), w)), w, asked: true);
            if (talk.Intent == ChatIntent.WhatIsSpbe) return talk;
        }
        return null;
    }

    /// <summary>
    /// "oke terima kasih nanti saya sampaikan ke kepala dinas hasilnya": thanks first and a statement after it with no
    /// punctuation between. Thanks only: a goodbye word also opens answers ("cukup pakai SK bupati").
    /// </summary>
    static ChatIntentResult? OpeningThanks(List<string> tokens, Words w)
    {
        for (var end = 1; end < tokens.Count; end++)
            if (SmallTalk(new Message(tokens[..end]), w, asked: false).Intent == ChatIntent.Thanks && TokensAskNothing(tokens[end..], w))
                return new ChatIntentResult(ChatIntent.Thanks);
        return null;
    }

    /// <summary>
    /// Clauses told around small talk that ask nothing: no question word, subject or number ("Nanti saya sampaikan ke Kabid"),
    /// or what is now understood, whatever it names ("udh jelas skrg soal ind 14", "jadi jelas bedanya ind 3 sm 23"), as long
    /// as no question word asks more.
    /// </summary>
    static bool AsksNothing(IEnumerable<string> clauses, Words w)
    {
        var told = clauses.Select(clause => Tokens(clause, w)).ToList();
        // "tadi saya sempat bingung soal bobot indikator …, sekarang sudah jelas": what one clause says is understood covers
        // what the others name, as long as none asks or requests.
        var messages = told.Select(tokens => new Message(WithoutRelativeWhat(tokens))).ToList();
        if (messages.Any(m => m.Any(w.Understood)) && !messages.Any(m => m.Any(w.Requesting))) return true;
        return told.All(tokens => TokensAskNothing(tokens, w));
    }

    static bool TokensAskNothing(List<string> tokens, Words w)
    {
        var m = new Message(WithoutRelativeWhat(tokens));
        return m.Any(w.Understood)
            ? !m.Any(w.Questioning)
            : !m.Tokens.Any(t => w.Asking.Singles.Contains(t) || t.Any(char.IsAsciiDigit));
    }

    /// <summary>"that's exactly what I needed", "what we wanted": "what" straight before a person names a thing; a question puts its verb between ("what do I need").</summary>
    static List<string> WithoutRelativeWhat(List<string> tokens) =>
        [.. tokens.Where((t, i) => !(t == "what" && i + 1 < tokens.Count && tokens[i + 1] is "i" or "we" or "you" or "they" or "he" or "she"))];

    /// <summary>
    /// "What can you do? Can you also read our uploaded files?": the first clause asks what the bot can do and every later
    /// one asks the bot whether it can do one more thing ("can you", "bisa kamu").
    /// </summary>
    static bool AbilityAskedFirst(string text, Words w)
    {
        var clauses = Clauses.Split(text).Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
        if (clauses.Count < 2 || SmallTalk(new Message(Tokens(clauses[0], w)), w, asked: true).Intent != ChatIntent.Capabilities) return false;
        return clauses.Skip(1).All(c => new Message(Tokens(c, w)) is var m && m.Any(w.Capabilities.Address) && m.Any(w.Capabilities.Can));
    }

    /// <summary>
    /// "Saya admin untuk indikator manajemen risiko; tolong cek bukti dukung apa yang masih belum ada untuk indikator itu.": the
    /// closing clause alone asks which evidence is missing, after clauses that ask nothing with a question mark — whatever
    /// process words they hold ("penilaian mandiri harus dikunci minggu depan").
    /// </summary>
    static ChatIntentResult? MissingAskedLast(string text, Words w, IEnumerable<string>? opdWords, InstansiKind? kind)
    {
        var clauses = Clauses.Split(text).Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
        if (clauses.Count < 2 || !AskedLast(text, ChatIntent.MissingEvidence, w, opdWords, kind)) return null;
        var last = clauses[^1];
        return OwnData(last, new Message(Tokens(last, w)), w, opdWords, kind);
    }

    /// <summary>
    /// The request after its context: a closing clause that alone asks which evidence is still missing ("kami target level 4
    /// di manajemen aset TIK, dokumen apa yang belum ada?") or asks after an upload ("… Tolong cek apakah file itu sudah
    /// diterima dan sudah diverifikasi."), after clauses that ask nothing (no question mark). Other own data asked last
    /// ("… brp nilainya?", "posisi kita di mana untuk indikator …?") is how described situations end.
    /// </summary>
    static bool AskedLast(string text, ChatIntent own, Words w, IEnumerable<string>? opdWords, InstansiKind? kind)
    {
        var clauses = Clauses.Split(text).Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
        if (own is not (ChatIntent.MissingEvidence or ChatIntent.UploadState) || clauses.Count < 2) return false;
        var last = clauses[^1];
        if (text[..text.LastIndexOf(last, StringComparison.Ordinal)].Contains('?')) return false;
        var m = new Message(Tokens(last, w));
        return own == ChatIntent.UploadState
            // "Tolong cek apakah …", not "Bukti firewall … masuk ke mana?" (which indicator it belongs to).
            ? m.Any(w.Own.File) && m.Any(w.Own.State) && m.Any(w.Request)
            : m.Any(w.Own.ListAsk) && OwnData(last, m, w, opdWords, kind)?.Intent == ChatIntent.MissingEvidence;
    }
}
