using System.Text.RegularExpressions;

namespace SpbeBot.Core.Criteria.Build;

/// <summary>
/// Tabel 1 and 2 of the PermenPANRB: rows "3 – Terdefinisi Kriteria tingkat …" where the step name may wrap
/// in the left column ("4 – Terpadu" / "dan Terukur") and the criterion wraps in the right column.
/// The name and the criterion can be separated by a single space, so the column boundary is taken from
/// where the row's continuation lines start.
/// </summary>
public static partial class LadderTable
{
    public static IReadOnlyList<LadderStep> Parse(IReadOnlyList<string> body, List<CatalogWarning> warnings)
    {
        var rows = new List<List<string>>();
        foreach (var line in body)
        {
            if (LayoutText.IsPageFurniture(line)) continue;
            if (RowStart().IsMatch(line)) { rows.Add([line]); continue; }
            if (rows.Count == 0) continue;           // the "Tingkat  Kriteria" header
            if (LayoutText.Indent(line) < 4) break;  // back to the body text
            rows[^1].Add(line);
        }

        var steps = rows.Select(ParseRow).ToList();
        if (steps.Select(s => s.Level).SequenceEqual([1, 2, 3, 4, 5]) == false)
            warnings.Add(new(CatalogWarningKind.LadderLevels) { Text = string.Join(",", steps.Select(s => s.Level)) });
        return steps;
    }

    static LadderStep ParseRow(List<string> row)
    {
        var column = row.Skip(1).Select(RightColumnStart).DefaultIfEmpty(-1).Min();
        if (column < 0) column = TwoSpaces().Match(row[0], RowStart().Match(row[0]).Length).Index; // single-line row

        string Left(string line) => line.Length <= column ? line : line[..column];
        string Right(string line) => line.Length <= column ? "" : line[column..];

        var name = LayoutText.CollapseSpaces(string.Join(' ', row.Select(Left)));
        var start = RowStart().Match(name);
        var level = int.Parse(start.Groups["level"].Value);
        var criterion = string.Join(' ', row.Select(Right).Select(LayoutText.CollapseSpaces).Where(s => s.Length > 0));
        return new LadderStep(level, LayoutText.CollapseSpaces(name[start.Length..]), criterion);
    }

    /// <summary>Where the right-column text of a continuation line starts ("    dan Terukur     Proses…" → at "Proses").</summary>
    static int RightColumnStart(string line)
    {
        var indent = LayoutText.Indent(line);
        if (indent >= 15) return indent;
        var gap = TwoSpaces().Match(line, indent);
        return gap.Success ? gap.Index + gap.Length : line.Length;
    }

    [GeneratedRegex(@"^\s*(?<level>[1-5])\s+[–-]\s+")]
    private static partial Regex RowStart();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex TwoSpaces();
}
