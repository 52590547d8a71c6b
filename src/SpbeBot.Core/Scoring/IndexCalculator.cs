using SpbeBot.Core.Criteria;

namespace SpbeBot.Core.Scoring;

/// <summary>
/// SPBE index math of PermenPANRB 59/2020 (B.4): aspect index = Σ(NI×BI)/BA, domain index = Σ(NA×BA)/BD,
/// SPBE index = Σ(ND×BD)/100. Weights are percentages as in the regulation's tables.
/// A catalog without domains (pemdi-2026) skips the domain level: Indeks Pemdi = Σ(NA×BA)/100.
/// Indicator values may be decimal where an indicator is converted from an external index (Indeks SDI → 3,75).
/// </summary>
public static class IndexCalculator
{
    /// <summary>
    /// Computes every index from indicator levels (indicator number → level 1..5).
    /// Aspects, domains and the SPBE index are only computed when all their indicators have a level;
    /// the rest are listed as missing rather than guessed.
    /// </summary>
    public static IndexResult Calculate(CriteriaCatalog catalog, IReadOnlyDictionary<int, int> levels) =>
        Calculate(catalog, levels.ToDictionary(p => p.Key, p => (decimal)p.Value));

    /// <summary>As <see cref="Calculate(CriteriaCatalog, IReadOnlyDictionary{int, int})"/> with indicator values 1,00–5,00.</summary>
    public static IndexResult Calculate(CriteriaCatalog catalog, IReadOnlyDictionary<int, decimal> levels)
    {
        foreach (var (number, level) in levels)
        {
            if (catalog.FindIndicator(number) is null) throw new ArgumentException($"Indikator {number} tidak ada dalam {catalog.Framework}.");
            if (level is < 1 or > 5) throw new ArgumentException($"Level indikator {number} harus 1–5, bukan {level}.");
        }
        if (catalog.Indicators.Any(i => i.Weight is null))
            throw new InvalidOperationException($"Kerangka {catalog.Framework} tidak memuat bobot indikator; indeks tidak dapat dihitung.");

        var aspects = catalog.Aspects.Select(aspect =>
        {
            var members = catalog.Indicators.Where(i => i.Aspect == aspect.Number);
            return new AspectIndex(aspect, members.All(i => levels.ContainsKey(i.Number)) ? AspectValue(catalog, aspect.Number, levels) : null);
        }).ToList();

        var domains = catalog.Domains.Select(domain =>
        {
            var members = aspects.Where(a => a.Aspect.Domain == domain.Number).ToList();
            return new DomainIndex(domain, members.All(a => a.Value is not null)
                ? DomainValue(catalog, domain.Number, members.ToDictionary(a => a.Aspect.Number, a => a.Value!.Value))
                : null);
        }).ToList();

        decimal? spbe = !catalog.HasDomains
            ? aspects.All(a => a.Value is not null) ? aspects.Sum(a => a.Value!.Value * a.Aspect.Weight!.Value) / 100m : null
            : domains.All(d => d.Value is not null)
                ? SpbeValue(catalog, domains.ToDictionary(d => d.Domain.Number, d => d.Value!.Value))
                : null;

        var missing = catalog.Indicators.Where(i => !levels.ContainsKey(i.Number)).Select(i => i.Number).ToList();
        return new IndexResult(catalog.Framework, aspects, domains, spbe,
            spbe is null ? null : PredikatOf(catalog, spbe.Value), missing);
    }

    /// <summary>Indeks Aspek_i = 1/BA_i × Σ NI_ij × BI_ij over the aspect's indicators (all must have a level).</summary>
    public static decimal AspectValue(CriteriaCatalog catalog, int aspect, IReadOnlyDictionary<int, int> levels) =>
        AspectValue(catalog, aspect, levels.ToDictionary(p => p.Key, p => (decimal)p.Value));

    public static decimal AspectValue(CriteriaCatalog catalog, int aspect, IReadOnlyDictionary<int, decimal> levels) =>
        catalog.Indicators.Where(i => i.Aspect == aspect).Sum(i => levels[i.Number] * i.Weight!.Value)
        / catalog.Aspects.First(a => a.Number == aspect).Weight!.Value;

    /// <summary>Indeks Domain_i = 1/BD_i × Σ NA_ij × BA_ij over the domain's aspects (aspect number → aspect index).</summary>
    public static decimal DomainValue(CriteriaCatalog catalog, int domain, IReadOnlyDictionary<int, decimal> aspectValues) =>
        catalog.Aspects.Where(a => a.Domain == domain).Sum(a => aspectValues[a.Number] * a.Weight!.Value)
        / catalog.Domains.First(d => d.Number == domain).Weight!.Value;

    /// <summary>Indeks SPBE = Σ ND_j × BD_j / 100 (domain number → domain index).</summary>
    public static decimal SpbeValue(CriteriaCatalog catalog, IReadOnlyDictionary<int, decimal> domainValues) =>
        catalog.Domains.Sum(d => domainValues[d.Number] * d.Weight!.Value) / 100m;

    /// <summary>The predikat band for an index value (Tabel 13). Values are compared at two decimals, as reported.</summary>
    public static PredikatBand PredikatOf(CriteriaCatalog catalog, decimal index)
    {
        if (index is < 0 or > 5) throw new ArgumentOutOfRangeException(nameof(index), index, "Nilai indeks berada pada rentang 0–5.");
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
