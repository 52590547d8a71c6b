using System.Text.Json;
using System.Text.Json.Serialization;
using SpbeBot.Core.People;

namespace SpbeBot.Core.Questions;

/// <summary>What a chat message asks that is not a criteria question: the asker's own data, or small talk.</summary>
public enum ChatIntent
{
    /// <summary>Not one of these: a criteria (or process) question.</summary>
    None,
    IndexNow,
    IndexIfTargets,
    MyDeadlines,
    Overdue,
    UploadState,
    MissingEvidence,
    Greeting,
    Thanks,
    WhatIsSpbe,
    Capabilities,
    Help,
    Goodbye,
}

/// <summary>One recognised chat intent.</summary>
/// <param name="Indicator">For missing evidence: the indicator number written in the message ("indikator 32").</param>
/// <param name="Level">For missing evidence: the level written ("level 4").</param>
/// <param name="Pemdi">For "what is": the message asks about Pemdi (Pemerintah Digital), not SPBE.</param>
/// <param name="Upload">For help: the help asked is with sending a file ("ko gak bisa unggah?", "cara upload bukti gmn").</param>
/// <param name="OtherPemda">For the index: another kind of Pemda's index is asked ("indeks spbe provinsi berapa?" in a kabupaten); only our own is held.</param>
public sealed record ChatIntentResult(ChatIntent Intent, int? Indicator = null, int? Level = null, bool Pemdi = false, bool Upload = false, bool OtherPemda = false)
{
    public static readonly ChatIntentResult None = new(ChatIntent.None);

    public bool IsOwnData => Intent is ChatIntent.IndexNow or ChatIntent.IndexIfTargets or ChatIntent.MyDeadlines or ChatIntent.Overdue
        or ChatIntent.UploadState or ChatIntent.MissingEvidence;

    public bool IsSmallTalk => Intent is not ChatIntent.None && !IsOwnData;

    /// <summary>The label used in the tuning sets ("index-now", "what-is-spbe" …).</summary>
    public string Label => ChatIntents.Label(Intent);
}

/// <summary>
/// Recognises the asker's own-data questions ("indeks kita skrg brp?", "bukti sy yg kemarin sdh diverifikasi blm?",
/// "tenggat rencana aksi bappeda kapan aja") and small talk ("makasih min", "SPBE itu apa", "kamu bisa apa"), before
/// the criteria answer. The word lists are data (<c>Lexicon/chat-intents.json</c>); the rules here are few:
/// <list type="bullet">
/// <item>small talk only when every word of the message belongs to that kind of small talk (or is filler), so
/// "halo min, syarat indikator 32 level 4?" stays a criteria question;</item>
/// <item>own data needs a subject word and an "ours / now / mine" word ("indeks" + "kita"), and never takes a question
/// that gives values ("kebijakan 4, tata kelola 3 … indeks?", "indeks 3,28 predikatnya") or asks how something is
/// computed ("cara hitung indeks") — those are criteria questions;</item>
/// <item>a message of <see cref="VetoMinWords"/> words or more read as own data is left to the criteria answer when its
/// nearest labelled messages (<see cref="ChatNeighbours"/>) are questions: described situations mention uploads,
/// statuses and schedules.</item>
/// </list>
/// Pure and deterministic; no I/O after the first load.
/// </summary>
public static partial class ChatIntents
{
    static readonly Lazy<Words> Data = new(Load);

    public static string Label(ChatIntent intent) => intent switch
    {
        ChatIntent.IndexNow => "index-now",
        ChatIntent.IndexIfTargets => "index-if-targets",
        ChatIntent.MyDeadlines => "my-deadlines",
        ChatIntent.Overdue => "overdue",
        ChatIntent.UploadState => "upload-state",
        ChatIntent.MissingEvidence => "missing-evidence",
        ChatIntent.Greeting => "greeting",
        ChatIntent.Thanks => "thanks",
        ChatIntent.WhatIsSpbe => "what-is-spbe",
        ChatIntent.Capabilities => "capabilities",
        ChatIntent.Help => "help",
        ChatIntent.Goodbye => "goodbye",
        _ => "none",
    };

    /// <summary>"index-now" → IndexNow; anything else (criteria kinds, "none", blank) → None.</summary>
    public static ChatIntent Parse(string label) =>
        Enum.GetValues<ChatIntent>().FirstOrDefault(i => i != ChatIntent.None && Label(i) == label.Trim().ToLowerInvariant());

    /// <param name="text">The chat message.</param>
    /// <param name="opdWords">The instansi's OPD names, abbreviations and aliases, normalised (<see cref="TextNormalizer.Normalize"/>): naming one counts as naming the plan.</param>
    /// <param name="neighbours">The labelled messages consulted when the rules find nothing, and that may overrule the rules' own data for a long message (null: the shipped ones; <see cref="ChatNeighbours.Empty"/>: rules only).</param>
    /// <param name="kind">The configured Pemda's kind: a bare "kabupaten"/"pemkab" (or "kota", "provinsi" …) names our own Pemda only when it is
    /// this kind ("indeks pemkab brp?" for a kabupaten); null (no instansi known): none does.</param>
    public static ChatIntentResult Read(string? text, IEnumerable<string>? opdWords = null, ChatNeighbours? neighbours = null, InstansiKind? kind = null)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 500) return ChatIntentResult.None;
        var w = Data.Value;
        text = Capitalised(Unforwarded(text), w);
        var m = new Message(Tokens(text, w));
        if (m.Tokens.Count == 0 || m.Tokens.Count > 40) return ChatIntentResult.None;
        var read = ReadIntent(text, m, w, opdWords, neighbours, kind);
        // Help asked about sending a file is answered with what the bot accepts and how to send it.
        return read.Intent == ChatIntent.Help && m.Any(w.Help.Uploading) ? read with { Upload = true } : read;
    }

    /// <param name="m">The message's words, read once by <see cref="Read"/>.</param>
    static ChatIntentResult ReadIntent(string text, Message m, Words w, IEnumerable<string>? opdWords, ChatNeighbours? neighbours, InstansiKind? kind)
    {
        var tokens = m.Tokens;

        // "… Level for indicator 42?", "lvl 1 ya?", "biar dpt nilai 4": a level asked of an indicator is a criteria question,
        // whatever own-data words the description holds ("upload", "jadwal", "nilai").
        if (AsksLevel(text.ToLowerInvariant())) return ChatIntentResult.None;
        // Built on first use only: the rules decide most messages, and building the shipped index is a fifth of a first answer's CPU.
        ChatNeighbours Shipped() => neighbours ?? ChatNeighbours.Shipped;
        // "sebelum sy tanya2, bot ini bisa bantu apa aja sih? ngitung indeks bisa?": what the bot can do is asked, whatever
        // it names as an example.
        if (AsksAbility(m, w) && SmallTalk(m, w, asked: text.Contains('?')) is { Intent: ChatIntent.Capabilities } ableNow) return ableNow;
        // "What can you do? Can you also read our uploaded files?": more abilities asked of the bot after the question of what it does.
        if (AsksAbility(m, w) && AbilityAskedFirst(text, w)) return new ChatIntentResult(ChatIntent.Capabilities);
        if (IndexAskedShort(text, m, w)) return new ChatIntentResult(ChatIntent.IndexNow);
        // The closing clauses read as a message of their own: once, for capabilities here and for any small talk below.
        var tail = new Lazy<ChatIntentResult?>(() => TailTalk(text, w), LazyThreadSafetyMode.None);
        // "Saya butuh bantuan menyiapkan evaluasi SPBE, bisa dibantu?": the closing "bisa dibantu" asks for the help requested first.
        if (AsksAbility(m, w) && !AsksHelpForMe(m, w) && tail.Value is { Intent: ChatIntent.Capabilities } able) return able;
        if (OwnData(text, m, w, opdWords, kind) is { } own)
        {
            // "Terima kasih, jawaban soal bukti dukung tadi saya teruskan ke operator OPD supaya mereka perbaiki unggahannya":
            // thanks, then what is done with the answer, asking nothing — whatever upload or deadline the statement names.
            if (!text.Contains('?') && OpeningTalk(text, w) is { Intent: ChatIntent.Thanks } thanked) return thanked;
            // A long message the rules read as own data whose nearest labelled messages are criteria or process questions
            // is one of those ("aplikasi pengaduan kita … status bisa dicek … level berapa?" is a described situation),
            // unless its closing clause alone asks the same ("…, dokumen apa yang belum ada?").
            return tokens.Count >= VetoMinWords && Shipped().Nearest(text) == "none" && !AskedLast(text, own.Intent, w, opdWords, kind) ? ChatIntentResult.None : own;
        }
        // "Penilaian mandiri ditutup sebentar lagi … Untuk indikator Inspektorat, dokumen apa yang masih belum kami unggah?": the
        // evaluation named as the reason, then the closing clause alone asks which evidence is missing.
        if (MissingAskedLast(text, w, opdWords, kind) is { } missingLast) return missingLast;
        if (UploadTrouble(m, w)) return new ChatIntentResult(ChatIntent.Help, Upload: true);
        var talk = SmallTalk(m, w, asked: text.Contains('?'));
        if (talk.Intent != ChatIntent.None) return talk;
        if (tail.Value is { } told) return told;
        if (OpeningTalk(text, w) is { } opening) return opening;
        if (WhatIsFirst(text, w) is { } whatIs) return whatIs;
        if (GoodbyeAmong(text, w) is { } goodbye) return goodbye;
        // "Saya Kasubag Program di Diskominfo, sedang menyusun pembagian tugas. Bisa tolong tampilkan indeks SPBE yang sekarang?":
        // who is writing and why, told in sentences that ask nothing, then the request in a sentence of its own — read by the
        // rules alone (the neighbours of a closing clause took described situations' and process questions' endings, wip-31ch).
        if (ClosingRequest(text, w) is { } request
            && ReadIntent(request, new Message(Tokens(request, w)), w, opdWords, ChatNeighbours.Empty, kind) is { Intent: not ChatIntent.None } asked
            // "… Mohon penjelasannya.", "… tugasnya apa?": help or abilities only when the bot or a guide is named (as TailTalk).
            && (asked.Intent is not (ChatIntent.Capabilities or ChatIntent.Help) || tokens.Any(w.BotOrGuide.Singles.Contains)))
            return asked;
        // "Dengan hormat, mohon informasi mengenai layanan apa saja yang dapat diberikan oleh asisten ini dalam mendukung …",
        // "How do I use this assistant? Is there a particular way I should phrase questions?": the assistant named, with what it
        // does or how it is used asked of it, in a message of any length that gives no number and asks no level or indicator.
        if (BotAsked(text, m, w) is { } botAsked) return new ChatIntentResult(botAsked);
        if (WhatIsNamed(text, m, w) is { } whatIsNamed) return whatIsNamed;
        // The rules found nothing: the nearest labelled messages may (a short message only: a long one is a question).
        // Levels or values given ("kalau semua indikator level 3 indeksnya berapa") are arithmetic for the criteria answer.
        // "SK ini akan saya upload, masuk mana?": which indicator a document goes under is the criteria answer, whatever the
        // nearest labelled messages about uploads say.
        if (tokens.Count > MaxNeighbourWords || GivesLevels(m.Tokens) || AsksWhichIndicator(m, w) || Shipped().Guess(text) is not { } label) return ChatIntentResult.None;
        var intent = Parse(label);
        var (indicator, level) = Numbers(m.Tokens);
        return intent switch
        {
            ChatIntent.None => ChatIntentResult.None,
            ChatIntent.UploadState or ChatIntent.MissingEvidence => new ChatIntentResult(intent, indicator, level),
            // "indikator 5 spbe itu apa" resembles "spbe itu apa", but a named indicator makes it a criteria question.
            _ when indicator is not null => ChatIntentResult.None,
            // "indeks provinsi brp?" resembles "indeks kabupaten brp?", but in a kabupaten it asks another government's index.
            ChatIntent.IndexNow or ChatIntent.IndexIfTargets when OtherKindNamed(m, w, kind) => OtherPemdaIndex(m, w, kind) ?? ChatIntentResult.None,
            ChatIntent.WhatIsSpbe when NamesEvaluationTerm(m, w) => ChatIntentResult.None,
            // "Kemampuan apa saja yang ada pada tim asesor internal?" resembles "kemampuan asisten ini apa saja?", but the abilities are the team's.
            ChatIntent.Capabilities when OthersAbility(m, w) => ChatIntentResult.None,
            ChatIntent.WhatIsSpbe => new ChatIntentResult(intent, Pemdi: m.Any(w.WhatIs.Pemdi) && !m.Any(w.WhatIs.Spbe)),
            _ => new ChatIntentResult(intent),
        };
    }

    /// <summary>
    /// "indeks spbe provinsi berapa?" in a kabupaten: the short index value asked ("berapa") with another kind of Pemda in it,
    /// ours not named, and nothing else but words of now, of ours ("provinsi kita" is the province the Pemda lies in, another
    /// government) or of targets met — the index asked of another government, which is not held here (said so, and ours
    /// offered). Null when no Pemda is configured, when our own kind is named too ("indeks spbe kabupaten/kota berapa?" names
    /// no other Pemda), when no value is asked ("bagaimana indeks spbe provinsi?", "predikat indeks spbe provinsi apa?") or
    /// when more is said ("indeks kabupaten tetangga brp?", a name): those stay criteria questions.
    /// </summary>
    static ChatIntentResult? OtherPemdaIndex(Message m, Words w, InstansiKind? kind)
    {
        if (kind is not { } own || !OtherKindOwnsIndex(m, w, kind) || m.Any(w.OwnKind.GetValueOrDefault(own) ?? w.NoWords)
            || !m.Tokens.Contains("berapa") || m.Any(w.Own.PredicateName)
            || !m.All([w.IndexShort, w.Own.Index, w.Filler, w.Own.Whose, w.Own.Now, w.Own.Target, w.Own.Conditional, w.Supposing, .. w.OwnKind.Values]))
            return null;
        var targets = m.Any(w.Own.TargetCore) && (m.Any(w.Own.Conditional) || m.Any(w.Supposing));
        return new ChatIntentResult(targets ? ChatIntent.IndexIfTargets : ChatIntent.IndexNow, OtherPemda: true);
    }

    /// <summary>
    /// A level or an indicator asked ("level berapa", "masuk indikator mana"), or "masuk (yang) mana" of a document ("dokumen
    /// kami ttg SOP … masuk mana?") — not of the asker's own upload ("bukti dukung saya sudah diunggah tapi masuk mana ya?",
    /// "unggahan saya td masuk yg mana"), which asks where the upload went.
    /// </summary>
    static bool AsksCriteria(Message m, Words w) => m.Any(w.CriteriaAsk) || AsksWhichIndicator(m, w);

    /// <summary>"masuk (yang) mana" of a document, not of the asker's own upload.</summary>
    static bool AsksWhichIndicator(Message m, Words w) => m.Any(w.WhichGoesUnder) && !SpeaksOfOwnUpload(m, w);

    /// <summary>
    /// An upload verb, or "sudah masuk" (the file has arrived somewhere) — "sudah" right before "masuk": "bukti jaringan udh
    /// nyambung semua opd masuk mana" says what is done, then asks which indicator.
    /// </summary>
    static bool SpeaksOfOwnUpload(Message m, Words w) =>
        m.Any(w.UploadMade) || UploadMarkedDone(m, w) || m.Tokens.Zip(m.Tokens.Skip(1)).Any(p => p is ("sudah", "masuk"));

    /// <summary>How far before an upload verb a word marking it done or to come is looked for ("sudah kami unggah", "tadi pagi saya upload").</summary>
    const int UploadMarkerReach = 3;

    /// <summary>
    /// An upload verb marked done ("sudah diunggah", "tadi sy upload", "kemarin kami kirim"): the nearest marker within reach
    /// before it is one of done, not of a plan ("mau saya upload, masuk mana?", "kalau saya kirim notulen, masuk mana?" ask
    /// which indicator a document to be sent goes under). An unmarked verb is no upload made.
    /// </summary>
    static bool UploadMarkedDone(Message m, Words w)
    {
        var t = m.Tokens;
        for (var i = 0; i < t.Count; i++)
        {
            if (!w.OwnUpload.Singles.Contains(t[i])) continue;
            for (var j = i - 1; j >= 0 && j >= i - UploadMarkerReach; j--)
            {
                if (w.UploadPlanned.Singles.Contains(t[j])) break;
                if (w.UploadDone.Singles.Contains(t[j])) return true;
            }
        }
        return false;
    }

    /// <summary>The message names a kind of Pemda ("provinsi", "pemkot") other than the configured one (any, when none is configured).</summary>
    static bool OtherKindNamed(Message m, Words w, InstansiKind? kind) => w.OwnKind.Any(p => p.Key != kind && m.Any(p.Value));

    /// <summary>
    /// Another kind named as the index's owner: right after "indeks/nilai (spbe)" ("indeks spbe provinsi berapa?") or followed by
    /// "kita" ("provinsi kita": the province the Pemda lies in). "indeks spbe kita berapa di provinsi?" names the province only
    /// as where the index is read or reported: ours is asked.
    /// </summary>
    static bool OtherKindOwnsIndex(Message m, Words w, InstansiKind? kind)
    {
        var t = m.Tokens;
        for (var i = 0; i < t.Count; i++)
            foreach (var (k, list) in w.OwnKind)
            {
                if (k == kind) continue;
                var length = list.Singles.Contains(t[i]) ? 1 : list.PhraseLengthAt(t, i);
                if (length == 0) continue;
                var afterIndex = (i >= 1 && w.Own.Index.Singles.Contains(t[i - 1]))
                                 || (i >= 2 && t[i - 1] is "spbe" or "pemdi" && w.Own.Index.Singles.Contains(t[i - 2]));
                if (afterIndex || (i + length < t.Count && t[i + length] == "kita")) return true;
            }
        return false;
    }

    // "… lvl?", "lvl 1 ya?", "That's level 1 right?", "lvl 2 cukup?", "biar dpt nilai 4", "nilainya bisa 1 kan?",
    // "Level for indicator 42?", "Level Indikator 39?", "lvl 1 ato 2?" — not "at its target level?", the plan's target.
    // Linear-time like the parser's checks (QuestionParser.Linear): the non-backtracking engine has no look-arounds, so
    // "not after target" is checked on each match, and "nilai 4 but not 4,5" is spelled out as what may follow.
    static bool AsksLevel(string lowered)
    {
        foreach (var match in LevelAsked.EnumerateMatches(lowered))
            if (!AfterTarget(lowered.AsSpan(0, match.Index))) return true;
        return LevelNamed.IsMatch(lowered);
    }

    static readonly System.Text.RegularExpressions.Regex LevelAsked = new(
        @"\b(level|lvl|lv|tingkat)\s*[1-5]?\s*(\?|\bya\b|\bkah\b|\bright\b|\bcukup\b|\bkan\b|$)",
        QuestionParser.Linear, System.Text.RegularExpressions.Regex.InfiniteMatchTimeout);

    static readonly System.Text.RegularExpressions.Regex LevelNamed = new(
        @"\bnilai(nya)?\s+(bisa\s+|dapat\s+)?[1-5]\b([^.,]|[.,](\D|$)|$)"
        + @"|\b(level|lvl|lv|tingkat)\s+((for|untuk|utk|of)\s+)?(indikator|indicator|ind)\.?\s*\d*\s*\?|\b(level|lvl|lv)\s*[1-5]\s*(atau|ato|or|/)\s*[1-5]\b",
        QuestionParser.Linear, System.Text.RegularExpressions.Regex.InfiniteMatchTimeout);

    /// <summary>The text before a level word ends in "target", "targetnya" or "targeted" and a space.</summary>
    static bool AfterTarget(ReadOnlySpan<char> before)
    {
        var trimmed = before.TrimEnd();
        if (trimmed.Length == before.Length) return false;
        foreach (var word in (ReadOnlySpan<string>)["target", "targetnya", "targeted"])
            if (trimmed.EndsWith(word, StringComparison.Ordinal)
                && (trimmed.Length == word.Length || !IsWordChar(trimmed[trimmed.Length - word.Length - 1]))) return true;
        return false;
    }

    static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>From this many words, own data read by the rules is dropped when the nearest labelled messages say "none".</summary>
    public static int VetoMinWords { get; set; } = 12;

    /// <summary>Messages longer than this are never given an intent by their neighbours alone.</summary>
    public static int MaxNeighbourWords { get; set; } = 12;

    /// <summary>
    /// A word of the chat's own rather than of a name: chat slang and regional words ("iraha", "wae", "abdi"), fillers
    /// ("kitu", "lae"), question words and words of whose ("kita", "our"). None is a word of an OPD's name.
    /// </summary>
    internal static bool IsChatWord(string word)
    {
        var w = Data.Value;
        return w.Slang.ContainsKey(word) || w.EvidenceSlang.ContainsKey(word) || w.Filler.Singles.Contains(word) || w.Questioning.Singles.Contains(word) || w.Own.Whose.Singles.Contains(word);
    }

    /// <summary>The recogniser's words for a message (normalised, chat slang expanded): what <see cref="ChatNeighbours"/> compares.</summary>
    internal static List<string> WordsOf(string text) => Tokens(text, Data.Value);

    /// <summary>
    /// What a missing-evidence question says beyond the intent's own words ("bukti manajemen risiko yg kurang" →
    /// "manajemen risiko"), for the criteria matcher to name the indicator; empty when nothing is left.
    /// </summary>
    public static string Topic(string text)
    {
        var w = Data.Value;
        var known = new[] { w.Filler, w.SmallTalkWords, w.WhatIs.Ask, w.Own.File, w.Own.Missing, w.Own.Whose, w.Own.Now, w.Own.State, w.Own.StateOwn, w.Own.Plan };
        var tokens = Tokens(text, w);
        // A word of a phrase goes only where the phrase stands: "data dukung" goes, the "data" of "pusat data" stays.
        var inPhrase = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var length = known.Max(l => l.PhraseLengthAt(tokens, i));
            for (var k = 0; k < length; k++) inPhrase[i + k] = true;
        }
        return string.Join(' ', tokens.Where((t, i) => !inPhrase[i] && !known.Any(l => l.Singles.Contains(t))));
    }

    static ChatIntentResult? OwnData(string text, Message m, Words w, IEnumerable<string>? opdWords, InstansiKind? kind)
    {
        // "dari hasil penilaian mandiri", "tugas evaluasi SPBE kami", "dalam rangka evaluasi": a process word that only says
        // where a figure comes from or whose task it is does not make the message a question about the process.
        var process = ProcessOutsideContext(m, w);
        var target = m.Any(w.Own.Target);
        // Values in the question make it arithmetic (part of the criteria answer), except where they only qualify
        // our own figure: "sudah di atas 2,6 belum?", "ind 21 naik ke lvl 3 sesuai target".
        var givesValues = GivesValues(m.Tokens)
                          && !(m.Any(w.Own.Whose) && m.Any(w.Own.ValueCompare))
                          && !m.Any(w.Own.TargetCore);

        // "proyeksi indeks apabila seluruh target tercapai", "misal semua indikator naik sesuai target, indeks akhirnya berapa?":
        // the index if the plan's targets are met, whatever word of supposing or counting asks it.
        // "rekomendasi dari hasil evaluasi kemarin": a figure named only as where something comes from asks no figure.
        var index = IndexAsked(m, w);
        // "indeks spbe provinsi saat ini berapa?", "… provinsi kita …", "indeks provinsi kalau target tercapai berapa?" in a
        // kabupaten: another kind named and ours not is another Pemda's value, whatever word of now, ours or targets it holds.
        if (index && !givesValues && !AsksFormula(m, w) && !m.Any(w.Own.Past) && !process && OtherPemdaIndex(m, w, kind) is { } other) return other;
        if (index && m.Any(w.Own.TargetCore) && (m.Any(w.Own.Conditional) || m.Any(w.Supposing))
            && !GivesValues(m.Tokens) && !m.Any(w.Own.Past) && !m.Any(w.HowComputed))
            return new ChatIntentResult(ChatIntent.IndexIfTargets);

        // The Pemda's index: "indeks kita skrg brp?", "what would our index be if all targets are met?" — not last year's
        // or a neighbour's ("indeks kabupaten tetangga tahun lalu"), which the store does not hold.
        if (index && !givesValues && !AsksFormula(m, w) && !m.Any(w.Own.Past))
        {
            // "indeks spbe brp?" is ours; "predikat memuaskan itu indeks brp?" asks a predikat's range. A bare "pemkab" names
            // ours only when the Pemda is a kabupaten: "indeks spbe provinsi berapa?" asks of another government.
            var ownKind = kind is { } k && w.OwnKind.TryGetValue(k, out var named) ? named : w.NoWords;
            var ours = m.Any(w.Own.Whose) || m.Any(w.Own.Now) || (m.All(w.IndexShort, ownKind, w.Own.Index, w.Filler) && !m.Any(w.Own.PredicateName));
            if (ours && !process) return new ChatIntentResult(target && !NowAskedApart(text, m, w) ? ChatIntent.IndexIfTargets : ChatIntent.IndexNow);
            if (target && m.Any(w.Own.TargetCore) && m.Any(w.Own.Conditional) && !process)
                return new ChatIntentResult(ChatIntent.IndexIfTargets);
        }

        // "indikator mana yang bukti dukungnya masih kosong?": which indicators lack evidence, a list of the plan's.
        if (!process && WhichLackEvidence(m, w)) return new ChatIntentResult(ChatIntent.MissingEvidence);
        // "… level berapa?", "masuk indikator mana?", "mohon penjelasan tingkat kematangannya": a situation described for
        // the criteria answer, whatever it mentions ("upload", "jadwal", "status").
        if (AsksCriteria(m, w)) return null;
        var (indicator, level) = Numbers(m.Tokens);
        // An OPD named ("tenggat bappeda", "bukti yang diunggah Inspektorat") names the plan and whose uploads.
        var opd = m.Any(w.Own.Opd) || (opdWords is not null && opdWords.Any(o => o.Length > 2 && m.Joined.Contains(" " + o + " ", StringComparison.Ordinal)));
        var plan = m.Any(w.Own.Plan) || opd;
        var mine = m.Any(w.Own.Whose);

        // "file notulen reviu yg kmrn statusnya apa", "Kemarin saya unggah SK … dan notulen reviu. Sudah diperiksa tim asesor
        // internal atau belum?": a process word after a file word of its clause names the file.
        var processOnlyNamesFile = process && ProcessNamesFile(text, w);
        // "kpn aja harus upload? takut kelewat": a deadline feared, not one passed.
        var overdue = m.Any(w.Own.Overdue) && !Feared(m, w);
        // "mohon daftar perangkat daerah yang belum menyampaikan bukti dukung melewati batas waktu": past a deadline named.
        if (overdue && m.Any(w.Own.Deadline) && m.Any(w.Own.File) && !process)
            return new ChatIntentResult(ChatIntent.Overdue);
        // "opd mana aja yg blm ngumpulin padahal udh lewat?": past the deadline is the point, whatever else is missing.
        if (overdue && m.Any(w.Own.File) && (plan || mine) && !process)
            return new ChatIntentResult(ChatIntent.Overdue);
        // "data dukung dinas pendidikan yg blm masuk apa": which are still missing, a list, not the state of one upload.
        if (m.Any(w.Own.File) && m.Any(w.Own.Missing) && m.Any(w.Own.ListAsk) && !process)
            return new ChatIntentResult(ChatIntent.MissingEvidence, indicator, level);
        // Uploads: "bukti sy yg kemarin sdh diverifikasi blm?", "why was my file rejected?".
        // A long message only when its closing clause asks it ("Tadi malam saya mengunggah SK … dari laptop rumah, koneksinya
        // putus-putus. Tolong dicek apakah filenya sudah masuk dan sudah diverifikasi.").
        if (m.Any(w.Own.File) && m.Any(w.Own.State) && (m.Any(w.Own.StateOwn) || opd || m.Tokens.Count <= 6)
            && (m.Tokens.Count <= 25 || AskedLast(text, ChatIntent.UploadState, w, opdWords, kind)) && (!process || processOnlyNamesFile)
            && !TroubleAsked(m, w))
            return new ChatIntentResult(ChatIntent.UploadState, indicator, level);
        // Evidence still missing: "bukti indikator 32 apa yg masih kurang?".
        if (m.Any(w.Own.File) && m.Any(w.Own.Missing) && !process)
            return new ChatIntentResult(ChatIntent.MissingEvidence, indicator, level);
        // Overdue before deadlines: "yang lewat tenggat apa saja" names a deadline too.
        if (overdue && (plan || mine || m.Any(w.Own.Deadline) || m.Any(w.Own.File) || m.Tokens.Count <= 5) && !process)
            return new ChatIntentResult(ChatIntent.Overdue);
        if (m.Any(w.Own.Deadline) && (plan || mine) && !process)
            return new ChatIntentResult(ChatIntent.MyDeadlines);
        // "yg kurang di ind 21 manrisk apa aja", "what's missing for JDIH indicator on our side?": an indicator's gaps asked
        // without a file word. With a level or any other number ("dr lvl 2 ke 3 apa yg kurang", "ind 23 naik ke 5 butuh apa lg?")
        // it is moving up; with a word of purpose or need ("hrs ngatur apa aja biar lengkap") it asks the criteria.
        if (m.Any(w.Own.Missing) && m.Any(w.Own.ListAsk) && m.Any(w.Own.Indicator) && m.Tokens.Count(t => t.Any(char.IsAsciiDigit)) <= 1 && !m.Any(w.Own.Formula)
            && m.Tokens.Count <= MaxNeighbourWords && !process)
            return new ChatIntentResult(ChatIntent.MissingEvidence, indicator);
        return null;
    }

    /// <summary>
    /// "… bahan paparan untuk rapat akhir tahun. Berapa indeks SPBE kita saat ini?": the index is asked now in a clause of its
    /// own, and a word of the plan's horizon ("akhir tahun") stands in another clause — with no "if" and no target itself
    /// ("dgn target level yg udh diset …, indeks akhirnya brp & naik brp dr skrg?" asks the index if targets are met).
    /// </summary>
    static bool NowAskedApart(string text, Message m, Words w) =>
        !m.Any(w.Own.Conditional) && !m.Any(w.Supposing) && !m.Any(w.Own.TargetCore)
        && Clauses.Split(text).Select(c => new Message(Tokens(c, w))).Any(c => c.Any(w.Own.Index) && c.Any(w.Own.Now) && !c.Any(w.Own.Target));

    /// <summary>A word of the index that does not stand right after a word of source or context ("dari hasil evaluasi", "berdasarkan hasil penilaian").</summary>
    static bool IndexAsked(Message m, Words w)
    {
        var tokens = m.Tokens;
        for (var i = 0; i < tokens.Count; i++)
            if ((w.Own.Index.Singles.Contains(tokens[i]) || w.Own.Index.PhraseLengthAt(tokens, i) > 0) && !(i > 0 && w.ProcessContext.Singles.Contains(tokens[i - 1])))
                return true;
        return false;
    }

    /// <summary>"indikator mana yang bukti dukungnya masih kosong", "which indicators still have no evidence": the clause after "which indicators" holds a file word and a word of lacking.</summary>
    static bool WhichLackEvidence(Message m, Words w)
    {
        foreach (var phrase in w.Own.WhichIndicators.Phrases)
        {
            var at = m.Joined.IndexOf(phrase, StringComparison.Ordinal);
            if (at < 0) continue;
            var rest = new Message(m.Joined[(at + phrase.Length)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList());
            if (rest.Any(w.Own.File) && rest.Any(w.Own.Missing) && !GivesLevels(rest.Tokens)) return true;
        }
        return false;
    }

    /// <summary>A word of the formula, except a word of needing asking for the figure itself ("butuh angka indeks kita", "I need our present index").</summary>
    static bool AsksFormula(Message m, Words w)
    {
        if (!m.Any(w.Own.Formula)) return false;
        var tokens = m.Tokens;
        var figure = Enumerable.Range(0, tokens.Count).Where(i => w.Own.Need.Singles.Contains(tokens[i]) && i + 1 < tokens.Count && w.Own.Figure.Singles.Contains(tokens[i + 1])).ToHashSet();
        if (figure.Count == 0) return true;
        return new Message(tokens.Where((_, i) => !figure.Contains(i)).ToList()).Any(w.Own.Formula);
    }

    /// <summary>
    /// "ind kita brp": "ind" written short beside whose and "berapa", and nothing else but filler, is the index asked
    /// short; the chat slang spells it "indikator", which a number or a topic needs ("ind 31 …", "ind manrisk …").
    /// </summary>
    static bool IndexAskedShort(string text, Message m, Words w) =>
        TextNormalizer.Normalize(text).Split(' ').Contains("ind") && m.Tokens.Count <= 5 && m.Tokens.Contains("berapa")
        && (m.Any(w.Own.Whose) || m.Any(w.Own.Now))
        && m.Tokens.All(t => t is "indikator" or "berapa" || w.Own.Whose.Vocabulary.Contains(t) || w.Own.Now.Vocabulary.Contains(t) || w.Filler.Vocabulary.Contains(t));

    /// <summary>A process word of the message that does not stand within four words after a word of context ("dari", "tugas", "oleh": <c>processContext</c>).</summary>
    static bool ProcessOutsideContext(Message m, Words w) => ProcessAt(m.Tokens, w).Any(i => !InContext(m.Tokens, i, w));

    /// <summary>Where the process words (or phrases) of these words start.</summary>
    static IEnumerable<int> ProcessAt(IReadOnlyList<string> tokens, Words w)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            // An indicator's topic that opens with a process word ("pusat data": the data centre, not the central government of the evaluation).
            if (w.ProcessTopics.PhraseLengthAt(tokens, i) > 0) continue;
            if (w.Process.Singles.Contains(tokens[i]) || w.Process.PhraseLengthAt(tokens, i) > 0)
                yield return i;
        }
    }

    /// <summary>The word at <paramref name="at"/> stands within four words after a word of context.</summary>
    static bool InContext(IReadOnlyList<string> tokens, int at, Words w) =>
        Enumerable.Range(Math.Max(0, at - 4), Math.Min(4, at)).Any(k => w.ProcessContext.Singles.Contains(tokens[k]));

    static readonly System.Text.RegularExpressions.Regex Clauses = new(@"[.!?;,\n]+", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// Small talk told after a preamble: "sy staf baru di disdik, dari tadi semua orang ngomongin SPBE. sebenernya SPBE itu
    /// apa?", "sy baru ditunjuk jd operator OPD, mulai dari mana ya pake bot ini?", "oke sip, jadi jelas skrg. makasih
    /// banyak ya". The closing clauses are read as a message of their own, when the opening ones ask nothing (no question
    /// mark, no question word, no number; or they state what is now understood). "SPBE itu apa"'s "itu" may point back at an SPBE named in the preamble.
    /// </summary>
    static ChatIntentResult? TailTalk(string text, Words w)
    {
        var clauses = Clauses.Split(text).Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
        if (clauses.Count < 2) return null;
        for (var start = clauses.Count - 1; start >= 1; start--)
        {
            var head = string.Join(' ', clauses.Take(start));
            var headTokens = Tokens(head, w);
            var headEnd = text.IndexOf(clauses[start - 1], StringComparison.Ordinal) + clauses[start - 1].Length;
            if (text[..Math.Max(0, headEnd)].Contains('?') || !AsksNothing(clauses.Take(start), w)) continue;
            var tokens = Tokens(string.Join(' ', clauses.Skip(start)), w);
            if (tokens.Any(t => t is "itu" or "it") && !tokens.Any(t => w.WhatIs.Spbe.Vocabulary.Contains(t) || w.WhatIs.Pemdi.Vocabulary.Contains(t)))
            {
                var named = new Message(headTokens);
                if (named.Any(w.WhatIs.Pemdi) && !named.Any(w.WhatIs.Spbe)) tokens.Add("pemdi");
                else if (named.Any(w.WhatIs.Spbe)) tokens.Add("spbe");
            }
            var talk = SmallTalk(new Message(tokens), w, asked: text.Contains('?'));
            // "Demikian, kami akhiri sesi ini. Salam.": a closing "salam" after a goodbye signs off.
            if (talk.Intent == ChatIntent.Greeting && new Message(headTokens).Any(w.SmallTalk.Goodbye)) return new ChatIntentResult(ChatIntent.Goodbye);
            // "sy ditunjuk jadi pelaksana entri data, tugasnya apa ya", "Kalau … tidak bisa lewat aplikasi, pakai apa?": after a
            // preamble, what the bot does or how to use it is asked only when the bot or a guide is named.
            if (talk.Intent is ChatIntent.Capabilities or ChatIntent.Help && !Tokens(text, w).Any(w.BotOrGuide.Singles.Contains)) continue;
            if (talk.Intent != ChatIntent.None) return talk;
        }
        return null;
    }

    /// <summary>Every overdue word of the message stands within four words after a word of fear ("takut kelewat", "jangan sampai telat").</summary>
    static bool Feared(Message m, Words w)
    {
        var tokens = m.Tokens;
        var fearAt = Enumerable.Range(0, tokens.Count).Where(i => w.Own.Fear.Singles.Contains(tokens[i])
            || w.Own.Fear.Phrases.Any(p => (" " + string.Join(' ', tokens.Skip(i)) + " ").StartsWith(p, StringComparison.Ordinal))).ToList();
        if (fearAt.Count == 0) return false;
        var overdueAt = Enumerable.Range(0, tokens.Count).Where(i => w.Own.Overdue.Singles.Contains(tokens[i])).ToList();
        return overdueAt.Count > 0 && overdueAt.All(i => fearAt.Any(f => f < i && i - f <= 4))
               && !w.Own.Overdue.Phrases.Any(p => m.Joined.Contains(p, StringComparison.Ordinal) && !p.Trim().Split(' ').All(w.Own.Overdue.Singles.Contains));
    }

    /// <summary>
    /// Every process word of the message stands after a file word of its clause ("file notulen reviu", "saya unggah SK … dan
    /// notulen reviu"), after a check asked of it ("sudah diperiksa tim asesor …": <c>own.checkedBy</c>), or after a word of
    /// context.
    /// </summary>
    static bool ProcessNamesFile(string text, Words w) =>
        Clauses.Split(text).Select(c => Tokens(c, w)).All(tokens =>
            ProcessAt(tokens, w).All(i => InContext(tokens, i, w) || tokens.Take(i).Any(w.Own.File.Singles.Contains)
                                          || new Message(tokens.Take(i).ToList()).Any(w.Own.CheckedBy)));

    static ChatIntentResult SmallTalk(Message m, Words w, bool asked)
    {
        // "SPBE itu apa", "apa kepanjangan SPBE", "what is Pemdi".
        var spbe = m.Any(w.WhatIs.Spbe);
        var pemdi = m.Any(w.WhatIs.Pemdi);
        // "Boleh dijelaskan dulu SPBE itu apa, biar saya nggak bingung di rapat?": why it is asked does not change what is asked.
        var whatIs = WithoutPurpose(m, w, w.WhatIs.Spbe, w.WhatIs.Pemdi);
        // A greeting or polite opening may come first: "halo, bot ini bisa bantu apa aja?".
        if ((spbe || pemdi) && !NamesEvaluationTerm(whatIs, w) && (whatIs.Any(w.WhatIs.AskCore) || (asked && whatIs.All(w.WhatIs.Spbe, w.WhatIs.Pemdi, w.Filler)))
            && whatIs.All(w.WhatIs.Spbe, w.WhatIs.Pemdi, w.WhatIs.Ask, w.Filler, w.Politeness))
            return new ChatIntentResult(ChatIntent.WhatIsSpbe, Pemdi: pemdi && !spbe);

        // "can you help me with the SPBE stuff?", "Can you help me with our SPBE evaluation prep?", "bisa bantu sy ga? bingung
        // ngisi monev": help asked for the asker, naming no ability and asking nothing else, is a request for help.
        if (AsksHelpForMe(m, w)) return new ChatIntentResult(ChatIntent.Help);
        var purposeless = WithoutPurpose(m, w, w.Capabilities.Address);
        // "bisa bantu cek tenggat saya?": tasks named of the asker's own data ("saya", "kami", "kita") with the bot not addressed
        // ask for that data; "Apakah asisten ini bisa … mengecek bukti dukung kami?" still asks what the bot does. Only the
        // asker's pronouns count: "fitur apa aja yg ada disini" names the place, not the asker's data.
        var ownTasks = purposeless.Any(w.Capabilities.Asker) && !purposeless.Any(w.Capabilities.Address);
        if (AsksAbility(purposeless, w) && !OthersAbility(purposeless, w) && ((!ownTasks && purposeless.All(w.Capabilities.Words, w.Capabilities.Core, w.Capabilities.Address, w.Capabilities.Can, w.Filler, w.Politeness)) || AsksWhichAbility(m, w)))
            return new ChatIntentResult(ChatIntent.Capabilities);
        if (purposeless.Any(w.Help.Core) && !m.Any(w.SmallTalk.Thanks) && purposeless.All(w.Help.Words, w.Help.Core, w.Filler, w.Politeness))
            return new ChatIntentResult(ChatIntent.Help);

        var talk = w.SmallTalk;
        // "halo, sy operator baru dr disdukcapil", "assalamualaikum, sy rina dr dinas perpustakaan, salam kenal": a greeting
        // with the sender introducing themselves, asking nothing.
        if (m.Any(talk.Greeting) && !asked && Introduces(m, w)) return new ChatIntentResult(ChatIntent.Greeting);
        if (m.All(talk.Greeting, talk.Thanks, talk.Goodbye, w.SmallTalkWords, w.Filler, w.Politeness))
        {
            if (m.Any(talk.Goodbye)) return new ChatIntentResult(ChatIntent.Goodbye);
            if (m.Any(talk.Thanks)) return new ChatIntentResult(ChatIntent.Thanks);
            if (m.Any(talk.Greeting)) return new ChatIntentResult(ChatIntent.Greeting);
        }
        return ChatIntentResult.None;
    }

    /// <summary>
    /// "program kerja TKS", "SK TKS": an abbreviation written in capitals in a message that is not all capitals is the
    /// Pemda's name for something ("TKS" = Tim Koordinasi SPBE), not chat slang ("tks" = thanks); it is spelled out.
    /// </summary>
    static string Capitalised(string text, Words w)
    {
        if (!text.Any(char.IsLower)) return text;
        foreach (var (abbreviation, meaning) in w.Capitalised)
            if (text.Contains(abbreviation, StringComparison.Ordinal))
                text = System.Text.RegularExpressions.Regex.Replace(text, $@"\b{System.Text.RegularExpressions.Regex.Escape(abbreviation)}\b", meaning, System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        return text;
    }

    /// <summary>
    /// "What is the definition of Evaluasi SPBE?", "Pemantauan SPBE itu apa?", "maksud Tim Asesor Internal": a term of the
    /// evaluation itself (<c>process</c>, beyond the words a what-is question may hold, "menurut peraturan") is what is asked — a
    /// process question, not what SPBE is. Pemdi named keeps its own "evaluasi kinerja pemerintah digital".
    /// </summary>
    static bool NamesEvaluationTerm(Message m, Words w) =>
        !m.Any(w.WhatIs.Pemdi)
        && (m.Tokens.Any(t => w.Process.Singles.Contains(t) && !w.WhatIs.Ask.Vocabulary.Contains(t)) || w.Process.Phrases.Any(p => m.Joined.Contains(p, StringComparison.Ordinal)));

    /// <summary>
    /// "mohon petunjuk tata cara penggunaan asisten ini untuk keperluan persiapan evaluasi SPBE", "Asisten ini bisa membantu apa
    /// saja untuk pekerjaan seperti itu?": the message without what the bot, once named, is asked for — from a word of
    /// purpose on, when no number follows ("bot ini bisa bantu apa untuk indikator 5" is about that indicator).
    /// </summary>
    static Message WithoutPurpose(Message m, Words w, params WordList[] subjects)
    {
        var tokens = m.Tokens;
        // The subject asked of: the bot ("asisten", "kamu", "chat ini"), or SPBE for what it is.
        var bot = Enumerable.Range(0, tokens.Count).FirstOrDefault(i => subjects.Any(s => s.Singles.Contains(tokens[i]) || s.PhraseLengthAt(tokens, i) > 0), -1);
        if (bot < 0) return m;
        for (var i = bot + 1; i < tokens.Count; i++)
            if (PurposeAt(tokens, i, w))
                return tokens.Skip(i).Any(t => t.Any(char.IsAsciiDigit)) ? m : new Message([.. tokens.Take(i)]);
        return m;
    }

    /// <summary>
    /// The one check both chat rules that read a longer message (<see cref="BotAsked"/>, <see cref="WhatIsNamed"/>) make before
    /// answering as chat: the message gives a number, asks a level or an indicator, or the asked words (<paramref name="asked"/>:
    /// the phrase and what it is asked of) name an evaluation term or "indikator" — then it is a criteria or process question.
    /// </summary>
    static bool AsksOfTheEvaluation(string text, Message m, List<string> asked, Words w) =>
        text.Any(char.IsAsciiDigit) || AsksCriteria(m, w) || GivesLevels(m.Tokens)
        || (asked.Count > 0 && (NamesEvaluationTerm(new Message(asked), w) || asked.Any(w.BotAsked.EvaluationNoun.Singles.Contains)));

    /// <summary>
    /// "Kemampuan apa saja yang ada pada tim asesor internal?", "… yang harus dimiliki tim asesor internal?": the abilities asked
    /// belong to whom a word of having ("pada", "dimiliki", "milik", "dari") names after it — a party or term of the evaluation, no
    /// assistant or guide after it ("fitur yang tersedia pada asisten ini" stays the assistant's). r37b finding 4.
    /// </summary>
    static bool OthersAbility(Message m, Words w)
    {
        var t = m.Tokens;
        for (var i = 0; i < t.Count; i++)
        {
            if (!w.Capabilities.OwnerLink.Singles.Contains(t[i])) continue;
            var after = t.Skip(i + 1).ToList();
            if (!after.Any(w.BotOrGuide.Singles.Contains) && !after.Any(w.BotAsked.Noun.Vocabulary.Contains)
                && (after.Any(w.BotAsked.Party.Singles.Contains) || NamesEvaluationTerm(new Message(after), w)))
                return true;
        }
        return false;
    }

    /// <summary>What the bot can do is asked: a word of its abilities ("bisa apa", "fitur"), or the bot addressed with "can" ("kamu bisa …", "can you …").</summary>
    static bool AsksAbility(Message m, Words w) => m.Any(w.Capabilities.Core) || (m.Any(w.Capabilities.Address) && m.Any(w.Capabilities.Can));

    /// <summary>
    /// "Kamu bisa bantu cek progress OPD gak, atau cuma jawab pertanyaan?", "Can you calculate our index or only explain the
    /// indicators?": the bot addressed with "can" and one ability set against another ("atau cuma", "or only") asks what it
    /// does, whatever the abilities named. Not with a number: "… indikator 5 atau cuma …" is about that indicator.
    /// </summary>
    static bool AsksWhichAbility(Message m, Words w) =>
        m.Any(w.Capabilities.Address) && m.Any(w.Capabilities.Can) && m.Any(w.Capabilities.OrOnly) && !m.Tokens.Any(t => t.Any(char.IsAsciiDigit));

    /// <summary>Help for the asker ("help me", "bantu saya"), no thanks ("sangat membantu kami"), no ability of the bot named, no question word, no number.</summary>
    static bool AsksHelpForMe(Message m, Words w)
    {
        if (!m.Any(w.Help.ForMe) || m.Any(w.SmallTalk.Thanks) || m.Any(w.Capabilities.OrOnly)
            || m.Tokens.Any(t => w.Questioning.Singles.Contains(t) || t.Any(char.IsAsciiDigit))) return false;
        // "can you help me", "bisa bantu saya", "butuh bantuan …, bisa dibantu?": the words of ability around the help asked belong to the request.
        var rest = w.Help.ForMe.Phrases.Concat(w.Help.Request.Phrases)
            .Aggregate(m.Joined, (joined, phrase) => joined.Replace(phrase, " ", StringComparison.Ordinal));
        return !new Message([.. rest.Split(' ', StringSplitOptions.RemoveEmptyEntries)]).Any(w.Capabilities.Core);
    }

    /// <summary>"sy operator baru dr disdukcapil", "I am Rina from Bappeda", "sy operator dinas pertanian": a self word, then "from" or a role within five words,
    /// or "from" or a role signed off with "here"; no number, no question word.</summary>
    static bool Introduces(Message m, Words w)
    {
        var tokens = m.Tokens;
        if (tokens.Count > 20 || tokens.Any(t => t.Any(char.IsAsciiDigit) || w.Asking.Singles.Contains(t))) return false;
        // "Hi there, Kevin from the smart-city team here.", "consultant for Pemprov … here": who is writing, signed off at the end.
        if (tokens.Count > 0 && w.Introduction.SignOff.Singles.Contains(tokens[^1])
            && tokens.Any(t => w.Introduction.From.Singles.Contains(t) || w.Introduction.Role.Singles.Contains(t))) return true;
        for (var i = 0; i < tokens.Count; i++)
            if (w.Introduction.Self.Singles.Contains(tokens[i]) || w.Introduction.Self.Phrases.Any(p => m.Joined.IndexOf(p, StringComparison.Ordinal) >= 0 && p.Trim().Split(' ')[0] == tokens[i]))
                if (tokens.Skip(i + 1).Take(5).Any(t => w.Introduction.From.Singles.Contains(t) || w.Introduction.Role.Singles.Contains(t))) return true;
        return false;
    }

    /// <summary>A level ("level 3", "lvl 4") or a decimal value ("2,6") written in the question; an indicator number alone is not.</summary>
    static bool GivesLevels(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Contains('.') && decimal.TryParse(t, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _)) return true;
            if ((ChatVocabulary.LevelWords.Contains(t) || t is "lvl" or "lv") && i + 1 < tokens.Count && (int.TryParse(tokens[i + 1], out _) || ChatVocabulary.NumberWords.ContainsKey(tokens[i + 1]))) return true;
        }
        return false;
    }

    /// <summary>Levels or index values written in the question ("level 3", "3,28", "tata kelola 3"): arithmetic, not own data.</summary>
    static bool GivesValues(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Contains('.') && decimal.TryParse(t, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _)) return true;
            // "rapat jam 2": a time of day, not a value.
            if (int.TryParse(t, out var n) && n is < 2000 or > 2100 && !(i > 0 && tokens[i - 1] is "jam" or "pukul" or "at")) return true;
            if (ChatVocabulary.LevelWords.Contains(t) && i + 1 < tokens.Count && ChatVocabulary.NumberWords.ContainsKey(tokens[i + 1])) return true;
        }
        return false;
    }

    /// <summary>"indikator 32 level 4", "ind 32 l4", "bukti 32 L4": the indicator and level written as numbers.</summary>
    static (int? Indicator, int? Level) Numbers(IReadOnlyList<string> tokens)
    {
        int? indicator = null, level = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!int.TryParse(tokens[i], out var n) || n is >= 2000 and <= 2100) continue;
            var before = i > 0 ? tokens[i - 1] : "";
            if (ChatVocabulary.LevelWords.Contains(before) || before is "lvl" or "lv")
            {
                if (n is >= 1 and <= 5) level ??= n;
            }
            else if (n is >= 1 and <= 99) indicator ??= n;
        }
        return (indicator, level);
    }

    // "s p b e itu singkatan dari apa", "apa yang dimaksud dengan es pe be e", "S.P.B.E": SPBE spelled out letter by letter,
    // or by the letters' Indonesian names.
    static readonly System.Text.RegularExpressions.Regex SpelledSpbe = new(
        @"\b(s|es)[\s.\-]+(p|pe)[\s.\-]+(b|be)[\s.\-]+e\b",
        QuestionParser.Linear | System.Text.RegularExpressions.RegexOptions.IgnoreCase, System.Text.RegularExpressions.Regex.InfiniteMatchTimeout);

    static List<string> Tokens(string text, Words w)
    {
        var tokens = new List<string>();
        var raw = TextNormalizer.Tokenize(SpelledSpbe.Replace(text, "SPBE")).ToList();
        for (var k = 0; k < raw.Count; k++)
        {
            var token = raw[k];
            // "deadline2", "target2": the chat way of writing a plural.
            var t = token.Length > 3 && token[^1] == '2' && char.IsLetter(token[^2]) ? token[..^1] : token;
            // "pagii", "halooo", "makasihhh": a small-talk word with its last letter held.
            if (t.Length >= 4 && t[^1] == t[^2] && !w.SmallTalkVocabulary.Contains(t) && t.TrimEnd(t[^1]) + t[^1] is var held && w.SmallTalkVocabulary.Contains(held)) t = held;
            // "danke e kaka", "indeks e saiki piro": the eastern particle "e" before an address word, or the Javanese "-e" written
            // apart before a chat word, joined to it by the tokenizer ("e planning" → "eplanning").
            if (t.Length > 3 && t[0] == 'e' && (w.Filler.Singles.Contains(w.Slang.GetValueOrDefault(t[1..], t[1..])) || w.Slang.ContainsKey(t[1..]))) t = t[1..];
            // "udh dl ya", "cabut dl": after a goodbye word "dl" is "dulu".
            if (tokens.Count > 0 && w.GoodbyeSlang.TryGetValue(t, out var afterGoodbye) && (w.SmallTalk.Goodbye.Vocabulary.Contains(tokens[^1]) || tokens[^1] == "sudah")) t = afterGoodbye;
            // "hlo mn asisten ad ga": after a greeting word "mn" is "min", elsewhere it may be "mana" ("di mn").
            if (tokens.Count > 0 && w.GreetingSlang.TryGetValue(t, out var afterGreeting) && w.SmallTalk.Greeting.Vocabulary.Contains(tokens[^1])) t = afterGreeting;
            // "ko bisa bikin apa sa?": "ko" is "kamu" right before "bisa" with what it can do asked after it; elsewhere "kok"
            // ("ko gak bisa unggah?", "ko bisa gitu?") or Minang "ini" ("asisten ko"), by the slang.
            if (w.AddressSlang.TryGetValue(t, out var addressed) && k + 1 < raw.Count && w.Capabilities.Can.Singles.Contains(w.Slang.GetValueOrDefault(raw[k + 1], raw[k + 1]))
                && raw.Skip(k + 2).Any(r => w.Questioning.Singles.Contains(w.Slang.GetValueOrDefault(r, r)))) t = addressed;
            // "apo se nan bisa dibantu dek asisten ko?": Minang "ko" after the bot named is "ini".
            else if (tokens.Count > 0 && w.AfterAddressSlang.TryGetValue(t, out var demonstrative) && w.Capabilities.Address.Singles.Contains(tokens[^1])) t = demonstrative;
            // "indks", "trgt", "upld": a chat word written without its vowels ("kr" is read below, only beside evidence).
            else if (!w.EvidenceSlang.ContainsKey(t) && Vowelless(t, w) is { } spelled) t = spelled;
            if (w.Slang.TryGetValue(t, out var expanded))
                tokens.AddRange(expanded.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            else tokens.Add(t);
        }
        // "bkt dkg kr ap aj": "kr" is "kurang" beside a word of evidence; "nilai indikator 12 kr dari target?", "tenggat kr berapa
        // hari lagi?" ask no missing evidence.
        if (tokens.Any(w.EvidenceWords.Singles.Contains))
            for (var i = 0; i < tokens.Count; i++)
                if (w.EvidenceSlang.TryGetValue(tokens[i], out var kurang)) tokens[i] = kurang;
        // "lewat mana", "lewat WA", "lewat aplikasi": "lewat" is "via" before a way of sending, not "past the deadline".
        for (var i = 0; i + 1 < tokens.Count; i++)
            if (tokens[i] == "lewat" && w.Channels.Singles.Contains(tokens[i + 1])) tokens[i] = "via";
        // "mohon maaf mengganggu waktunya": "mohon" (read as the request word "tolong") before "maaf" is an apology, not a request for help.
        for (var i = tokens.Count - 2; i >= 0; i--)
            if (tokens[i] == ChatVocabulary.Request && tokens[i + 1] == "maaf") tokens.RemoveAt(i);
        // "rapat jam 2 nanti", "nanti sore": later today, not "when the targets are met".
        for (var i = tokens.Count - 1; i >= 0; i--)
            if (tokens[i] == "nanti" && LaterToday(tokens, i, w)) tokens.RemoveAt(i);
        return tokens;
    }

    static bool LaterToday(List<string> tokens, int i, Words w) =>
        (i + 1 < tokens.Count && w.TimeOfDay.Singles.Contains(tokens[i + 1]))
        || (i >= 2 && tokens[i - 2] is "jam" or "pukul" && int.TryParse(tokens[i - 1], out _));

    /// <summary>The message's words, and the same joined with spaces around each for phrase lookups.</summary>
    sealed class Message(List<string> tokens)
    {
        public IReadOnlyList<string> Tokens { get; } = tokens;
        public string Joined { get; } = " " + string.Join(' ', tokens) + " ";

        public bool Any(WordList list) => list.Singles.Overlaps(Tokens) || list.Phrases.Any(p => Joined.Contains(p, StringComparison.Ordinal));

        /// <summary>Every word of the message is a word of one of the lists (phrases count word by word).</summary>
        public bool All(params WordList[] lists) => Tokens.All(t => lists.Any(l => l.Vocabulary.Contains(t)));
    }

    /// <summary>A list of words and phrases: single words in a set, phrases as " a b " for a substring test.</summary>
    sealed class WordList
    {
        public HashSet<string> Singles { get; } = [];
        public List<string> Phrases { get; } = [];
        public HashSet<string> Vocabulary { get; } = [];
        /// <summary>The phrases' words, split once rather than at every message.</summary>
        readonly List<string[]> _phraseWords = [];

        public WordList(IEnumerable<string>? entries)
        {
            foreach (var entry in entries ?? [])
            {
                var normal = TextNormalizer.Normalize(entry);
                if (normal.Length == 0) continue;
                if (normal.Contains(' ')) { Phrases.Add(" " + normal + " "); _phraseWords.Add(normal.Split(' ')); }
                else Singles.Add(normal);
                foreach (var word in normal.Split(' ')) Vocabulary.Add(word);
            }
        }

        /// <summary>The number of words of the longest phrase of this list that starts at <paramref name="tokens"/>[<paramref name="at"/>]; 0 when none does.</summary>
        public int PhraseLengthAt(IReadOnlyList<string> tokens, int at)
        {
            var longest = 0;
            foreach (var words in _phraseWords)
                if (words.Length > longest && at + words.Length <= tokens.Count && words.Select((word, k) => tokens[at + k] == word).All(same => same))
                    longest = words.Length;
            return longest;
        }
    }

    sealed class Words
    {
        public required Dictionary<string, string> Slang { get; init; }
        /// <summary>Abbreviations that mean something else when written in capitals ("TKS" → "tim koordinasi spbe").</summary>
        public required Dictionary<string, string> Capitalised { get; init; }
        public required WordList Filler { get; init; }
        public required WordList SmallTalkWords { get; init; }
        public required WordList Process { get; init; }
        public required WordList IndexShort { get; init; }
        /// <summary>The words that name our own Pemda by its kind ("pemkab" for a kabupaten).</summary>
        public required Dictionary<InstansiKind, WordList> OwnKind { get; init; }
        public WordList NoWords { get; } = new([]);
        public required WordList CriteriaAsk { get; init; }
        /// <summary>"masuk (yang) mana": which indicator a document goes under — unless the message speaks of its own upload.</summary>
        public required WordList WhichGoesUnder { get; init; }
        /// <summary>Sending a file ("diunggah", "unggahan", "kirim"): "… sudah diunggah tapi masuk mana?" asks where an upload went.</summary>
        public required WordList OwnUpload { get; init; }
        /// <summary>A file already sent, named as such ("unggahan"): where it went is asked, whatever the words around it.</summary>
        public required WordList UploadMade { get; init; }
        /// <summary>Words before an upload verb that mark it done ("sudah", "tadi", "kemarin").</summary>
        public required WordList UploadDone { get; init; }
        /// <summary>Words before an upload verb that mark it to come ("mau", "akan", "kalau"): no upload made yet.</summary>
        public required WordList UploadPlanned { get; init; }
        public required WordList Politeness { get; init; }
        /// <summary>Ways of sending or reaching ("mana", "wa", "aplikasi"): after "lewat" it means "via".</summary>
        public required WordList Channels { get; init; }
        /// <summary>Channels that are this chat ("bot", "sini"): naming one names no other system (<see cref="UploadTrouble"/>).</summary>
        public required WordList ChannelsHere { get; init; }
        /// <summary>The bot or a guide named: after a preamble, capabilities and help are asked only with one of these.</summary>
        public required WordList BotOrGuide { get; init; }
        /// <summary>Words of supposing or counting that ask the index if the targets are met ("misal", "dihitung").</summary>
        public required WordList Supposing { get; init; }
        /// <summary>Words asking how the index is computed: a criteria question, not the index if targets are met.</summary>
        public required WordList HowComputed { get; init; }
        /// <summary>Words after which a process word only says where something comes from or what it is part of.</summary>
        public required WordList ProcessContext { get; init; }
        /// <summary>An indicator's topics that open with a process word ("pusat data"): no process word there.</summary>
        public required WordList ProcessTopics { get; init; }
        /// <summary>Words that make a clause a question of its own: a message whose opening clauses hold one is not small talk by its tail.</summary>
        public required WordList Asking { get; init; }
        /// <summary>The question words of <see cref="Asking"/> alone ("apa", "kapan", "which"), without its subjects ("level", "bukti").</summary>
        public required WordList Questioning { get; init; }
        /// <summary>The question and request words of <see cref="Asking"/> ("apa", "tolong", "syarat"): a clause that only names a subject ("besok saya lanjut soal bukti dukung") asks nothing by it.</summary>
        public required WordList Requesting { get; init; }
        /// <summary>The request words of <see cref="Asking"/> alone ("tolong", "mohon"): a closing clause with one asks something done.</summary>
        public required WordList Request { get; init; }
        /// <summary>Words opening what the bot is asked for ("untuk keperluan …", "terkait …", "supaya …"): the purpose does not change what is asked.</summary>
        public required WordList Purpose { get; init; }
        /// <summary>Words of having understood ("jelas", "paham", "clear"): a clause that states it asks nothing, whatever indicator it names.</summary>
        public required WordList Understood { get; init; }
        /// <summary>Times of day: "nanti" beside one ("rapat jam 2 nanti", "nanti sore") is later today, not the plan's horizon.</summary>
        public required WordList TimeOfDay { get; init; }
        /// <summary>Slang read differently after a goodbye word ("udh dl ya": "dl" is "dulu", elsewhere "deadline").</summary>
        public required Dictionary<string, string> GoodbyeSlang { get; init; }
        /// <summary>Slang read differently after a greeting word ("hlo mn": "mn" is "min", elsewhere it may be "mana").</summary>
        public required Dictionary<string, string> GreetingSlang { get; init; }
        /// <summary>Slang that addresses the bot only right before a word of ability with a question after it ("ko bisa bikin apa
        /// sa?": "ko" is "kamu"); elsewhere it is read by <see cref="Slang"/> ("ko gak bisa unggah?", "ko bisa gitu?": "kok").</summary>
        public required Dictionary<string, string> AddressSlang { get; init; }
        /// <summary>Slang read only in a message naming evidence ("bkt dkg kr ap aj": "kr" is "kurang"; "nilai indikator 12 kr dari
        /// target?" is left as written).</summary>
        public required Dictionary<string, string> EvidenceSlang { get; init; }
        /// <summary>Slang read so right after a word naming the bot (Minang "asisten ko": "ko" is "ini").</summary>
        public required Dictionary<string, string> AfterAddressSlang { get; init; }
        public required WordList EvidenceWords { get; init; }
        public required (WordList Greeting, WordList Thanks, WordList Goodbye) SmallTalk { get; init; }
        public required (WordList Spbe, WordList Pemdi, WordList Ask, WordList AskCore) WhatIs { get; init; }
        /// <summary>The words around SPBE asked in one clause (<see cref="WhatIsNamed"/>): a word of knowing or explaining before it, "itu",
        /// "sebenarnya", "apa", "pengertian", the English "means/is"; "saja" after "apa" (a list asked), "apa itu", "what", and the
        /// words naming a source ("menurut", "perpres") that make the definition a regulation's.</summary>
        public required (WordList Lead, WordList That, WordList Really, WordList What, WordList Meaning, WordList EnglishIs, WordList ListAsked, WordList WhatThat, WordList EnglishWhat, WordList Source) WhatIsAsked { get; init; }
        public required (WordList Core, WordList Words, WordList Address, WordList Can, WordList OrOnly, WordList Asker, WordList OwnerLink) Capabilities { get; init; }
        /// <summary>The assistant named as a thing ("asisten ini", "this assistant", "bot"), what it does asked of it ("apa saja yang
        /// bisa", "fungsi apa", "what can") and how it is used ("tata cara penggunaan", "cara bertanya", "how do I use"):
        /// <see cref="BotAsked"/>; a word after the noun that makes it someone else ("Asisten Deputi"), a pronoun for the assistant named
        /// before ("kepadanya", "it"), the words that may stand between a use phrase and the assistant ("ke", "this"), a noun of the
        /// evaluation ("indikator") and a word of something already done ("sudah") that with "kami" makes the writer's own data unless
        /// a denial stands right before it ("belum pernah"); the words that may stand around a phrase whose subject or object is left
        /// out, the assistant named in an earlier clause ("bisa dijelaskan fungsi apa saja yang tersedia"), the words that start a goal clause
        /// after such a phrase ("supaya", "misalnya") and the parties of the evaluation that give it an object of its own ("tim", "asesor").</summary>
        public required (WordList Noun, WordList Does, WordList Use, WordList How, WordList UseVerb, WordList NotBot, WordList Pronoun, WordList Link, WordList EvaluationNoun, WordList OwnDone, WordList OwnDoneDenied, WordList LeftOut, WordList Goal, WordList Party) BotAsked { get; init; }
        /// <summary>A sender introducing themselves: a self word ("sy", "I am"), then "from" ("dr", "dari", "di") or a role ("operator", "staf");
        /// or "from" or a role, then a closing sign-off word ("Kevin from the smart-city team here").</summary>
        public required (WordList Self, WordList From, WordList Role, WordList SignOff) Introduction { get; init; }
        /// <summary>Every single word of the lexicon: a word not among them may be one written without its vowels.</summary>
        public required HashSet<string> Known { get; init; }
        /// <summary>The words of <see cref="Known"/> by their first letter and consonants (<see cref="Skeleton"/>).</summary>
        public required Dictionary<string, List<string>> BySkeleton { get; init; }
        /// <summary>Every word of greetings, thanks and goodbyes: what a held last letter is checked against.</summary>
        public required HashSet<string> SmallTalkVocabulary { get; init; }
        /// <summary>Help: its core words, the words it may hold; <c>ForMe</c>: help asked for the asker ("help me", "bantu saya"), not an
        /// ability of the bot; <c>Request</c>: ability words that, beside help asked for the asker, only ask for it ("bisa dibantu");
        /// sending a file, failing to, and a file sent earlier (<see cref="UploadTrouble"/>).</summary>
        public required (WordList Core, WordList Words, WordList ForMe, WordList Request, WordList Uploading, WordList Failed, WordList UploadedEarlier) Help { get; init; }
        public required OwnWords Own { get; init; }
    }

    sealed record OwnWords(WordList Index, WordList Whose, WordList Now, WordList Formula, WordList Need, WordList Figure, WordList Target, WordList TargetCore, WordList Deadline, WordList Plan,
        WordList Overdue, WordList File, WordList State, WordList StateOwn, WordList CheckedBy, WordList Missing, WordList ValueCompare, WordList Conditional, WordList ListAsk, WordList Past,
        WordList Fear, WordList Opd, WordList Indicator, WordList WhichIndicators, WordList PredicateName);

    sealed class FileShape
    {
        public Dictionary<string, string> Slang { get; set; } = [];
        public Dictionary<string, string> Capitalised { get; set; } = [];
        public List<string> Filler { get; set; } = [];
        public List<string> SmallTalkWords { get; set; } = [];
        public List<string> Process { get; set; } = [];
        public List<string> IndexShort { get; set; } = [];
        public Dictionary<string, List<string>> OwnKind { get; set; } = [];
        public List<string> CriteriaAsk { get; set; } = [];
        public List<string> WhichGoesUnder { get; set; } = [];
        public List<string> OwnUpload { get; set; } = [];
        public List<string> UploadMade { get; set; } = [];
        public List<string> UploadDone { get; set; } = [];
        public List<string> UploadPlanned { get; set; } = [];
        public List<string> Politeness { get; set; } = [];
        public List<string> Channels { get; set; } = [];
        public List<string> ChannelsHere { get; set; } = [];
        public List<string> BotOrGuide { get; set; } = [];
        public List<string> Supposing { get; set; } = [];
        public List<string> HowComputed { get; set; } = [];
        public List<string> ProcessContext { get; set; } = [];
        public List<string> ProcessTopics { get; set; } = [];
        public Dictionary<string, List<string>> Asking { get; set; } = [];
        public List<string> Understood { get; set; } = [];
        public List<string> TimeOfDay { get; set; } = [];
        public List<string> Purpose { get; set; } = [];
        public Dictionary<string, string> GoodbyeSlang { get; set; } = [];
        public Dictionary<string, string> GreetingSlang { get; set; } = [];
        public Dictionary<string, string> AddressSlang { get; set; } = [];
        public Dictionary<string, string> EvidenceSlang { get; set; } = [];
        public Dictionary<string, string> AfterAddressSlang { get; set; } = [];
        public List<string> EvidenceWords { get; set; } = [];
        public Dictionary<string, List<string>> SmallTalk { get; set; } = [];
        public Dictionary<string, List<string>> WhatIs { get; set; } = [];
        public Dictionary<string, List<string>> Capabilities { get; set; } = [];
        public Dictionary<string, List<string>> Help { get; set; } = [];
        public Dictionary<string, List<string>> Introduction { get; set; } = [];
        public Dictionary<string, List<string>> Own { get; set; } = [];
        [JsonExtensionData] public Dictionary<string, JsonElement>? Other { get; set; }
    }

    static Words Load()
    {
        const string name = "lexicon/chat-intents.json";
        var f = EmbeddedLexicon.ReadJson<FileShape>(name, new JsonSerializerOptions { PropertyNameCaseInsensitive = true });
        WordList Required(List<string> list, string key) => list.Count > 0 ? new WordList(list) : throw EmbeddedLexicon.Missing(name, key);
        WordList L(Dictionary<string, List<string>> d, string key) => d.TryGetValue(key, out var list) ? new WordList(list) : throw EmbeddedLexicon.Missing(name, key);
        var known = KnownWords(f);
        return new Words
        {
            Capitalised = f.Capitalised,
            Slang = f.Slang.ToDictionary(p => TextNormalizer.Normalize(p.Key), p => TextNormalizer.Normalize(p.Value)),
            Filler = new WordList(f.Filler),
            SmallTalkWords = new WordList(f.SmallTalkWords),
            Process = new WordList(f.Process),
            IndexShort = new WordList(f.IndexShort),
            OwnKind = Enum.GetValues<InstansiKind>().Where(k => k != InstansiKind.InstansiPusat)
                .ToDictionary(k => k, k => L(f.OwnKind, k.ToString().ToLowerInvariant())),
            CriteriaAsk = new WordList(f.CriteriaAsk),
            WhichGoesUnder = Required(f.WhichGoesUnder, "whichGoesUnder"),
            OwnUpload = Required(f.OwnUpload, "ownUpload"),
            UploadMade = Required(f.UploadMade, "uploadMade"),
            UploadDone = Required(f.UploadDone, "uploadDone"),
            UploadPlanned = Required(f.UploadPlanned, "uploadPlanned"),
            Politeness = new WordList(f.Politeness),
            Channels = new WordList(f.Channels),
            ChannelsHere = Required(f.ChannelsHere, "channelsHere"),
            BotOrGuide = Required(f.BotOrGuide, "botOrGuide"),
            Supposing = Required(f.Supposing, "supposing"),
            HowComputed = Required(f.HowComputed, "howComputed"),
            ProcessContext = Required(f.ProcessContext, "processContext"),
            ProcessTopics = Required(f.ProcessTopics, "processTopics"),
            Asking = new WordList([.. f.Asking.GetValueOrDefault("question") ?? throw EmbeddedLexicon.Missing(name, "asking.question"),
                .. f.Asking.GetValueOrDefault("request") ?? throw EmbeddedLexicon.Missing(name, "asking.request"),
                .. f.Asking.GetValueOrDefault("subject") ?? throw EmbeddedLexicon.Missing(name, "asking.subject")]),
            Questioning = L(f.Asking, "question"),
            Requesting = new WordList([.. f.Asking.GetValueOrDefault("question") ?? throw EmbeddedLexicon.Missing(name, "asking.question"),
                .. f.Asking.GetValueOrDefault("request") ?? throw EmbeddedLexicon.Missing(name, "asking.request")]),
            Request = L(f.Asking, "request"),
            Purpose = Required(f.Purpose, "purpose"),
            Understood = Required(f.Understood, "understood"),
            TimeOfDay = Required(f.TimeOfDay, "timeOfDay"),
            GoodbyeSlang = f.GoodbyeSlang,
            GreetingSlang = f.GreetingSlang,
            AddressSlang = f.AddressSlang,
            EvidenceSlang = f.EvidenceSlang,
            AfterAddressSlang = f.AfterAddressSlang,
            EvidenceWords = Required(f.EvidenceWords, "evidenceWords"),
            SmallTalk = (L(f.SmallTalk, "greeting"), L(f.SmallTalk, "thanks"), L(f.SmallTalk, "goodbye")),
            WhatIs = (L(f.WhatIs, "spbe"), L(f.WhatIs, "pemdi"), L(f.WhatIs, "ask"), L(f.WhatIs, "askCore")),
            WhatIsAsked = (L(f.WhatIs, "lead"), L(f.WhatIs, "that"), L(f.WhatIs, "really"), L(f.WhatIs, "what"), L(f.WhatIs, "meaning"), L(f.WhatIs, "englishIs"),
                L(f.WhatIs, "listAsked"), L(f.WhatIs, "whatThat"), L(f.WhatIs, "englishWhat"), L(f.WhatIs, "source")),
            Capabilities = (L(f.Capabilities, "core"), L(f.Capabilities, "words"), L(f.Capabilities, "address"), L(f.Capabilities, "can"), L(f.Capabilities, "orOnly"), L(f.Capabilities, "asker"), L(f.Capabilities, "ownerLink")),
            BotAsked = (L(f.Capabilities, "botNoun"), L(f.Capabilities, "botDoes"), L(f.Help, "botUse"), L(f.Help, "botHow"), L(f.Help, "botUseVerb"),
                L(f.Capabilities, "notBot"), L(f.Capabilities, "botPronoun"), L(f.Capabilities, "botLink"), L(f.Capabilities, "evaluationNoun"), L(f.Capabilities, "ownDone"),
                L(f.Capabilities, "ownDoneDenied"), L(f.Capabilities, "botLeftOut"), L(f.Capabilities, "botLeftOutGoal"), L(f.Capabilities, "botLeftOutParty")),
            Introduction = (L(f.Introduction, "self"), L(f.Introduction, "from"), L(f.Introduction, "role"), L(f.Introduction, "signOff")),
            SmallTalkVocabulary = [.. L(f.SmallTalk, "greeting").Vocabulary, .. L(f.SmallTalk, "thanks").Vocabulary, .. L(f.SmallTalk, "goodbye").Vocabulary],
            Help = (L(f.Help, "core"), L(f.Help, "words"), L(f.Help, "forMe"), L(f.Help, "request"), L(f.Help, "uploading"), L(f.Help, "failed"), L(f.Help, "uploadedEarlier")),
            Own = new OwnWords(L(f.Own, "index"), L(f.Own, "whose"), L(f.Own, "now"), L(f.Own, "formula"), L(f.Own, "need"), L(f.Own, "figure"), L(f.Own, "target"), L(f.Own, "targetCore"), L(f.Own, "deadline"),
                L(f.Own, "plan"), L(f.Own, "overdue"), L(f.Own, "file"), L(f.Own, "state"), L(f.Own, "stateOwn"), L(f.Own, "checkedBy"), L(f.Own, "missing"), L(f.Own, "valueCompare"), L(f.Own, "conditional"), L(f.Own, "listAsk"), L(f.Own, "past"), L(f.Own, "fear"),
                L(f.Own, "opd"), L(f.Own, "indicator"), L(f.Own, "whichIndicators"), L(f.Own, "predicateName")),
            Known = known,
            BySkeleton = SkeletonIndex(known),
        };
    }

    /// <summary>Every single word of the file's lists and slang (both ways) and of the shared chat slang, normalised.</summary>
    static HashSet<string> KnownWords(FileShape f)
    {
        IEnumerable<string> entries = [.. f.Filler, .. f.SmallTalkWords, .. f.Process, .. f.IndexShort, .. f.CriteriaAsk, .. f.WhichGoesUnder, .. f.OwnUpload, .. f.UploadMade, .. f.UploadDone, .. f.UploadPlanned, .. f.Politeness,
            .. f.Channels, .. f.ChannelsHere, .. f.BotOrGuide, .. f.Supposing, .. f.HowComputed, .. f.ProcessContext, .. f.ProcessTopics, .. f.Understood, .. f.TimeOfDay, .. f.Purpose,
            .. f.Slang.Keys, .. f.Slang.Values, .. f.GoodbyeSlang.Keys, .. f.GreetingSlang.Keys, .. f.AddressSlang.Keys, .. f.EvidenceSlang.Keys, .. f.EvidenceSlang.Values, .. ChatVocabulary.Slang.Keys, .. ChatVocabulary.Slang.Values,
            .. new[] { f.Asking, f.SmallTalk, f.WhatIs, f.Capabilities, f.Help, f.Introduction, f.Own, f.OwnKind }.SelectMany(d => d.Values.SelectMany(l => l))];
        return [.. entries.SelectMany(e => TextNormalizer.Normalize(e).Split(' ', StringSplitOptions.RemoveEmptyEntries))];
    }
}
