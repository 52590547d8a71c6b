using SpbeBot.Dialogs.Cli;

namespace SpbeBot.Tests.Dialogs.Cli;

/// <summary><see cref="CatalogCommandTexts"/>: every text there in both languages, each in one language only.</summary>
public class CatalogCommandTextsTests
{
    /// <summary>Words only the Indonesian texts have.</summary>
    public static readonly string[] Indonesian = ["Mohon", "maaf", "tidak", "dengan", "untuk", "yang", "dan", "atau", "belum", "sudah", "berkas", "Berkas", "dari", "ke", "di", "Katalog", "potongan", "pertanyaan", "indikator", "versi", "bawaan", "Membangun", "keluaran", "Belum", "lengkap", "diimpor", "Templat", "sah", "Catatan", "Unsur", "unsur", "Teks", "peringatan"];

    /// <summary>Words only the English texts have.</summary>
    public static readonly string[] English = ["Sorry", "Please", "the", "The", "and", "not", "with", "for", "of", "is", "from", "to", "Catalog", "passages", "questions", "framework", "indicators", "version", "shipped", "Builds", "Output", "Incomplete", "imported", "Note", "file", "found", "valid", "warnings"];

    [Fact]
    public void Every_text_is_in_both_languages_and_each_in_one() =>
        OneLanguage.Check(CatalogCommandTexts.Id, CatalogCommandTexts.En, Indonesian, English);
}
