using SpbeBot.Dialogs.Cli;

namespace SpbeBot.Tests.Dialogs.Cli;

/// <summary><see cref="DbCommandTexts"/>: every text there in both languages, each in one language only.</summary>
public class DbCommandTextsTests
{
    /// <summary>Words only the Indonesian texts have.</summary>
    public static readonly string[] Indonesian = ["Mohon", "maaf", "tidak", "dengan", "untuk", "yang", "dan", "atau", "belum", "sudah", "berkas", "Berkas", "dari", "ke", "di", "Basis", "data", "Menerapkan", "migrasi", "Cadangan", "cadangan", "Arsip", "arsip", "Pemulihan", "selesai", "kunci", "bukti", "Periksa", "gagal", "Skema"];

    /// <summary>Words only the English texts have.</summary>
    public static readonly string[] English = ["Sorry", "Please", "the", "The", "and", "not", "with", "for", "of", "is", "from", "to", "database", "Applies", "migrations", "Backup", "archive", "Restore", "done", "key", "files", "Check", "failed", "schema", "found"];

    [Fact]
    public void Every_text_is_in_both_languages_and_each_in_one() =>
        OneLanguage.Check(DbCommandTexts.Id, DbCommandTexts.En, Indonesian, English);
}
