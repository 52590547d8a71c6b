using SpbeBot.Dialogs.Cli;

namespace SpbeBot.Tests.Dialogs.Cli;

/// <summary><see cref="DigestCommandTexts"/>: every text there in both languages, each in one language only.</summary>
public class DigestCommandTextsTests
{
    /// <summary>Words only the Indonesian texts have.</summary>
    public static readonly string[] Indonesian = ["Mohon", "maaf", "tidak", "dengan", "untuk", "yang", "dan", "atau", "belum", "sudah", "berkas", "Berkas", "dari", "ke", "di", "Ringkasan", "mingguan", "tulis", "jangan", "kirim", "grafik", "Instansi", "Diantrekan", "orang", "koordinator", "pekan", "dikirim"];

    /// <summary>Words only the English texts have.</summary>
    public static readonly string[] English = ["Sorry", "Please", "the", "The", "and", "not", "with", "for", "of", "is", "from", "to", "weekly", "digest", "Only", "write", "send", "charts", "agency", "Queued", "people", "coordinators", "week", "sent"];

    [Fact]
    public void Every_text_is_in_both_languages_and_each_in_one() =>
        OneLanguage.Check(DigestCommandTexts.Id, DigestCommandTexts.En, Indonesian, English);
}
