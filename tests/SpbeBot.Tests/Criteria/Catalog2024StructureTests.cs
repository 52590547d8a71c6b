using SpbeBot.Core.Criteria;

namespace SpbeBot.Tests.Criteria;

/// <summary>Structure, weights, ladders and predikat of the shipped spbe-2024 catalog.</summary>
public class Catalog2024StructureTests
{
    static CriteriaCatalog Catalog => PedomanReference.Shipped;

    [Fact]
    public void Has_4_domains_8_aspects_and_47_indicators_in_order()
    {
        Assert.Equal(Enumerable.Range(1, 4), Catalog.Domains.Select(d => d.Number));
        Assert.Equal(Enumerable.Range(1, 8), Catalog.Aspects.Select(a => a.Number));
        Assert.Equal(Enumerable.Range(1, 47), Catalog.Indicators.Select(i => i.Number));
        Assert.Equal("spbe-2024", Catalog.Framework);
        Assert.Null(Catalog.IncompleteNote);
        Assert.Contains("59/2020", Catalog.Title);
        Assert.Contains("3/2024", Catalog.Title);
        Assert.Equal(2, Catalog.Sources.Count);
        Assert.StartsWith("Peraturan Menteri PANRB Nomor 59 Tahun 2020 tentang Pemantauan dan Evaluasi", Catalog.Sources[0]);
        Assert.StartsWith("Pedoman Menteri PANRB Nomor 3 Tahun 2024 tentang Tata Cara Pemantauan", Catalog.Sources[1]);
    }

    [Fact]
    public void Every_indicator_has_five_levels_with_criterion_fulfilment_and_evidence()
    {
        var cells = 0;
        foreach (var indicator in Catalog.Indicators)
        {
            Assert.Equal([1, 2, 3, 4, 5], indicator.Levels.Select(l => l.Level));
            foreach (var level in indicator.Levels)
            {
                Assert.False(string.IsNullOrWhiteSpace(level.Criterion), $"{indicator.Number}/{level.Level} criterion");
                Assert.NotEmpty(level.Fulfilment);
                Assert.NotEmpty(level.Evidence);
                Assert.All(level.Fulfilment.Concat(level.Evidence), t => Assert.False(string.IsNullOrWhiteSpace(t)));
                cells += 3;
            }
            Assert.False(string.IsNullOrWhiteSpace(indicator.Question));
            Assert.False(string.IsNullOrWhiteSpace(indicator.Description));
            Assert.False(string.IsNullOrWhiteSpace(indicator.AssessmentRules));
            Assert.False(string.IsNullOrWhiteSpace(indicator.EvidenceExamples));
        }
        Assert.Equal(47 * 5 * 3, cells);
    }

    [Fact]
    public void Weights_add_up_at_every_level_of_the_structure()
    {
        Assert.Equal(100m, Catalog.Domains.Sum(d => d.Weight));
        Assert.Equal(100m, Catalog.Aspects.Sum(a => a.Weight));
        Assert.Equal(100m, Catalog.Indicators.Sum(i => i.Weight));
        foreach (var domain in Catalog.Domains)
            Assert.Equal(domain.Weight, Catalog.Aspects.Where(a => a.Domain == domain.Number).Sum(a => a.Weight));
        foreach (var aspect in Catalog.Aspects)
            Assert.Equal(aspect.Weight, Catalog.Indicators.Where(i => i.Aspect == aspect.Number).Sum(i => i.Weight));
    }

    [Fact]
    public void Domains_aspects_and_weights_match_PermenPANRB_tables_7_to_9()
    {
        Assert.Equal(
            [("Kebijakan Internal SPBE", 13m), ("Tata Kelola SPBE", 25m), ("Manajemen SPBE", 16.5m), ("Layanan SPBE", 45.5m)],
            Catalog.Domains.Select(d => (d.Name, d.Weight ?? 0)));
        Assert.Equal([1, 2, 2, 2, 3, 3, 4, 4], Catalog.Aspects.Select(a => a.Domain));
        Assert.Equal("Layanan Administrasi Pemerintahan Berbasis Elektronik", Catalog.Aspects[6].Name);
        Assert.Equal(27.5m, Catalog.Aspects[6].Weight);

        // Expected ranges per aspect (Gambar 1 of the PermenPANRB), as a cross-check of the parsed Tabel 3–6.
        var ranges = new (int Aspect, int First, int Last)[] { (1, 1, 10), (2, 11, 14), (3, 15, 18), (4, 19, 20), (5, 21, 28), (6, 29, 31), (7, 32, 41), (8, 42, 47) };
        foreach (var (aspect, first, last) in ranges)
            Assert.Equal(Enumerable.Range(first, last - first + 1), Catalog.Indicators.Where(i => i.Aspect == aspect).Select(i => i.Number));
        foreach (var indicator in Catalog.Indicators)
            Assert.Equal(Catalog.AspectOf(indicator).Domain, indicator.Domain);

        Assert.Equal(1.3m, Catalog.FindIndicator(1)!.Weight);
        Assert.Equal(2.5m, Catalog.FindIndicator(20)!.Weight);
        Assert.Equal(1.5m, Catalog.FindIndicator(31)!.Weight);
        Assert.Equal(2.75m, Catalog.FindIndicator(41)!.Weight);
        Assert.Equal(3m, Catalog.FindIndicator(47)!.Weight);
    }

    [Fact]
    public void Indicator_names_come_from_tabel_9()
    {
        Assert.Equal("Tingkat Kematangan Kebijakan Internal Arsitektur SPBE Instansi Pusat/Pemerintah Daerah", Catalog.FindIndicator(1)!.Name);
        Assert.Equal("Tingkat Kematangan Layanan Perencanaan", Catalog.FindIndicator(32)!.Name);
        Assert.Equal("Tingkat Kematangan Layanan Pengadaan Barang dan Jasa", Catalog.FindIndicator(35)!.Name);
        Assert.Equal("Tingkat Kematangan Jaringan Dokumentasi dan Informasi Hukum (JDIH)", Catalog.FindIndicator(44)!.Name);
        Assert.Equal("Tingkat Kematangan Layanan Publik Sektor 3", Catalog.FindIndicator(47)!.Name);
        Assert.All(Catalog.Indicators, i => Assert.StartsWith("Tingkat Kematangan ", i.Name));
    }

    [Fact]
    public void Process_ladder_for_1_to_31_and_service_ladder_for_32_to_47()
    {
        Assert.All(Catalog.Indicators, i => Assert.Equal(i.Number <= 31 ? "proses" : "layanan", i.Ladder));
        Assert.Equal(["Rintisan", "Terkelola", "Terdefinisi", "Terpadu dan Terukur", "Optimum"], Catalog.Ladders["proses"].Select(s => s.Name));
        Assert.Equal(["Informasi", "Interaksi", "Transaksi", "Kolaborasi", "Optimum"], Catalog.Ladders["layanan"].Select(s => s.Name));
        Assert.Equal("Proses penerapan SPBE dilakukan tanpa perencanaan dan sewaktu-waktu.", Catalog.Ladders["proses"][0].Criterion);
        Assert.Equal(
            "Kriteria tingkat Terdefinisi telah terpenuhi. Proses penerapan SPBE yang terpadu telah berkontribusi pada kinerja organisasi. " +
            "Kinerja penerapan SPBE dapat diukur melalui kegiatan reviu dan evaluasi pada setiap proses penerapan SPBE.",
            Catalog.Ladders["proses"][3].Criterion);
        Assert.Equal("Kriteria Tingkat Transaksi telah terpenuhi. Layanan SPBE diberikan melalui integrasi/kolaborasi dengan layanan SPBE lain.",
            Catalog.Ladders["layanan"][3].Criterion);
    }

    [Fact]
    public void Predikat_bands_follow_tabel_13()
    {
        Assert.Equal(
            [("Memuaskan", 4.2m, 5.0m), ("Sangat Baik", 3.5m, 4.2m), ("Baik", 2.6m, 3.5m), ("Cukup", 1.8m, 2.6m), ("Kurang", 0m, 1.8m)],
            Catalog.Predikat.Select(p => (p.Name, p.Min, p.Max)));
    }
}
