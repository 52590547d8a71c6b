using System.Text;
using SpbeBot.Core.Criteria;
using SpbeBot.Core.Criteria.Build;
using SpbeBot.Core.Scoring;
using SpbeBot.Dialogs.Criteria;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Criteria;

/// <summary>
/// The pemdi-2026 catalog: generated from reference/pemdi/pemdi-instrument.json, aspects directly under the index,
/// Pemdi's weights, bands and Indeks SDI conversion; nothing that the instrument file does not state.
/// </summary>
public class PemdiCatalogTests(Xunit.Abstractions.ITestOutputHelper output)
{
    static readonly CriteriaCatalog Catalog = CatalogStore.Get("pemdi-2026");
    static string InstrumentText => File.ReadAllText(ReferenceFiles.Find(Path.Combine("pemdi", "pemdi-instrument.json")));

    [Fact]
    public void Shipped_file_is_byte_for_byte_the_regenerated_catalog()
    {
        var rebuilt = Encoding.UTF8.GetBytes(CatalogStore.Serialize(PemdiCatalogBuilder.Build(InstrumentText).Catalog) + "\n");
        using var resource = typeof(CatalogStore).Assembly.GetManifestResourceStream("catalogs/pemdi-2026.json");
        Assert.NotNull(resource);
        using var shipped = new MemoryStream();
        resource.CopyTo(shipped);
        Assert.True(rebuilt.AsSpan().SequenceEqual(shipped.ToArray()),
            "pemdi-2026.json differs from a fresh build. Regenerate it from the repository root with: " +
            "./spbebot catalog build-pemdi reference/pemdi/pemdi-instrument.json --out \"$PWD/src/SpbeBot.Core/Criteria/Catalogs/pemdi-2026.json\"");
    }

    [Fact]
    public void Structure_is_seven_aspects_and_twenty_weighted_indicators_without_domains()
    {
        Assert.Empty(Catalog.Domains);
        Assert.Equal(7, Catalog.Aspects.Count);
        Assert.Equal(20, Catalog.Indicators.Count);
        Assert.Equal([10m, 10m, 15m, 15m, 10m, 15m, 25m], Catalog.Aspects.Select(a => a.Weight!.Value));
        Assert.Equal(10m, Catalog.FindIndicator(19)!.Weight);
        Assert.Equal(15m, Catalog.FindIndicator(20)!.Weight);
        Assert.Equal([9, 10, 11, 12], Catalog.Indicators.Where(i => i.Aspect == 4).Select(i => i.Number));
        Assert.Empty(CatalogValidator.Check(Catalog));
        Assert.Equal(PemdiCatalogBuilder.ProvisionalStatus, Catalog.Status);
        Assert.Equal(["Merintis", "Membangun", "Berkembang", "Melembaga", "Unggul"], Catalog.Ladders["pemdi"].Select(s => s.Name));
    }

    [Fact]
    public void Nothing_unverified_is_invented()
    {
        // Level criteria are unknown: no indicator has level texts, and the ladder has names only.
        Assert.All(Catalog.Indicators, i => Assert.Empty(i.Levels));
        Assert.All(Catalog.Ladders["pemdi"], s => Assert.Null(s.Criterion));
        // Descriptions only where the instrument file has a full one (indicators 1 and 2), never the truncated fragments.
        Assert.Equal([1, 2], Catalog.Indicators.Where(i => i.Description is not null).Select(i => i.Number));
        // The IPS conversion for indicator 7 has an unverified lower bound: left out.
        Assert.Equal([5], Catalog.Conversions!.Select(c => c.Indicator));
        Assert.DoesNotContain("level_criteria", File.ReadAllText(RepoFiles.Find("src/SpbeBot.Core/Criteria/Catalogs/pemdi-2026.json")));
    }

    [Theory]
    [InlineData("25", "2.00")]
    [InlineData("68.75", "3.75")]
    [InlineData("0", "1.00")]
    [InlineData("100", "5.00")]
    [InlineData("75", "4.00")]
    public void Sdi_converts_into_indicator_5_as_the_worked_examples(string sdi, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            Catalog.ConversionFor(5)!.Convert(decimal.Parse(sdi, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(-1)]
    [InlineData(100.01)]
    public void Sdi_outside_0_to_100_is_not_converted(double sdi) => Assert.Null(Catalog.ConversionFor(5)!.Convert((decimal)sdi));

    [Fact]
    public void Hand_computed_pemdi_index()
    {
        // Aspects: 3,00 · 3,00 · (3,75×5+2×3+2×3+2×4)/15 = 2,5833 · 4,00 · 3,00 · 2,00 · (4×10+3×15)/25 = 3,40
        // Indeks Pemdi = (10×3 + 10×3 + 15×2,5833 + 15×4 + 10×3 + 15×2 + 25×3,4)/100 = 303,75/100 = 3,0375 → 3,04 Baik.
        var values = new Dictionary<int, decimal>
        {
            [1] = 3, [2] = 3, [3] = 3, [4] = 3, [5] = 3.75m, [6] = 2, [7] = 2, [8] = 2, [9] = 4, [10] = 4, [11] = 4, [12] = 4,
            [13] = 3, [14] = 3, [15] = 2, [16] = 2, [17] = 2, [18] = 2, [19] = 4, [20] = 3,
        };
        var result = IndexCalculator.Calculate(Catalog, values);
        Assert.Equal(3.0375m, result.Spbe);
        Assert.Equal("Baik", result.Predikat!.Name);
        Assert.Empty(result.Domains);
        Assert.Equal(2.58m, IndexCalculator.Round(result.Aspects[2].Value!.Value));
        Assert.Equal(3.40m, IndexCalculator.Round(result.Aspects[6].Value!.Value));
    }

    [Theory]
    [InlineData(1.49, "Kurang")]
    [InlineData(1.5, "Cukup")]
    [InlineData(3.7, "Sangat Baik")]
    [InlineData(4.0, "Memuaskan")]
    [InlineData(5.0, "Memuaskan")]
    public void Pemdi_predikat_bands_differ_from_spbe(double index, string predikat)
    {
        Assert.Equal(predikat, IndexCalculator.PredikatOf(Catalog, (decimal)index).Name);
        if (index == 4.0) Assert.Equal("Sangat Baik", IndexCalculator.PredikatOf(CatalogStore.Get("spbe-2024"), 4.0m).Name);
    }

    /// <summary>
    /// Loading a catalog stays cheap: one System.Text.Json pass over the embedded file (linear in its size), and every
    /// shipped file well under 1 MiB (spbe-2024, the largest, is ~350 KB). Its time is a figure of the `catalogs`
    /// bench (bench/SpbeBot.Bench), not asserted here: a wall-clock bound in a test fails with the machine's load,
    /// not with the catalog.
    /// </summary>
    [Fact]
    public void Every_shipped_catalog_parses_in_one_pass_from_a_file_under_1_MiB()
    {
        foreach (var framework in new[] { "spbe-2018", "spbe-2024", "pemdi-2026" })
        {
            using var stream = typeof(CatalogStore).Assembly.GetManifestResourceStream($"catalogs/{framework}.json")!;
            var counted = new CountingStream(stream);
            var catalog = CatalogStore.Parse(counted);
            Assert.Equal(framework, catalog.Framework);
            Assert.True(stream.Length < 1 << 20, $"{framework}.json is {stream.Length} bytes");
            // Read once, start to end: no second pass, no seeking back.
            Assert.Equal(stream.Length, counted.BytesRead);
            Assert.Equal(0, counted.Seeks);
            output.WriteLine($"{framework}: {stream.Length} bytes");
        }
    }

    /// <summary>Counts what is read through it and every seek.</summary>
    sealed class CountingStream(Stream inner) : Stream
    {
        public long BytesRead { get; private set; }
        public int Seeks { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set { Seeks++; inner.Position = value; } }
        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));
        public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default) => Count(await inner.ReadAsync(buffer, ct));
        public override long Seek(long offset, SeekOrigin origin) { Seeks++; return inner.Seek(offset, origin); }
        public override void Flush() { }
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        int Count(int read) { BytesRead += read; return read; }
    }
}

/// <summary>Pemdi questions through the same path as chat and <c>spbebot ask</c>.</summary>
public class PemdiQuestionTests
{
    static CriteriaAnswer Ask(string q, string current = "pemdi-2026") => CriteriaAnswerer.Answer(q, current);

    [Fact]
    public void Weight_of_indicator_19_pemdi_from_an_spbe_instansi()
    {
        var a = Ask("bobot indikator 19 pemdi", "spbe-2024");
        Assert.Equal("pemdi-2026", a.Framework);
        Assert.Contains("Fasilitas Dukungan Pengguna", a.Reply.Text);
        Assert.Contains("10,00%", a.Reply.Text);
        Assert.Contains("sementara", a.Reply.Text);
    }

    [Fact]
    public void Indicators_of_the_security_aspect()
    {
        var a = Ask("aspek keamanan pemdi ada indikator apa saja");
        Assert.True(a.Answered);
        foreach (var n in new[] { "9.", "10.", "11.", "12." }) Assert.Contains(n, a.Reply.Text);
        Assert.Contains("Kriptografi", a.Reply.Text);
    }

    [Fact]
    public void Predikat_of_3_7_uses_pemdi_bands()
    {
        var a = Ask("predikat indeks pemdi 3,7", "spbe-2024");
        Assert.Contains("Indeks Pemdi 3,70 berpredikat Sangat Baik", a.Reply.Text);
        Assert.Contains("Memuaskan", a.Reply.Text);
    }

    [Fact]
    public void Difference_between_spbe_and_pemdi()
    {
        var a = Ask("apa bedanya indeks spbe dan indeks pemdi", "spbe-2024");
        Assert.Contains("47 indikator", a.Reply.Text);
        Assert.Contains("20 indikator dalam 7 aspek", a.Reply.Text);
        Assert.Contains("Sangat Baik 3,5–<4", a.Reply.Text);
        Assert.DoesNotContain("How the", a.Reply.Text); // one language per reply
    }

    [Theory]
    [InlineData("nilai SDI kami 68,75 jadi nilai indikator berapa", "3,75")]
    [InlineData("indeks satu data kami 25, nilai indikatornya?", "2,00")]
    public void Sdi_value_converts(string q, string expected)
    {
        var a = Ask(q, "spbe-2024");
        Assert.True(a.Answered);
        Assert.Equal(5, a.Indicator);
        Assert.Contains($"sebesar {expected}", a.Reply.Text);
    }

    [Fact]
    public void Sdi_conversion_in_english_writes_decimal_points()
    {
        var a = CriteriaAnswerer.Answer("our SDI index is 68.75, what is the indicator value", "spbe-2024", SpbeBot.Dialogs.Common.Language.En);
        Assert.True(a.Answered);
        Assert.Equal(5, a.Indicator);
        Assert.Contains("3.75", a.Reply.Text);
        Assert.Contains("68.75", a.Reply.Text);
        // Every number of the reply, the bands included, in English notation: no decimal comma anywhere.
        Assert.DoesNotMatch(@"\d,\d", a.Reply.Text);

        var refused = CriteriaAnswerer.Answer("our SDI index is 120.5, what is the indicator value", "spbe-2024", SpbeBot.Dialogs.Common.Language.En);
        Assert.False(refused.Answered);
        Assert.Contains("120.5", refused.Reply.Text);
        Assert.DoesNotMatch(@"\d,\d", refused.Reply.Text);
    }

    [Fact]
    public void Sdi_out_of_range_is_refused_clearly()
    {
        var a = Ask("nilai SDI kami 120 jadi nilai indikator berapa");
        Assert.False(a.Answered);
        Assert.Contains("di luar rentang", a.Reply.Text);
    }

    [Fact]
    public void Level_criteria_are_honestly_not_loaded()
    {
        var a = Ask("indikator 5 pemdi level 4 syaratnya apa", "spbe-2024");
        Assert.Equal("pemdi-2026", a.Framework);
        Assert.Contains("Melembaga", a.Reply.Text);
        Assert.Contains("belum dimuat", a.Reply.Text);
        Assert.Contains("spbebot catalog template pemdi-2026", a.Reply.Text);
        Assert.Contains("spbebot catalog import", a.Reply.Text);
    }

    [Fact]
    public void Indicator_5_means_the_current_frameworks_and_spbe_overrides()
    {
        Assert.Contains("Tata Kelola Data", Ask("indikator 5 itu apa").Reply.Text);
        var spbe = Ask("indikator 5 spbe itu apa");
        Assert.Equal("spbe-2024", spbe.Framework);
        Assert.DoesNotContain("Tata Kelola Data", spbe.Reply.Text);
        Assert.Equal("spbe-2024", Ask("indikator 5 itu apa", "spbe-2024").Framework);
    }

    [Fact]
    public void Unknown_pemdi_indicator_names_the_range()
    {
        var a = Ask("bobot indikator 25 pemdi", "spbe-2024");
        Assert.False(a.Answered);
    }

    [Fact]
    public void English_answer_is_one_language()
    {
        var a = CriteriaAnswerer.Answer("what is the weight of indicator 19 pemdi", "spbe-2024", SpbeBot.Dialogs.Common.Language.En);
        Assert.Contains("provisional", a.Reply.Text);
        Assert.DoesNotContain("sementara", a.Reply.Text);
    }
}

/// <summary>Pemdi recommendation spreadsheets: indicator names as Pemdi documents write them, with typos.</summary>
public sealed class PemdiPlanImportTests : IDisposable
{
    readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("spbebot-pemdi-import-");
    public void Dispose() => _dir.Delete(recursive: true);

    [Theory]
    [InlineData("Tingkat Kematangan Keamanan Pemdi", 10)]
    [InlineData("Tingkat Kematangan Pelaksanaan Audit Keamanan Pemdi & Teknologi Pemdi", 9)]
    [InlineData("Kapabilitas Penangan Insiden Siber", 12)]
    [InlineData("Tingkat Kematangan Tata Kelola Data (Indeks Satu Data Indonesia)", 5)]
    [InlineData("Fasilitas Dukungan Pengguna Layanan Digtal Pemerintah", 19)]
    [InlineData("Interoperabilitas Data", 18)]
    [InlineData("Tingkat Kematangan Sumber Daya Manusia Pemdi", 3)]
    public void Pemdi_names_and_variants_match(string name, int expected) =>
        Assert.Equal(expected, new SpbeBot.Core.Plans.Import.IndicatorNameMatcher(CatalogStore.Get("pemdi-2026")).Match(name).Indicator?.Number);

    [Fact]
    public void A_pemdi_recommendation_sheet_imports_against_pemdi_2026()
    {
        var path = Path.Combine(_dir.FullName, "rekomendasi-pemdi-2026.csv");
        File.WriteAllLines(path,
        [
            "Indikator;Rekomendasi;OPD Penanggung Jawab",
            "Tingkat Kematangan Keamanan Pemdi;Susun rencana keamanan;Diskominfo",
            "Tingkat Kematangan Penerapan Kriptografi untuk Keamanan Data;Terapkan sertifikat elektronik;Diskominfo",
            "Pengelolaan Kepuasan Pengguna Layanan Digital Pemerintah;Survei kepuasan;Bagian Organisasi",
            "Indikator Yang Tidak Ada Sama Sekali;Apa saja;Diskominfo",
        ]);
        var importer = new SpbeBot.Core.Plans.Import.PlanImporter(CatalogStore.Get("pemdi-2026"), 2026, _ => true) { FileMayChooseFramework = false };
        var result = importer.Read(path);
        Assert.Equal([10, 11, 20], result.Drafts.Select(d => d.Indicator));
        Assert.All(result.Drafts, d => Assert.Equal("pemdi-2026", d.Framework));
        Assert.Single(result.Problems);
    }
}
