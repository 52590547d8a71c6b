namespace SpbeBot.Core.Evidence.Checking;

/// <summary>
/// A table row's cells (issue 22, wip-22va): in "Hapus aplikasi tidak aktif | Domain aplikasi diperbarui" the "tidak" of
/// the first cell says nothing of the second. A negator before a word counts only within the word's own cell; one after
/// it still does ("Domain keamanan | belum disusun": a status column says what the row lacks).
/// </summary>
public sealed partial class EvidenceChecker
{
    sealed partial class LevelJudge
    {
        /// <summary>Where the hit's table cell starts within its clause (the clause's start where there is no cell mark).</summary>
        int CellStart(PageText.Hit hit, int clauseStart)
        {
            var text = page.Pages[hit.Page - 1];
            var bar = hit.Index > clauseStart ? text.LastIndexOf('|', hit.Index - 1, hit.Index - clauseStart) : -1;
            return bar < 0 ? clauseStart : bar + 1;
        }
    }
}
