using System.Text.RegularExpressions;

namespace SpbeBot.Core.Criteria.Build;

/// <summary>
/// Reads the per-indicator tables of the Pedoman Menteri PANRB 3/2024 (BAB II) from its
/// <c>pdftotext -layout</c> text. Each table has a left label column and a right text column whose start
/// shifts from page to page, so lines are classified by their labels (see <see cref="PedomanLabels"/>),
/// page furniture is skipped, and each cell's lines are re-flowed with <see cref="LayoutText.JoinLines"/>.
/// The "INDIKATOR n" headings in BAB III are worked examples and are ignored.
/// </summary>
public static partial class PedomanParser
{
    public static PedomanParseResult Parse(string text)
    {
        var lines = LayoutText.SplitLines(text);
        var words = new WordForms(lines);
        var warnings = new List<CatalogWarning>();
        var indicators = new List<PedomanIndicator>();

        var (start, end) = IndicatorChapter(lines);
        foreach (var (number, first, last) in IndicatorBlocks(lines, start, end))
            indicators.Add(ParseIndicator(number, lines, first, last, words, warnings));
        return new(indicators, warnings);
    }

    /// <summary>Lines of BAB II: from the "BAB II" heading to the "BAB III" heading.</summary>
    static (int Start, int End) IndicatorChapter(string[] lines)
    {
        var start = Array.FindIndex(lines, l => l.Trim() == "BAB II");
        var end = start < 0 ? -1 : Array.FindIndex(lines, start + 1, l => l.Trim() == "BAB III");
        if (start < 0 || end < 0)
            throw new CatalogSourceException(CatalogSourceProblem.NoIndicatorChapter);
        return (start, end);
    }

    /// <summary>Each "INDIKATOR n" heading up to the next heading, domain heading or the end of the chapter.</summary>
    static IEnumerable<(int Number, int First, int Last)> IndicatorBlocks(string[] lines, int start, int end)
    {
        int? number = null;
        var first = 0;
        for (var i = start; i <= end; i++)
        {
            var heading = i < end ? IndicatorHeading().Match(lines[i]) : Match.Empty;
            var closes = i == end || heading.Success || DomainHeading().IsMatch(lines[i]);
            if (closes && number is not null)
            {
                yield return (number.Value, first, i - 1);
                number = null;
            }
            if (heading.Success)
            {
                number = int.Parse(heading.Groups["number"].Value);
                first = i + 1;
            }
        }
    }

    static PedomanIndicator ParseIndicator(int number, string[] lines, int first, int last, WordForms words, List<CatalogWarning> warnings)
    {
        var cells = new Dictionary<(PedomanCell Cell, int Level), List<LayoutLine>>();
        var cell = PedomanCell.None;
        var level = 0;
        (int Domain, int Aspect, int Indicator)? row = null;

        for (var i = first; i <= last; i++)
        {
            var line = lines[i];
            if (LayoutText.IsPageFurniture(line)) continue;

            var label = PedomanLabels.Match(line);
            if (label is not null)
            {
                if (label.StartsCell is { } startsCell) cell = startsCell;
                if (label.Level is { } startsLevel) level = startsLevel;
                row ??= PedomanLabels.QuestionRowNumbers(line);
                line = new string(' ', label.Length) + line[label.Length..];
            }
            if (string.IsNullOrWhiteSpace(line)) continue;

            if (LayoutText.Indent(line) < 20)
                warnings.Add(new(CatalogWarningKind.TextInLabelColumn) { Indicator = number, Line = i + 1, Text = line.Trim() });
            if (cell == PedomanCell.None)
            {
                warnings.Add(new(CatalogWarningKind.OutsideAnyCell) { Indicator = number, Line = i + 1, Text = line.Trim() });
                continue;
            }
            var key = (cell, IsLevelCell(cell) ? level : 0);
            if (!cells.TryGetValue(key, out var cellLines)) cells[key] = cellLines = [];
            cellLines.Add(new(i + 1, line.Trim()));
        }

        if (row is { } r && r.Indicator != number)
            warnings.Add(new(CatalogWarningKind.RowNamesOtherIndicator) { Indicator = number, Number = r.Indicator });

        string? Text(PedomanCell c)
        {
            if (!cells.TryGetValue((c, 0), out var cellLines))
            {
                warnings.Add(new(CatalogWarningKind.CellNotFound) { Indicator = number, Cell = c });
                return null;
            }
            return LayoutText.JoinLines(cellLines.Select(l => l.Text), words, warnings);
        }

        IReadOnlyList<string> Items(PedomanCell c, int lvl)
        {
            var where = new CatalogWarning(CatalogWarningKind.CellNotFound) { Indicator = number, Level = lvl, Cell = c };
            if (!cells.TryGetValue((c, lvl), out var cellLines))
            {
                warnings.Add(where);
                return [];
            }
            return NumberedItems.Split(cellLines, warnings, where)
                .Select(item => LayoutText.JoinLines(item, words, warnings))
                .ToList();
        }

        var levels = new List<IndicatorLevel>();
        for (var lvl = 1; lvl <= 5; lvl++)
        {
            if (!cells.TryGetValue((PedomanCell.Criterion, lvl), out var criterion))
            {
                warnings.Add(new(CatalogWarningKind.LevelNotFound) { Indicator = number, Level = lvl });
                continue;
            }
            levels.Add(new IndicatorLevel
            {
                Level = lvl,
                Criterion = LayoutText.JoinLines(criterion.Select(l => l.Text), words, warnings),
                Fulfilment = Items(PedomanCell.Fulfilment, lvl),
                Evidence = Items(PedomanCell.Evidence, lvl),
            });
        }

        return new PedomanIndicator
        {
            Number = number,
            Domain = row?.Domain,
            Aspect = row?.Aspect,
            Question = Text(PedomanCell.Question),
            Description = Text(PedomanCell.Description),
            AssessmentRules = Text(PedomanCell.AssessmentRules),
            EvidenceExamples = Text(PedomanCell.EvidenceExamples),
            Levels = levels,
        };
    }

    static bool IsLevelCell(PedomanCell cell) =>
        cell is PedomanCell.Criterion or PedomanCell.Fulfilment or PedomanCell.Evidence;

    [GeneratedRegex(@"^\s{0,4}INDIKATOR\s+(?<number>\d{1,2})\s*$")]
    private static partial Regex IndicatorHeading();

    /// <summary>"II.     DOMAIN TATA KELOLA" and "II.A. KUESIONER DAN PENJELASAN" sit between indicators.</summary>
    [GeneratedRegex(@"^\s{0,4}[IVX]+\.(?:\s+DOMAIN\b|A\.)")]
    private static partial Regex DomainHeading();
}
