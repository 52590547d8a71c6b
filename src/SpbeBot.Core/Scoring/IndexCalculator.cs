using SpbeBot.Core.Criteria;

namespace SpbeBot.Core.Scoring;

/// <summary>
/// SPBE index math of PermenPANRB 59/2020 (B.4): aspect index = Σ(NI×BI)/BA, domain index = Σ(NA×BA)/BD,
/// SPBE index = Σ(ND×BD)/100. Weights are percentages as in the regulation's tables.
/// </summary>
public static class IndexCalculator
{
    /// <summary>
    /// Computes every index from indicator levels (indicator number → level 1..5).
    /// Aspects, domains and the SPBE index are only computed when all their indicators have a level;
    /// the rest are listed as missing rather than guessed.
    /// </summary>
    public static IndexResult Calculate(CriteriaCatalog catalog, IReadOnlyDictionary<int, int> levels)
    {
        foreach (var (number, level) in levels)
        {
            if (catalog.FindIndicator(number) is null) throw new ArgumentException($"Indikator {number} tidak ada dalam {catalog.Framework}.");
            if (level is < 1 or > 5) throw new ArgumentException($"Level indikator {number} harus 1–5, bukan {level}.");
        }
        if (catalog.Indicators.Any(i => i.Weight is null))
            throw new InvalidOperationException($"Kerangka {catalog.Framework} tidak memuat bobot indikator; indeks tidak dapat dihitung.");

        var aspects = new List<AspectIndex>();
        foreach (var aspect in catalog.Aspects)
        {
            var members = catalog.Indicators.Where(i => i.Aspect == aspect.Number).ToList();
            var complete = members.All(i => levels.ContainsKey(i.Number));
            decimal? value = complete
                ? members.Sum(i => levels[i.Number] * i.Weight!.Value) / aspect.Weight!.Value
                : null;
            aspects.Add(new AspectIndex(aspect, value));
        }

        var domains = new List<DomainIndex>();
        foreach (var domain in catalog.Domains)
        {
            var members = aspects.Where(a => a.Aspect.Domain == domain.Number).ToList();
            decimal? value = members.All(a => a.Value is not null)
                ? members.Sum(a => a.Value!.Value * a.Aspect.Weight!.Value) / domain.Weight!.Value
                : null;
            domains.Add(new DomainIndex(domain, value));
        }

        decimal? spbe = domains.All(d => d.Value is not null)
            ? domains.Sum(d => d.Value!.Value * d.Domain.Weight!.Value) / 100m
            : null;

        var missing = catalog.Indicators.Where(i => !levels.ContainsKey(i.Number)).Select(i => i.Number).ToList();
        return new IndexResult(catalog.Framework, aspects, domains, spbe,
            spbe is null ? null : PredikatOf(catalog, spbe.Value), missing);
    }

    /// <summary>The predikat band for an index value (Tabel 13). Values are compared at two decimals, as reported.</summary>
    public static PredikatBand PredikatOf(CriteriaCatalog catalog, decimal index)
    {
        if (index is < 0 or > 5) throw new ArgumentOutOfRangeException(nameof(index), index, "Nilai indeks SPBE berada pada rentang 0–5.");
        var rounded = Round(index);
        return catalog.Predikat.First(b => rounded >= b.Min && (rounded < b.Max || (b.Max == 5m && rounded <= 5m)));
    }

    /// <summary>Index values are reported with two decimals (3,28), rounding half away from zero.</summary>
    public static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}

public sealed record AspectIndex(Aspect Aspect, decimal? Value);
public sealed record DomainIndex(Domain Domain, decimal? Value);

public sealed record IndexResult(
    string Framework,
    IReadOnlyList<AspectIndex> Aspects,
    IReadOnlyList<DomainIndex> Domains,
    decimal? Spbe,
    PredikatBand? Predikat,
    IReadOnlyList<int> MissingIndicators);
