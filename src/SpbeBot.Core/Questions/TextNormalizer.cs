using System.Text;
using System.Text.RegularExpressions;
using SpbeBot.Core.Text;

namespace SpbeBot.Core.Questions;

/// <summary>
/// Turns chat text into comparable lowercase tokens: strips diacritics, control characters, markup
/// and punctuation, expands chat abbreviations, and glues "e-" prefixes ("e-planning" → "eplanning").
/// Decimal numbers ("3,28") survive as one token with a dot ("3.28").
/// </summary>
public static partial class TextNormalizer
{
    public static string Normalize(string text)
    {
        var lowered = Diacritics.Remove(Markup.Strip(text)).ToLowerInvariant();
        var sb = new StringBuilder(lowered.Length);
        for (var i = 0; i < lowered.Length; i++)
        {
            var c = lowered[i];
            if (char.IsLetterOrDigit(c)) { sb.Append(c); continue; }
            // Keep the decimal separator between digits: "3,28" and "3.28" both become "3.28".
            if ((c == ',' || c == '.') && i > 0 && i + 1 < lowered.Length && char.IsDigit(lowered[i - 1]) && char.IsDigit(lowered[i + 1]))
            { sb.Append('.'); continue; }
            sb.Append(' ');
        }
        var spaced = SplitLettersAndDigits(sb.ToString());
        return Whitespace().Replace(spaced, " ").Trim();
    }

    /// <summary>Normalised tokens with chat slang expanded and "e" prefixes glued.</summary>
    public static List<string> Tokenize(string text)
    {
        var raw = Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var tokens = new List<string>(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var t = raw[i];
            // "e planning", "e-budgeting", "e sakip" → one token, as people write them both ways.
            if (t == "e" && i + 1 < raw.Length && char.IsLetter(raw[i + 1][0])) { tokens.Add("e" + raw[++i]); continue; }
            // "integrasi ke BKN", "SIASN BKN", "data kepegawaian dari bkn": the agency, not "bukan".
            if (t == "bkn" && NamesTheAgency(raw, i)) { tokens.Add(t); continue; }
            // "alun-alun" (a town square) is a word of its own, not the Minang "alun" (belum) twice.
            if (i + 1 < raw.Length && raw[i + 1] == t || i > 0 && raw[i - 1] == t) { tokens.Add(t); continue; }
            // "SK kada", "peraturan kada": the head of region (kepala daerah), not the Banjar "kada" (tidak).
            if (t == "kada" && i > 0 && HeadOfRegionDocuments.Contains(raw[i - 1])) { tokens.Add(t); continue; }
            // "wis tak susun", "file sing tak unggah": the Javanese "tak" before a verb is the speaker, not "tidak".
            if (t == "tak" && i > 0 && raw[i - 1] is "wis" or "wes" or "sing") { tokens.Add("saya"); continue; }
            // "no 32", "Perbup No. 5", "perpres no brp", "no WA": "no" is short for "nomor" only before a number or a word
            // that asks or names one; elsewhere it is the English "no" ("no integration").
            if (t == "no" && !(i + 1 < raw.Length && (char.IsAsciiDigit(raw[i + 1][0]) || NumberNouns.Contains(raw[i + 1])))) { tokens.Add(t); continue; }
            if (ChatVocabulary.Slang.TryGetValue(t, out var expanded)) { tokens.AddRange(expanded.Split(' ')); continue; }
            tokens.Add(t);
        }
        return tokens;
    }

    /// <summary>Words after which "no" is "nomor" though no digit follows: "no brp" (which number), "no WA", "no telp".</summary>
    static readonly HashSet<string> NumberNouns = ["berapa", "brp", "brapa", "hp", "wa", "telp", "telpon", "telepon"];

    /// <summary>Document words after which "kada" is the head of region: "SK kada", "peraturan kada".</summary>
    static readonly HashSet<string> HeadOfRegionDocuments = ["sk", "peraturan", "keputusan", "instruksi", "surat", "edaran", "se", "wakil", "calon"];

    /// <summary>Words next to which "bkn" is the Badan Kepegawaian Negara (its systems, its data, a link to it).</summary>
    static readonly HashSet<string> AgencyContext =
    [
        "siasn", "sapk", "mysapk", "simpeg", "simasn", "kepegawaian", "pegawai", "asn", "nip", "integrasi", "terintegrasi", "diintegrasikan",
        "integrated", "integration", "interkoneksi", "terhubung", "dihubungkan", "tersambung", "nyambung", "sinkron", "sinkronisasi",
        "connected", "webservice", "badan", "kanreg",
    ];

    /// <summary>Words after which a negation cannot stand: "ke BKN", "dari BKN", "dengan BKN", "to BKN".</summary>
    static readonly HashSet<string> BeforeAName = ["ke", "dari", "dengan", "dgn", "oleh", "milik", "punya", "pihak", "to", "with", "from", "by"];

    /// <summary>"bkn" names the agency when a word of its systems or of a link stands within three words, or a preposition before it.</summary>
    static bool NamesTheAgency(string[] raw, int i) =>
        i > 0 && BeforeAName.Contains(raw[i - 1])
        || Enumerable.Range(Math.Max(0, i - 3), Math.Min(raw.Length, i + 4) - Math.Max(0, i - 3)).Any(k => k != i && AgencyContext.Contains(raw[k]));

    /// <summary>
    /// "l4" → "l 4", "i32" → "i 32", "ke32" → "ke 32", "lvl4" → "lvl 4" (but keeps "3.28" and words like "sp4n"); the
    /// enclitic written onto a number first, "lvl 3nya" → "lvl 3 nya", as "lvl 3-nya" already reads ("dua2nya" stays a word).
    /// </summary>
    static string SplitLettersAndDigits(string s) => LetterDigit().Replace(NumberEnclitic().Replace(s, "$1 nya"), m =>
        ChatVocabulary.NumberPrefixes.Contains(m.Groups[1].Value) ? m.Groups[1].Value + " " + m.Groups[2].Value : m.Value);

    [GeneratedRegex(@"\b(\d+)nya\b")]
    private static partial Regex NumberEnclitic();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\b([a-z]+)(\d+(?:\.\d+)?)\b")]
    private static partial Regex LetterDigit();
}
