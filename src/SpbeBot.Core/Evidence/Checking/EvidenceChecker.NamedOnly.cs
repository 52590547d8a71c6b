using System.Text.RegularExpressions;

namespace SpbeBot.Core.Evidence.Checking;

/// <summary>
/// A document that only names an element does not show it (issue 22, wip-29ep): a table of contents' entry ("BAB III REVIU
/// KEBIJAKAN .......... 12") or a heading with nothing under it — the next line is a new chapter, the closing date line, the
/// signature, or the text's end — or a reference to the regulation that requires it ("Sesuai Peraturan Menteri PANRB Nomor
/// 59 Tahun 2020, reviu kebijakan wajib dilaksanakan"), or another instansi's act quoted ("Peraturan Gubernur Jawa
/// Tengah …: … telah dilaksanakan"): what was done there is no evidence of the instansi's own. The Pedoman asks what the text shows; a part's title or another
/// regulation's duty is no content.
/// </summary>
public sealed partial class EvidenceChecker
{
    sealed partial class LevelJudge
    {
        /// <summary>A table of contents' entry: a dot leader and a page number closing the line.</summary>
        static readonly Regex ContentsEntry = new(@"(?:\.{4,}|(?:\.\s){3,}|…{2,})\s*\d{1,3}\s*$", RegexOptions.CultureInvariant);

        /// <summary>
        /// A heading: a line in capitals of two words or more ("BAB III REVIU KEBIJAKAN"). Not a chapter line in mixed case:
        /// a Keputusan's outline of its lampiran ("BAB II Arsitektur Proses Bisnis") lists what it regulates (set 22 Q17).
        /// </summary>
        static readonly Regex Heading = new(@"^[^a-z]*[A-Z]{3,}[^a-z]*\s[^a-z]*[A-Z]{3,}[^a-z]*$", RegexOptions.CultureInvariant);

        /// <summary>What ends a part without content: a new chapter, a table of contents' entry, the closing date or signature.</summary>
        static readonly Regex PartEnd = new(
            @"^(?:BAB\s+[IVXL\d]+\b|DAFTAR\s+ISI\b|[A-Z][A-Za-z .\-]+,\s*\d{1,2}\s+[A-Za-z]+\s+\d{4}$|(?:ttd|TTD|Ttd)\b|(?:Ditetapkan|DITETAPKAN)\s+di\b|NIP\b)",
            RegexOptions.CultureInvariant);

        /// <summary>The hit stands in a table of contents' entry or in a heading with nothing under it.</summary>
        bool NamedOnly(PageText.Hit hit)
        {
            var text = page.Pages[hit.Page - 1];
            var line = LineAt(text, hit.Index, out var lineEnd).Trim();
            if (ContentsEntry.IsMatch(line)) return true;
            if (!Heading.IsMatch(line)) return false;
            var next = NextLine(text, lineEnd) ?? (hit.Page < page.Pages.Count ? NextLine(page.Pages[hit.Page], 0) : null);
            return next is null || PartEnd.IsMatch(next) || ContentsEntry.IsMatch(next);
        }

        /// <summary>A regulation cited as the source of a duty: "sesuai/berdasarkan/mengacu pada/amanat Peraturan … Nomor …".</summary>
        static readonly Regex CitedRegulation = new(
            @"\b(sesuai|berdasarkan|mengacu\s+pada|amanat|diamanatkan\s+dalam)\s+(?:dengan\s+|ketentuan\s+)?(?:\w+\s+){0,3}?(peraturan|permen\w*|perpres|perda|undang\s+undang|uu|pp)\b(?:\s+\w+){0,8}?\s+(nomor|no)\s+\d+",
            RegexOptions.CultureInvariant);

        static readonly Regex Duty = new(@"\b(wajib|diwajibkan|harus|mengamanatkan|diamanatkan)\b", RegexOptions.CultureInvariant);

        /// <summary>The hit's sentence says another regulation requires it: a duty named, not a fact shown.</summary>
        bool RequiredElsewhere(PageText.Hit hit)
        {
            var (start, end) = SentenceAround(hit);
            var sentence = page.Folded[hit.Page - 1][start..end];
            return CitedRegulation.IsMatch(sentence) && Duty.IsMatch(sentence);
        }

        /// <summary>A legal basis ("Mengingat :", "Dasar :", "Dasar hukum") opening the sentence and citing a regulation by its title ("… Nomor 5 Tahun 2024 tentang …"), in folded text.</summary>
        static readonly Regex LegalBasis = new(
            @"^\W*(mengingat|dasar(?:\s+hukum)?|landasan\s+hukum)\b.*?\b(nomor|no)\s+\S+(?:\s+\S+){0,6}?\s+tentang\b",
            RegexOptions.CultureInvariant);

        /// <summary>
        /// The hit stands in the title of a regulation cited as the document's legal basis ("Dasar : Peraturan Bupati Nomor 5
        /// Tahun 2024 tentang Konsultasi Rencana dan Anggaran SPBE … bagi seluruh perangkat daerah"): a record names its basis,
        /// it shows nothing done (wip-32ev). A policy's own preamble is already left out before MEMUTUSKAN.
        /// </summary>
        bool InLegalBasis(PageText.Hit hit)
        {
            var (start, _) = SentenceAround(hit);
            if (NewLineStatement(hit.Page - 1, start, hit.Index)) return false;
            var before = page.Folded[hit.Page - 1][start..hit.Index].TrimStart();
            // A plan cited in the basis ("2. Keputusan Bupati … tentang Peta Rencana SPBE …, program Manajemen Layanan SPBE") is
            // the plan an SOP's practice follows: three tuning authors count it (sets 2, 3, 25: E25, E33, T25). Whether the basis
            // is a numbered list or one line ("Dasar : Keputusan Bupati … tentang Peta Rencana SPBE …", m33ev).
            return (LegalBasis.IsMatch(before) || Citation.IsMatch(before) && UnderLegalBasisLabel(hit.Page - 1, start))
                && !CitedPlan.IsMatch(page.Folded[hit.Page - 1][start..Math.Min(page.Folded[hit.Page - 1].Length, hit.Index + hit.Length)]);
        }

        /// <summary>A regulation cited by its title at the start of a list item: "Peraturan Bupati … Nomor 5 Tahun 2024 tentang …".</summary>
        static readonly Regex Citation = new(
            @"^\W*(undang|peraturan|keputusan|instruksi|surat\s+edaran|perpres|permen\w*|pergub|perbup|perwal|perda|pp|uu)\b.*?\b(nomor|no)\s+\S+(?:\s+\S+){0,6}?\s+tentang\b",
            RegexOptions.CultureInvariant);

        static readonly Regex CitedPlan = new(@"\btentang\s+(?:\w+\s+){0,2}?(peta\s+rencana|rencana\s+(?:strategis|kerja|induk|aksi)|renja|renstra|rkpd|roadmap)\b", RegexOptions.CultureInvariant);

        static readonly Regex LegalBasisLabel = new(@"(?:^|\n)[ \t]*(mengingat|dasar(?:\s+hukum)?|landasan\s+hukum)\b", RegexOptions.CultureInvariant);

        /// <summary>
        /// The item at <paramref name="start"/> belongs to a numbered legal basis: "Mengingat : 1. Peraturan … ; 2. Peraturan
        /// Bupati … tentang …" — the sentence splitter ends a sentence at "1." and ";", so the label is not in the item's
        /// sentence (wip-32ev's scratch case). The label is the last one before the item, with no blank line and no line
        /// stating something between them.
        /// </summary>
        bool UnderLegalBasisLabel(int pageIndex, int start)
        {
            var folded = page.Folded[pageIndex];
            var from = Math.Max(0, start - 2000);
            if (LegalBasisLabel.Matches(folded[from..start]).LastOrDefault() is not { } label) return false;
            var labelAt = from + label.Index;
            return !Regex.IsMatch(page.Pages[pageIndex][labelAt..start], @"\n[ \t\r]*\n(?=[ \t]*\S)", RegexOptions.CultureInvariant)
                   && !NewLineStatement(pageIndex, labelAt + 1, start);
        }

        /// <summary>A statement's predicate, which a regulation's title (a noun phrase) does not hold: "telah/sudah …", "di…kan".</summary>
        static readonly Regex Predicate = new(@"\b(telah|sudah|sedang|belum|di\w{3,}kan)\b", RegexOptions.CultureInvariant);

        /// <summary>
        /// A line between start and end opens with a capital and states something: a basis without its full stop ends there
        /// ("Dasar : … tentang Tata Kelola SPBE⏎Rencana dan anggaran … telah dikonsultasikan"), and what follows is the record's
        /// own statement; a title wrapped onto the next line ("tentang Konsultasi⏎Rencana dan Anggaran SPBE kepada …") stays the basis.
        /// </summary>
        bool NewLineStatement(int pageIndex, int start, int end)
        {
            var text = page.Pages[pageIndex];
            for (var i = text.IndexOf('\n', start, end - start); i >= 0; i = i + 1 < end ? text.IndexOf('\n', i + 1, end - i - 1) : -1)
            {
                var j = i + 1;
                while (j < text.Length && text[j] is ' ' or '\t' or '\r') j++;
                if (j >= text.Length || !char.IsUpper(text[j])) continue;
                var lineEnd = text.IndexOf('\n', j);
                if (Predicate.IsMatch(page.Folded[pageIndex][j..(lineEnd < 0 ? text.Length : lineEnd)])) return true;
            }
            return false;
        }

        /// <summary>A regional head's act and its place: "Peraturan Gubernur Jawa Tengah", "Keputusan Wali Kota Bandung".</summary>
        static readonly Regex RegionalAct = new(
            @"\b(?:Peraturan|Keputusan|Instruksi|Surat\s+Edaran)\s+(Gubernur|Bupati|Wali\s*[Kk]ota)\s+((?!Nomor\b)[A-Z][a-z]+(?:\s+(?!Nomor\b)[A-Z][a-z]+){0,2})",
            RegexOptions.CultureInvariant);

        /// <summary>
        /// The hit's sentence quotes a regional act of a place other than the document's own instansi — or, where the
        /// document names none its facts can read (a screenshot's "Pemerintah Provinsi X - Bappeda" line), the Pemda the
        /// checker serves (set 27's service screenshots: V28, V29, V33, V38, V40 in evidence-probe).
        /// </summary>
        bool OtherInstansiAct(PageText.Hit hit)
        {
            if ((facts.Instansi ?? configuredInstansi) is not { Length: > 0 } own) return false;
            var (start, end) = SentenceAround(hit);
            return RegionalAct.Matches(page.Pages[hit.Page - 1][start..end]).Any(m =>
            {
                var prefix = m.Groups[1].Value.StartsWith('G') ? "Provinsi " : m.Groups[1].Value.StartsWith('B') ? "Kabupaten " : "Kota ";
                return DocumentFactsReader.Place(prefix + m.Groups[2].Value) != DocumentFactsReader.Place(own);
            });
        }

        /// <summary>The hit's sentence, at most 300 characters either side.</summary>
        (int Start, int End) SentenceAround(PageText.Hit hit)
        {
            var text = page.Pages[hit.Page - 1];
            var start = hit.Index;
            while (start > 0 && hit.Index - start < 300 && !SentenceEnds(text, start - 1)) start--;
            var end = Math.Min(text.Length, hit.Index + hit.Length);
            while (end < text.Length && end - hit.Index < 300 && !SentenceEnds(text, end)) end++;
            return (start, end);
        }

        /// <summary>A full stop not inside a number or an abbreviation ("No. 59", "59.2020"), a semicolon, or a blank line.</summary>
        static bool SentenceEnds(string text, int i) =>
            text[i] == ';' || text[i] == '\n' && i > 0 && text[i - 1] == '\n'
            || text[i] == '.' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])) && !(i >= 2 && text[(i - 2)..i] is "No" or "no");

        static string LineAt(string text, int index, out int lineEnd)
        {
            var start = index <= 0 ? 0 : text.LastIndexOf('\n', Math.Min(index, text.Length) - 1) + 1;
            lineEnd = text.IndexOf('\n', Math.Min(index, text.Length));
            if (lineEnd < 0) lineEnd = text.Length;
            return text[start..lineEnd];
        }

        /// <summary>The first non-empty line from <paramref name="from"/> on, trimmed; null at the text's end.</summary>
        static string? NextLine(string text, int from) =>
            text[Math.Min(from, text.Length)..].Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
    }
}
