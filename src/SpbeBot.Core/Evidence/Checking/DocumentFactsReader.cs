using System.Text.RegularExpressions;

namespace SpbeBot.Core.Evidence.Checking;

/// <summary>
/// What a document says about itself: kind, number, year, date of penetapan, a signature block, draft markers, and
/// the Pemda it names. Read from the original text of the first page (the heading) and the whole document.
/// </summary>
public static class DocumentFactsReader
{
    static readonly RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;
    static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    /// <summary>Kinds in the heading, the earliest found wins ("LAPORAN HASIL REVIU PERATURAN BUPATI" is a Laporan).</summary>
    static readonly (string Pattern, string Kind)[] Kinds =
    [
        (@"peraturan\s+bupati", "Peraturan Bupati"),
        (@"peraturan\s+wali\s*kota", "Peraturan Wali Kota"),
        (@"peraturan\s+gubernur", "Peraturan Gubernur"),
        (@"peraturan\s+daerah", "Peraturan Daerah"),
        (@"keputusan\s+bupati", "Keputusan Bupati"),
        (@"keputusan\s+wali\s*kota", "Keputusan Wali Kota"),
        (@"keputusan\s+gubernur", "Keputusan Gubernur"),
        (@"keputusan\s+sekretaris\s+daerah", "Keputusan Sekretaris Daerah"),
        (@"keputusan\s+kepala", "Keputusan Kepala"),
        (@"surat\s+keputusan", "Surat Keputusan"),
        (@"surat\s+edaran", "Surat Edaran"),
        (@"standar\s+operasional\s+prosedur|\bsop\b", "SOP"),
        (@"\bnotul[ae]n\w*|\bnotula\b|catatan\s+rapat|risalah\s+rapat", "Notulensi"),
        (@"berita\s+acara", "Berita Acara"),
        (@"\bundangan\b", "Undangan"),
        (@"\blaporan\b", "Laporan"),
        // A heading "HASIL EVALUASI LAYANAN …", "HASIL REVIU …" is the report of one even where the word "laporan" is missing.
        (@"(?:^|\n)[ \t]*hasil\s+(evaluasi|reviu|review|audit|pemantauan)\b", "Laporan"),
        (@"\bkerangka\s+acuan", "Kerangka Acuan Kerja"),
        (@"\bnota\s+dinas\b", "Nota Dinas"),
    ];

    public static readonly string[] PolicyKinds =
        ["Peraturan Bupati", "Peraturan Wali Kota", "Peraturan Gubernur", "Peraturan Daerah", "Keputusan Bupati", "Keputusan Wali Kota",
         "Keputusan Gubernur", "Keputusan Sekretaris Daerah", "Keputusan Kepala", "Surat Keputusan", "Surat Edaran", "SOP"];

    public static bool IsPolicy(string? kind) => kind is not null && PolicyKinds.Contains(kind);

    static readonly string[] Months = ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember"];
    static readonly string MonthPattern = "(" + string.Join("|", Months) + "|agt|okt|nop|des|jan|feb|mar|apr|jun|jul|agu|sep|nov)";

    public static DocumentFacts Read(PageText text)
    {
        if (text.Pages.Count == 0) return new DocumentFacts(null, null, null, null, false, false, null);
        var first = text.Pages[0];
        var head = first[..Math.Min(first.Length, 700)];
        var kind = ReadKind(head);
        // A report's heading may name the policy it is about ("LAPORAN REVIU PERATURAN BUPATI NOMOR 12 TAHUN 2024"):
        // only a policy takes its number from anywhere in the heading; other documents from a line of its own ("Nomor: …").
        var (number, year, blank) = ReadNumber(head, lineStart: kind is null || !IsPolicy(kind));   // a sentence citing "Perpres Nomor 132" is not the document's number
        var date = PenetapanDate(text.All) ?? (IsPolicy(kind) ? null : PlaceDate(text.All)) ?? LabelledDate(text.All) ?? LastDate(text.All);
        if (!IsPolicy(kind) && date is { } d) year = d.Year;
        if (!blank) year ??= TitleYear(Heading(head)) ?? date?.Year;
        var draft = blank || IsDraft(head, kind, text.All);
        var signed = !draft && IsSigned(text.All);
        return new DocumentFacts(kind, number, year, date, signed, draft, ReadInstansi(head) ?? ReadInstansi(text.All));
    }

    static string? ReadKind(string head)
    {
        var best = (Index: int.MaxValue, Kind: (string?)null);
        foreach (var (pattern, kind) in Kinds)
        {
            var m = Regex.Match(head, pattern, Options, Timeout);
            if (m.Success && m.Index < best.Index) best = (m.Index, kind);
        }
        return best.Kind;
    }

    /// <summary>The text of the line before position <paramref name="at"/> (empty at a line's start).</summary>
    static string LineBefore(string text, int at) => at <= 0 ? "" : text[(text.LastIndexOf('\n', at - 1) + 1)..at];

    /// <summary>"NOMOR 12 TAHUN 2024", "Nomor: 100.3.3.2/45/Diskominfo/2025"; blank when NOMOR/TAHUN carry dots or nothing.</summary>
    static (string? Number, int? Year, bool Blank) ReadNumber(string head, bool lineStart)
    {
        // "Nomor SOP : …", "Nomor laporan : …" label the document's own number; "Jalan Merdeka Nomor 1" in the letterhead does not.
        var m = Regex.Matches(head, (lineStart ? @"(?:^|\n)[ \t]*" : "") + @"\bnomor(?:[ \t]+(?:sop|laporan|surat|dokumen|naskah|register))?[ \t]*:?[ \t]*([^\r\n]*)", Options, Timeout)
            .FirstOrDefault(x => !Regex.IsMatch(LineBefore(head, x.Index + x.Value.Length - x.Value.TrimStart('\r', '\n', ' ', '\t').Length), @"\b(jalan|jl|jln|telepon|telp|alamat)\b", Options, Timeout)
                                 && !Regex.IsMatch(x.Value, @"\b(telepon|telp)\b", Options, Timeout));
        if (m is null) return (null, null, false);
        var rest = m.Groups[1].Value.Trim();
        var tahun = Regex.Match(rest, @"^(.*?)\s*\btahun\b\s*([^\r\n]*)$", Options, Timeout);
        var numberPart = tahun.Success ? tahun.Groups[1].Value.Trim() : rest;
        var yearPart = tahun.Success ? tahun.Groups[2].Value.Trim() : "";
        if (!tahun.Success && numberPart.Length == 0)
        {
            // "NOMOR" alone on its line: the number may be on the next line ("NOMOR\n12 TAHUN 2024") or left blank.
            var next = Regex.Match(head[(m.Index + m.Length)..], @"^\s*([^\r\n]+)", Options, Timeout);
            if (next.Success && Regex.Match(next.Groups[1].Value, @"^(\d[\w./-]*)\s*(?:tahun\s*(\d{4}))?", Options, Timeout) is { Success: true } n)
                return (n.Groups[1].Value, n.Groups[2].Success ? int.Parse(n.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) : null, false);
        }
        var blankNumber = !numberPart.Any(char.IsDigit) || Regex.IsMatch(numberPart, @"\.{3,}|…|_{2,}", RegexOptions.CultureInvariant, Timeout);
        int? year = null;
        if (Regex.Match(yearPart, @"^(\d{4})\b", Options, Timeout) is { Success: true } y) year = int.Parse(y.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        else if (!tahun.Success && Regex.Match(numberPart, @"(?:^|[/.\s-])((?:19|20)\d{2})\s*$", Options, Timeout) is { Success: true } y2)
            year = int.Parse(y2.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var blankYear = tahun.Success && year is null;
        // The number is one token ("12", "100.3.3.2/214/2025"); what follows on the line (a place and date) is not.
        var number = blankNumber ? null : numberPart.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)[0].TrimEnd(',', ';', '.').Trim();
        if (number is { Length: > 60 }) number = number[..60];
        return (number, year, blankNumber || blankYear);
    }

    /// <summary>The heading up to the preamble (Menimbang, DENGAN RAHMAT, Mengingat).</summary>
    static string Heading(string head)
    {
        var end = Regex.Match(head, @"\b(menimbang|dengan\s+rahmat|mengingat)\b", Options, Timeout);
        return end.Success ? head[..end.Index] : head;
    }

    static int? TitleYear(string head) =>
        Regex.Match(head, @"\btahun\s+(?:anggaran\s+)?((?:19|20)\d{2})\b", Options, Timeout) is { Success: true } m
            ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    static bool IsDraft(string head, string? kind, string all)
    {
        var top = head[..Math.Min(head.Length, 400)];
        // A watermark-like line of its own: "DRAF", "- KONSEP -", "RANCANGAN".
        if (Regex.IsMatch(all, @"(^|\n)[ \t]*[-–*\[(]*[ \t]*(DRAF|DRAFT|KONSEP|RANCANGAN)(?:[ \t]+(?:FINAL|AKHIR|\d+))?[ \t]*[-–*\])]*[ \t]*(\r?\n|$)", RegexOptions.CultureInvariant, Timeout)) return true;
        // A marker line in capitals with its qualifier: "KONSEP - BELUM FINAL", "DRAF V.2 (UNTUK PEMBAHASAN)".
        if (Regex.IsMatch(all, @"(^|\n)[ \t]*[-–*\[(]*[ \t]*(DRAF|DRAFT|KONSEP|RANCANGAN)[ \t]*(?:[-–:(]|\b(?:BELUM|VERSI|V\.?\d|UNTUK))[^\na-z]{0,60}(\r?\n|$)", RegexOptions.CultureInvariant, Timeout)) return true;
        if (!IsPolicy(kind) && kind is not null) return false;
        // What a policy or plan text says of itself near its top: not final, not for circulation (an invitation's "bahan
        // pembahasan" or a notulensi's agenda is not that).
        if (Regex.IsMatch(top, @"\b(belum\s+final|tidak\s+untuk\s+disebarluaskan|versi\s+pembahasan)\b", Options, Timeout)) return true;
        if (Regex.IsMatch(all, @"\b(DRAF|DRAFT)\b", RegexOptions.CultureInvariant, Timeout)) return true;
        return Regex.IsMatch(top, @"\b(rancangan|konsep|draf|draft)\s+(peraturan|keputusan|surat\s+edaran|sop|standar)", Options, Timeout);
    }

    /// <summary>
    /// A penetapan/signature block: "ttd", an electronic signature, a NIP; or "Ditetapkan/Dikeluarkan di X pada tanggal
    /// &lt;date&gt;" with the official's name under the title. A penetapan date left blank ("pada tanggal ……") is unsigned.
    /// </summary>
    static bool IsSigned(string all)
    {
        if (Regex.IsMatch(all, @"\b(ttd|t\.t\.d|tertanda|ditandatangani\s+secara\s+elektronik|tanda\s+tangan\s+elektronik)\b", Options, Timeout)) return true;
        if (Regex.IsMatch(all, @"\b(ditetapkan|dikeluarkan)\s+di\b[^\n]*\n?[^\n]*?pada\s+tanggal[\s:]*(?=[.…_]|[A-Za-z]|$)", Options, Timeout)) return false;
        if (Regex.IsMatch(all, @"\bNIP\.?\s*:?\s*\d{6,}", Options, Timeout)) return true;
        var dated = Regex.IsMatch(all, @"\b(ditetapkan|dikeluarkan)\s+di\s+\w+[\s\S]{0,60}?pada\s+tanggal\s*:?\s*\d{1,2}\s+" + MonthPattern, Options, Timeout)
                    || Regex.IsMatch(all, @"(^|\n)[ \t]*[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?,[ \t]*\d{1,2}[ \t]+" + MonthPattern + @"[ \t]+\d{4}", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout);
        if (!dated) return false;
        // The penetapan block is signed by the official under "Ditetapkan di …": a name under the Sekretaris Daerah's
        // pengundangan block further down does not sign it.
        var block = Regex.Match(all, @"\b(ditetapkan|dikeluarkan)\s+di\b[\s\S]*?(?=\bdiundangkan\s+di\b|$)", Options, Timeout);
        return NameUnderTitle(block.Success ? block.Value : all);
    }

    /// <summary>
    /// A signature block laid out (a title line such as "Notulis," or "KEPALA DINAS …,") with no name under any title
    /// (and, as for every unsigned document, no "ttd" or NIP): signed by nobody.
    /// </summary>
    public static bool HasEmptySignatureBlock(string all) => HasSignatureBlock(all) && !NameUnderTitle(all);

    static bool HasSignatureBlock(string all) =>
        Regex.IsMatch(all, @"(^|\n)[ \t]*(?:[^\n]{0,60}[ \t]{2,})?(notulis|mengetahui|pimpinan\s+rapat|bupati|wali\s*kota|gubernur|kepala|ketua|sekretaris|plt\.?|pj\.?)\b[^\n,]{0,80},[ \t]*(\n|$)", Options, Timeout);

    /// <summary>An official's title line ("BUPATI SUKAMAJU,", "Kepala Dinas …,") with a name in capitals a few lines under it.</summary>
    static bool NameUnderTitle(string all)
    {
        var lines = all.Split('\n').Select(l => l.Trim()).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!Regex.IsMatch(lines[i], @"^(BUPATI|WALI\s*KOTA|GUBERNUR|KEPALA|SEKRETARIS|KETUA|PLT\.?|PJ\.?|PENJABAT|NOTULIS|PIMPINAN)\b.*,\s*$", Options, Timeout)) continue;
            for (var j = i + 1; j < Math.Min(lines.Count, i + 7); j++)
            {
                // The name stands above the NIP and before the next heading: past them there is no name of this block.
                if (Regex.IsMatch(lines[j], @"^(NIP|BAB|PASAL|BAGIAN|LAMPIRAN|DAFTAR|KATA\s+PENGANTAR|PENDAHULUAN|RINGKASAN)\b", Options, Timeout)) break;
                var name = Regex.Replace(lines[j], @",.*$", "");
                name = Regex.Replace(name, @"^((H|Hj|Ir|Dr|dr|Drs|Dra|Prof)\.\s*)+", "", RegexOptions.CultureInvariant);
                var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var nameLike = words.Length is >= 2 and <= 6 && !name.Any(char.IsDigit)
                               && words.All(w => char.IsUpper(w[0]) || w is "bin" or "binti" or "van" or "de" or "al");
                if (name.Length >= 5 && name.Count(char.IsLetter) >= 5 && nameLike
                    && !Regex.IsMatch(name, @"^(BUPATI|WALI|GUBERNUR|KEPALA|SEKRETARIS|KABUPATEN|KOTA|PROVINSI|DINAS|BADAN|PEMERINTAH|BERITA|LEMBARAN|NIP)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout))
                    return true;
            }
        }
        return false;
    }

    static DateOnly? PenetapanDate(string all)
    {
        var m = Regex.Match(all, @"ditetapkan\s+di\s+[\s\S]{0,60}?pada\s+tanggal\s*:?\s*(\d{1,2})\s+" + MonthPattern + @"\s+(\d{4})", Options, Timeout);
        return m.Success ? ToDate(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value) : null;
    }

    /// <summary>A letter's or report's own date: "Sukamaju, 29 Agustus 2025" (not a weekday: "Kamis, 5 Juni 2025").</summary>
    static DateOnly? PlaceDate(string all)
    {
        foreach (Match m in Regex.Matches(all, @"\b([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?),[ \t]*(\d{1,2})[ \t]+(?i:" + MonthPattern + @")[ \t]+(\d{4})", RegexOptions.CultureInvariant, Timeout))
            if (!Regex.IsMatch(m.Groups[1].Value, @"^(Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad)$", RegexOptions.CultureInvariant, Timeout))
                return ToDate(m.Groups[2].Value, m.Groups[3].Value, m.Groups[4].Value);
        return null;
    }

    static DateOnly? LabelledDate(string all)
    {
        var m = Regex.Match(all, @"\b(?:tanggal|hari\s*/\s*tanggal|tgl)\b\.?\s*:?\s*(?:\w+,\s*)?(\d{1,2})\s+" + MonthPattern + @"\s+(\d{4})", Options, Timeout);
        return m.Success ? ToDate(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value) : null;
    }

    static DateOnly? LastDate(string all)
    {
        DateOnly? last = null;
        foreach (Match m in Regex.Matches(all, @"\b(\d{1,2})\s+" + MonthPattern + @"\s+(\d{4})\b", Options, Timeout))
            last = ToDate(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value) ?? last;
        return last;
    }

    static DateOnly? ToDate(string day, string month, string year)
    {
        var prefix = month.ToLowerInvariant()[..3];
        var index = Array.FindIndex(Months, x => x.StartsWith(prefix, StringComparison.Ordinal) || (prefix == "agt" && x == "agustus") || (prefix == "nop" && x == "november"));
        if (index < 0) return null;
        var (d, y) = (int.Parse(day, System.Globalization.CultureInfo.InvariantCulture), int.Parse(year, System.Globalization.CultureInfo.InvariantCulture));
        if (y is < 1945 or > 2100 || d is < 1 or > 31 || d > DateTime.DaysInMonth(y, index + 1)) return null;
        return new DateOnly(y, index + 1, d);
    }

    /// <summary>"Kabupaten Sukamaju", "Kota Mekarsari", "Provinsi …" — from BUPATI/WALI KOTA/GUBERNUR headings or the name.</summary>
    public static string? ReadInstansi(string text)
    {
        var name = @"([A-Z][A-Za-z'’-]+(?:[ \t]+[A-Z][A-Za-z'’-]+){0,2})";
        var candidates = new List<(int Index, string Value)>();
        void Add(string pattern, string prefix, RegexOptions extra = RegexOptions.None)
        {
            var m = Regex.Match(text, pattern, RegexOptions.CultureInvariant | extra, Timeout);
            if (m.Success) candidates.Add((m.Index, prefix + Title(m.Groups[1].Value)));
        }
        Add(@"\bKABUPATEN[ \t]+" + name.Replace("A-Za-z", "A-Z"), "Kabupaten ");
        Add(@"\bKabupaten[ \t]+" + name, "Kabupaten ");
        Add(@"\bKOTA[ \t]+" + name.Replace("A-Za-z", "A-Z"), "Kota ");
        Add(@"(?<!\w)Kota[ \t]+" + name, "Kota ");
        Add(@"\bPROVINSI[ \t]+" + name.Replace("A-Za-z", "A-Z"), "Provinsi ");
        Add(@"\bBUPATI[ \t]+(?!NOMOR|TENTANG)" + name.Replace("A-Za-z", "A-Z"), "Kabupaten ");
        Add(@"\bWALI[ \t]*KOTA[ \t]+(?!NOMOR|TENTANG)" + name.Replace("A-Za-z", "A-Z"), "Kota ");
        Add(@"\bGUBERNUR[ \t]+(?!NOMOR|TENTANG)" + name.Replace("A-Za-z", "A-Z"), "Provinsi ");
        var found = candidates.Where(c => !IsGeneric(c.Value)).OrderBy(c => c.Index).FirstOrDefault();
        return found.Value;
    }

    static readonly string[] GenericWords =
        ["Nomor", "Tentang", "Dan", "Tahun", "Yang", "Di", "Pada", "Atau", "Ini", "Tersebut", "Lain", "Setempat", "Provinsi", "Kabupaten", "Kota", "Pemerintah", "Daerah", "Dinas", "Sekretariat"];

    static bool IsGeneric(string value)
    {
        var words = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length < 2 || GenericWords.Contains(words[1], StringComparer.OrdinalIgnoreCase);
    }

    static string Title(string words)
    {
        // Stop at words that start the next phrase of the heading.
        var kept = new List<string>();
        foreach (var w in words.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (GenericWords.Contains(w, StringComparer.OrdinalIgnoreCase) || w.Equals("PROVINSI", StringComparison.OrdinalIgnoreCase)) break;
            kept.Add(w.Length <= 1 ? w.ToUpperInvariant() : char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant());
        }
        return string.Join(' ', kept);
    }

    /// <summary>The place of an instansi name, folded: "Pemerintah Kabupaten Sukamaju" → "kabupaten sukamaju".</summary>
    public static string Place(string name)
    {
        var folded = PageText.Collapse(PageText.Fold(name));
        folded = Regex.Replace(folded, @"^(pemerintah|pemkab|pemkot|pemprov)\s+", "", RegexOptions.CultureInvariant);
        folded = Regex.Replace(folded, @"^kab\s", "kabupaten ", RegexOptions.CultureInvariant);
        return folded.Replace("walikota", "kota").Trim();
    }
}
