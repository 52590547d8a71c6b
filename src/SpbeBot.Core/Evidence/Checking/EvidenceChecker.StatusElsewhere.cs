using System.Text.RegularExpressions;

namespace SpbeBot.Core.Evidence.Checking;

/// <summary>
/// A feature table's row whose only cell after the function's name is no status (issue 22, wip-37ev; set 32 C40): "4
/// Integrasi dengan JDIH Nasional   (lihat catatan)", "| Integrasi dengan SIPD | N/A |". The Kriteria's layanan
/// interaksi, transaksi and kolaborasi are functions the service offers; a row that defers its status to a note, or marks
/// it not available, names the function without showing it — the note, if any, says whether it is offered ("telah
/// direncanakan … pada TA 2027", "saat ini … secara manual"). A bare "-" is left alone: in a two-column list of features
/// and remarks it says there is no remark, not that the feature is missing.
/// </summary>
public sealed partial class EvidenceChecker
{
    sealed partial class LevelJudge
    {
        /// <summary>The rest of the hit's line: its name's own words (no column gap), a column gap, then only the placeholder.</summary>
        static readonly Regex PlaceholderCell = new(
            @"^(?:(?!\s{2})[^|\n])*(?:\s{2,}|\s*\|\s*)(?:\(\s*)?(?:(?:lihat|lih\.|see)\s+(?:catatan|keterangan|penjelasan|uraian|note|notes|di\s+bawah)\b[^|\n()]{0,30}|n\s*/\s*a|n\.a\.?|not\s+available)\s*\)?\s*\|?[ \t]*\r?$",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        /// <summary>The hit is a table row's function whose status cell is a pointer elsewhere or "N/A".</summary>
        bool StatusElsewhere(PageText.Hit hit)
        {
            var text = page.Pages[hit.Page - 1];
            var from = Math.Min(text.Length, hit.Index + hit.Length);
            var lineEnd = text.IndexOf('\n', from);
            return PlaceholderCell.IsMatch(text[from..(lineEnd < 0 ? text.Length : lineEnd)]);
        }
    }
}
