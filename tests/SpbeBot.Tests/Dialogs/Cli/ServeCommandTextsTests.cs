using SpbeBot.Dialogs.Cli;

namespace SpbeBot.Tests.Dialogs.Cli;

/// <summary><see cref="ServeCommandTexts"/>: every text there in both languages, each in one language only.</summary>
public class ServeCommandTextsTests
{
    /// <summary>Words only the Indonesian texts have.</summary>
    public static readonly string[] Indonesian = ["Mohon", "maaf", "tidak", "dengan", "untuk", "yang", "dan", "atau", "belum", "sudah", "berkas", "Berkas", "dari", "ke", "di", "Menjalankan", "Alamat", "dilayani", "bawaan", "dipisah", "periksa", "pengaturan"];

    /// <summary>Words only the English texts have.</summary>
    public static readonly string[] English = ["Sorry", "Please", "the", "The", "and", "not", "with", "for", "of", "is", "from", "to", "Runs", "Addresses", "listens", "default", "separated", "check", "settings"];

    [Fact]
    public void Every_text_is_in_both_languages_and_each_in_one() =>
        OneLanguage.Check(ServeCommandTexts.Id, ServeCommandTexts.En, Indonesian, English);
}
