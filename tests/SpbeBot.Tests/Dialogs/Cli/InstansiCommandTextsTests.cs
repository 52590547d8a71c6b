using SpbeBot.Dialogs.Cli;

namespace SpbeBot.Tests.Dialogs.Cli;

/// <summary><see cref="InstansiCommandTexts"/>: every text there in both languages, each in one language only.</summary>
public class InstansiCommandTextsTests
{
    /// <summary>Words only the Indonesian texts have.</summary>
    public static readonly string[] Indonesian = ["Mohon", "maaf", "tidak", "dengan", "untuk", "yang", "dan", "atau", "belum", "sudah", "berkas", "Berkas", "dari", "ke", "di", "Instansi", "Menampilkan", "Mengatur", "Nama", "resmi", "zona", "Zona", "waktu", "kerangka", "tahun", "Tahun", "evaluasi", "Tersimpan", "Catatan", "Sebutkan", "harus", "antara", "gunakan"];

    /// <summary>Words only the English texts have.</summary>
    public static readonly string[] English = ["Sorry", "Please", "the", "The", "and", "not", "with", "for", "of", "is", "from", "to", "agency", "Shows", "Sets", "Official", "name", "time", "zone", "framework", "Framework", "year", "Evaluation", "evaluation", "Saved", "Note", "Unknown", "must", "between", "use"];

    [Fact]
    public void Every_text_is_in_both_languages_and_each_in_one() =>
        OneLanguage.Check(InstansiCommandTexts.Id, InstansiCommandTexts.En, Indonesian, English);
}
