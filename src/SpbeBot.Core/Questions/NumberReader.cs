namespace SpbeBot.Core.Questions;

/// <summary>
/// Reads the numbers in a tokenised question and what they refer to: "indikator 32", "ind. 32", "no 32",
/// "ke-32", "I32", a bare "32"; "level 4", "lvl 4", "L4", "tingkat empat", "level IV", "ke-4"; a second level
/// ("level 3 dan 4"); decimals ("3,28"); and indicator→level pairs for index questions ("1-10 level 2", "sisanya level 3").
/// </summary>
static class NumberReader
{
    public sealed class Result
    {
        public List<int> Indicators { get; } = [];
        public List<int> Levels { get; } = [];
        public decimal? Decimal { get; set; }
        /// <summary>Numbers that were not attributed (bare integers), in order.</summary>
        public List<int> Bare { get; } = [];
        /// <summary>Index questions: explicit indicator→level assignments.</summary>
        public Dictionary<int, int> Assigned { get; } = [];
        public int? AllLevel { get; set; }
        public int? RestLevel { get; set; }
        /// <summary>"domain 4", "aspek 7".</summary>
        public int? Domain { get; set; }
        public int? Aspect { get; set; }
        /// <summary>"sektor 2" is part of a topic name, not an indicator number.</summary>
        public int? Sector { get; set; }
    }

    public static Result Read(IReadOnlyList<string> tokens)
    {
        var r = new Result();
        var used = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (used[i]) continue;
            var t = tokens[i];

            if (t.Contains('.') && decimal.TryParse(t, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var dec))
            { r.Decimal ??= dec; used[i] = true; continue; }

            if (t is "sektor" or "sector" or "sektoral" or "sectoral" && TryNumber(tokens, i + 1, allowRoman: true, out var sector, out var sectorEnd))
            { r.Sector = sector; Mark(used, i, sectorEnd); i = sectorEnd; continue; }

            if (t is "domain" && TryNumber(tokens, i + 1, allowRoman: true, out var domain, out var domainEnd))
            { r.Domain = domain; Mark(used, i, domainEnd); i = domainEnd; continue; }

            if (t is "aspek" or "aspect" && TryNumber(tokens, i + 1, allowRoman: true, out var aspect, out var aspectEnd))
            { r.Aspect = aspect; Mark(used, i, aspectEnd); i = aspectEnd; continue; }

            if (ChatVocabulary.LevelWords.Contains(t) && LevelAfter(tokens, i, out var level, out var levelEnd))
            {
                r.Levels.Add(level);
                Mark(used, i, levelEnd);
                i = levelEnd;
                ReadSecondLevel(tokens, ref i, r, used);
                continue;
            }

            if (ChatVocabulary.IndicatorWords.Contains(t) || t == "ke")
            {
                var k = i + 1;
                if (t != "ke" && k < tokens.Count && tokens[k] == "ke") k++;
                if (k < tokens.Count && tokens[k] is "nomor" or "no") k++;
                // "no one for architecture, data or security": nobody, not indicator 1.
                if (t is "no" or "nomor" && k == i + 1 && k < tokens.Count && tokens[k] == "one") continue;
                if (TryNumber(tokens, k, allowRoman: false, out var number, out var end))
                {
                    // "nyambung ke 12 dari 40 OPD": a count after "ke", not an indicator.
                    if (t == "ke" && IsCount(tokens, k)) { Mark(used, i, end); i = end; continue; }
                    // "rapat pembahasan ke-3", "revisi ke-2": the round of something done in rounds, not a level or an indicator.
                    if (t == "ke" && i > 0 && RoundNouns.Contains(tokens[i - 1])) { Mark(used, i, end); i = end; continue; }
                    // "ke-4" alone is a level when small and no level was named; "ke-32" an indicator.
                    if (t == "ke" && number <= 5 && !HasIndicatorWordBefore(tokens, i))
                    { r.Levels.Add(number); Mark(used, i, end); i = end; continue; }
                    if (t is "i" or "id" && number > 99) continue;
                    r.Indicators.Add(number);
                    Mark(used, i, end);
                    i = end;
                    ReadRangeAssignment(tokens, ref i, number, r, used);
                    continue;
                }
            }

            // "semua indikator level 3" fills every indicator; "sudah di semua OPD. Untuk level 4 …" does not (a count noun
            // between), nor "udah jalan semua, mau naik lvl 4" or "udh lvl 3 (semua PD). biar lvl 4" (a rise or aim between:
            // the level is the one moved to).
            // Nor "which areas must all be met for level 3" (a purpose between: the level is the one asked about).
            if (IntentWords.All.Contains(t) && FindLevelAhead(tokens, i + 1, 4, out var allLevel, out var allEnd) && !Enumerable.Range(i + 1, Math.Max(0, allEnd - i - 1)).Any(k => CountNouns.Contains(tokens[k]) || IntentWords.Rise.Contains(tokens[k]) || IntentWords.Aim.Contains(tokens[k]) || tokens[k] is "for" or "untuk" or "utk" or "buat"))
            { r.AllLevel ??= allLevel; Mark(used, i, allEnd); i = allEnd; continue; }

            if (IntentWords.Rest.Contains(t) && FindLevelAhead(tokens, i + 1, 3, out var restLevel, out var restEnd))
            { r.RestLevel ??= restLevel; Mark(used, i, restEnd); i = restEnd; continue; }

            // "levelnya satu kalau mau dua": the level aimed at written as a word. Not "satu" ("digabung jadi satu"), nor right
            // after a bare "ke"/"to" ("yang ke dua").
            if (i > 0 && ChatVocabulary.NumberWords.TryGetValue(t, out var aimed) && aimed is >= 2 and <= 5 && IntentWords.Aim.Contains(tokens[i - 1])
                && tokens[i - 1] is not ("ke" or "to") && !IsCount(tokens, i))
            { r.Levels.Add(aimed); used[i] = true; continue; }

            if (IsDigits(t) && int.TryParse(t, out var bare) && bare < 1000)
            {
                // "dari 3 ke 4", "from 3 to 4", "3 → 4": a range of two levels, never an indicator number.
                if (bare is >= 1 and <= 5 && LevelRange(tokens, i, out var target, out var targetEnd))
                { r.Levels.Add(bare); r.Levels.Add(target); Mark(used, i, targetEnd); i = targetEnd; continue; }
                // "biar naik 1 lvl", "naik 2 tingkat": how many levels to rise, not a level.
                if (i > 0 && IntentWords.Rise.Contains(tokens[i - 1]) && i + 1 < tokens.Count && ChatVocabulary.LevelWords.Contains(tokens[i + 1]) && !LevelAfter(tokens, i + 1, out _, out _))
                { used[i] = true; continue; }
                // "gmn biar 4", "targetnya jadi 4": a small number right after a word of reaching is the level aimed at.
                // "target 2 tahun ini": "tahun ini" is this year, when the level is aimed at; it counts no years.
                if (bare is >= 1 and <= 5 && i > 0 && IntentWords.Aim.Contains(tokens[i - 1]) && (!IsCount(tokens, i) || ThisYear(tokens, i + 1)))
                { r.Levels.Add(bare); used[i] = true; continue; }
                // "baru 4 OPD", "5 dari 30 OPD", "dua kali", "3 tahun lalu": a count of things, not an indicator or level.
                if (IsCount(tokens, i) || CountsIndicators(tokens, i)) { used[i] = true; continue; }
                used[i] = true;
                r.Bare.Add(bare);
                var k = i;
                ReadRangeAssignment(tokens, ref k, bare, r, used);
                i = k;
            }
        }
        return r;
    }

    /// <summary>A second level right after a first: "level 3 dan 4", "level 3 ke level 4", "lvl 3-4", "level tiga vs empat".</summary>
    static void ReadSecondLevel(IReadOnlyList<string> tokens, ref int i, Result r, bool[] used)
    {
        var j = i + 1;
        if (j < tokens.Count && IntentWords.LevelJoiners.Contains(tokens[j])) j++;
        if (j < tokens.Count && ChatVocabulary.LevelWords.Contains(tokens[j])) j++;
        if (j == i + 1 && !(j < tokens.Count && IsDigits(tokens[j]))) return;
        if (TryNumber(tokens, j, allowRoman: true, out var second, out var secondEnd) && second is >= 0 and <= 9)
        {
            r.Levels.Add(second);
            Mark(used, i + 1, secondEnd);
            i = secondEnd;
        }
    }

    /// <summary>After an indicator number: "1 sampai 10 level 2" or "1 level 3" become assignments for index questions.</summary>
    static void ReadRangeAssignment(IReadOnlyList<string> tokens, ref int i, int first, Result r, bool[] used)
    {
        var last = first;
        var j = i + 1;
        if (j + 1 < tokens.Count && IntentWords.RangeJoiners.Contains(tokens[j]) && TryNumber(tokens, j + 1, false, out var to, out var toEnd))
        { last = to; j = toEnd + 1; }
        else if (j < tokens.Count && tokens[j] == "s" && j + 2 < tokens.Count && tokens[j + 1] == "d" && TryNumber(tokens, j + 2, false, out to, out toEnd))
        { last = to; j = toEnd + 1; }
        if (j < tokens.Count && tokens[j] is "di" or "pada" or "=" or "adalah") j++;
        if (j < tokens.Count && ChatVocabulary.LevelWords.Contains(tokens[j]) && LevelAfter(tokens, j, out var level, out var end) && last >= first && last - first < 100)
        {
            for (var n = first; n <= last; n++) r.Assigned[n] = level;
            Mark(used, i, end);
            i = end;
            // "indikator 12 level 3" is also the plain indicator + level of an ordinary question.
            if (first == last)
            {
                r.Levels.Add(level);
                ReadSecondLevel(tokens, ref i, r, used);
            }
        }
    }

    /// <summary>
    /// "dari 3 ke 4", "from 3 to 4", "3 ke level 4": two levels when the first follows "dari"/"from" or a level word, or
    /// both are levels (1–5) and the second is higher.
    /// </summary>
    static bool LevelRange(IReadOnlyList<string> tokens, int i, out int target, out int end)
    {
        target = 0; end = i;
        var from = i > 0 && tokens[i - 1] is "dari" or "from";
        var j = i + 1;
        // "dari 3->4": the arrow is gone after normalising, the two numbers stay.
        var joined = j < tokens.Count && IntentWords.Aim.Contains(tokens[j]);
        if (joined) j++;
        else if (!(from && j < tokens.Count && IsDigits(tokens[j]))) return false;
        var levelWord = j < tokens.Count && ChatVocabulary.LevelWords.Contains(tokens[j]);
        if (levelWord) j++;
        if (!TryNumber(tokens, j, allowRoman: levelWord, out target, out end) || target is < 1 or > 5 || target == int.Parse(tokens[i])) return false;
        return joined ? from || levelWord || target > int.Parse(tokens[i]) : target > int.Parse(tokens[i]);
    }

    static bool FindLevelAhead(IReadOnlyList<string> tokens, int start, int window, out int level, out int end)
    {
        for (var j = start; j < Math.Min(tokens.Count, start + window); j++)
            if (ChatVocabulary.LevelWords.Contains(tokens[j]) && LevelAfter(tokens, j, out level, out end)) return true;
        level = 0; end = start;
        return false;
    }

    /// <summary>The level number after a level word, skipping "ke" and "kematangan": "tingkat kematangan 3", "level ke-4".</summary>
    internal static bool LevelAfter(IReadOnlyList<string> tokens, int i, out int level, out int end)
    {
        var k = i + 1;
        while (k < tokens.Count && tokens[k] is "ke" or "kematangan" or "level" or "tingkat" or "nya") k++;
        if (TryNumber(tokens, k, allowRoman: true, out level, out end) && !(tokens[i] == "l" && level > 9)) return true;
        if (k == i + 1 && k < tokens.Count && tokens[i] != "l" && ChatVocabulary.LadderNames.TryGetValue(tokens[k], out level)) { end = k; return true; }
        level = 0; end = i;
        return false;
    }

    static bool HasIndicatorWordBefore(IReadOnlyList<string> tokens, int i) =>
        i > 0 && ChatVocabulary.IndicatorWords.Contains(tokens[i - 1]);

    /// <summary>Digits, a number word ("empat", "tiga puluh dua", "dua belas") or, for levels, a roman numeral.</summary>
    public static bool TryNumber(IReadOnlyList<string> tokens, int i, bool allowRoman, out int value, out int end)
    {
        value = 0; end = i;
        if (i >= tokens.Count) return false;
        var t = tokens[i];
        if (IsDigits(t)) return t.Length <= 6 && int.TryParse(t, out value);
        if (allowRoman && ChatVocabulary.Roman.TryGetValue(t, out value)) return true;
        if (!ChatVocabulary.NumberWords.TryGetValue(t, out value)) return false;
        // "terhubung ke Satu Data Indonesia": the national data policy's name (Perpres 39/2019), not "ke-1".
        if (t == "satu" && i + 1 < tokens.Count && tokens[i + 1] == "data") { value = 0; return false; }
        // "tiga puluh dua", "dua belas"
        if (i + 1 < tokens.Count && tokens[i + 1] == "belas") { value += 10; end = i + 1; return true; }
        // "thirty two", "forty-one"
        if (value is 20 or 30 or 40 && i + 1 < tokens.Count && ChatVocabulary.NumberWords.TryGetValue(tokens[i + 1], out var unit) && unit is >= 1 and <= 9)
        { value += unit; end = i + 1; return true; }
        if (i + 1 < tokens.Count && tokens[i + 1] == "puluh")
        {
            value *= 10; end = i + 1;
            if (i + 2 < tokens.Count && ChatVocabulary.NumberWords.TryGetValue(tokens[i + 2], out var ones) && ones < 10) { value += ones; end = i + 2; }
        }
        return true;
    }

    /// <summary>Nouns that make the number before them a count ("12 OPD", "2 tahun", "3 kali", "5 apps").</summary>
    internal static readonly HashSet<string> CountNouns =
    [
        "opd", "opds", "skpd", "dinas", "perangkat", "unit", "units", "instansi", "badan", "kecamatan", "desa", "kelurahan", "pegawai",
        "orang", "asn", "staf", "staff", "aplikasi", "apps", "applications", "layanan", "services", "dokumen", "documents", "file", "berkas",
        "tahun", "thn", "th", "years", "year", "bulan", "months", "month", "minggu", "weeks", "hari", "days", "kali", "times", "jam", "hours",
        "persen", "percent", "agencies", "offices", "kantor", "sekolah", "puskesmas", "server", "servers", "dataset", "datasets", "bidang",
        "domain", "domains", "aspek", "aspects", "program", "programs", "kegiatan",
        // "alur dipangkas dari 9 ke 5 langkah": steps of a process counted, not a level.
        "langkah", "steps", "step",
        // "penuhi 6 kompetensi", "ngatur 3 audit", "ada 4 tahapan": the number of things a criterion lists.
        "kompetensi", "competencies", "competency", "audit", "audits", "jenis", "macam", "tahap", "tahapan", "stages", "proses", "processes",
        // "sdh lengkap 7 muatan": the contents a policy must hold, counted (the Pedoman's "muatan" of a kebijakan).
        "muatan",
        // "ada 6 rekomendasi", "35 buting" (Banjar "buting", Indonesian "buah": the classifier of counted things).
        "rekomendasi", "recommendations", "temuan", "findings", "buah", "buting",
    ];

    /// <summary>Things done in rounds, numbered by "ke": "rapat pembahasan ke-3", "pertemuan ke-2", "revisi ke-4". Only nouns
    /// that take no level after "ke": "untuk perubahan ke 4", "tahap ke 3", "tahun ke 4" are often a move to a level.</summary>
    static readonly HashSet<string> RoundNouns = ["rapat", "pembahasan", "pertemuan", "revisi", "putaran", "angkatan"];

    /// <summary>A bare number that counts something: followed by a count noun, or part of "5 dari 30" / "5 of 30" / "5/30".</summary>
    static bool IsCount(IReadOnlyList<string> tokens, int i)
    {
        if (i + 1 < tokens.Count && CountNouns.Contains(tokens[i + 1])) return true;
        // "semua 38 PD", "all 38 provincial agencies", "seluruh 34 OPD": a number right after a word of all counts the whole.
        if (i >= 1 && IntentWords.All.Contains(tokens[i - 1]) && tokens[i - 1] != "rata") return true;
        // Sundanese "25 ti 41" (ti: from) only between two numbers: elsewhere "ti" is TI (teknologi informasi).
        // "kebijakan 5 ti 41 apa bedanya?" names two indicators: "ti" counts only with a count noun before the first number
        // ("OPD 25 ti 41") or after the second ("20 ti 38 OPD").
        if (i + 2 < tokens.Count && (tokens[i + 1] is "dari" or "of" or "out" || tokens[i + 1] == "ti" && (CountNounBefore(tokens, i) || i + 3 < tokens.Count && CountNouns.Contains(tokens[i + 3]))) && (IsDigits(tokens[i + 2]) || i + 3 < tokens.Count && tokens[i + 2] == "of" && IsDigits(tokens[i + 3]))) return true;
        // "12 of our 38 agencies", "12 dari total 38": a word of whose whole may stand between.
        if (i + 3 < tokens.Count && tokens[i + 1] is "dari" or "of" && WholeWords.Contains(tokens[i + 2]) && IsDigits(tokens[i + 3])) return true;
        if (i >= 2 && tokens[i - 1] is "dari" or "of" && IsDigits(tokens[i - 2])) return true;
        // "12 OPD dari 34", "5 apps of 20": the whole that a count is part of.
        if (i >= 3 && tokens[i - 1] is "dari" or "of" && CountNouns.Contains(tokens[i - 2]) && IsDigits(tokens[i - 3])) return true;
        // "10 perangkat daerah (dari 35)": a count noun of two words ("perangkat daerah", "unit kerja") before the whole.
        if (i >= 4 && tokens[i - 1] is "dari" or "of" && CountNouns.Contains(tokens[i - 3]) && IsDigits(tokens[i - 4])) return true;
        // "dari 10 program baru 5 yang terlaksana": a number of things that did something.
        if (i >= 1 && tokens[i - 1] is "baru" or "hanya" or "cuma" or "only" or "just" && i + 1 < tokens.Count && tokens[i + 1] is "yang" or "that" or "which" or "are" or "were") return true;
        // "dipangkas dari 9 langkah jadi 5", "from 12 days to 3": the number a count changes to is that count too.
        if (i >= 3 && IntentWords.Aim.Contains(tokens[i - 1]) && Enumerable.Range(Math.Max(0, i - 4), i - 1 - Math.Max(0, i - 4)).Any(k => IsDigits(tokens[k]) && CountNouns.Contains(tokens[k + 1]))) return true;
        // "the steps from 11 to 6", "langkah dipangkas dari 11 jadi 6": a count noun (a word may stand between) before
        // "from" counts the numbers after it — only when a second number is aimed at ("beda tahapan dari 28 dan 29",
        // "langkah audit dari 28" name indicators).
        if (i >= 2 && tokens[i - 1] is "dari" or "from" && (CountNouns.Contains(tokens[i - 2]) || i >= 3 && CountNouns.Contains(tokens[i - 3]))
            && i + 2 < tokens.Count && IntentWords.Aim.Contains(tokens[i + 1]) && IsDigits(tokens[i + 2])) return true;
        if (i >= 2 && IntentWords.Aim.Contains(tokens[i - 1]) && IsDigits(tokens[i - 2]) && IsCount(tokens, i - 2)) return true;
        return false;
    }

    /// <summary>A count noun one or two words before the number at <paramref name="i"/> ("OPD 25", "OPD kami 25").</summary>
    static bool CountNounBefore(IReadOnlyList<string> tokens, int i) =>
        i >= 1 && CountNouns.Contains(tokens[i - 1]) || i >= 2 && CountNouns.Contains(tokens[i - 2]);

    /// <summary>
    /// "peta rencana ada 2 indikator ya, 2 dan 12", "the 47 indicators": a number before an indicator word with no number
    /// after it counts indicators; it is no level (a level aimed at, "jadi 4 indikator ini", is read before). "indicators"
    /// reaches here corrected to "indicator", so the singular counts too.
    /// </summary>
    static bool CountsIndicators(IReadOnlyList<string> tokens, int i) =>
        i + 1 < tokens.Count && tokens[i + 1] is "indikator" or "indicators" or "indicator" or "ind" && !(i + 2 < tokens.Count && IsDigits(tokens[i + 2]));

    /// <summary>"tahun ini", "thn skrg" from <paramref name="i"/>: this year, not a number of years.</summary>
    static bool ThisYear(IReadOnlyList<string> tokens, int i) =>
        i + 1 < tokens.Count && tokens[i] is "tahun" or "thn" or "th" && tokens[i + 1] is "ini" or "skrg" or "sekarang";

    /// <summary>Words between a count and its whole: "12 of our 38", "5 dari total 30", "3 of the 20".</summary>
    static readonly HashSet<string> WholeWords = ["our", "the", "all", "total", "seluruh", "semua", "kami", "kita", "its", "their"];

    static bool IsDigits(string t) => t.Length > 0 && t.All(char.IsAsciiDigit);

    static void Mark(bool[] used, int from, int to)
    {
        for (var k = from; k <= to && k < used.Length; k++) used[k] = true;
    }
}
