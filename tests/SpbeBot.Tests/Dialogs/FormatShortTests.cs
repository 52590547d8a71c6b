using SpbeBot.Dialogs.Common;

namespace SpbeBot.Tests.Dialogs;

/// <summary>A list line's text is shortened after a whole word, never inside one. Texts written for these tests.</summary>
public class FormatShortTests
{
    [Theory]
    [InlineData("Dokumen reviu arsitektur", 40, "Dokumen reviu arsitektur")]
    [InlineData("Dokumen yang menggambarkan pengelolaan repositori", 30, "Dokumen yang menggambarkan…")]
    [InlineData("Notulen rapat, daftar hadir", 16, "Notulen rapat…")]
    [InlineData("SK_Tim_Koordinasi_SPBE_2026_final.pdf", 20, "SK_Tim_Koordinasi_S…")]
    public void Cut_after_a_whole_word(string text, int max, string expected)
    {
        var shortened = Format.Short(text, max);
        Assert.Equal(expected, shortened);
        Assert.True(shortened.Length <= max);
    }
}
