using SpbeBot.Core.Regulations;

namespace SpbeBot.Tests.Regulations;

/// <summary>
/// The shipped analysis (<c>Regulations/Passages/analysed.txt</c>) lets the passage index start without analysing: it must
/// be what the analyzer gives today for the shipped passages and asked questions, the index built from it must rank as
/// the one that analyses, and a file made from other inputs is never used. The questions are our own wording.
/// </summary>
public class PassageAnalysisTests
{
    static readonly Lazy<PassageAnalysis> Fresh = new(() =>
        PassageIndex.Analyse(PassageFile.Shipped.Passages, AskedFile.Shipped.ById(), AskedFile.Shipped.NotInTexts));

    [Fact]
    public void The_shipped_analysis_is_what_the_analyzer_gives_for_the_shipped_files()
    {
        using var stream = typeof(PassageAnalysis).Assembly.GetManifestResourceStream("passages/analysed.txt");
        Assert.NotNull(stream);
        using var reader = new StreamReader(stream);
        var shipped = reader.ReadToEnd();
        Assert.True(Fresh.Value.Serialize(PassageAnalysis.ShippedFingerprint()) == shipped,
            "analysed.txt is stale: after building, run `spbebot catalog build-analysed --out src/SpbeBot.Core/Regulations/Passages/analysed.txt` and build again.");
        Assert.NotNull(PassageAnalysis.Shipped(PassageFile.Shipped.Passages.Count));
    }

    [Fact]
    public void A_file_made_from_other_inputs_or_for_other_passages_is_not_used()
    {
        var text = Fresh.Value.Serialize("0123");
        Assert.NotNull(PassageAnalysis.Parse(text, "0123", PassageFile.Shipped.Passages.Count));
        Assert.Null(PassageAnalysis.Parse(text, "4567", PassageFile.Shipped.Passages.Count));
        Assert.Null(PassageAnalysis.Parse(text, "0123", PassageFile.Shipped.Passages.Count - 1));
        Assert.Null(PassageAnalysis.Parse(text.Replace("\np\t", "\nx\t"), "0123", PassageFile.Shipped.Passages.Count));
    }

    [Theory]
    [InlineData("siapa saja anggota tim asesor internal pemda?")]
    [InlineData("file bukti dukung dinamai bagaimana")]
    [InlineData("what happens during the document assessment stage?")]
    [InlineData("ada honor buat asesor ga")]
    public void The_index_read_from_the_analysis_ranks_as_the_one_that_analyses(string question)
    {
        var passages = PassageFile.Shipped.Passages;
        var parsed = PassageAnalysis.Parse(Fresh.Value.Serialize("f"), "f", passages.Count)!;
        using var read = new PassageIndex(passages, parsed);
        using var analysed = new PassageIndex(passages, AskedFile.Shipped.ById(), AskedFile.Shipped.NotInTexts);

        var a = read.Search(question, 10);
        var b = analysed.Search(question, 10);
        Assert.NotEmpty(b);
        Assert.Equal(b.Select(h => (h.Passage.Id, h.Rank)), a.Select(h => (h.Passage.Id, h.Rank)));
        Assert.Equal(analysed.NearestAskedIsNotInTexts(question), read.NearestAskedIsNotInTexts(question));
    }
}
