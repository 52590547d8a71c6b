using SpbeBot.Core.Criteria.Build;
using SpbeBot.Core.People;
using SpbeBot.Dialogs.Cli;
using SpbeBot.Dialogs.Common;
using SpbeBot.Tests.Dialogs.Cli;

namespace SpbeBot.Tests.Dialogs;

/// <summary>
/// What the catalog builders and `catalog validate` report, in one language, the machine's. Before, the builders' four
/// source problems glued both languages ("Tabel 7 tidak ditemukan. / Tabel 7 not found."), and their warnings and the
/// validator's problems were English under every locale. Words quoted from a source ("Total Bobot", a cell's label) stay.
/// </summary>
public class CatalogBuildTextsTests
{
    static readonly string[] Indonesian = ["tidak", "ditemukan", "baris", "sel", "tetapi", "menurut", "bobot", "berjumlah", "seharusnya", "rentang",
        "Tabel", "aspek", "indikator", "kosong", "memuat", "yang", "dan", "di", "pada", "butir", "konversi", "halaman", "muncul", "Berkas", "Jenis", "ada"];
    static readonly string[] English = ["the", "The", "not", "found", "line", "cell", "weights", "Weights", "expected", "Indicator", "indicator", "aspect",
        "Table", "band", "conversion", "empty", "contains", "missing", "item", "kept", "Chapter", "occurs", "has", "and", "of", "in"];

    static readonly object[] Samples =
    [
        .. Enum.GetValues<CatalogSourceProblem>().Select(p => new CatalogSourceException(p, 7, "XII")),
        .. Enum.GetValues<CatalogWarningKind>().Select(k => new CatalogWarning(k)
        {
            Indicator = 12, Level = 3, Line = 480, Cell = PedomanCell.Fulfilment, Part = CatalogPart.Aspect, Number = 4, Other = 3,
            Text = "ABC", OtherText = "XYZ", Amount = 99.5m, Expected = 100m,
        }),
        new CatalogWarning(CatalogWarningKind.CellNotFound) { Indicator = 12, Cell = PedomanCell.Description },
        new CatalogWarning(CatalogWarningKind.NoWeightTotal) { Part = CatalogPart.Domain },
        new CatalogWarning(CatalogWarningKind.MissingFromLists) { Part = CatalogPart.Indicator, Number = 12 },
        .. Enum.GetValues<CatalogProblemKind>().Select(k => new CatalogProblem(k)
        {
            Indicator = 12, Level = 3, Part = CatalogPart.Indicator, Number = 4, Other = 3, Text = "ABC", OtherText = "XYZ", Amount = 99.5m, Expected = 100m,
        }),
        new CatalogProblem(CatalogProblemKind.WeightsDontAddUp) { Part = CatalogPart.Aspect, Of = CatalogPart.Domain, Number = 2, Amount = 101m, Expected = 100m },
        new CatalogProblem(CatalogProblemKind.NumberingOutOfOrder) { Part = CatalogPart.Domain, Number = 4 },
    ];

    [Fact]
    public void Every_text_is_in_both_languages_and_each_in_one() =>
        OneLanguage.Check(CatalogBuildTexts.Id, CatalogBuildTexts.En, Indonesian, English, Samples);

    /// <summary>The four glued messages, one language each: the Indonesian is the old Indonesian, the English the old English.</summary>
    [Theory]
    [InlineData(CatalogSourceProblem.NoIndicatorChapter, null, "Tidak menemukan BAB II dan BAB III pada teks Pedoman.", "BAB II and BAB III headings not found in the Pedoman text.")]
    [InlineData(CatalogSourceProblem.NoRegulationKind, null, "Jenis peraturan tidak ditemukan di halaman judul.", "Regulation kind not found on the cover.")]
    [InlineData(CatalogSourceProblem.NoNumberAndYear, null, "Nomor dan tahun tidak ditemukan di halaman judul.", "Number and year not found on the cover.")]
    [InlineData(CatalogSourceProblem.TableNotFound, 7, "Tabel 7 tidak ditemukan.", "Table 7 not found.")]
    public void The_glued_source_problems_are_one_language_each(CatalogSourceProblem problem, int? table, string indonesian, string english)
    {
        var e = new CatalogSourceException(problem, table);
        Assert.Equal(indonesian, CatalogBuildTexts.Id.Source(e));
        Assert.Equal(english, CatalogBuildTexts.En.Source(e));
        Assert.DoesNotContain(" / ", e.Message);
    }

    /// <summary>The builders really throw the kind (a Pedoman without its indicator chapter, a cover without a number).</summary>
    [Fact]
    public void The_builders_throw_the_kind()
    {
        Assert.Equal(CatalogSourceProblem.NoIndicatorChapter, Assert.Throws<CatalogSourceException>(() => PedomanParser.Parse("BAB I\nPENDAHULUAN\n")).Problem);
        Assert.Equal(CatalogSourceProblem.NoNumberAndYear,
            Assert.Throws<CatalogSourceException>(() => RegulationTitle.Parse("PERATURAN MENTERI PENDAYAGUNAAN APARATUR NEGARA\nTENTANG\nX\n")).Problem);
        var missing = Assert.Throws<CatalogSourceException>(() => TableCaptions.Find(["Tabel 1 Bobot Domain", "isi"]).Body(7));
        Assert.Equal((CatalogSourceProblem.TableNotFound, 7), (missing.Problem, missing.Number));
    }

    [Fact]
    public void A_validator_problem_and_a_builder_warning_in_each_language()
    {
        var weights = new CatalogProblem(CatalogProblemKind.WeightsDontAddUp) { Part = CatalogPart.Indicator, Of = CatalogPart.Aspect, Number = 6, Amount = 99.5m, Expected = 100m };
        Assert.Equal("indicator weights of aspect 6 add up to 99.5, expected 100", CatalogBuildTexts.En.Problem(weights));
        Assert.Equal("bobot indikator pada aspek 6 berjumlah 99,5, seharusnya 100", CatalogBuildTexts.Id.Problem(weights));
        var fragment = new CatalogProblem(CatalogProblemKind.LabelFragment) { Indicator = 3, Level = 2, Text = "Kriteria pemenuhan" };
        Assert.Equal("indicator 3 level 2: contains the label fragment \"Kriteria pemenuhan\"", CatalogBuildTexts.En.Problem(fragment));
        Assert.Equal("indikator 3 level 2: memuat potongan label \"Kriteria pemenuhan\"", CatalogBuildTexts.Id.Problem(fragment));

        var order = new CatalogWarning(CatalogWarningKind.ItemOutOfOrder) { Indicator = 5, Level = 3, Cell = PedomanCell.Evidence, Line = 812, Text = "3)", Number = 2 };
        Assert.Equal("Pedoman: Indicator 5 level 3, the cell \"Kriteria Bukti Dukung\": line 812 starts with \"3)\" but item 2 was expected; kept inside item 1",
            CatalogBuildTexts.En.Warning(order));
        Assert.Equal("Pedoman: Indikator 5 level 3, sel \"Kriteria Bukti Dukung\": baris 812 diawali \"3)\", padahal yang diharapkan butir 2; tetap dimasukkan ke butir 1",
            CatalogBuildTexts.Id.Warning(order));
    }

    /// <summary>The chat identity that belongs to someone else: English in the exception (logs), one language on the terminal.</summary>
    [Fact]
    public void A_taken_chat_identity_is_one_language()
    {
        var e = new ChatIdentityTakenException(new ChatIdentity("terminal", "person-3"));
        Assert.Equal("The terminal account person-3 already belongs to someone else.", e.Message);
        Assert.Equal("Mohon maaf, akun terminal person-3 sudah terdaftar atas nama orang lain.", TerminalTexts.Id.IdentityTaken("terminal", "person-3"));
        Assert.Equal("Sorry, the terminal account person-3 already belongs to someone else.", TerminalTexts.En.IdentityTaken("terminal", "person-3"));
    }
}
