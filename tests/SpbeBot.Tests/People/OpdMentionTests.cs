using SpbeBot.Core.People;
using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.People;

/// <summary>
/// An OPD a chat question names that the Pemda does not have (issue 15, own data): found so the deadlines and uploads
/// answers can say so, instead of answering as if no OPD were named. The names are the demo Pemda's.
/// </summary>
public class OpdMentionTests
{
    static readonly string[] Known = new[]
    {
        "Dinas Komunikasi, Informatika dan Statistik", "DKIS", "Diskominfo", "Dinas Kominfo", "Bagian Hukum", "Bag. Hukum",
        "Badan Perencanaan Pembangunan Daerah", "Bappeda", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "BKPSDM", "BKD",
    }.Select(TextNormalizer.Normalize).ToArray();

    [Theory]
    [InlineData("cek deadline tindak lanjut inspektorat", "inspektorat")]
    [InlineData("tenggat Dinas Kesehatan kapan aja?", "Dinas Kesehatan")]                 // as written, not lower case
    [InlineData("yg lewat tenggat di dinkes apa aja", "dinkes")]
    [InlineData("bukti yang diunggah Bagian Umum sudah disetujui?", "Bagian Umum")]
    [InlineData("tenggat dinas pekerjaan umum dan penataan ruang kapan?", "dinas pekerjaan umum dan penataan ruang")]   // the whole name, not its first two words
    [InlineData("Dinas Perikanan bulan ini ada yang lewat tenggat?", "Dinas Perikanan")]   // the question goes on after the name
    [InlineData("deadline Dinas Pemberdayaan Masyarakat dan Desa", "Dinas Pemberdayaan Masyarakat dan Desa")]
    [InlineData("Tenggat dinas perikanan dan dinas kesehatan?", "dinas perikanan")]           // "dan" before another kind ends the name
    [InlineData("tenggat dinas perikanan dan bappeda?", "dinas perikanan")]                   // … before a usual short name
    [InlineData("tenggat dinas perikanan dan DKIS?", "dinas perikanan")]                      // … before one of the Pemda's names
    [InlineData("tenggat Dinas Pariwisata dan Kebudayaan kapan?", "Dinas Pariwisata dan Kebudayaan")]   // a name with "dan" stays whole
    [InlineData("tenggat Dinas Pemberdayaan Perempuan Perlindungan Anak Pengendalian dan Penduduk", "Dinas Pemberdayaan Perempuan Perlindungan Anak Pengendalian")]   // cut at the cap: no trailing "dan"
    public void An_OPD_the_Pemda_does_not_have_is_found(string question, string named) =>
        Assert.Equal(named, OpdMention.Unknown(question, Known));

    [Theory]
    [InlineData("tenggat rencana aksi bappeda kapan")]             // a known abbreviation
    [InlineData("tenggat dinas kominfo kapan?")]                    // a known alias
    [InlineData("deadline kominfo kapan?")]                         // a word within a known name ("diskominfo")
    [InlineData("tenggat dinas komunikasi kapan?")]                 // the start of a known name
    [InlineData("tenggat bagian hukum?")]
    [InlineData("tenggat dinas kami kapan aja?")]                   // whose, not which
    [InlineData("badan mana yang sudah lewat tenggat?")]
    [InlineData("Inspektorat mau rapat besok. Sy perlu daftar tindak lanjut OPD saya yg lewat tenggat.")]   // the asker's own OPD is asked
    [InlineData("tenggat rencana aksi kapan aja?")]
    [InlineData("Tenggat tindak lanjut kanggo dinas abdi iraha wae?")]   // Sundanese: "my office, when"
    [InlineData("deadline bagian urang iraha?")]
    public void No_OPD_or_a_known_one_is_not_unknown(string question) => Assert.Null(OpdMention.Unknown(question, Known));

    [Fact]
    public void A_usual_short_name_is_known_when_the_Pemda_lists_the_full_name_it_stands_for()
    {
        var withHealth = Known.Append(TextNormalizer.Normalize("Dinas Kesehatan")).ToArray();
        Assert.Null(OpdMention.Unknown("yg lewat tenggat di dinkes apa aja", withHealth));
        Assert.Equal("dinkes", OpdMention.Unknown("yg lewat tenggat di dinkes apa aja", Known));
    }

    [Fact]
    public void A_usual_short_name_finds_the_one_OPD_whose_full_name_it_stands_for()
    {
        Opd health = new() { Id = 1, Name = "Dinas Kesehatan" }, planning = new() { Id = 2, Name = "Badan Perencanaan Pembangunan Daerah" };
        Assert.Equal(health, OpdMention.ByShortName("tenggat dinkes kapan?", [health, planning]));
        Assert.Null(OpdMention.ByShortName("tenggat dinkes kapan?", [planning]));
        Opd laboratory = new() { Id = 3, Name = "UPTD Laboratorium Kesehatan Daerah" };
        Assert.Null(OpdMention.ByShortName("tenggat dinkes kapan?", [health, laboratory]));   // two could be meant: none chosen
        Assert.Null(OpdMention.ByShortName("tenggat kesehatan kapan?", [health]));            // the full name's word is not a short name
    }
}
