using System.Text.RegularExpressions;
using SpbeBot.Core.Criteria;

namespace SpbeBot.Tests.Criteria;

/// <summary>The shipped spbe-2018 catalog (PermenPANRB 5/2018), built from the seed documents.</summary>
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
    }

    [Fact]
    public void Each_indicator_domain_matches_its_aspect_domain()
    {
        foreach (var indicator in Catalog.Indicators)
            Assert.True(Catalog.AspectOf(indicator).Domain == indicator.Domain,
                $"indicator {indicator.Number}: domain {indicator.Domain} but aspect {indicator.Aspect} is in domain {Catalog.AspectOf(indicator).Domain}");
    }

    [Fact]
    public void Every_level_text_appears_in_seed_003()
    {
        var seed = Normalise(File.ReadAllText(Path.Combine(SeedsDirectory(), "003_32f32f8dc974c925.txt")));
        var levels = 0;
        foreach (var indicator in Catalog.Indicators)
        {
            Assert.Equal(indicator.Levels.Select(l => l.Level).Order(), indicator.Levels.Select(l => l.Level));
            foreach (var level in indicator.Levels)
            {
                levels++;
                Assert.InRange(level.Level, 1, 5);
                Assert.True(seed.Contains(Normalise(level.Criterion), StringComparison.Ordinal),
                    $"indicator {indicator.Number} level {level.Level} text not found in seed 003: {level.Criterion}");
            }
        }
        Assert.True(levels > 0);
    }

    [Fact]
    public void Incomplete_note_is_present_and_indicator_35_is_scored_per_service()
    {
        Assert.False(string.IsNullOrWhiteSpace(Catalog.IncompleteNote));
        Assert.True(Catalog.FindIndicator(35)!.ScoredPerService);
        Assert.Equal(1, Catalog.Indicators.Count(i => i.ScoredPerService));
    }

    [Fact]
    public void Indicator_names_match_seed_004()
    {
        // Seed 004 (2019 monitoring table) shortens indicator 1; seed 003 gives the full name.
        Assert.StartsWith("Kebijakan Internal Tim Pengarah SPBE", Catalog.FindIndicator(1)!.Name);
        Assert.Equal("Kebijakan Internal Tim Pengarah SPBE Instansi Pemerintah", Catalog.FindIndicator(1)!.Name);
        Assert.Equal("Tim Pengarah SPBE Instansi Pemerintah", Catalog.FindIndicator(18)!.Name);
        Assert.Equal("Layanan Manajemen Perencanaan", Catalog.FindIndicator(27)!.Name);
        Assert.Equal("Layanan Dokumentasi dan Informasi Hukum", Catalog.FindIndicator(33)!.Name);
    }

    static string Normalise(string text) =>
        Regex.Replace(Regex.Replace(text, "<[^>]+>", " "), @"\s+", " ").Trim();

    static string SeedsDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared", "seeds"), Path.Combine(dir.FullName, "..", "shared", "seeds") })
                if (Directory.Exists(candidate)) return Path.GetFullPath(candidate);
        }
        Assert.Fail($"Seed directory shared/seeds not found above {AppContext.BaseDirectory}");
        return null!;
    }
}
