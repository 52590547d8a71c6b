using SpbeBot.Dialogs.Cli;

namespace SpbeBot.Tests.Dialogs.Cli;

/// <summary><see cref="InviteCommandTexts"/>: every text there in both languages, each in one language only.</summary>
public class InviteCommandTextsTests
{
    /// <summary>Words only the Indonesian texts have.</summary>
    public static readonly string[] Indonesian = ["Mohon", "maaf", "tidak", "dengan", "untuk", "yang", "dan", "atau", "belum", "sudah", "berkas", "Berkas", "dari", "ke", "di", "Undangan", "undangan", "Membuat", "kode", "Kode", "orang", "wajib", "Peran", "Masa", "berlaku", "Berlaku", "hari", "harus", "terhubung", "tambahkan", "Tautan", "sampai", "sekali"];

    /// <summary>Words only the English texts have.</summary>
    public static readonly string[] English = ["Sorry", "Please", "the", "The", "and", "not", "with", "for", "of", "is", "from", "to", "Invitations", "Creates", "code", "invited", "required", "Role", "days", "valid", "Valid", "must", "belong", "add", "link", "until", "use"];

    [Fact]
    public void Every_text_is_in_both_languages_and_each_in_one() =>
        OneLanguage.Check(InviteCommandTexts.Id, InviteCommandTexts.En, Indonesian, English);
}
