using System.Text.RegularExpressions;

namespace SpbeBot.Core.Evidence.Checking;

/// <summary>
/// An improvement reported as a table of the state before and after it (issue 22, wip-20ea): "Kondisi sebelum | Kondisi
/// sesudah" — the Pedoman's own evidence for level 5, "dokumentasi … yang sebelumnya dan yang berisi penyempurnaan". The
/// before column says what was wanting ("Belum ada pelatihan", "Tanpa WAF"): no plan of the section, only what it fixed.
/// </summary>
public sealed partial class EvidenceChecker
{
    static readonly Regex BeforeAfterHeader = new(@"\bsebelum(nya)?\b.*?\b(sesudah|setelah)(nya)?\b", RegexOptions.CultureInvariant);

    /// <summary>
    /// Folded lines of a section with the before column of a before/after table blanked: from the header line naming
    /// both, on each row with a gap of two spaces where the after column starts. Other lines (a sentence under the
    /// table) are kept whole. Lines without such a header come back as they are.
    /// </summary>
    static List<string> WithoutBeforeColumn(List<string> lines)
    {
        var header = lines.FindIndex(l => BeforeAfterHeader.IsMatch(l));
        if (header < 0) return lines;
        var after = BeforeAfterHeader.Match(lines[header]).Groups[2].Index;
        // The after column starts where its header's words start: back to the gap of two spaces before them.
        var column = lines[header].LastIndexOf("  ", after, StringComparison.Ordinal) + 2;
        if (column < 2) return lines;
        return lines.Select((line, i) => i > header && line.Length > column && line[column - 2] == ' ' && line[column - 1] == ' '
            ? new string(' ', column) + line[column..]
            : line).ToList();
    }
}
