using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15, branch wip-15ia: which indicator a question is about when people name what they do and use — common words
/// that are no typos of SPBE words, a send word told as a practice, two small numbers offered as levels, "bukan
/// kebijakan" after a decree, "kebijakan atau layanan" offered, the pair's subject named after it, an unqualified
/// "asset management" beside BMD, the Pedoman's plain words for competence and knowledge. Phrasings written for these
/// tests, not taken from any question set.
/// </summary>
public class PlainWordIndicatorTests
{
    static readonly QuestionParser Parser = QuestionParser.For("spbe-2024");

    [Fact]
    public void Pemda_is_no_typo_of_perda()
    {
        var u = Parser.Parse("jaringan intra pemda kami level 3 syaratnya apa");
        Assert.Equal(17, u.Indicator);
        Assert.Contains(6, u.Alternatives);
        // The policy word itself still names the policy indicator.
        Assert.Equal(6, Parser.Parse("perda jaringan intra level 3 syaratnya apa").Indicator);
    }

    [Fact]
    public void Bertanya_is_no_typo_of_bedanya()
    {
        var u = Parser.Parse("Apa beda indikator 30 dan 31? Saya bertanya tentang audit keamanan.");
        Assert.Equal(31, u.Indicator);
        Assert.Contains(30, u.Alternatives);
    }

    [Theory]
    [InlineData("layanan kearsipan kita masih kirim surat lewat email biasa, level berapa?", 37)]
    [InlineData("manajemen pengetahuan di dinas kami cuma share catatan rapat di grup wa, lvl brp?", 26)]
    public void A_send_word_told_as_a_practice_is_no_request_to_send(string question, int indicator)
    {
        var u = Parser.Parse(question);
        Assert.Equal(indicator, u.Indicator);
    }

    [Theory]
    [InlineData("tolong kirim contoh SK tim koordinasi")]
    [InlineData("kami minta tolong kirim template perbup arsitektur")]
    public void A_request_to_send_stays_one(string question)
    {
        Assert.Equal(QuestionKind.NotFound, Parser.Parse(question).Kind);
    }

    [Fact]
    public void Two_small_numbers_offered_where_words_name_the_indicator_are_levels()
    {
        var u = Parser.Parse("manajemen perubahan kami sudah ada SOP dan dijalankan semua OPD, 3 atau 4?");
        Assert.Equal(27, u.Indicator);
        var ladder = Parser.Parse("layanan kepegawaian dari interaksi (2) ke transaksi (3) butuh apa?");
        Assert.Equal(36, ladder.Indicator);
        Assert.Equal(QuestionKind.MoveUp, ladder.Kind);
        Assert.Equal(3, ladder.Level);
    }

    [Fact]
    public void A_number_called_an_indicator_stays_one()
    {
        Assert.Equal(3, Parser.Parse("indikator 3 atau 4, mana yang soal data?").Indicator);
    }

    [Fact]
    public void The_policy_denied_after_a_decree_is_the_other_twin()
    {
        Assert.Equal(19, Parser.Parse("SK tim koordinasi (bukan kebijakannya, pelaksanaannya) masuk indikator mana?").Indicator);
    }

    [Theory]
    [InlineData("pusat data nasional itu dinilai di yang kebijakan atau yang layanan?", 16, 5)]
    [InlineData("SPLP itu kebijakan atau penerapan, masuk indikator mana?", 18, 7)]
    public void The_policy_offered_as_a_choice_answers_the_other_member_with_the_policy_as_a_button(string question, int indicator, int button)
    {
        var u = Parser.Parse(question);
        Assert.Equal(indicator, u.Indicator);
        Assert.Contains(button, u.Alternatives);
    }

    [Theory]
    [InlineData("ind 6 sama ind 17 bikin bingung, yg mana yg menilai pemakaian jaringan di OPD?", 17)]
    [InlineData("ind 3 dan 23 soal manajemen data semua ya? kami sedang menyusun perwali nya", 3)]
    [InlineData("penerapan SPLP di semua OPD (bukan perwalinya) masuk ind 7 atau 18?", 18)]
    public void A_pair_named_without_a_word_of_difference_is_told_apart_by_what_follows_or_precedes(string question, int indicator)
    {
        Assert.Equal(indicator, Parser.Parse(question).Indicator);
    }

    [Fact]
    public void Asset_management_without_a_word_of_ict_gives_way_to_bmd()
    {
        Assert.Equal(38, Parser.Parse("aplikasi BMD kami (asset management) baru menampilkan daftar aset, indikator berapa?").Indicator);
        Assert.Equal(24, Parser.Parse("asset management level 3 apa syaratnya").Indicator);
        // A word of ICT written keeps Manajemen Aset TIK.
        Assert.Equal(24, Parser.Parse("asset management for ICT hardware and the BMD app: level 3 requirements?").Indicator);
    }

    [Theory]
    [InlineData("staf TIK kami rutin ikut diklat, indikator berapa?", 25)]
    [InlineData("bimbingan teknis untuk pegawai TIK masuk indikator mana?", 25)]
    [InlineData("lessons learned tiap proyek kami bukukan, masuk indikator mana?", 26)]
    public void The_pedomans_plain_words_name_the_indicator(string question, int indicator)
    {
        Assert.Equal(indicator, Parser.Parse(question).Indicator);
    }

    [Fact]
    public void No_one_is_nobody_not_indicator_1()
    {
        Assert.Equal(25, Parser.Parse("Our staff plan covers applications only; no one is trained for security. Indicator 25 level?").Indicator);
    }

    [Theory]
    [InlineData("petren kita sudah ada tapi belum direviu, indikator berapa?", 12)]
    [InlineData("We drew process maps for licensing last year; which indicator is that?", 14)]
    public void Short_forms_and_plain_names_of_the_pedomans_documents(string question, int indicator)
    {
        Assert.Equal(indicator, Parser.Parse(question).Indicator);
    }
}
