using SpbeBot.Core.Criteria;
using SpbeBot.Core.Scoring;

namespace SpbeBot.Tests.Scoring;

/// <summary>The worked examples of PermenPANRB 59/2020 (Tabel 10–12) and the predikat bands (Tabel 13).</summary>
public class IndexCalculatorTests
{
    static readonly CriteriaCatalog Catalog = CatalogStore.Get("spbe-2024");

    [Fact]
    public void Tabel10_aspect_2_index_is_3_00()
    {
        var levels = new Dictionary<int, int> { [11] = 3, [12] = 4, [13] = 3, [14] = 2 };
        Assert.Equal(3.00m, IndexCalculator.Round(IndexCalculator.AspectValue(Catalog, 2, levels)));
    }

    [Fact]
    public void Tabel11_domain_2_index_is_3_40()
    {
        var aspects = new Dictionary<int, decimal> { [2] = 3.00m, [3] = 4.00m, [4] = 3.00m };
        Assert.Equal(3.40m, IndexCalculator.Round(IndexCalculator.DomainValue(Catalog, 2, aspects)));
    }

    [Fact]
    public void Tabel12_spbe_index_is_3_28()
    {
        var domains = new Dictionary<int, decimal> { [1] = 3.70m, [2] = 3.40m, [3] = 3.00m, [4] = 3.20m };
        var value = IndexCalculator.SpbeValue(Catalog, domains);
        Assert.Equal(3.282m, value);
        Assert.Equal(3.28m, IndexCalculator.Round(value));
        Assert.Equal("Baik", IndexCalculator.PredikatOf(Catalog, value).Name);
    }

    [Fact]
    public void Full_calculation_from_indicator_levels_reproduces_tabel_10_and_11()
    {
        var levels = Catalog.Indicators.ToDictionary(i => i.Number, _ => 3);
        levels[12] = 4; levels[14] = 2;                       // Tabel 10: aspect 2 = 3,00
        foreach (var n in new[] { 15, 16, 17, 18 }) levels[n] = 4; // aspect 3 = 4,00 → Tabel 11: domain 2 = 3,40
        var result = IndexCalculator.Calculate(Catalog, levels);

        Assert.Equal(3.00m, IndexCalculator.Round(result.Aspects.Single(a => a.Aspect.Number == 2).Value!.Value));
        Assert.Equal(4.00m, IndexCalculator.Round(result.Aspects.Single(a => a.Aspect.Number == 3).Value!.Value));
        Assert.Equal(3.40m, IndexCalculator.Round(result.Domains.Single(d => d.Domain.Number == 2).Value!.Value));
        Assert.Empty(result.MissingIndicators);
        Assert.NotNull(result.Spbe);
    }

    [Fact]
    public void All_levels_equal_give_that_index()
    {
        foreach (var level in Enumerable.Range(1, 5))
        {
            var result = IndexCalculator.Calculate(Catalog, Catalog.Indicators.ToDictionary(i => i.Number, _ => level));
            Assert.Equal(level, IndexCalculator.Round(result.Spbe!.Value));
        }
    }

    [Fact]
    public void Missing_levels_leave_incomplete_parts_uncomputed()
    {
        var levels = Catalog.Indicators.Where(i => i.Number != 47).ToDictionary(i => i.Number, _ => 3);
        var result = IndexCalculator.Calculate(Catalog, levels);
        Assert.Null(result.Spbe);
        Assert.Null(result.Predikat);
        Assert.Equal([47], result.MissingIndicators);
        Assert.Null(result.Aspects.Single(a => a.Aspect.Number == 8).Value);
        Assert.Equal(3m, result.Aspects.Single(a => a.Aspect.Number == 7).Value);
    }

    [Theory]
    [InlineData("5.0", "Memuaskan")]
    [InlineData("4.2", "Memuaskan")]
    [InlineData("4.19", "Sangat Baik")]
    [InlineData("3.5", "Sangat Baik")]
    [InlineData("3.49", "Baik")]
    [InlineData("2.6", "Baik")]
    [InlineData("2.59", "Cukup")]
    [InlineData("1.8", "Cukup")]
    [InlineData("1.79", "Kurang")]
    [InlineData("0", "Kurang")]
    public void Predikat_bands_follow_tabel_13(string value, string predikat) =>
        Assert.Equal(predikat, IndexCalculator.PredikatOf(Catalog, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)).Name);

    [Fact]
    public void Invalid_levels_are_refused()
    {
        Assert.Throws<ArgumentException>(() => IndexCalculator.Calculate(Catalog, new Dictionary<int, int> { [1] = 6 }));
        Assert.Throws<ArgumentException>(() => IndexCalculator.Calculate(Catalog, new Dictionary<int, int> { [48] = 3 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => IndexCalculator.PredikatOf(Catalog, 5.01m));
    }
}
