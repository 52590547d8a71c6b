using SpbeBot.Core.Storage;
using SpbeBot.Dialogs.Cli;

namespace SpbeBot.Tests.Dialogs.Cli;

/// <summary><see cref="DbCommandTexts"/>: every text there in both languages, each in one language only.</summary>
public class DbCommandTextsTests
{
    /// <summary>Words only the Indonesian texts have.</summary>
    public static readonly string[] Indonesian = ["Mohon", "maaf", "tidak", "dengan", "untuk", "yang", "dan", "atau", "belum", "sudah", "berkas", "Berkas", "dari", "ke", "di", "Basis", "data", "Menerapkan", "migrasi", "Cadangan", "cadangan", "Arsip", "arsip", "Pemulihan", "selesai", "kunci", "bukti", "Periksa", "gagal", "Skema"];

    /// <summary>Words only the English texts have.</summary>
    public static readonly string[] English = ["Sorry", "Please", "the", "The", "and", "not", "with", "for", "of", "is", "from", "to", "database", "Applies", "migrations", "Backup", "archive", "Restore", "done", "key", "files", "Check", "failed", "schema", "found"];

    /// <summary>Every reason a backup or restore stops, with the values its words need.</summary>
    static readonly BackupException[] Problems = Enum.GetValues<BackupProblem>()
        .Select(p => new BackupException(p, p is BackupProblem.ProgramFailed or BackupProblem.ProgramNotFound ? "pg_restore" : "ab12cd34", 3, 5, "exit 1")).ToArray();

    [Fact]
    public void Every_text_is_in_both_languages_and_each_in_one() =>
        OneLanguage.Check(DbCommandTexts.Id, DbCommandTexts.En, Indonesian, English, Problems);

    /// <summary>Before, Core glued both languages into one message, the English cut short.</summary>
    [Fact]
    public void A_refused_restore_is_said_in_one_language()
    {
        var refused = new BackupException(BackupProblem.SignatureMismatch);
        Assert.Equal("Cadangan ditolak: tanda tangan tidak cocok (arsip diubah, atau kunci cadangan lain).", DbCommandTexts.Id.Problem(refused));
        Assert.Equal("The backup was refused: its signature does not match (the archive was altered, or another backup key).", DbCommandTexts.En.Problem(refused));
        Assert.DoesNotContain("/", DbCommandTexts.En.Problem(new BackupException(BackupProblem.Incomplete, count: 3, total: 5)));
    }
}
