using SpbeBot.Core.Criteria;
using SpbeBot.Core.Criteria.Build;

namespace SpbeBot.Tests.Criteria;

/// <summary>
/// Every text of the catalog is the Pedoman's text: for each indicator's header and each level, the words
/// of the catalog (in order, item by item) must be exactly the words of that part of the source — nothing
/// dropped, nothing added (no footers, page numbers or label fragments), nothing reordered.
/// </summary>
public class Catalog2024SourceFidelityTests
{
    static readonly string[] Lines = PedomanReference.PedomanLines;
    static CriteriaCatalog Catalog => PedomanReference.Shipped;

    public static TheoryData<int> IndicatorNumbers => new(Enumerable.Range(1, 47));

    [Theory]
    [MemberData(nameof(IndicatorNumbers))]
    public void Level_texts_are_exactly_the_words_of_their_source_section(int number)
    {
        var indicator = Catalog.FindIndicator(number)!;
        var block = PedomanReferenceTokens.IndicatorBlock(Lines, number);
        for (var level = 1; level <= 5; level++)
        {
            var start = PedomanReferenceTokens.LevelRow(Lines, block, level);
            var end = level < 5 ? PedomanReferenceTokens.LevelRow(Lines, block, level + 1) : block.End;
            var cell = indicator.Level(level)!;
            var expected = Words(cell.Criterion).Concat(ItemWords(cell.Fulfilment)).Concat(ItemWords(cell.Evidence)).ToList();
            AssertSameWords(expected, PedomanReferenceTokens.Tokens(Lines, start, end), $"indikator {number} level {level}");
        }
    }

    [Theory]
    [MemberData(nameof(IndicatorNumbers))]
    public void Header_texts_are_exactly_the_words_of_their_source_section(int number)
    {
        var indicator = Catalog.FindIndicator(number)!;
        var block = PedomanReferenceTokens.IndicatorBlock(Lines, number);
        var level1 = PedomanReferenceTokens.LevelRow(Lines, block, 1);
        var expected = new[] { indicator.Question, indicator.Description, indicator.AssessmentRules, indicator.EvidenceExamples }
            .SelectMany(t => Words(t!)).ToList();
        AssertSameWords(expected, PedomanReferenceTokens.Tokens(Lines, block.Start, level1), $"indikator {number} header");
    }

    [Fact]
    public void No_text_carries_footers_page_numbers_or_label_fragments()
    {
        foreach (var (where, text) in AllTexts())
        {
            Assert.DoesNotContain("jdih.menpan", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotMatch(@"(?:^|\s)-\d{1,3}-(?:\s|$)", text);
            Assert.DoesNotContain("  ", text);
            // Where "Dukung", "pemenuhan" or "Level" are labels they would show as these sequences.
            Assert.DoesNotMatch(@"\bDukung\b", text);
            Assert.DoesNotMatch(@"Kriteria\s+(?:Bukti|pemenuhan|Level)\b|\bpemenuhan\s+Level\b", text);
            Assert.DoesNotMatch(@"\bLevel\b(?!\s[1-5]\b)", text);
            Assert.Null(TextProblems.Find(text) is { } p ? $"{where}: {p}" : null);
        }
    }

    [Fact]
    public void Hyphenated_compounds_broken_across_lines_are_rejoined_with_their_hyphen()
    {
        var all = string.Join("\n", AllTexts().Select(t => t.Text));
        Assert.DoesNotMatch(@"aktivitas- aktivitas|aktivitas aktivitas|perundang- undangan|\w- \w", all);
        // Indicator 1 level 1 evidence breaks "aktivitas-" / "aktivitas" at a line end.
        Assert.EndsWith("dan/atau dokumentasi aktivitas-aktivitas penyusunan kebijakan internal Arsitektur SPBE.", Catalog.FindIndicator(1)!.Level(1)!.Evidence[0]);
    }

    static IEnumerable<string> Words(string text) => text.Split(' ');

    /// <summary>Numbered items get their marker back ("§2" matches "2." or "2)") so numbering is checked too.</summary>
    static IEnumerable<string> ItemWords(IReadOnlyList<string> items) =>
        items.Count == 1 ? Words(items[0]) : items.SelectMany((item, i) => Words(item).Prepend($"§{i + 1}"));

    static void AssertSameWords(List<string> expected, List<string> reference, string where)
    {
        if (FirstDifference(expected, reference) is { } difference) Assert.Fail($"{where}: {difference}");
    }

    /// <summary>Null when the word lists agree, otherwise where and how they first differ.</summary>
    static string? FirstDifference(List<string> expected, List<string> reference)
    {
        var length = Math.Min(expected.Count, reference.Count);
        for (var i = 0; i < length; i++)
            if (!PedomanReferenceTokens.Same(expected[i], reference[i]))
                return $"word {i} is \"{expected[i]}\" in the catalog but \"{reference[i].Replace(PedomanReferenceTokens.Break, '|')}\" in the source; " +
                       $"source context: {string.Join(' ', reference.Skip(Math.Max(0, i - 6)).Take(12))}";
        return expected.Count == reference.Count
            ? null
            : $"the catalog has {expected.Count} words, the source {reference.Count}; " +
              $"extra: {string.Join(' ', (expected.Count > reference.Count ? expected : reference).Skip(length).Take(12))}";
    }

    [Fact]
    public void The_word_check_catches_leaked_labels_lost_words_and_wrong_numbering()
    {
        // The check is only worth something if it fails on the mistakes a layout parser makes.
        var block = PedomanReferenceTokens.IndicatorBlock(Lines, 1);
        var start = PedomanReferenceTokens.LevelRow(Lines, block, 4);
        var reference = PedomanReferenceTokens.Tokens(Lines, start, PedomanReferenceTokens.LevelRow(Lines, block, 5));
        var level = Catalog.FindIndicator(1)!.Level(4)!;
        List<string> Expected(string criterion, IReadOnlyList<string> fulfilment, IReadOnlyList<string> evidence) =>
            Words(criterion).Concat(ItemWords(fulfilment)).Concat(ItemWords(evidence)).ToList();

        Assert.Null(FirstDifference(Expected(level.Criterion, level.Fulfilment, level.Evidence), reference));
        Assert.NotNull(FirstDifference(Expected(level.Criterion, [level.Fulfilment[0] + " pemenuhan"], level.Evidence), reference));
        Assert.NotNull(FirstDifference(Expected(level.Criterion, level.Fulfilment, ["Dukung " + level.Evidence[0], .. level.Evidence.Skip(1)]), reference));
        Assert.NotNull(FirstDifference(Expected(level.Criterion, level.Fulfilment, level.Evidence.Take(3).ToList()), reference));
        Assert.NotNull(FirstDifference(Expected(level.Criterion, level.Fulfilment, [level.Evidence[0] + " " + level.Evidence[1], .. level.Evidence.Skip(2)]), reference));
        Assert.NotNull(FirstDifference(Expected(level.Criterion.Replace("Pusat/Pemerintah", "Pusat/ Pemerintah"), level.Fulfilment, level.Evidence), reference));
    }

    static IEnumerable<(string Where, string Text)> AllTexts()
    {
        foreach (var i in Catalog.Indicators)
        {
            yield return ($"{i.Number} question", i.Question!);
            yield return ($"{i.Number} description", i.Description!);
            yield return ($"{i.Number} rules", i.AssessmentRules!);
            yield return ($"{i.Number} examples", i.EvidenceExamples!);
            foreach (var l in i.Levels)
            {
                yield return ($"{i.Number}/{l.Level} criterion", l.Criterion);
                foreach (var f in l.Fulfilment) yield return ($"{i.Number}/{l.Level} fulfilment", f);
                foreach (var e in l.Evidence) yield return ($"{i.Number}/{l.Level} evidence", e);
            }
        }
    }
}
