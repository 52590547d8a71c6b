using System.Text;
using SpbeBot.Core.Criteria.Build;
using SpbeBot.Core.Regulations;
using SpbeBot.Core.Regulations.Build;
using SpbeBot.Tests.Criteria;

namespace SpbeBot.Tests.Regulations;

/// <summary>
/// Splitting the regulations into passages: the shipped passages.json is what the builder makes from reference/,
/// headings and Pasal/ayat are kept, and every passage is the source's own words.
/// </summary>
public class PassageBuilderTests
{
    static readonly Lazy<PassageFile> Built = new(() => PassageBuilder.Build(PedomanReference.PedomanText, PedomanReference.PermenText));
    static Passage Get(string id) => Built.Value.Passages.Single(p => p.Id == id);

    [Fact]
    public void Shipped_file_is_byte_for_byte_the_rebuilt_passages()
    {
        var rebuilt = Encoding.UTF8.GetBytes(Built.Value.Serialize() + "\n");
        using var resource = typeof(PassageFile).Assembly.GetManifestResourceStream("passages/passages.json");
        Assert.NotNull(resource);
        using var shipped = new MemoryStream();
        resource.CopyTo(shipped);
        Assert.True(rebuilt.AsSpan().SequenceEqual(shipped.ToArray()),
            "passages.json differs from a fresh build. Regenerate it from the repository root with: " +
            "dotnet run --project src/SpbeBot.Host --artifacts-path /tmp/art -- catalog build-passages " +
            "reference/pedoman-menpanrb-3-2024.txt --permen reference/permenpanrb-59-2020.txt " +
            "--out \"$PWD/src/SpbeBot.Core/Regulations/Passages/passages.json\"");
    }

    [Fact]
    public void Permen_body_is_split_pasal_by_pasal_with_its_ayat()
    {
        var pasal4 = Get("permenpanrb-59-2020/pasal-4");
        Assert.Equal(["Pasal 4"], pasal4.Headings);
        Assert.Equal("Peraturan Menteri PANRB Nomor 59 Tahun 2020", pasal4.Regulation);
        var lines = pasal4.Text.Split('\n');
        Assert.StartsWith("(1) Penilaian Mandiri sebagaimana dimaksud dalam Pasal 3", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("(2) Tim Asesor Internal sebagaimana dimaksud pada ayat (1)", StringComparison.Ordinal));
        Assert.Contains("f. bupati/walikota pada pemerintah daerah kabupaten/kota.", lines);
        Assert.Equal("(3) Penilaian Mandiri sebagaimana dimaksud pada ayat (1) dikoordinasikan oleh Koordinator SPBE.", lines[^1]);

        // Every Pasal 1–12 is there; Pasal 1 one definition per passage.
        // (a Pasal longer than a chat passage is cut into parts "#1", "#2" under "Pasal n (1/2)").
        for (var n = 2; n <= 12; n++)
        {
            var id = $"permenpanrb-59-2020/pasal-{n}";
            var first = Built.Value.Passages.First(p => p.Id == id || p.Id == id + "#1");
            Assert.Equal(first.Id == id ? $"Pasal {n}" : $"Pasal {n} (1/", first.Id == id ? first.Headings[0] : first.Headings[0][..(first.Headings[0].IndexOf('/') + 1)]);
        }
        var definition = Get("permenpanrb-59-2020/pasal-1.8");
        Assert.Equal(["Pasal 1", "angka 8"], definition.Headings);
        Assert.Equal("8. Penilaian Mandiri adalah penilaian yang dilakukan oleh Tim Asesor Internal pada penerapan SPBE Instansi Pusat dan Pemerintah Daerah.", definition.Text);
        Assert.StartsWith("Dalam Peraturan Menteri ini yang dimaksud dengan:\n1. Sistem Pemerintahan Berbasis Elektronik", Get("permenpanrb-59-2020/pasal-1.1").Text);
        Assert.Contains("Peraturan Menteri ini mulai berlaku pada tanggal 1 Januari 2021.", Get("permenpanrb-59-2020/pasal-12").Text);
    }

    [Fact]
    public void Pedoman_sections_keep_their_headings()
    {
        var b1 = Built.Value.Passages.First(p => p.Id.StartsWith("pedoman-3-2024/III.B.1", StringComparison.Ordinal));
        Assert.Equal("BAB III TATA CARA DAN KAIDAH PENILAIAN PEMANTAUAN DAN EVALUASI SPBE", b1.Headings[0]);
        Assert.Equal("B. Tata Cara dan Kaidah Penilaian Mandiri Bagi Asesor Internal", b1.Headings[1]);
        Assert.StartsWith("B.1. Kaidah Penulisan Penjelasan Penilaian Mandiri Bagi Asesor Internal Pada Domain", b1.Headings[2]);
        Assert.Equal("Pedoman Menteri PANRB Nomor 3 Tahun 2024", b1.Regulation);

        var integrity = Get("pedoman-3-2024/IV.A.1");
        Assert.Equal(["BAB IV ETIKA ASESOR PEMANTAUAN DAN EVALUASI SPBE", "A. Ketentuan Umum", "A.1. Integritas"], integrity.Headings);
        Assert.StartsWith("Integritas adalah sifat, keadaan, atau mutu", integrity.Text);

        // The chapters asked for are there; the indicator tables are not (they are the catalog's).
        foreach (var chapter in new[] { "BAB I PENDAHULUAN", "BAB II INSTRUMEN PEMANTAUAN DAN EVALUASI SPBE", "BAB V PENUTUP" })
            Assert.Contains(Built.Value.Passages, p => p.Headings[0] == chapter);
        Assert.DoesNotContain(Built.Value.Passages, p => p.Source == PassageBuilder.PedomanSource && p.Text.Contains("Kriteria Level", StringComparison.Ordinal));
        Assert.All(Built.Value.Passages, p => Assert.InRange(p.Text.Length, 1, PassageBuilder.MaxPassageLength));
    }

    [Fact]
    public void General_rules_of_the_indicator_tables_are_passages_of_their_own()
    {
        var review = Get("pedoman-3-2024/tabel/reviu-kurang-dari-2-tahun");
        Assert.Contains("(<2 tahun)", review.Text);
        Assert.Contains(review.Headings, h => h.Contains("Indikator 1 (tercantum pada indikator 1, 2,", StringComparison.Ordinal));
        Assert.Contains(Built.Value.Passages, p => p.Id.StartsWith("pedoman-3-2024/tabel/contoh-bukti-dukung-", StringComparison.Ordinal)
            && p.Text == "Data Pendukung dapat disampaikan lebih dari 1 (satu) jenis dokumen.");
    }

    [Fact]
    public void Level_cells_stated_by_several_indicators_are_passages_under_the_indicators_that_state_them()
    {
        var guideline = Get("pedoman-3-2024/tabel/pedoman-nasional-belum-ditetapkan");
        Assert.Equal("Melampirkan dokumen pedoman Manajemen Aset TIK yang digunakan, jika belum terdapat pedoman nasional yang sudah ditetapkan.", guideline.Text);
        Assert.Equal("Kriteria Bukti Dukung, Level 3, Indikator 24 (tercantum pada indikator 24, 27, 28; level 3)", guideline.Headings[^1]);
        // The service indicators keep level 5 in their own words; the policy indicators' row no longer claims them.
        var service = Get("pedoman-3-2024/tabel/level-5-dipertahankan-layanan");
        Assert.Contains("dengan melakukan reviu kapabilitas fungsi dan/atau penerapan layanan; dan", service.Text);
        Assert.StartsWith("Kriteria Pemenuhan, Level 5, Indikator 32 (tercantum pada indikator 32, 33,", service.Headings[^1]);
        Assert.DoesNotContain("32", Get("pedoman-3-2024/tabel/level-5-dipertahankan#1").Headings[^1]);
        Assert.Contains("membandingkan antara capaian dan target", Get("pedoman-3-2024/tabel/pemanfaatan-seluruh-unit-kerja").Text);
    }

    [Fact]
    public void Every_passage_is_the_sources_own_words_in_order()
    {
        // Compared as letters and digits only: the builder changes spacing and line breaks, never a word.
        string Words(string text) => ProcessQuestionSet.Comparable(text);
        string Source(string text) => Words(string.Join("\n", LayoutText.SplitLines(text).Where(l => !LayoutText.IsPageFurniture(l))));
        var pedoman = Source(PedomanReference.PedomanText);
        var permen = Source(PedomanReference.PermenText);
        // The general rules of the indicator tables are quoted from the catalog's cells (whose own fidelity to the
        // Pedoman is tested in Catalog2024SourceFidelityTests): there the two table columns interleave line by line.
        var cells = PedomanReference.Shipped.Indicators
            .SelectMany(i => new[] { i.Description, i.AssessmentRules, i.EvidenceExamples }.Concat(i.Levels.SelectMany(l => l.Evidence.Concat(l.Fulfilment))))
            .OfType<string>().Select(Words).ToList();
        foreach (var p in Built.Value.Passages)
        {
            if (p.Id.Contains("/tabel/", StringComparison.Ordinal))
            {
                Assert.True(cells.Any(c => c.Contains(Words(p.Text), StringComparison.Ordinal)), $"{p.Id} is not a catalog cell's text: {p.Text}");
                continue;
            }
            var source = p.Source == PassageBuilder.PedomanSource ? pedoman : permen;
            Assert.True(source.Contains(Words(p.Text), StringComparison.Ordinal), $"{p.Id} is not verbatim: {p.Text[..Math.Min(120, p.Text.Length)]}");
        }
    }
}
