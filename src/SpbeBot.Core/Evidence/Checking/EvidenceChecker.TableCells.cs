namespace SpbeBot.Core.Evidence.Checking;

/// <summary>
/// A table row's cells (issue 22, wip-22va's rule redone in wip-19ea): in "1 | Hapus aplikasi tidak aktif | Domain aplikasi
/// diperbarui" the "tidak" of one cell says nothing of the next. A negator before a word counts only within the word's
/// own cell of the same row. A bar is a cell boundary only with a cell before it on the word's own line — a box drawn
/// around a screenshot ("| (halaman statis; tidak ada fitur login, unggah, |" / "|  unduh dokumen …") has bars at its
/// lines' edges, and its "tidak" still denies what the next line lists. A negator after the word still counts across
/// cells ("Domain keamanan | belum disusun": a status column says what the row lacks).
/// </summary>
public sealed partial class EvidenceChecker
{
    sealed partial class LevelJudge
    {
        /// <summary>Where the hit's table cell starts, when a cell stands before it on its line; otherwise the clause's start.</summary>
        int CellStart(PageText.Hit hit, int clauseStart)
        {
            var text = page.Pages[hit.Page - 1];
            var lineStart = text.LastIndexOf('\n', Math.Max(0, hit.Index - 1)) + 1;
            if (hit.Index <= lineStart) return clauseStart;
            var bar = text.LastIndexOf('|', hit.Index - 1, hit.Index - lineStart);
            if (bar < 0 || text[lineStart..bar].Trim(' ', '\t', '|').Length == 0) return clauseStart;
            return Math.Max(clauseStart, bar + 1);
        }
    }
}
