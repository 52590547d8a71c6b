using SpbeBot.Dialogs.Cli;

namespace SpbeBot.Tests.Dialogs.Cli;

/// <summary><see cref="OpdCommandTexts"/>: every text there in both languages, each in one language only.</summary>
public class OpdCommandTextsTests
{
    /// <summary>Words only the Indonesian texts have.</summary>
    public static readonly string[] Indonesian = ["Mohon", "maaf", "tidak", "dengan", "untuk", "yang", "dan", "atau", "belum", "sudah", "berkas", "Berkas", "dari", "ke", "di", "Perangkat", "daerah", "Daftar", "beserta", "Menambah", "Nama", "nama", "Singkatan", "lain", "ditambahkan", "Belum", "Lihat", "diubah"];

    /// <summary>Words only the English texts have.</summary>
    public static readonly string[] English = ["Sorry", "Please", "the", "The", "and", "not", "with", "for", "of", "is", "from", "to", "Regional", "Lists", "Adds", "name", "Name", "Abbreviation", "another", "added", "yet", "See", "changed", "found", "Aliases"];

    [Fact]
    public void Every_text_is_in_both_languages_and_each_in_one() =>
        OneLanguage.Check(OpdCommandTexts.Id, OpdCommandTexts.En, Indonesian, English);

    /// <summary>Before, the store's exception said it glued, "Nama 'X' sudah dipakai … / The name 'X' is already used …".</summary>
    [Fact]
    public void A_taken_name_is_said_in_one_language()
    {
        Assert.Equal("Nama 'BAPPEDA' sudah dipakai oleh OPD Bappeda (Badan Perencanaan Pembangunan Daerah).",
            OpdCommandTexts.Id.NameTaken("BAPPEDA", "Bappeda", "Badan Perencanaan Pembangunan Daerah"));
        Assert.Equal("The name 'BAPPEDA' is already used by the OPD Bappeda (Badan Perencanaan Pembangunan Daerah).",
            OpdCommandTexts.En.NameTaken("BAPPEDA", "Bappeda", "Badan Perencanaan Pembangunan Daerah"));
    }
}
