using SpbeBot.Core.Criteria;
using SpbeBot.Core.Criteria.Build;

namespace SpbeBot.Tests.Criteria;

/// <summary>The layout rules of the builder on small, hand-made inputs.</summary>
public class PedomanLayoutTests
{
    static readonly WordForms Words = new(["e-dokumen dan pengembangan aplikasi", "non-fisik serta kebijakan"]);

    /// <summary>The cell a numbered list is split in, as a warning names it.</summary>
    static readonly CatalogWarning Where = new(CatalogWarningKind.CellNotFound) { Indicator = 1, Level = 2, Cell = PedomanCell.Fulfilment };

    [Theory]
    [InlineData("aktivitas-", "aktivitas", HyphenDecision.Keep)]       // full reduplication
    [InlineData("masing-", "masing.", HyphenDecision.Keep)]            // full reduplication, punctuation after
    [InlineData("perundang-", "undangan,", HyphenDecision.Keep)]       // affixed reduplication
    [InlineData("sebaik-", "baiknya", HyphenDecision.Keep)]            // affixed reduplication
    [InlineData("e-", "dokumen", HyphenDecision.Keep)]                 // the hyphenated form is used elsewhere
    [InlineData("pengem-", "bangan", HyphenDecision.Drop)]             // only the joined word is used elsewhere
    [InlineData("kebija-", "kan", HyphenDecision.Drop)]
    [InlineData("point-to-", "point);", HyphenDecision.Undecided)]     // no evidence: kept, and reported
    public void Line_end_hyphen_is_decided_by_reduplication_and_the_documents_own_spelling(string left, string right, HyphenDecision expected) =>
        Assert.Equal(expected, Words.DecideLineEndHyphen(left, right));

    [Fact]
    public void Joining_lines_collapses_spaces_and_rejoins_broken_words()
    {
        var warnings = new List<CatalogWarning>();
        var text = LayoutText.JoinLines(
            ["dokumentasi   aktivitas-", "aktivitas pengem-", "bangan   Instansi Pusat/", "Pemerintah     Daerah."], Words, warnings);
        Assert.Equal("dokumentasi aktivitas-aktivitas pengembangan Instansi Pusat/Pemerintah Daerah.", text);
        Assert.Empty(warnings);
    }

    [Fact]
    public void Undecided_hyphen_is_kept_and_reported()
    {
        var warnings = new List<CatalogWarning>();
        Assert.Equal("(point-to-point);", LayoutText.JoinLines(["(point-", "to-point);"], Words, warnings));
        Assert.Equal(new CatalogWarning(CatalogWarningKind.HyphenKept) { Text = "(point-", OtherText = "to-point);" }, Assert.Single(warnings));
    }

    [Theory]
    [InlineData("jdih.menpan.go.id", true)]
    [InlineData("                                          -129-", true)]
    [InlineData("   ", true)]
    [InlineData("                               (<2 tahun);", false)]
    [InlineData("                               level 1 – 4);", false)]
    public void Page_furniture_is_recognised(string line, bool furniture) =>
        Assert.Equal(furniture, LayoutText.IsPageFurniture(line));

    [Fact]
    public void Numbered_items_split_at_top_level_markers_only()
    {
        var lines = new[] { "1. Pertama;", "a. sub satu", "b. sub dua", "2) bukan penanda gaya ini", "2. Kedua", "3. Ketiga" }
            .Select((t, i) => new LayoutLine(i + 1, t)).ToList();
        var items = NumberedItems.Split(lines, [], Where);
        Assert.Equal(3, items.Count);
        Assert.Equal(["Pertama;", "a. sub satu", "b. sub dua", "2) bukan penanda gaya ini"], items[0]);
        Assert.Equal(["Kedua"], items[1]);
        Assert.Equal(["Ketiga"], items[2]);
    }

    [Fact]
    public void Unnumbered_cell_is_one_item_even_with_a_list_inside()
    {
        var lines = new[] { "Tingkat kematangan dapat dipertahankan:", "1) dengan reviu;", "2) dengan tindak lanjut." }
            .Select((t, i) => new LayoutLine(i + 1, t)).ToList();
        Assert.Single(NumberedItems.Split(lines, [], Where));
    }

    [Fact]
    public void Out_of_sequence_marker_stays_inside_and_is_reported()
    {
        var warnings = new List<CatalogWarning>();
        var lines = new[] { "1) satu", "3) tiga", "2) dua" }.Select((t, i) => new LayoutLine(i + 1, t)).ToList();
        var items = NumberedItems.Split(lines, warnings, Where);
        Assert.Equal(2, items.Count);
        Assert.Equal(Where with { Kind = CatalogWarningKind.ItemOutOfOrder, Line = 2, Text = "3)", Number = 2 }, Assert.Single(warnings));
    }

    [Theory]
    [InlineData("  Level 4     Kriteria Level   Kriteria tingkat 3", PedomanCell.Criterion, 4)]
    [InlineData(" Level 2      Kriteria Level   Kriteria tingkat 1", PedomanCell.Criterion, 2)]
    [InlineData("              Kriteria         Instansi Pusat", PedomanCell.Fulfilment, null)]
    [InlineData("              Kriteria    1. Instansi Pusat", PedomanCell.Fulfilment, null)]
    [InlineData("              Kriteria Bukti Dokumentasi yang", PedomanCell.Evidence, null)]
    [InlineData("              Kriteria   Bukti Dokumentasi yang", PedomanCell.Evidence, null)]
    [InlineData("              Kriteria Bukti 1) Konteks", PedomanCell.Evidence, null)]
    [InlineData(" Ketentuan Penilaian:   Penilaian dilakukan", PedomanCell.AssessmentRules, null)]
    public void Labels_are_recognised_by_word_and_position(string line, PedomanCell cell, int? level)
    {
        var label = PedomanLabels.Match(line);
        Assert.NotNull(label);
        Assert.Equal(cell, label.StartsCell);
        Assert.Equal(level, label.Level);
    }

    [Theory]
    [InlineData("              pemenuhan        memiliki konsep")]
    [InlineData("              Level            dimaksud atau")]
    [InlineData("              Dukung           rancangan Keputusan")]
    public void Label_continuations_are_stripped_without_changing_the_cell(string line)
    {
        var label = PedomanLabels.Match(line);
        Assert.NotNull(label);
        Assert.Null(label.StartsCell);
        Assert.DoesNotContain(line[..label.Length].Trim(), line[label.Length..]);
    }

    [Theory]
    [InlineData("                               Level 5 dapat dipertahankan")]
    [InlineData("                               Kriteria tingkat 4 telah terpenuhi")]
    [InlineData("                               pemenuhan kompetensi SDM")]
    public void The_same_words_in_the_text_column_are_not_labels(string line) =>
        Assert.Null(PedomanLabels.Match(line));

    [Fact]
    public void Ladder_rows_split_name_and_criterion_even_with_a_single_space_between()
    {
        var body = new[]
        {
            "       Tingkat                                Kriteria",
            "    3 – Terdefinisi Kriteria tingkat Terkelola telah terpenuhi.",
            "                    Proses penerapan SPBE sudah dilakukan.",
            "    4 – Terpadu     Kriteria tingkat Terdefinisi telah terpenuhi.",
            "    dan Terukur     Proses    penerapan      SPBE.",
            "3. Tingkat Kematangan Kapabilitas Layanan",
        };
        var steps = LadderTable.Parse(body, []);
        Assert.Equal(
            [
                new LadderStep(3, "Terdefinisi", "Kriteria tingkat Terkelola telah terpenuhi. Proses penerapan SPBE sudah dilakukan."),
                new LadderStep(4, "Terpadu dan Terukur", "Kriteria tingkat Terdefinisi telah terpenuhi. Proses penerapan SPBE."),
            ],
            steps);
    }

    [Fact]
    public void Regulation_cover_becomes_a_citation()
    {
        var title = RegulationTitle.Parse("\n   PERATURAN MENTERI PENDAYAGUNAAN APARATUR NEGARA\n   NOMOR 59 TAHUN 2020\n   TENTANG\n   PEMANTAUAN DAN EVALUASI SISTEM\n   PEMERINTAHAN BERBASIS ELEKTRONIK\n\n");
        Assert.Equal("Peraturan Menteri PANRB Nomor 59 Tahun 2020 tentang Pemantauan dan Evaluasi Sistem Pemerintahan Berbasis Elektronik", title.Citation);
    }
}
