namespace SpbeBot.Core.Regulations;

/// <summary>
/// The words of questions about the evaluation itself (who assesses, the stages, how explanations and evidence are
/// written): chat and English forms mapped onto the regulations' own words before retrieval, and the cues that make
/// a question a process question rather than an indicator question. Tokens are already normalised
/// (<see cref="Questions.TextNormalizer.Tokenize"/>).
/// </summary>
public static class ProcessVocabulary
{
    /// <summary>The vocabulary file embedded in SpbeBot.Core (<c>Regulations/Vocabulary/process-vocabulary.txt</c>), read once.</summary>
    static readonly Lazy<VocabularyData> Data = new(() => VocabularyData.Parse(Questions.EmbeddedLexicon.ReadText("vocabulary/process-vocabulary.txt")));

    internal sealed record VocabularyData(Dictionary<string, string> Synonyms, Dictionary<string, string> Replacements, HashSet<string> Fillers, HashSet<string> Cues, HashSet<string> OtherSenses, HashSet<string> Javanese)
    {
        /// <summary>Sections "[synonyms]" and "[replacements]" hold "token = words" lines; "[fillers]", "[javanese]" (fillers too), "[cues]" and "[other senses]" tokens.</summary>
        public static VocabularyData Parse(string text)
        {
            var data = new VocabularyData(new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal));
            var section = "";
            var lineNumber = 0;
            foreach (var raw in text.Split('\n'))
            {
                lineNumber++;
                var hash = raw.IndexOf('#', StringComparison.Ordinal);
                var line = (hash >= 0 ? raw[..hash] : raw).Trim();
                if (line.Length == 0) continue;
                if (line[0] == '[') { section = line.Trim('[', ']'); continue; }
                switch (section)
                {
                    case "synonyms" or "replacements":
                        var eq = line.IndexOf('=', StringComparison.Ordinal);
                        if (eq <= 0) throw new InvalidDataException($"process-vocabulary.txt line {lineNumber}: expected 'token = words'.");
                        var key = line[..eq].Trim();
                        var words = string.Join(' ', line[(eq + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries));
                        var target = section == "synonyms" ? data.Synonyms : data.Replacements;
                        // A token listed twice keeps every word given for it.
                        target[key] = target.TryGetValue(key, out var before) ? before + " " + words : words;
                        break;
                    case "fillers":
                        data.Fillers.UnionWith(line.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                        break;
                    case "javanese":
                        data.Fillers.UnionWith(line.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                        data.Javanese.UnionWith(line.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                        break;
                    case "cues":
                        data.Cues.UnionWith(line.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                        break;
                    case "other senses":
                        data.OtherSenses.UnionWith(line.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                        break;
                    default:
                        throw new InvalidDataException($"process-vocabulary.txt line {lineNumber}: outside a known section.");
                }
            }
            return data;
        }
    }

    /// <summary>Token → the regulation's words (added next to the token, never replacing it).</summary>
    static readonly Dictionary<string, string> Synonyms = Data.Value.Synonyms;

    /// <summary>Chat names of the regulations and bodies that the texts themselves never use: replaced, not added to.</summary>
    static readonly Dictionary<string, string> Replacements = Data.Value.Replacements;

    /// <summary>Chat fillers and English function words: they say nothing about where the answer is.</summary>
    static readonly HashSet<string> Fillers = Data.Value.Fillers;

    /// <summary>
    /// Words the texts use only in another sense, which the stemmer would still match: "banding" (an appeal, which the texts
    /// never provide for) stems like "membandingkan" (to compare). Such a word finds no passage and counts as one the texts
    /// never use (<see cref="PassageIndex.UnknownWords"/>).
    /// </summary>
    public static bool IsOtherSense(string token) => Data.Value.OtherSenses.Contains(token);

    /// <summary>
    /// A question's tokens as the passages are searched with them: in a question written in Javanese (one of its function
    /// words: "nang", "piye", "sopo" …) "iku" is its "itu" (that), not IKU (Indikator Kinerja Utama), which it means otherwise.
    /// </summary>
    public static List<string> Tokens(string question)
    {
        var tokens = Questions.TextNormalizer.Tokenize(question);
        if (tokens.Any(Data.Value.Javanese.Contains))
            for (var i = 0; i < tokens.Count; i++)
                if (tokens[i] == "iku") tokens[i] = "itu";
        return tokens;
    }

    /// <summary>A token and the regulation words it stands for (fillers and words in another sense dropped; chat verb forms get their standard stem too).</summary>
    public static IEnumerable<string> Expand(string token)
    {
        if (Fillers.Contains(token) || IsOtherSense(token)) yield break;
        if (Replacements.TryGetValue(token, out var replaced))
        {
            foreach (var w in replaced.Split(' ')) yield return w;
            yield break;
        }
        yield return token;
        if (Synonyms.TryGetValue(token, out var words))
            foreach (var w in words.Split(' ')) yield return w;
        // Chat forms of standard words, with what the vocabulary maps them to: "umurnya" → "umur", "ngisiin" → "ngisi" →
        // "mengisi", "nyampein" → "sampaikan", "ngumpulin" → "kumpulkan", "ngitung" → "itung" → "penghitungan".
        foreach (var stem in ChatStems(token).Distinct(StringComparer.Ordinal))
        {
            yield return stem;
            if (Synonyms.TryGetValue(stem, out var stemWords))
                foreach (var w in stemWords.Split(' ')) yield return w;
        }
        // English inflections and cognates: "domains" → "domain", "approves" → "approve" (in the glossary),
        // "consolidation" → "konsolidasi", "objectivity" → "objektivitas".
        foreach (var (form, always) in EnglishForms(token))
        {
            if (form == token) continue;
            var mapped = Synonyms.TryGetValue(form, out var formWords);
            if (always || mapped) yield return form;
            if (mapped)
                foreach (var w in formWords!.Split(' ')) yield return w;
        }
    }

    /// <summary>
    /// The base forms of an English word (plural, third person, past, -ing) and its Indonesian cognate spellings
    /// (-tion → -si, -ity → -itas, -ive → -if, -ic → -ik, c → k, x → ks, z → s). <c>Always</c>: a form worth searching
    /// even when the glossary does not map it (a plural's singular, a cognate); the others count only when mapped.
    /// Only for plain ASCII words of five letters or more; Indonesian words ending in -as, -is, -us keep their s.
    /// </summary>
    internal static IEnumerable<(string Form, bool Always)> EnglishForms(string token)
    {
        if (token.Length < 5 || !token.All(c => c is >= 'a' and <= 'z')) yield break;
        var bases = new List<(string, bool)> { (token, true) };
        if (token.EndsWith("ies", StringComparison.Ordinal)) bases.Add((token[..^3] + "y", true));
        else if (token.EndsWith("es", StringComparison.Ordinal)) { bases.Add((token[..^2], false)); bases.Add((token[..^1], true)); }
        else if (token[^1] == 's' && token[^2] is not ('s' or 'u' or 'i' or 'a')) bases.Add((token[..^1], true));
        if (token.EndsWith("ed", StringComparison.Ordinal)) { bases.Add((token[..^2], false)); bases.Add((token[..^1], false)); }
        if (token.EndsWith("ing", StringComparison.Ordinal) && token.Length > 6) { bases.Add((token[..^3], false)); bases.Add((token[..^3] + "e", false)); }
        foreach (var (b, always) in bases.ToList())
        {
            if (b != token) yield return (b, always);
            var cognate = b.EndsWith("tion", StringComparison.Ordinal) ? b[..^4] + "si"
                : b.EndsWith("ity", StringComparison.Ordinal) ? b[..^3] + "itas"
                : b.EndsWith("ive", StringComparison.Ordinal) ? b[..^3] + "if"
                : b.EndsWith("ic", StringComparison.Ordinal) ? b[..^2] + "ik"
                : null;
            if (cognate is null) continue;
            yield return (cognate, true);
            var spelled = cognate.Replace("ct", "kt", StringComparison.Ordinal).Replace('c', 'k').Replace("x", "ks", StringComparison.Ordinal).Replace('z', 's');
            if (spelled != cognate) yield return (spelled, true);
        }
    }

    /// <summary>
    /// True when the vocabulary maps this token (a synonym or a replacement, for the token or its chat stem): the word is
    /// understood even when none of its forms is indexed (it may map onto stopwords only: "abis" → "setelah").
    /// </summary>
    public static bool IsMapped(string token) =>
        Synonyms.ContainsKey(token) || Replacements.ContainsKey(token) || ChatStems(token).Any(s => s != token && Synonyms.ContainsKey(s))
        || EnglishForms(token).Any(f => f.Form != token && Synonyms.ContainsKey(f.Form));

    static IEnumerable<string> ChatStems(string token)
    {
        var bases = new List<string>();
        // Reduplication written with a digit: "data2" → "data", "rata2" → "rata".
        if (token.Length > 3 && token[^1] == '2' && token[..^1].All(char.IsLetter)) bases.Add(token[..^1]);
        // "-nya", and its Malay form "-nye" (Riau, Pontianak, Betawi: "aktivitasnye").
        if (token.Length > 6 && (token.EndsWith("nya", StringComparison.Ordinal) || token.EndsWith("nye", StringComparison.Ordinal))) bases.Add(token[..^3]);
        if (token.Length > 5 && token.EndsWith("in", StringComparison.Ordinal)) { bases.Add(token[..^2]); bases.Add(token[..^2] + "kan"); }
        // Passive forms of a mapped verb: "dikirim", "dikirimkan" → "kirim" (the vocabulary maps the base).
        if (token.Length > 5 && token.StartsWith("di", StringComparison.Ordinal))
        {
            var passive = token[2..];
            bases.Add(passive);
            if (passive.Length > 5 && passive.EndsWith("kan", StringComparison.Ordinal)) bases.Add(passive[..^3]);
        }
        foreach (var b in bases.Prepend(token).ToList())
        {
            if (b.Length > 4 && b.StartsWith("nge", StringComparison.Ordinal)) bases.Add(b[3..]);
            else if (b.Length > 4 && b.StartsWith("ny", StringComparison.Ordinal)) bases.Add("s" + b[2..]);
            else if (b.Length > 4 && b.StartsWith("ng", StringComparison.Ordinal)) { bases.Add(b[2..]); bases.Add("k" + b[2..]); }
        }
        return bases;
    }

    /// <summary>
    /// Questions for facts no regulation states: a person's name or contact details, or an event of a year after the
    /// texts (2025 onward, "tahun ini") or of now ("sekarang"). They need a passage that covers nearly the whole question.
    /// </summary>
    public static bool AsksForSpecifics(IReadOnlyList<string> tokens)
    {
        var person = tokens.Contains("nama") && tokens.Any(t => t is "siapa" or "who");
        var contact = tokens.Any(t => t is "email" or "e-mail" or "telepon" or "telp" or "wa" or "whatsapp" or "hp" or "phone" or "contact" or "kontak" or "alamat" or "address");
        var later = tokens.Any(t => int.TryParse(t, out var year) && year is > 2024 and < 2100);
        // "tahun ini", "this year", "tahun depan": the current state of things, which no regulation states.
        // "… menurut SK yang sekarang?", "ketua … skrg": who holds a post or what a decree says now, the same.
        var current = tokens.Zip(tokens.Skip(1)).Any(p => p is ("tahun", "ini") or ("tahun", "depan") or ("this", "year") or ("next", "year"))
            || tokens.Any(t => t is "sekarang" or "skrg");
        // "provinsi kami", "pemda kita", "our regency": a figure of the asker's own government, which no regulation states.
        var own = tokens.Zip(tokens.Skip(1)).Any(p => p.First is "provinsi" or "kabupaten" or "kota" or "pemda" or "pemkab" or "pemkot" or "pemprov" or "daerah" or "instansi" or "opd" or "dinas"
            && p.Second is "kami" or "kita" or "saya" or "sy") || tokens.Zip(tokens.Skip(1)).Any(p => p.First is "our" or "my" && p.Second is "province" or "regency" or "city" or "pemda" or "agency" or "government");
        // … asked as a figure ("indeks … provinsi kami berapa?"); "informasi dari instansi kami" is not.
        own &= tokens.Any(t => t is "berapa" or "brp" or "how" or "indeks" or "index" or "nilai" or "skor" or "score" or "predikat" or "peringkat" or "ranking");
        return person || contact || later || current || own;
    }

    /// <summary>Words that name the evaluation's own machinery: a question with one of them is about the process.</summary>
    public static IReadOnlySet<string> Cues => Data.Value.Cues;

    /// <summary>The regulation a question names, if exactly one: "permenpanrb-59-2020" or "pedoman-3-2024".</summary>
    public static string? NamedSource(IReadOnlyList<string> tokens)
    {
        var permen = tokens.Any(t => t is "permen" or "permenpan" or "permenpanrb" or "menpanrb") || (tokens.Contains("59") && tokens.Contains("2020"));
        var pedoman = tokens.Contains("pedoman") || (tokens.Contains("3") && tokens.Contains("2024"));
        return permen == pedoman ? null : permen ? "permenpanrb-59-2020" : "pedoman-3-2024";
    }

    /// <summary>Words asking how a figure is computed (the regulation's formula), not for a figure.</summary>
    static readonly HashSet<string> HowComputed = new(StringComparer.Ordinal)
    {
        "rumus", "rumusnya", "formula", "hitung", "ngitung", "itung", "dihitung", "menghitung", "perhitungan", "penghitungan",
        "perhitungannya", "penghitungannya", "computed", "compute", "calculated", "calculate", "calculation", "kalkulasi", "metode", "method",
    };

    public static bool AsksHowComputed(IEnumerable<string> tokens) => tokens.Any(HowComputed.Contains);

    /// <summary>True when the normalised tokens contain a process cue.</summary>
    /// <summary>A chat form counts too: "penjelasannya", "asesornya" (the cue with "-nya").</summary>
    public static bool HasCue(IEnumerable<string> tokens) =>
        tokens.Any(t => Cues.Contains(t) || (t.Length > 6 && t.EndsWith("nya", StringComparison.Ordinal) && Cues.Contains(t[..^3])));
}
