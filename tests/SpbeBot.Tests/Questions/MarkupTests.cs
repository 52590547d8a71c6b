using SpbeBot.Core.Text;

namespace SpbeBot.Tests.Questions;

/// <summary>What <see cref="Markup.Strip"/> takes out of a chat message, and what it leaves.</summary>
public class MarkupTests
{
    [Theory]
    [InlineData("<b>makasih</b> min", " makasih  min")]
    [InlineData("<B>tebal</B><br/>baris", " tebal  baris")]
    [InlineData("<a href=\"x\">tautan</a>", " tautan ")]
    [InlineData("<script>alert(1)</script> indeks kita?", "  indeks kita?")]
    [InlineData("<style>p{color:red}", " ")]
    // The texts' placeholders and comparisons are no HTML.
    [InlineData("<Nama Dokumen Kebijakan>", "<Nama Dokumen Kebijakan>")]
    [InlineData("<nama> dan <belum/telah>", "<nama> dan <belum/telah>")]
    [InlineData("indeks < 2,6 dan level <3", "indeks < 2,6 dan level <3")]
    public void Html_tags_go_placeholders_stay(string text, string expected) => Assert.Equal(expected, Markup.Strip(text));
}
