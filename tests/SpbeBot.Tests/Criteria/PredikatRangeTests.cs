using SpbeBot.Core.Questions;
using SpbeBot.Dialogs.Criteria;

namespace SpbeBot.Tests.Criteria;

/// <summary>
/// Issue 15 point 1, wip-15p: "kalau indeks di bawah 1,8 predikatnya apa?" asks the predikat of every value below 1,8
/// (Tabel 13: "&lt; 1,8 Kurang"), not of 1,8 itself (which is Cukup; before, the answer said Cukup). The bands are printed
/// as Tabel 13 prints them ("4,2 – 5,0").
/// </summary>
public class PredikatRangeTests
{
    static string Headline(string question) => CriteriaAnswerer.Answer(question).Reply.Text.Split('\n')[0];

    [Theory]
    [InlineData("kalo nilai indeks dibawah 1,8 dapet predikat apa", "Kurang")]
    [InlineData("indeks kurang dari 1,8 itu predikatnya?", "Kurang")]
    [InlineData("What predikat is an index below 2.6?", "Cukup or Kurang")]
    [InlineData("indeks di atas 4,2 predikatnya apa", "Memuaskan")]
    public void A_bound_asks_the_predikat_of_the_values_on_its_side(string question, string predikat)
    {
        var headline = Headline(question);

        Assert.EndsWith(predikat + ".", headline, StringComparison.Ordinal);
        Assert.DoesNotContain(predikat == "Memuaskan" ? "Sangat" : "Baik", headline, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_without_a_bound_keeps_its_own_band() =>
        Assert.Equal("Indeks SPBE 1,80 berpredikat Cukup.", Headline("indeks 1,8 predikatnya apa?"));

    [Theory]
    [InlineData("di bawah 1,8", IndexSide.Below)]
    [InlineData("below 4.2", IndexSide.Below)]
    [InlineData("lebih dari 3,5", IndexSide.Above)]
    [InlineData("indeks 3,5", null)]
    public void Side_words(string words, IndexSide? side) =>
        Assert.Equal(side, QuestionParser.SideOfBound(TextNormalizer.Tokenize(words)));

    [Fact]
    public void The_bands_are_printed_as_tabel_13_prints_them()
    {
        var text = CriteriaAnswerer.Answer("indeks 3,6 predikatnya apa?").Reply.Text;

        Assert.Contains("1. 4,2 – 5,0: Memuaskan", text, StringComparison.Ordinal);
        Assert.Contains("4. 1,8 – < 2,6: Cukup\n5. < 1,8: Kurang", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_english_weight_answer_names_the_aspect_as_tabel_8_does() =>
        Assert.StartsWith("Aspek 8", CriteriaAnswerer.Answer("What's the weight of aspect 8, public services?").Reply.Text, StringComparison.Ordinal);
}
