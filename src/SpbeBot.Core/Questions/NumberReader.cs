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

            if (t is "sektor" or "sector" && TryNumber(tokens, i + 1, allowRoman: true, out var sector, out var sectorEnd))
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
                if (TryNumber(tokens, k, allowRoman: false, out var number, out var end))
                {
                    // "nyambung ke 12 dari 40 OPD": a count after "ke", not an indicator.
                    if (t == "ke" && IsCount(tokens, k)) { Mark(used, i, end); i = end; continue; }
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

            if (IntentWords.All.Contains(t) && FindLevelAhead(tokens, i + 1, 4, out var allLevel, out var allEnd))
            { r.AllLevel ??= allLevel; Mark(used, i, allEnd); i = allEnd; continue; }

            if (IntentWords.Rest.Contains(t) && FindLevelAhead(tokens, i + 1, 3, out var restLevel, out var restEnd))
            { r.RestLevel ??= restLevel; Mark(used, i, restEnd); i = restEnd; continue; }

            if (IsDigits(t) && int.TryParse(t, out var bare) && bare < 1000)
            {
                // "baru 4 OPD", "5 dari 30 OPD", "dua kali", "3 tahun lalu": a count of things, not an indicator or level.
                if (IsCount(tokens, i)) { used[i] = true; continue; }
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

    static bool FindLevelAhead(IReadOnlyList<string> tokens, int start, int window, out int level, out int end)
    {
        for (var j = start; j < Math.Min(tokens.Count, start + window); j++)
            if (ChatVocabulary.LevelWords.Contains(tokens[j]) && LevelAfter(tokens, j, out level, out end)) return true;
        level = 0; end = start;
        return false;
    }

    /// <summary>The level number after a level word, skipping "ke" and "kematangan": "tingkat kematangan 3", "level ke-4".</summary>
    static bool LevelAfter(IReadOnlyList<string> tokens, int i, out int level, out int end)
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
        // "tiga puluh dua", "dua belas"
        if (i + 1 < tokens.Count && tokens[i + 1] == "belas") { value += 10; end = i + 1; return true; }
        if (i + 1 < tokens.Count && tokens[i + 1] == "puluh")
        {
            value *= 10; end = i + 1;
            if (i + 2 < tokens.Count && ChatVocabulary.NumberWords.TryGetValue(tokens[i + 2], out var ones) && ones < 10) { value += ones; end = i + 2; }
        }
        return true;
    }

    /// <summary>Nouns that make the number before them a count ("12 OPD", "2 tahun", "3 kali", "5 apps").</summary>
    static readonly HashSet<string> CountNouns =
    [
        "opd", "opds", "skpd", "dinas", "perangkat", "unit", "units", "instansi", "badan", "kecamatan", "desa", "kelurahan", "pegawai",
        "orang", "asn", "staf", "staff", "aplikasi", "apps", "applications", "layanan", "services", "dokumen", "documents", "file", "berkas",
        "tahun", "thn", "th", "years", "year", "bulan", "months", "month", "minggu", "weeks", "hari", "days", "kali", "times", "jam", "hours",
        "persen", "percent", "agencies", "offices", "kantor", "sekolah", "puskesmas", "server", "servers", "dataset", "datasets", "bidang",
    ];

    /// <summary>A bare number that counts something: followed by a count noun, or part of "5 dari 30" / "5 of 30" / "5/30".</summary>
    static bool IsCount(IReadOnlyList<string> tokens, int i)
    {
        if (i + 1 < tokens.Count && CountNouns.Contains(tokens[i + 1])) return true;
        if (i + 2 < tokens.Count && tokens[i + 1] is "dari" or "of" or "out" && (IsDigits(tokens[i + 2]) || i + 3 < tokens.Count && tokens[i + 2] == "of" && IsDigits(tokens[i + 3]))) return true;
        if (i >= 2 && tokens[i - 1] is "dari" or "of" && IsDigits(tokens[i - 2])) return true;
        return false;
    }

    static bool IsDigits(string t) => t.Length > 0 && t.All(char.IsAsciiDigit);

    static void Mark(bool[] used, int from, int to)
    {
        for (var k = from; k <= to && k < used.Length; k++) used[k] = true;
    }
}
