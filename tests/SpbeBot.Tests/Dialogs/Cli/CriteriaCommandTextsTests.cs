using SpbeBot.Dialogs.Cli;

namespace SpbeBot.Tests.Dialogs.Cli;

/// <summary><see cref="CriteriaCommandTexts"/>: every text there in both languages, each in one language only.</summary>
public class CriteriaCommandTextsTests
{
    /// <summary>Words only the Indonesian texts have.</summary>
    public static readonly string[] Indonesian = ["Mohon", "maaf", "tidak", "dengan", "untuk", "yang", "dan", "atau", "belum", "sudah", "berkas", "Berkas", "dari", "ke", "di", "Kriteria", "kriteria", "katalog", "Menampilkan", "indikator", "Nomor", "bawaan", "ringkasan", "semua"];

    /// <summary>Words only the English texts have.</summary>
    public static readonly string[] English = ["Sorry", "Please", "the", "The", "and", "not", "with", "for", "of", "is", "from", "to", "criteria", "catalog", "Shows", "indicator", "Indicator", "number", "default", "summary", "every"];

    [Fact]
    public void Every_text_is_in_both_languages_and_each_in_one() =>
        OneLanguage.Check(CriteriaCommandTexts.Id, CriteriaCommandTexts.En, Indonesian, English);
}
