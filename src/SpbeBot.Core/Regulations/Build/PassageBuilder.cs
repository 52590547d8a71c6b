using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SpbeBot.Core.Criteria;
using SpbeBot.Core.Criteria.Build;

namespace SpbeBot.Core.Regulations.Build;

/// <summary>
/// Splits the regulations' general text into quotable passages with their headings:
/// the Pedoman Menteri PANRB 3/2024 (BAB I, BAB II up to the indicator tables, BAB III, BAB IV and BAB V Penutup),
/// PermenPANRB 59/2020 (the body Pasal by Pasal with its ayat, Pasal 1 one definition per passage; and the general
/// chapters of its Lampiran: BAB I, BAB II A–D, BAB III, BAB IV), plus the general rules stated again and again inside
/// the Pedoman's indicator tables (review evidence valid &lt; 2 years, more than one document, optional evidence, how
/// level 5 is kept in the policy and in the service indicators, one's own guideline while no national one is set, use by
/// every work unit against the year's target), each quoted from its first indicator with the list of indicators that state it.
/// Input is the <c>pdftotext -layout</c> text; the output depends on nothing else.
/// </summary>
public static partial class PassageBuilder
{
    public const string PedomanSource = "pedoman-3-2024";
    public const string PermenSource = "permenpanrb-59-2020";

    /// <summary>Passages longer than this are split at paragraph boundaries.</summary>
    public const int MaxPassageLength = 700;

    public static PassageFile Build(string pedomanText, string permenText)
    {
        var pedomanTitle = RegulationTitle.Parse(pedomanText);
        var permenTitle = RegulationTitle.Parse(permenText);
        var pedoman = $"{pedomanTitle.Kind} Menteri PANRB Nomor {pedomanTitle.Number} Tahun {pedomanTitle.Year}";
        var permen = $"{permenTitle.Kind} Menteri PANRB Nomor {permenTitle.Number} Tahun {permenTitle.Year}";

        var passages = new List<Passage>();
        passages.AddRange(Pedoman(pedomanText, pedoman));
        passages.AddRange(TableRules(CatalogBuilder.Build(pedomanText, permenText).Catalog, pedoman, pedomanText));
        passages.AddRange(Permen(permenText, permen));
        var duplicate = passages.GroupBy(p => p.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new CatalogSourceException(CatalogSourceProblem.PassageIdTwice, text: duplicate.Key);
        return new PassageFile([pedomanTitle.Citation, permenTitle.Citation], passages);
    }

    /// <summary>How a long section's text is cut into passages of at most <see cref="MaxPassageLength"/> characters.</summary>
    internal static List<string> Split(string text) => SectionWriter.Split(text);

    // ---- Pedoman 3/2024 ----

    static IEnumerable<Passage> Pedoman(string text, string regulation)
    {
        var sections = new SectionWriter(PedomanSource, regulation);
        var include = false;
        var lines = LayoutText.SplitLines(text);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.Trim();
            if (BabLine().Match(line) is { Success: true } bab)
            {
                var number = bab.Groups[1].Value;
                // BAB II stops at the indicator tables ("I. DOMAIN KEBIJAKAN"); those are the catalog's.
                include = true;
                var title = NextNonBlank(lines, ref i);
                sections.Heading(0, number, $"BAB {number} {title}");
                continue;
            }
            if (!include) continue;
            if (DomainTablesStart().IsMatch(line)) { sections.Flush(); include = false; continue; }
            if (trimmed.StartsWith("Ditetapkan di ", StringComparison.Ordinal)) { sections.Heading(1, "penetapan", "Penetapan"); }
            if (LayoutText.IsPageFurniture(line)) { sections.Blank(); continue; }

            if (PedomanSubHeading().Match(line) is { Success: true } sub && LayoutText.Indent(line) <= 12)
            {
                sections.Heading(2, sub.Groups[1].Value.Split('.')[1], sub.Groups[1].Value + ". " + HeadingTitle(sub.Groups[2].Value, sub.Groups[2].Index, lines, ref i));
                continue;
            }
            if (LetterHeading().Match(line) is { Success: true } letter && LayoutText.Indent(line) <= 4)
            {
                sections.Heading(1, letter.Groups[1].Value, letter.Groups[1].Value + ". " + HeadingTitle(letter.Groups[2].Value, letter.Groups[2].Index, lines, ref i));
                continue;
            }
            if (trimmed == "Pencabutan Pedoman Menteri") { sections.Heading(1, "pencabutan", trimmed); continue; }
            if (TableCaption().IsMatch(line) || trimmed == "CONTOH PENJELASAN TAMBAHAN PENILAIAN MANDIRI ASESOR INTERNAL") sections.TableMode = true;
            else if (trimmed.StartsWith("Catatan:", StringComparison.Ordinal)) sections.TableMode = false;
            sections.Line(line);
        }
        sections.Flush();
        return sections.Passages;
    }

    /// <summary>
    /// General rules written into the cells of many indicators. Each is quoted once, verbatim from the first
    /// indicator that states it, with the indicators that state it too.
    /// </summary>
    static IEnumerable<Passage> TableRules(CriteriaCatalog catalog, string regulation, string pedomanText)
    {
        var chapter = "BAB II " + BabTitle(pedomanText, "II");
        var section = LayoutText.SplitLines(pedomanText).Select(l => l.Trim()).First(l => l.StartsWith("C. Pertanyaan Tingkat Kematangan", StringComparison.Ordinal));
        var rules = new (string Key, string Label, Func<Indicator, IEnumerable<(int Level, string Text)>> Find)[]
        {
            ("reviu-kurang-dari-2-tahun", "Kriteria Bukti Dukung",
                i => i.Levels.SelectMany(l => l.Evidence.Where(e => e.Contains("<2 tahun", StringComparison.Ordinal)).Select(e => (l.Level, e)))),
            ("bukti-opsional", "Kriteria Bukti Dukung",
                i => i.Levels.SelectMany(l => l.Evidence.Where(e => e.Contains("(opsional)", StringComparison.Ordinal)).Select(e => (l.Level, e)))),
            ("level-5-dipertahankan", "Kriteria Pemenuhan",
                i => i.Levels.SelectMany(l => l.Fulfilment.Where(f => f.Contains("dapat dipertahankan", StringComparison.Ordinal) && !IsServiceLevel5(f)).Select(f => (l.Level, f)))),
            // The service indicators (32–47) keep level 5 in other words than the policy and governance ones: a rule of its own.
            ("level-5-dipertahankan-layanan", "Kriteria Pemenuhan",
                i => i.Levels.SelectMany(l => l.Fulfilment.Where(IsServiceLevel5).Select(f => (l.Level, f)))),
            // A management indicator's level-3 note: its own guideline is evidence while no national one is set (24, 27, 28).
            ("pedoman-nasional-belum-ditetapkan", "Kriteria Bukti Dukung",
                i => i.Levels.SelectMany(l => l.Evidence.Where(e => e.Contains("jika belum terdapat pedoman nasional", StringComparison.Ordinal)).Select(e => (l.Level, e)))),
            // Use by every work unit, met against the year's target (16–18, level 3).
            ("pemanfaatan-seluruh-unit-kerja", "Kriteria Bukti Dukung",
                i => i.Levels.SelectMany(l => l.Evidence.Where(e => e.Contains("membandingkan antara capaian dan target", StringComparison.Ordinal)).Select(e => (l.Level, e)))),
            // What a review's result must hold, and when the policies that follow it are set: one evidence row each, stated
            // in most indicators ("hasil reviu harus berisi apa?", "turunan kebijakan ditetapkan kapan setelah reviu?").
            ("hasil-reviu-berisi", "Kriteria Bukti Dukung",
                i => i.Levels.SelectMany(l => l.Evidence.Where(e => e.Contains("berisi konten isu", StringComparison.Ordinal)).Select(e => (l.Level, e)))),
            ("turunan-setelah-reviu", "Kriteria Bukti Dukung",
                i => i.Levels.SelectMany(l => l.Evidence.Where(e => e.Contains("setelah reviu dilakukan", StringComparison.Ordinal)).Select(e => (l.Level, e)))),
        };
        foreach (var (key, label, find) in rules)
        {
            var hits = catalog.Indicators.SelectMany(i => find(i).Select(h => (Indicator: i.Number, h.Level, h.Text))).ToList();
            if (hits.Count == 0) throw new CatalogSourceException(CatalogSourceProblem.RuleNotStated, text: key);
            var first = hits[0];
            var levels = hits.Select(h => h.Level).Distinct().Order().ToList();
            var all = string.Join(", ", hits.Select(h => h.Indicator).Distinct());
            var where = first.Level == 0
                ? $"{label}, Indikator {first.Indicator} (tercantum pada indikator {all})"
                : $"{label}, Level {first.Level}, Indikator {first.Indicator} (tercantum pada indikator {all}; level {string.Join(", ", levels)})";
            // A long cell is cut like a long section (between sentences), each part under the same heading.
            var parts = SectionWriter.Split(first.Text);
            for (var p = 0; p < parts.Count; p++)
                yield return new Passage(parts.Count == 1 ? $"{PedomanSource}/tabel/{key}" : $"{PedomanSource}/tabel/{key}#{p + 1}", PedomanSource, regulation,
                    [chapter, section, parts.Count == 1 ? where : $"{where} ({p + 1}/{parts.Count})"], parts[p]);
        }

        // Sentences of the indicators' description, assessment rule and evidence examples that three or more indicators
        // repeat word for word are general rules too ("Data Pendukung dapat disampaikan lebih dari 1 (satu) jenis dokumen.").
        var fields = new (string Key, string Label, Func<Indicator, string?> Get)[]
        {
            ("deskripsi", "Deskripsi Indikator", i => i.Description),
            ("ketentuan-penilaian", "Ketentuan Penilaian", i => i.AssessmentRules),
            ("contoh-bukti-dukung", "Contoh Bukti Dukung", i => i.EvidenceExamples),
        };
        foreach (var (key, label, get) in fields)
        {
            var repeated = catalog.Indicators
                .SelectMany(i => Sentences(get(i)).Where(s => s.Length >= 30).Distinct().Select(s => (Sentence: s, Indicator: i.Number)))
                .GroupBy(x => x.Sentence, StringComparer.Ordinal)
                .Where(g => g.Count() >= 3)
                .OrderBy(g => g.First().Indicator).ThenBy(g => g.Key, StringComparer.Ordinal)
                .ToList();
            for (var n = 0; n < repeated.Count; n++)
            {
                var numbers = repeated[n].Select(x => x.Indicator).ToList();
                yield return new Passage($"{PedomanSource}/tabel/{key}-{n + 1}", PedomanSource, regulation,
                    [chapter, section, $"{label}, Indikator {numbers[0]} (tercantum pada indikator {string.Join(", ", numbers)})"], repeated[n].Key);
            }
        }

        // Every indicator's own description, assessment rule and evidence examples, so that every sentence of those cells
        // is in some passage ("keamanan termasuk domain arsitektur?", "audit dalam kurun waktu 2 (dua) tahun terakhir").
        // The level criteria stay with the criteria matcher, which quotes them per level.
        foreach (var indicator in catalog.Indicators)
            foreach (var (key, label, get) in fields)
            {
                if (get(indicator) is not { Length: > 0 } cell) continue;
                var parts = SectionWriter.Split(cell);
                var heading = $"Indikator {indicator.Number} {indicator.Name}";
                for (var p = 0; p < parts.Count; p++)
                    yield return new Passage(parts.Count == 1 ? $"{PedomanSource}/indikator-{indicator.Number}/{key}" : $"{PedomanSource}/indikator-{indicator.Number}/{key}#{p + 1}",
                        PedomanSource, regulation, [chapter, heading, parts.Count == 1 ? label : $"{label} ({p + 1}/{parts.Count})"], parts[p]);
            }
    }

    // ---- PermenPANRB 59/2020 ----

    static IEnumerable<Passage> Permen(string text, string regulation)
    {
        var body = new SectionWriter(PermenSource, regulation);
        var lampiran = new SectionWriter(PermenSource + "/lampiran", regulation, ["Lampiran"]);
        var lines = LayoutText.SplitLines(text);
        var state = 0; // 0 before Pasal 1, 1 body, 2 between body and Lampiran, 3 Lampiran, 4 skipped (kuesioner), 5 done
        var inPasal1 = false;
        for (var i = 0; i < lines.Length && state != 5; i++)
        {
            var line = lines[i];
            var trimmed = line.Trim();
            // The preamble: "Menimbang" (why) and "Mengingat" (the legal basis), each one passage.
            if (state == 0 && PreambleLine().Match(line) is { Success: true } preamble)
            {
                body.Heading(0, preamble.Groups[1].Value.ToLowerInvariant(), preamble.Groups[1].Value);
                body.Line(preamble.Groups[2].Value);
                continue;
            }
            if (state == 0 && trimmed == "MEMUTUSKAN:") { body.Flush(); state = -1; continue; }
            if (state == 0 && !LayoutText.IsPageFurniture(line)) { body.Line(line); continue; }
            if (PasalLine().Match(trimmed) is { Success: true } pasal && state is -1 or 0 or 1)
            {
                state = 1;
                inPasal1 = pasal.Groups[1].Value == "1";
                body.Heading(0, "pasal-" + pasal.Groups[1].Value, trimmed);
                continue;
            }
            if (state == 1 && LayoutText.CollapseSpaces(trimmed).StartsWith("Agar setiap orang mengetahuinya", StringComparison.Ordinal))
            {
                body.Heading(0, "penetapan", "Penetapan dan Pengundangan");
                state = 2;
            }
            if (state == 2 && trimmed == "LAMPIRAN I") { body.Flush(); state = 3; continue; }
            if (state == 2)
            {
                if (!LayoutText.IsPageFurniture(line)) body.Line(line);
                continue;
            }
            if (state is 3 or 4 && BabLine().Match(line) is { Success: true } bab)
            {
                state = 3;
                var number = bab.Groups[1].Value;
                lampiran.Heading(0, number, $"BAB {number} {NextNonBlank(lines, ref i)}");
                continue;
            }
            if (state == 3 && KuesionerStart().IsMatch(line)) { lampiran.Flush(); state = 4; continue; }
            if (state == 3 && trimmed.StartsWith("MENTERI PENDAYAGUNAAN APARATUR", StringComparison.Ordinal)) { lampiran.Flush(); state = 5; continue; }
            if (state is not (1 or 3)) continue;
            if (LayoutText.IsPageFurniture(line)) { (state == 1 ? body : lampiran).Blank(); continue; }

            if (state == 1)
            {
                // Pasal 1: one passage per definition ("angka 8"), the introductory line kept with the first.
                if (inPasal1 && NumberedItem().Match(line) is { Success: true } item)
                {
                    body.Heading(1, item.Groups[1].Value, "angka " + item.Groups[1].Value, keepPending: item.Groups[1].Value == "1");
                }
                body.Line(line);
                continue;
            }

            if (LetterHeading().Match(line) is { Success: true } letter && LayoutText.Indent(line) <= 4)
            {
                lampiran.Heading(1, letter.Groups[1].Value, letter.Groups[1].Value + ". " + HeadingTitle(letter.Groups[2].Value, letter.Groups[2].Index, lines, ref i));
                continue;
            }
            if (NumberHeading().Match(line) is { Success: true } numbered && LayoutText.Indent(line) <= 4 && IsShortTitle(numbered.Groups[2].Value, 60))
            {
                lampiran.Heading(2, numbered.Groups[1].Value, numbered.Groups[1].Value + ". " + LayoutText.CollapseSpaces(numbered.Groups[2].Value));
                continue;
            }
            if (SmallLetterHeading().Match(line) is { Success: true } small && LayoutText.Indent(line) <= 6 && IsShortTitle(small.Groups[2].Value, 45))
            {
                lampiran.Heading(3, small.Groups[1].Value, small.Groups[1].Value + ". " + LayoutText.CollapseSpaces(small.Groups[2].Value));
                continue;
            }
            lampiran.Line(line);
        }
        body.Flush();
        lampiran.Flush();
        return body.Passages.Concat(lampiran.Passages);
    }

    // ---- helpers ----

    static bool IsShortTitle(string title, int max)
    {
        var t = LayoutText.CollapseSpaces(title);
        return t.Length <= max && char.IsUpper(t[0]) && !",;:".Contains(t[^1], StringComparison.Ordinal) && t.IndexOfAny([';', ',', '(']) < 0;
    }

    /// <summary>A heading's title, with its second line when the first breaks off mid-title ("… bagi Asesor" / "Eksternal.").</summary>
    static string HeadingTitle(string first, int column, string[] lines, ref int i)
    {
        var title = LayoutText.CollapseSpaces(first);
        if (title.Length >= 50 && !".:;".Contains(title[^1], StringComparison.Ordinal) && i + 1 < lines.Length)
        {
            var next = lines[i + 1].Trim();
            if (next.Length > 0 && next.Length < 70 && LayoutText.Indent(lines[i + 1]) >= column - 1 && next[^1] != ':'
                && (char.IsUpper(next[0]) || next[0] == '(' || title.EndsWith("(apabila", StringComparison.Ordinal)))
            {
                title += " " + LayoutText.CollapseSpaces(next);
                i++;
            }
        }
        return title;
    }

    static string NextNonBlank(string[] lines, ref int i)
    {
        while (i + 1 < lines.Length && lines[i + 1].Trim().Length == 0) i++;
        return i + 1 < lines.Length ? LayoutText.CollapseSpaces(lines[++i]) : "";
    }

    static string BabTitle(string text, string number)
    {
        var lines = LayoutText.SplitLines(text);
        for (var i = 0; i < lines.Length; i++)
            if (BabLine().Match(lines[i]) is { Success: true } m && m.Groups[1].Value == number)
                return NextNonBlank(lines, ref i);
        throw new CatalogSourceException(CatalogSourceProblem.ChapterNotFound, text: number);
    }

    static bool IsServiceLevel5(string fulfilment) =>
        fulfilment.Contains("dapat dipertahankan", StringComparison.Ordinal) && fulfilment.Contains("reviu kapabilitas fungsi", StringComparison.Ordinal);

    static IEnumerable<string> Sentences(string? text) =>
        string.IsNullOrEmpty(text) ? [] : SentenceEnd().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0);

    /// <summary>Collects the lines under the current headings and turns them into passages.</summary>
    sealed class SectionWriter(string idPrefix, string regulation, IReadOnlyList<string>? outer = null)
    {
        readonly string?[] _keys = new string?[4];
        readonly string?[] _titles = new string?[4];
        readonly List<(string Text, int Indent, bool Table)> _lines = [];
        List<(string Text, int Indent, bool Table)>? _pending;
        public List<Passage> Passages { get; } = [];
        public bool TableMode { get; set; }

        public void Heading(int level, string key, string title, bool keepPending = false)
        {
            if (keepPending) _pending = [.. _lines];
            else Flush();
            _lines.Clear();
            if (_pending is not null) { _lines.AddRange(_pending); _pending = null; }
            for (var l = level; l < _keys.Length; l++) { _keys[l] = null; _titles[l] = null; }
            _keys[level] = key;
            _titles[level] = title;
            TableMode = false;
        }

        public void Blank() { }

        public void Line(string raw)
        {
            var text = LayoutText.CollapseSpaces(raw);
            if (text.Length == 0) return;
            _lines.Add((text, LayoutText.Indent(raw), TableMode));
        }

        public void Flush()
        {
            if (_lines.Count == 0 || _keys.All(k => k is null)) { _lines.Clear(); return; }
            var text = Reflow(_lines);
            _lines.Clear();
            var headings = (outer ?? []).Concat(_titles.OfType<string>()).ToList();
            var id = idPrefix + "/" + string.Join(".", _keys.OfType<string>());
            var parts = Split(text);
            for (var p = 0; p < parts.Count; p++)
                Passages.Add(new Passage(parts.Count == 1 ? id : $"{id}#{p + 1}", idPrefix.Split('/')[0], regulation,
                    parts.Count == 1 ? headings : [.. headings.SkipLast(1), $"{headings[^1]} ({p + 1}/{parts.Count})"], parts[p]));
        }

        /// <summary>
        /// Running text: lines of one paragraph joined with spaces; a list item ("a.", "1)", "(2)", "•") or an indented
        /// first line after a full stop starts a new line; table lines stay lines.
        /// </summary>
        static string Reflow(List<(string Text, int Indent, bool Table)> lines)
        {
            var sb = new StringBuilder();
            (string Text, int Indent, bool Table)? previous = null;
            foreach (var line in lines)
            {
                if (previous is not { } prev) { sb.Append(line.Text); previous = line; continue; }
                var newLine = line.Table || prev.Table || ListMarker().IsMatch(line.Text)
                    || (".:;".Contains(prev.Text[^1], StringComparison.Ordinal) && line.Indent > prev.Indent + 2);
                if (newLine) sb.Append('\n').Append(line.Text);
                else if (prev.Text[^1] == '/' || (prev.Text[^1] == '-' && prev.Text.Length > 1 && char.IsLetter(prev.Text[^2]) && char.IsLetter(line.Text[0])))
                    sb.Append(line.Text);
                else sb.Append(' ').Append(line.Text);
                previous = line;
            }
            return sb.ToString();
        }

        /// <summary>Long sections become several passages, cut between paragraphs (or, inside a long paragraph, between sentences).</summary>
        internal static List<string> Split(string text)
        {
            if (text.Length <= MaxPassageLength) return [text];
            var pieces = new List<(string Text, char Before)>();
            foreach (var paragraph in text.Split('\n'))
            {
                var sentences = paragraph.Length <= MaxPassageLength ? [paragraph]
                    : SentenceEnd().Split(paragraph).SelectMany(s => s.Length <= MaxPassageLength ? [s] : Words(s)).ToArray();
                for (var s = 0; s < sentences.Length; s++) pieces.Add((sentences[s], s == 0 ? '\n' : ' '));
            }
            var parts = new List<string>();
            var current = new StringBuilder();
            foreach (var (piece, before) in ListsWithLeadIn(pieces))
            {
                if (current.Length > 0 && current.Length + piece.Length + 1 > MaxPassageLength)
                {
                    parts.Add(current.ToString());
                    current.Clear();
                }
                if (current.Length > 0) current.Append(before);
                current.Append(piece);
            }
            if (current.Length > 0) parts.Add(current.ToString());
            return parts;
        }

        /// <summary>
        /// A list's lead-in ("3) Pelaksana Entri Data memiliki tugas:") and the items under it ("a) …", "b) …") are one piece
        /// when they fit in one passage, else the lead-in stays with the first item: a role's duties or a list of parts is
        /// never quoted without the line saying whose or what they are.
        /// </summary>
        internal static List<(string Text, char Before)> ListsWithLeadIn(List<(string Text, char Before)> pieces)
        {
            var result = new List<(string Text, char Before)>(pieces);
            // From the last list to the first: a list inside another ("d. … juga melakukan:" under "4. … melakukan:") is
            // kept whole before the outer one is looked at.
            for (var i = result.Count - 2; i >= 0; i--)
            {
                var (text, before) = result[i];
                if (!text.EndsWith(':') || result[i + 1].Before != '\n' || !ListMarker().IsMatch(result[i + 1].Text)) continue;
                // The items: the paragraphs after the lead-in that start with a list marker of another kind than the
                // lead-in's own ("3)" introduces "a)", "b)"; the next "4)" ends the list).
                var own = MarkerKind(text);
                var end = i + 1;
                while (end < result.Count && (result[end].Before != '\n' || (ListMarker().IsMatch(result[end].Text) && MarkerKind(result[end].Text) != own))) end++;
                var items = result.GetRange(i + 1, end - i - 1);
                result.RemoveRange(i, end - i);
                result.InsertRange(i, WithLeadIn((text, before), items));
            }
            return result;
        }

        static List<(string Text, char Before)> WithLeadIn((string Text, char Before) leadIn, List<(string Text, char Before)> items)
        {
            var (text, before) = leadIn;
            if (text.Length + Joined(items).Length <= MaxPassageLength) return [(text + Joined(items), before)];
            // Too long as laid out: the list runs from the lead-in's last sentence to the last item's first sentence (a
            // closing remark the layout ran into the last item, "… Pemerintah Daerah. Dalam pelaksanaan Pemantauan SPBE,
            // …", is not the list's); the sentences around it stay pieces of their own.
            var lead = SentenceEnd().Split(text);
            var last = SentenceEnd().Split(items[^1].Text);
            var list = lead[^1] + Joined([.. items.SkipLast(1), (last[0], items[^1].Before)]);
            if (list.Length <= MaxPassageLength)
            {
                var result = new List<(string Text, char Before)>();
                if (lead.Length > 1) result.Add((string.Join(" ", lead[..^1]), before));
                result.Add((list, lead.Length > 1 ? ' ' : before));
                if (last.Length > 1) result.Add((string.Join(" ", last[1..]), ' '));
                return result;
            }
            // A long list: its lead-in stays with the first item.
            return text.Length + 1 + items[0].Text.Length <= MaxPassageLength
                ? [(text + "\n" + items[0].Text, before), .. items.Skip(1)]
                : [leadIn, .. items];
        }

        static string Joined(IEnumerable<(string Text, char Before)> pieces) => string.Concat(pieces.Select(p => p.Before + p.Text));

        /// <summary>The kind of a list marker: "3)" and "12)" are one kind, "a)" another, "3." and "(3)" others; null without one.</summary>
        static string? MarkerKind(string text) => ListMarker().Match(text) is { Success: true } m
            ? Regex.Replace(Regex.Replace(m.Groups[1].Value, @"\d+", "9"), @"^\(?[a-z]\b", "a")
            : null;

        /// <summary>A run-on table without sentences: cut between words.</summary>
        static IEnumerable<string> Words(string text)
        {
            var start = 0;
            while (text.Length - start > MaxPassageLength)
            {
                var cut = text.LastIndexOf(' ', start + MaxPassageLength);
                if (cut <= start) cut = start + MaxPassageLength;
                yield return text[start..cut];
                start = cut + 1;
            }
            yield return text[start..];
        }
    }

    [GeneratedRegex(@"^\s*BAB ([IVX]+)\s*$")]
    private static partial Regex BabLine();

    [GeneratedRegex(@"^\s*I\.\s+DOMAIN KEBIJAKAN\s*$")]
    private static partial Regex DomainTablesStart();

    [GeneratedRegex(@"^\s*E\.\s+Kuesioner Pemantauan")]
    private static partial Regex KuesionerStart();

    [GeneratedRegex(@"^\s*([A-H]\.\d+)\.?\s+(\S.*)$")]
    private static partial Regex PedomanSubHeading();

    [GeneratedRegex(@"^\s*([A-H])\.\s+(\S.*)$")]
    private static partial Regex LetterHeading();

    [GeneratedRegex(@"^\s*(\d)\.\s+(\S.*)$")]
    private static partial Regex NumberHeading();

    [GeneratedRegex(@"^\s*([a-e])\.\s+(\S.*)$")]
    private static partial Regex SmallLetterHeading();

    [GeneratedRegex(@"^\s*(\d+)\.\s+\S")]
    private static partial Regex NumberedItem();

    [GeneratedRegex(@"^(Menimbang|Mengingat)\s*:\s*(.*)$")]
    private static partial Regex PreambleLine();

    [GeneratedRegex(@"^Pasal (\d+)$")]
    private static partial Regex PasalLine();

    [GeneratedRegex(@"^\s*Tabel \d+\.\s")]
    private static partial Regex TableCaption();

    [GeneratedRegex(@"^(\(\d+\)|\d+\.|\d+\)|[a-z]\.|[a-z]\)|•|❖|[A-H]\.\d+\.|Gambar \d+\.?)\s")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"(?<=[.;])\s+(?=[A-Z(])")]
    private static partial Regex SentenceEnd();
}
