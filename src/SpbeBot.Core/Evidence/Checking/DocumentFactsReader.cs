using System.Text.RegularExpressions;

namespace SpbeBot.Core.Evidence.Checking;

/// <summary>
/// What a document says about itself: kind, number, year, date of penetapan, a signature block, draft markers, and
/// the Pemda it names. Read from the original text of the first page (the heading) and the whole document.
/// </summary>
public static partial class DocumentFactsReader
{
    static readonly RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    /// <summary>
    /// Every pattern here runs on the whole document, so each is built once with the non-backtracking engine: its time
    /// is linear in the text, whatever the text (a line of 100,000 spaces, a 20-page table), and it has no time-out — a
    /// wall-clock time-out fires on a busy machine on a normal document, and a check must never fail for time.
    /// </summary>
    static Regex Rx(string pattern, RegexOptions options) => new(pattern, options | RegexOptions.NonBacktracking);

    static Regex Rx(string pattern) => Rx(pattern, Options);

    /// <summary>Kinds in the heading, the earliest found wins ("LAPORAN HASIL REVIU PERATURAN BUPATI" is a Laporan).</summary>
    static readonly (Regex Pattern, string Kind)[] Kinds = new (string Pattern, string Kind)[]
    {
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
        // The head of region's instruction to the Perangkat Daerah is a policy too ("INSTRUKSI BUPATI SUKAMAJU NOMOR 3 TAHUN 2025").
        (@"instruksi\s+bupati", "Instruksi Bupati"),
        (@"instruksi\s+wali\s*kota", "Instruksi Wali Kota"),
        (@"instruksi\s+gubernur", "Instruksi Gubernur"),
        (@"standar\s+operasional\s+prosedur|\bsop\b", "SOP"),
        (@"\bnotul[ae]n\w*|\bnotula\b|catatan\s+rapat|risalah\s+rapat|catatan\s+(?:hasil\s+)?(?:reviu|review|evaluasi)", "Notulensi"),
        (@"berita\s+acara", "Berita Acara"),
        (@"\bundangan\b", "Undangan"),
        (@"\blaporan\b", "Laporan"),
        // A heading "HASIL EVALUASI LAYANAN …", "HASIL REVIU …" is the report of one even where the word "laporan" is missing.
        (@"(?:^|\n)[ \t]*hasil\s+(evaluasi|reviu|review|audit|pemantauan)\b", "Laporan"),
        (@"\bkerangka\s+acuan", "Kerangka Acuan Kerja"),
        (@"\bnota\s+dinas\b", "Nota Dinas"),
    }.Select(k => (Rx(k.Pattern.Replace(@"\s+", OcrGap, StringComparison.Ordinal)), k.Kind)).ToArray();

    /// <summary>
    /// The space between a kind's words, as a scan's OCR may read it: a stray comma or dot glued to the word before
    /// ("KEPUTUSAN, GUBERNUR LINTANG BARUNA", set 21's P13, wip-24ev). A heading has no sentence break inside its kind.
    /// </summary>
    const string OcrGap = @"[,.]?\s+";

    public static readonly string[] PolicyKinds =
        ["Peraturan Bupati", "Peraturan Wali Kota", "Peraturan Gubernur", "Peraturan Daerah", "Keputusan Bupati", "Keputusan Wali Kota",
         "Keputusan Gubernur", "Keputusan Sekretaris Daerah", "Keputusan Kepala", "Surat Keputusan", "Surat Edaran",
         "Instruksi Bupati", "Instruksi Wali Kota", "Instruksi Gubernur", "SOP"];

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
            var m = pattern.Matches(head).FirstOrDefault(x => !IsPolicy(kind) || !CitedInLine(head, x.Index));
            if (m is not null && m.Index < best.Index) best = (m.Index, kind);
        }
        return best.Kind;
    }

    /// <summary>The text of the line before position <paramref name="at"/> (empty at a line's start).</summary>
    static string LineBefore(string text, int at) => at <= 0 ? "" : text[(text.LastIndexOf('\n', at - 1) + 1)..at];

    /// <summary>"NOMOR 12 TAHUN 2024", "Nomor: 100.3.3.2/45/Diskominfo/2025"; blank when NOMOR/TAHUN carry dots or nothing.</summary>
    static (string? Number, int? Year, bool Blank) ReadNumber(string head, bool lineStart)
    {
        // "Nomor SOP : …", "Nomor laporan : …" label the document's own number; "Jalan Merdeka Nomor 1" in the letterhead does not.
        var m = (lineStart ? NumberLine : NumberAnywhere).Matches(head)
            .FirstOrDefault(x => !Address.IsMatch(LineBefore(head, x.Index + x.Value.Length - x.Value.TrimStart('\r', '\n', ' ', '\t').Length))
                                 && !Telephone.IsMatch(x.Value) && NumberLike(x.Groups[1].Value));
        if (m is null) return (null, null, false);
        var rest = m.Groups[1].Value.Trim();
        var tahun = Tahun.Match(rest);
        var numberPart = tahun.Success ? tahun.Groups[1].Value.Trim() : rest;
        var yearPart = tahun.Success ? tahun.Groups[2].Value.Trim() : "";
        if (!tahun.Success && numberPart.Length == 0)
        {
            // "NOMOR" alone on its line: the number may be on the next line ("NOMOR\n12 TAHUN 2024") or left blank.
            var next = NextLine.Match(head[(m.Index + m.Length)..]);
            if (next.Success && NumberOnNextLine.Match(next.Groups[1].Value) is { Success: true } n)
                return (n.Groups[1].Value, n.Groups[2].Success ? int.Parse(n.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) : null, false);
        }
        var blankNumber = !numberPart.Any(char.IsDigit) || Dots.IsMatch(numberPart);
        int? year = null;
        // "Nomor 27 Tahun" at a line's end: the year may stand on the next line.
        if (tahun.Success && yearPart.Length == 0) yearPart = NextLine.Match(head[(m.Index + m.Length)..]) is { Success: true } nl ? nl.Groups[1].Value.Trim() : "";
        if (YearFirst.Match(yearPart) is { Success: true } y) year = int.Parse(y.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        else if (!tahun.Success && YearLast.Match(numberPart) is { Success: true } y2)
            year = int.Parse(y2.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        // "TAHUN ….." is left blank; a number without its year ("Nomor 800/90/KPTS") is no draft marker.
        var blankYear = tahun.Success && year is null && Dots.IsMatch(yearPart);
        // The number is one token ("12", "100.3.3.2/214/2025"); what follows on the line (a place and date) is not.
        var number = blankNumber ? null : numberPart.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)[0].TrimEnd(',', ';', '.').Trim();
        if (number is { Length: > 60 }) number = number[..60];
        return (number, year, blankNumber || blankYear);
    }

    static readonly Regex NumberLine = Rx(@"(?:^|\n)[ \t]*\bnomor(?:[ \t]+(?:sop|laporan|surat|dokumen|naskah|register))?[ \t]*:?[ \t]*([^\r\n]*)");
    static readonly Regex NumberAnywhere = Rx(@"\bnomor(?:[ \t]+(?:sop|laporan|surat|dokumen|naskah|register))?[ \t]*:?[ \t]*([^\r\n]*)");
    static readonly Regex Address = Rx(@"\b(jalan|jl|jln|telepon|telp|alamat)\b");
    static readonly Regex Telephone = Rx(@"\b(telepon|telp)\b");
    static readonly Regex Tahun = Rx(@"^(.*?)\s*\btahun\b\s*([^\r\n]*)$");
    static readonly Regex NextLine = Rx(@"^\s*([^\r\n]+)");
    static readonly Regex NumberOnNextLine = Rx(@"^(\d[\w./-]*)\s*(?:tahun\s*(\d{4}))?");
    static readonly Regex Dots = Rx(@"\.{3,}|…|_{2,}", RegexOptions.CultureInvariant);
    static readonly Regex YearFirst = Rx(@"^(\d{4})\b");
    static readonly Regex YearLast = Rx(@"(?:^|[/.\s-])((?:19|20)\d{2})\s*$");
    static readonly Regex Preamble = Rx(@"\b(menimbang|dengan\s+rahmat|mengingat)\b");
    static readonly Regex TitleYearPattern = Rx(@"\btahun\s+(?:anggaran\s+)?((?:19|20)\d{2})\b");

    /// <summary>The heading up to the preamble (Menimbang, DENGAN RAHMAT, Mengingat).</summary>
    static string Heading(string head)
    {
        var end = Preamble.Match(head);
        return end.Success ? head[..end.Index] : head;
    }

    static int? TitleYear(string head) =>
        TitleYearPattern.Match(head) is { Success: true } m
            ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    static bool IsDraft(string head, string? kind, string all)
    {
        var top = head[..Math.Min(head.Length, 400)];
        // A watermark-like line of its own: "DRAF", "- KONSEP -", "RANCANGAN".
        if (DraftLine.IsMatch(all)) return true;
        // A marker line in capitals with its qualifier: "KONSEP - BELUM FINAL", "DRAF V.2 (UNTUK PEMBAHASAN)".
        if (DraftLineQualified.IsMatch(all)) return true;
        // A record's draft says so in its title or a marker line, whatever its kind: "RANCANGAN LAPORAN …", "KONSEP
        // NOTULENSI …", "Konsep - belum final".
        if (DraftTitle.IsMatch(top) || DraftMarkerNotFinal.IsMatch(all)) return true;
        if (kind is not null && RecordKinds.Contains(kind)) return false;
        // What a policy or plan text says of itself near its top: not final, not for circulation (an invitation's "bahan
        // pembahasan" or a notulensi's agenda is not that).
        if (NotFinal.IsMatch(top)) return true;
        if (DraftWord.IsMatch(all)) return true;
        return DraftOf.IsMatch(top);
    }

    // Two marker words may stand together: "KONSEP / DRAF".
    static readonly Regex DraftLine = Rx(@"(^|\n)[ \t]*[-–*\[(]*[ \t]*(DRAF|DRAFT|KONSEP|RANCANGAN)(?:[ \t]*/[ \t]*(?:DRAF|DRAFT|KONSEP|RANCANGAN))?(?:[ \t]+(?:FINAL|AKHIR|\d+))?[ \t]*[-–*\])]*[ \t]*(\r?\n|$)", RegexOptions.CultureInvariant);
    static readonly Regex DraftLineQualified = Rx(@"(^|\n)[ \t]*[-–*\[(]*[ \t]*(DRAF|DRAFT|KONSEP|RANCANGAN)[ \t]*(?:[-–:(]|\b(?:BELUM|VERSI|V\.?\d|UNTUK))[^\na-z]{0,60}(\r?\n|$)", RegexOptions.CultureInvariant);
    static readonly Regex DraftTitle = Rx(@"(^|\n)[ \t]*(DRAF|DRAFT|KONSEP|RANCANGAN)[ \t]+(LAPORAN|NOTULENSI|NOTULEN|NOTULA|BERITA[ \t]+ACARA|RISALAH|CATATAN)\b", RegexOptions.CultureInvariant);
    static readonly Regex DraftMarkerNotFinal = Rx(@"(^|\n)[ \t]*[-–*\[(]*[ \t]*(draf|draft|konsep|rancangan)[ \t]*[-–:(,][ \t]*(belum[ \t]+final|belum[ \t]+ditetapkan|untuk[ \t]+pembahasan)\b[^\n]{0,40}(\r?\n|$)");
    static readonly Regex NotFinal = Rx(@"\b(belum\s+final|tidak\s+untuk\s+disebarluaskan|versi\s+pembahasan)\b");
    static readonly Regex DraftWord = Rx(@"\b(DRAF|DRAFT)\b", RegexOptions.CultureInvariant);
    static readonly Regex DraftOf = Rx(@"\b(rancangan|konsep|draf|draft)\s+(peraturan|keputusan|surat\s+edaran|sop|standar|kerangka\s+acuan)");

    /// <summary>
    /// A penetapan/signature block: "ttd", an electronic signature, a NIP; or "Ditetapkan/Dikeluarkan di X pada tanggal
    /// &lt;date&gt;" with the official's name under the title. A penetapan date left blank ("pada tanggal ……") is unsigned,
    /// whatever "ttd" says: a policy is ditetapkan on a date, and a "ttd" typed under an empty date is a draft's.
    /// </summary>
    internal static bool IsSigned(string all)
    {
        if (BlankPenetapanDate.IsMatch(all)) return false;
        if (SignedMark.IsMatch(all)) return true;
        if (Nip.IsMatch(all)) return true;
        var dated = DatedPenetapan.IsMatch(all) || DatedPlaceLine.IsMatch(all) || DatedSopLine.IsMatch(all);
        if (!dated) return false;
        // The penetapan block is signed by the official under "Ditetapkan di …": a name under the Sekretaris Daerah's
        // pengundangan block further down does not sign it.
        if (Enacted.Match(all) is not { Success: true } enacted) return NameUnderTitle(all);
        var promulgated = Promulgated.Match(all, enacted.Index + enacted.Length);
        return NameUnderTitle(all[enacted.Index..(promulgated.Success ? promulgated.Index : all.Length)]);
    }

    static readonly Regex SignedMark = Rx(@"\b(ttd|t\.t\.d|tertanda|ditandatangani\s+secara\s+elektronik|tanda\s+tangan\s+elektronik)\b");
    // "… pada tanggal" followed by dots, a blank or a word: the date left empty.
    // The block starts its line ("Ditetapkan di Sukamaju"), so "… akan ditetapkan di kemudian hari" and a next line's
    // "berlaku pada tanggal diundangkan" is no blank date.
    static readonly Regex BlankPenetapanDate = Rx(@"(^|\n)[ \t]*(ditetapkan|dikeluarkan)\s+di\b[^\n]*\n?[^\n]*?pada\s+tanggal[\s:]*([.…_]|[A-Za-z]|$)");
    static readonly Regex Nip = Rx(@"\bNIP\.?\s*:?\s*\d{6,}");
    static readonly Regex DatedPenetapan = Rx(@"\b(ditetapkan|dikeluarkan)\s+di\s+\w+[\s\S]{0,60}?pada\s+tanggal\s*:?\s*\d{1,2}\s+" + MonthPattern);
    static readonly Regex DatedPlaceLine = Rx(@"(^|\n)[ \t]*[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?,[ \t]*\d{1,2}[ \t]+" + MonthPattern + @"[ \t]+\d{4}");
    // An SOP's identity lines date it instead of a place line: "Tanggal efektif : 1 Juni 2026", "Tanggal pengesahan: …"
    // (PermenPANRB 35/2012's SOP form; the official signs under "Disahkan oleh" or at the foot).
    static readonly Regex DatedSopLine = Rx(@"(^|\n)[ \t]*tanggal[ \t]+(efektif|pengesahan|penetapan|disahkan|ditetapkan)[ \t]*:?[ \t]*\d{1,2}[ \t]+" + MonthPattern + @"[ \t]+\d{4}");
    static readonly Regex Enacted = Rx(@"\b(ditetapkan|dikeluarkan)\s+di\b");
    static readonly Regex Promulgated = Rx(@"\bdiundangkan\s+di\b");

    /// <summary>
    /// A signature block laid out (a title line such as "Notulis," or "KEPALA DINAS …,") with no name under any title
    /// (and, as for every unsigned document, no "ttd" or NIP): signed by nobody.
    /// </summary>
    public static bool HasEmptySignatureBlock(string all) => HasSignatureBlock(all) && !NameUnderTitle(all);

    static bool HasSignatureBlock(string all) => SignatureTitle.IsMatch(all);

    static readonly Regex SignatureTitle =
        Rx(@"(^|\n)[ \t]*(?:[^\n]{0,60}[ \t]{2,})?(notulis|mengetahui|pimpinan\s+rapat|bupati|wali\s*kota|gubernur|kepala|ketua|sekretaris|plt\.?|pj\.?)\b[^\n,]{0,80},[ \t]*(\n|$)");
    static readonly Regex OfficialTitle = Rx(@"^(BUPATI|WALI\s*KOTA|GUBERNUR|KEPALA|SEKRETARIS|KETUA|PLT\.?|PJ\.?|PENJABAT|NOTULIS|PIMPINAN)\b.*,\s*$");
    static readonly Regex BlockEnd = Rx(@"^(NIP|BAB|PASAL|BAGIAN|LAMPIRAN|DAFTAR|KATA\s+PENGANTAR|PENDAHULUAN|RINGKASAN)\b");
    static readonly Regex AfterComma = Rx(@",.*$", RegexOptions.CultureInvariant);
    static readonly Regex Honorifics = Rx(@"^((H|Hj|Ir|Dr|dr|Drs|Dra|Prof)\.\s*)+", RegexOptions.CultureInvariant);
    static readonly Regex NotAName = Rx(@"^(BUPATI|WALI|GUBERNUR|KEPALA|SEKRETARIS|KABUPATEN|KOTA|PROVINSI|DINAS|BADAN|PEMERINTAH|BERITA|LEMBARAN|NIP)\b");

    /// <summary>An official's title line ("BUPATI SUKAMAJU,", "Kepala Dinas …,") with a name in capitals a few lines under it.</summary>
    static bool NameUnderTitle(string all)
    {
        var lines = all.Split('\n').Select(l => l.Trim()).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!OfficialTitle.IsMatch(lines[i])) continue;
            for (var j = i + 1; j < Math.Min(lines.Count, i + 7); j++)
            {
                // The name stands above the NIP and before the next heading: past them there is no name of this block.
                if (BlockEnd.IsMatch(lines[j])) break;
                var name = AfterComma.Replace(lines[j], "");
                name = Honorifics.Replace(name, "");
                var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var nameLike = words.Length is >= 2 and <= 6 && !name.Any(char.IsDigit)
                               && words.All(w => char.IsUpper(w[0]) || w is "bin" or "binti" or "van" or "de" or "al");
                if (name.Length >= 5 && name.Count(char.IsLetter) >= 5 && nameLike
                    && !NotAName.IsMatch(name))
                    return true;
            }
        }
        return false;
    }

    static DateOnly? PenetapanDate(string all)
    {
        var m = PenetapanDatePattern.Match(all);
        return m.Success ? ToDate(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value) : null;
    }

    static readonly Regex PenetapanDatePattern = Rx(@"ditetapkan\s+di\s+[\s\S]{0,60}?pada\s+tanggal\s*:?\s*(\d{1,2})\s+" + MonthPattern + @"\s+(\d{4})");
    static readonly Regex PlaceDatePattern = Rx(@"\b([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?),[ \t]*(\d{1,2})[ \t]+(?i:" + MonthPattern + @")[ \t]+(\d{4})", RegexOptions.CultureInvariant);
    static readonly Regex Weekday = Rx(@"^(Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad)$", RegexOptions.CultureInvariant);
    static readonly Regex LabelledDatePattern = Rx(@"\b(?:tanggal|hari\s*/\s*tanggal|tgl)\b\.?\s*:?\s*(?:\w+,\s*)?(\d{1,2})\s+" + MonthPattern + @"\s+(\d{4})");
    static readonly Regex AnyDate = Rx(@"\b(\d{1,2})\s+" + MonthPattern + @"\s+(\d{4})\b");

    /// <summary>A letter's or report's own date: "Sukamaju, 29 Agustus 2025" (not a weekday: "Kamis, 5 Juni 2025").</summary>
    static DateOnly? PlaceDate(string all)
    {
        foreach (Match m in PlaceDatePattern.Matches(all))
            if (!Weekday.IsMatch(m.Groups[1].Value))
                return ToDate(m.Groups[2].Value, m.Groups[3].Value, m.Groups[4].Value);
        return null;
    }

    static DateOnly? LabelledDate(string all)
    {
        var m = LabelledDatePattern.Match(all);
        return m.Success ? ToDate(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value) : null;
    }

    /// <summary>The first written-out date in the text ("16 Desember 2024"); null without a valid one.</summary>
    internal static DateOnly? DateIn(string text) =>
        AnyDate.Match(text) is { Success: true } m ? ToDate(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value) : null;

    static DateOnly? LastDate(string all)
    {
        DateOnly? last = null;
        foreach (Match m in AnyDate.Matches(all))
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
        var candidates = new List<(int Index, string Value)>();
        foreach (var (pattern, prefix) in InstansiPatterns)
        {
            // An official's title followed by NOMOR or TENTANG ("BUPATI NOMOR 12") names no place: the next one may.
            var m = pattern.Matches(text).FirstOrDefault(x => !NotAPlace.IsMatch(x.Groups[1].Value));
            if (m is not null) candidates.Add((m.Index, prefix + Title(m.Groups[1].Value)));
        }
        var found = candidates.Where(c => !IsGeneric(c.Value)).OrderBy(c => c.Index).FirstOrDefault();
        return found.Value;
    }

    static readonly Regex NotAPlace = Rx(@"^(NOMOR|TENTANG)", RegexOptions.CultureInvariant);

    static readonly (Regex Pattern, string Prefix)[] InstansiPatterns = Instansi();

    static (Regex, string)[] Instansi()
    {
        const string name = @"([A-Z][A-Za-z'’-]+(?:[ \t]+[A-Z][A-Za-z'’-]+){0,2})";
        var upper = name.Replace("A-Za-z", "A-Z");
        return new (string Pattern, string Prefix)[]
        {
            (@"\bKABUPATEN[ \t]+" + upper, "Kabupaten "),
            (@"\bKabupaten[ \t]+" + name, "Kabupaten "),
            (@"\bKOTA[ \t]+" + upper, "Kota "),
            (@"\bKota[ \t]+" + name, "Kota "),
            (@"\bPROVINSI[ \t]+" + upper, "Provinsi "),
            (@"\bBUPATI[ \t]+" + upper, "Kabupaten "),
            (@"\bWALI[ \t]*KOTA[ \t]+" + upper, "Kota "),
            (@"\bGUBERNUR[ \t]+" + upper, "Provinsi "),
        }.Select(x => (Rx(x.Pattern, RegexOptions.CultureInvariant), x.Prefix)).ToArray();
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

    static readonly Regex Government = Rx(@"^(pemerintah|pemkab|pemkot|pemprov)\s+", RegexOptions.CultureInvariant);
    static readonly Regex Kab = Rx(@"^kab\s", RegexOptions.CultureInvariant);

    /// <summary>The place of an instansi name, folded: "Pemerintah Kabupaten Sukamaju" → "kabupaten sukamaju".</summary>
    public static string Place(string name)
    {
        var folded = PageText.Collapse(PageText.Fold(name));
        folded = Government.Replace(folded, "");
        folded = Kab.Replace(folded, "kabupaten ");
        return folded.Replace("walikota", "kota").Trim();
    }
}
