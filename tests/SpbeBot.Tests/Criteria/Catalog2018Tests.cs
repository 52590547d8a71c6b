using System.Text.RegularExpressions;
using SpbeBot.Core.Criteria;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Criteria;

/// <summary>
/// The shipped spbe-2018 catalog (PermenPANRB 5/2018), built only from the seed documents: it must keep the
/// 2018 structure (3 domains, 7 aspects, 35 indicators), quote every text verbatim, and say what it lacks.
/// </summary>
public class Catalog2018Tests
{
    static CriteriaCatalog Catalog => CatalogStore.Get("spbe-2018");

    [Fact]
    public void Has_35_indicators_3_domains_and_7_aspects_in_order()
    {
        Assert.Equal("spbe-2018", Catalog.Framework);
        Assert.Equal(Enumerable.Range(1, 35), Catalog.Indicators.Select(i => i.Number));
        Assert.Equal(Enumerable.Range(1, 3), Catalog.Domains.Select(d => d.Number));
        Assert.Equal(Enumerable.Range(1, 7), Catalog.Aspects.Select(a => a.Number));
        Assert.Equal(["Kebijakan Internal SPBE", "Tata Kelola SPBE", "Layanan SPBE"], Catalog.Domains.Select(d => d.Name));
        Assert.Equal([1, 1, 2, 2, 2, 3, 3], Catalog.Aspects.Select(a => a.Domain));
    }

    [Fact]
    public void Each_indicator_domain_matches_its_aspect_domain()
    {
        foreach (var indicator in Catalog.Indicators)
            Assert.True(Catalog.AspectOf(indicator).Domain == indicator.Domain,
                $"indicator {indicator.Number}: domain {indicator.Domain} but aspect {indicator.Aspect} is in domain {Catalog.AspectOf(indicator).Domain}");
    }

    [Theory]
    // Seed 003 puts indicators 1-7 under aspect 1, 8-17 aspect 2, 18-19 aspect 3, 20-21 aspect 4, 22-24 aspect 5,
    // 25-31 aspect 6 and 32-35 aspect 7.
    [InlineData(1, 7, 1)]
    [InlineData(8, 17, 2)]
    [InlineData(18, 19, 3)]
    [InlineData(20, 21, 4)]
    [InlineData(22, 24, 5)]
    [InlineData(25, 31, 6)]
    [InlineData(32, 35, 7)]
    public void Indicators_sit_in_the_aspects_seed_003_gives(int first, int last, int aspect)
    {
        for (var n = first; n <= last; n++)
            Assert.Equal(aspect, Catalog.FindIndicator(n)!.Aspect);
    }

    [Fact]
    public void Every_level_text_appears_in_seed_003()
    {
        var seed = Normalise(Seed(ReferenceFiles.SelfAssessment2018));
        var levels = 0;
        foreach (var indicator in Catalog.Indicators)
        {
            Assert.Equal(indicator.Levels.Select(l => l.Level).Order(), indicator.Levels.Select(l => l.Level));
            Assert.Equal(indicator.Levels.Count, indicator.Levels.Select(l => l.Level).Distinct().Count());
            foreach (var level in indicator.Levels)
            {
                levels++;
                Assert.InRange(level.Level, 1, 5);
                Assert.False(string.IsNullOrWhiteSpace(level.Criterion));
                Assert.True(seed.Contains(Normalise(level.Criterion), StringComparison.Ordinal),
                    $"indicator {indicator.Number} level {level.Level} text not found in seed 003: {level.Criterion}");
                // The seeds give no Kriteria Pemenuhan / Kriteria Bukti Dukung for 2018: nothing may pretend otherwise.
                Assert.Empty(level.Fulfilment);
                Assert.Empty(level.Evidence);
            }
        }
        Assert.True(levels > 0);
    }

    [Fact]
    public void Names_and_questions_are_quoted_from_the_seeds()
    {
        var seeds = Normalise(string.Join("\n", Directory.GetFiles(SeedsDirectory(), "*.txt").Order().Select(File.ReadAllText)));
        foreach (var indicator in Catalog.Indicators)
        {
            Assert.True(seeds.Contains(Normalise(indicator.Name), StringComparison.Ordinal), $"indicator {indicator.Number} name: {indicator.Name}");
            Assert.False(string.IsNullOrWhiteSpace(indicator.Question), $"indicator {indicator.Number} has no question");
            Assert.True(seeds.Contains(Normalise(indicator.Question!), StringComparison.Ordinal), $"indicator {indicator.Number} question: {indicator.Question}");
        }
        foreach (var name in Catalog.Domains.Select(d => d.Name).Concat(Catalog.Aspects.Select(a => a.Name)))
            Assert.True(seeds.Contains(Normalise(name), StringComparison.OrdinalIgnoreCase), name);
    }

    [Theory]
    [InlineData("indikator 33", "Catatan katalog: katalog ini belum lengkap", "(1) Bobot")]
    [InlineData("what is indicator 33", "Catalog note: this catalog is incomplete", "(1) Domain")]
    public void An_answer_sums_the_long_note_up_in_one_line_of_its_own_language(string question, string line, string notPrinted)
    {
        var text = SpbeBot.Dialogs.Criteria.CriteriaAnswerer.Answer(question, "spbe-2018",
            question.StartsWith("what") ? SpbeBot.Dialogs.Common.Language.En : SpbeBot.Dialogs.Common.Language.Id).Reply.Text;
        var noteLine = Assert.Single(text.Split('\n'), l => l.StartsWith(line, StringComparison.Ordinal));
        Assert.True(noteLine.Length < 200, noteLine);
        Assert.DoesNotContain(notPrinted, text);
        Assert.DoesNotContain(" / ", noteLine);
    }

    [Fact]
    public void Incomplete_note_is_present_and_indicator_35_is_scored_per_service()
    {
        Assert.False(string.IsNullOrWhiteSpace(Catalog.IncompleteNote));
        Assert.Contains("tidak lengkap", Catalog.IncompleteNote);
        Assert.Contains("incomplete", Catalog.IncompleteNote);
        Assert.True(Catalog.FindIndicator(35)!.ScoredPerService);
        Assert.Equal(1, Catalog.Indicators.Count(i => i.ScoredPerService));
    }

    [Fact]
    public void Incomplete_note_lists_exactly_the_levels_without_text()
    {
        var missing = string.Join("; ", Catalog.Indicators
            .Where(i => i.Levels.Count < 5)
            .Select(i => $"{i.Number}: " + string.Join(",", Enumerable.Range(1, 5).Where(l => i.Level(l) is null))));
        Assert.Contains(missing + ".", Catalog.IncompleteNote);
        var count = Catalog.Indicators.Sum(i => i.Levels.Count);
        Assert.Contains($"{count} dari 175", Catalog.IncompleteNote);
        Assert.Contains($"{count} of 175", Catalog.IncompleteNote);
    }

    [Fact]
    public void Weights_are_null_because_no_seed_states_them()
    {
        Assert.All(Catalog.Domains, d => Assert.Null(d.Weight));
        Assert.All(Catalog.Aspects, a => Assert.Null(a.Weight));
        Assert.All(Catalog.Indicators, i => Assert.Null(i.Weight));
        Assert.Contains("bobot", Catalog.IncompleteNote, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Ladders_and_predikat_bands_match_the_2020_regulation()
    {
        Assert.Equal(["Rintisan", "Terkelola", "Terdefinisi", "Terpadu dan Terukur", "Optimum"], Catalog.Ladders["proses"].Select(s => s.Name));
        Assert.Equal(["Informasi", "Interaksi", "Transaksi", "Kolaborasi", "Optimum"], Catalog.Ladders["layanan"].Select(s => s.Name));
        Assert.All(Catalog.Indicators.Where(i => i.Domain < 3), i => Assert.Equal("proses", i.Ladder));
        Assert.All(Catalog.Indicators.Where(i => i.Domain == 3), i => Assert.Equal("layanan", i.Ladder));
        Assert.Contains("59/2020", Catalog.IncompleteNote);
        Assert.Equal(
            [("Memuaskan", 4.2m, 5.0m), ("Sangat Baik", 3.5m, 4.2m), ("Baik", 2.6m, 3.5m), ("Cukup", 1.8m, 2.6m), ("Kurang", 0m, 1.8m)],
            Catalog.Predikat.Select(p => (p.Name, p.Min, p.Max)));
    }

    [Fact]
    public void Numbering_agrees_with_seed_004_rows()
    {
        // Seed 004 (2019 follow-up table) has 37 numbered rows: 1-34 are indicators 1-34 (names abbreviated or
        // misspelt now and then), 35-37 are individual public services scored under indicator 35.
        var rows = Seed(ReferenceFiles.FollowUp2019).Split('\n')
            .Select(line => Regex.Match(line, @"^(\d+)\t([^\t]*)\t([^\t]*)"))
            .Where(m => m.Success)
            .Select(m => (Number: int.Parse(m.Groups[1].Value), Name: m.Groups[2].Value.Trim(), Recommendation: m.Groups[3].Value.Trim()))
            .ToList();
        Assert.Equal(Enumerable.Range(1, 37), rows.Select(r => r.Number));
        foreach (var row in rows.Take(34))
        {
            var best = Catalog.Indicators.MaxBy(i => Overlap(i.Name, row.Name))!;
            Assert.True(best.Number == row.Number, $"seed 004 row {row.Number} '{row.Name}' best matches indicator {best.Number} '{best.Name}'");
        }
        foreach (var row in rows.Skip(34))
            Assert.StartsWith("Layanan publik", row.Recommendation);
        Assert.Equal("Layanan Publik Instansi Pemerintah", Catalog.FindIndicator(35)!.Name);
    }

    [Fact]
    public void Indicator_names_spot_check()
    {
        // Seed 004 shortens indicator 1; seed 003 gives the full name.
        Assert.Equal("Kebijakan Internal Tim Pengarah SPBE Instansi Pemerintah", Catalog.FindIndicator(1)!.Name);
        Assert.Equal("Tim Pengarah SPBE Instansi Pemerintah", Catalog.FindIndicator(18)!.Name);
        Assert.Equal("Layanan Manajemen Perencanaan", Catalog.FindIndicator(27)!.Name);
        Assert.Equal("Layanan Dokumentasi dan Informasi Hukum", Catalog.FindIndicator(33)!.Name);
    }

    static double Overlap(string a, string b)
    {
        static HashSet<string> Words(string s) =>
            Regex.Matches(s.ToLowerInvariant(), @"[a-z]+").Select(m => m.Value).ToHashSet();
        var x = Words(a);
        var y = Words(b);
        return (double)x.Intersect(y).Count() / x.Union(y).Count();
    }

    static string Normalise(string text) =>
        Regex.Replace(Regex.Replace(text, "<[^>]+>", " "), @"\s+", " ").Trim();

    static string Seed(string name) => File.ReadAllText(ReferenceFiles.Seed(name));

    static string SeedsDirectory() => ReferenceFiles.SeedsFolder;
}
