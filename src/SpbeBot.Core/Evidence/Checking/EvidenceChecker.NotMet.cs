using System.Text.RegularExpressions;

namespace SpbeBot.Core.Evidence.Checking;

/// <summary>
/// One reading of "not met" for every element kind, policy and practice alike (issue 22, wip-21ea): the sentence (or
/// table row) holding an element's words, read to its end, says it is only planned or proposed ("Rencana tindak lanjut
/// tahun 2027: …", "Ke depan, … akan dilaksanakan", "Diusulkan agar …") or not done ("Sampai saat ini … belum
/// dilaksanakan", "… masih dalam proses"). The Kriteria ask what is there ("telah …"), so such a mention meets nothing —
/// whatever the same words say elsewhere in the document, which is read on its own. A roadmap's programmes are plans by
/// nature: where the indicator asks for a plan (Peta Rencana), a plan sentence is its content; a denial still is not.
/// </summary>
public sealed partial class EvidenceChecker
{
    sealed partial class LevelJudge
    {
        // "yang akan": who a rule binds ("Perangkat Daerah yang akan membangun aplikasi wajib berkonsultasi"), not a plan.
        static readonly Regex PlanLead = new(
            @"\brencana\s+tindak\s+lanjut\b|\b(direncanakan|merencanakan|diusulkan|mengusulkan|diagendakan)\b|\busul(?:an)?\s+(?:agar|untuk|supaya)\b"
            + @"|\bke\s+depan(?:nya)?\b|\b(tahun|periode)\s+(berikutnya|mendatang|depan)\b|(?<!\byang\s)\bakan\b(?!\s+datang)",
            RegexOptions.CultureInvariant);

        static readonly Regex NotDoneAfter = new(
            @"\b(belum|blm)\b|\b(tidak|tdk)\s+(?:\w+\s+)?(dilaksanakan|dilakukan|terlaksana|tersedia|ada|berjalan|diterapkan|disusun|dibangun|dimiliki|dibentuk)\b"
            + @"|\bmasih\s+(?:dalam\s+)?(proses|tahap)\b|\bsedang\s+(disusun|dalam\s+proses|dikembangkan|dibangun|dirancang|dibahas)\b",
            RegexOptions.CultureInvariant);

        static readonly Regex NotDoneBefore = new(
            @"\b(belum|blm)\b|\bmasih\s+(?:dalam\s+)?(proses|tahap)\b|\bsedang\s+(disusun|dalam\s+proses|dikembangkan|dibangun|dirancang|dibahas)\b",
            RegexOptions.CultureInvariant);

        /// <summary>"… dan telah dilaksanakan": the sentence says the planned step was carried out.</summary>
        static readonly Regex Done = new(@"\b(telah|sudah)\s+(?:\w+\s+)?(dilaksanakan|dilakukan|terlaksana|diterapkan|diselesaikan|selesai|ditindaklanjuti)\b", RegexOptions.CultureInvariant);

        /// <summary>Words that turn a sentence to another subject: what follows them says nothing of what came before.</summary>
        static readonly Regex Turn = new(@"\b(sedangkan|namun|tetapi|kecuali|adapun|sementara\s+itu)\b", RegexOptions.CultureInvariant);

        /// <summary>The hit's sentence says the element is only planned, proposed or not done (see the type's summary).</summary>
        bool StatedNotMet(PageText.Hit hit)
        {
            var folded = page.Folded[hit.Page - 1];
            // A heading is read with its section by the section rules (a "RENCANA TINDAK LANJUT" heading, a before/after table).
            if (WholeLine(folded, hit)) return false;
            var (start, end) = Sentence(hit);
            var before = folded[start..hit.Index];
            var after = folded[Math.Min(end, hit.Index + hit.Length)..end];
            if (Turn.Matches(before).LastOrDefault() is { } turnBefore) before = before[(turnBefore.Index + turnBefore.Length)..];
            if (Turn.Match(after) is { Success: true } turnAfter) after = after[..turnAfter.Index];
            var sentence = before + " " + after;
            // Not "target … tahun 2028": an architecture's or a plan's targets are its content (set 2 E15).
            if (!PlanIsContent && PlanLead.IsMatch(sentence) && !Done.IsMatch(sentence))
                return true;
            return NotDoneAfter.IsMatch(after) || NotDoneBefore.Matches(before).Any(m => !ConditionalMismatch(before, m));
        }

        /// <summary>The indicator asks for a plan (Peta Rencana, Keterpaduan Rencana dan Anggaran): its programmes are its content.</summary>
        bool PlanIsContent => PageText.Fold(indicator.Topic).Split(' ').Contains("rencana");

        /// <summary>
        /// The hit's sentence: a table row is its own line; otherwise back to a sentence's end, a blank line or a list item's
        /// start (at most 240 characters), and on to the sentence's end (at most 300).
        /// </summary>
        (int Start, int End) Sentence(PageText.Hit hit)
        {
            var text = page.Pages[hit.Page - 1];
            var lineStart = text.LastIndexOf('\n', Math.Max(0, hit.Index - 1)) + 1;
            var lineEnd = text.IndexOf('\n', hit.Index + hit.Length);
            if (lineEnd < 0) lineEnd = text.Length;
            if (TableRow.IsMatch(text[lineStart..lineEnd]))
            {
                // Its own cell onward: a gap of three spaces or a bar before the hit starts the cell ("Belum ada WAF   WAF aktif").
                var gap = ColumnGap.Matches(text[lineStart..hit.Index]).LastOrDefault();
                return (Math.Max(CellStart(hit, lineStart), gap is null ? lineStart : lineStart + gap.Index + gap.Length), lineEnd);
            }
            var start = hit.Index;
            while (start > 0 && hit.Index - start < 240 && !SentenceStart(text, start)) start--;
            var end = hit.Index + hit.Length;
            while (end < text.Length && end - hit.Index < 300 && !SentenceEnd(text, end)) end++;
            return (start, end);
        }

        /// <summary>A table row as text keeps it: cells between bars, or columns set apart by three spaces or more (after the indent).</summary>
        static readonly Regex TableRow = new(@"\S[ \t]*\|[ \t]*\S|\S[ \t]{3,}\S", RegexOptions.CultureInvariant);

        static readonly Regex ColumnGap = new(@"[ \t]{3,}", RegexOptions.CultureInvariant);

        static bool SentenceStart(string text, int i) => text[i - 1] != ';' && ClauseStart(text, i) || text[i - 1] == '\n' && i >= 2 && text[i - 2] == ':';

        static bool SentenceEnd(string text, int i) =>
            text[i] == '.' && SentenceDot(text, i) || text[i] == '\n' && i + 1 < text.Length && (text[i - 1] == ':' || SentenceStart(text, i + 1));
    }
}
