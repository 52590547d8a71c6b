using SpbeBot.Dialogs.Cli;

namespace SpbeBot.Tests.Dialogs.Cli;

/// <summary><see cref="IndexCommandTexts"/>: every text there in both languages, each in one language only.</summary>
public class IndexCommandTextsTests
{
    /// <summary>Words only the Indonesian texts have.</summary>
    public static readonly string[] Indonesian = ["Mohon", "maaf", "tidak", "dengan", "untuk", "yang", "dan", "atau", "belum", "sudah", "berkas", "Berkas", "dari", "ke", "di", "Menghitung", "indeks", "Indeks", "indikator", "rencana", "Tahun", "nilai", "Sebutkan", "gunakan", "kerangka", "sampai"];

    /// <summary>Words only the English texts have.</summary>
    public static readonly string[] English = ["Sorry", "Please", "the", "The", "and", "not", "with", "for", "of", "is", "from", "to", "Calculates", "index", "indicator", "indicators", "plan", "Year", "value", "name", "use", "framework", "Available"];

    [Fact]
    public void Every_text_is_in_both_languages_and_each_in_one() =>
        OneLanguage.Check(IndexCommandTexts.Id, IndexCommandTexts.En, Indonesian, English);
}
