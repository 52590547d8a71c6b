using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15, branch wip-24ib. Two indicators said to share something ("SIPD kan dua2nya", "keduanya soal …"): the shared
/// words tell neither apart, but a later word that names one alone still chooses it. A policy's own name before "tentang"
/// ("Peraturan Gubernur tentang …") is the policy's subject, not the asker's focus. A count before "indikator" ("ada 2
/// indikator") is no level, and a formal note's inline points "1. … 2. …" are no indicators. Phrasings written for these
/// tests, not taken from any question set.
/// </summary>
public class PairSharedWordsTests
{
    static readonly QuestionParser Parser = QuestionParser.For("spbe-2024");

    [Fact]
    public void A_word_naming_one_of_a_shared_pair_chooses_it()
    {
        var u = Parser.Parse("perencanaan vs penganggaran, aplikasinya keduanya SIPD. dokumen RKA dinilai di yang mana?");
        Assert.Equal(33, u.Indicator);
    }

    [Fact]
    public void The_shared_subject_alone_still_chooses_neither_over_the_first()
    {
        var u = Parser.Parse("indikator 6 dan 17 keduanya soal jaringan intra. jaringan intra kami dinilai di mana?");
        Assert.NotEqual(17, u.Indicator);
    }

    [Fact]
    public void A_regulation_named_before_tentang_is_the_policy_asked_about()
    {
        var u = Parser.Parse("indikator 4 dan 15 sama-sama pembangunan aplikasi. Yang kami miliki Peraturan Wali Kota tentang standar pengembangan aplikasi, masuk yang mana?");
        Assert.Equal(4, u.Indicator);
    }

    [Theory]
    [InlineData("arsitektur SPBE ada 2 indikator kan? yang perwal arsitekturnya indikator berapa?", 1)]
    [InlineData("manajemen data ada 2 indikator ya, 3 dan 23. yang kebijakannya yang mana?", 3)]
    public void A_count_of_indicators_is_no_level(string question, int indicator)
    {
        var u = Parser.Parse(question);
        Assert.Equal((indicator, (int?)null), (u.Indicator, u.Level));
    }

    [Fact]
    public void Inline_points_of_a_note_are_no_indicator_numbers()
    {
        var u = Parser.Parse("SURAT. 1. Manajemen risiko SPBE kami sudah berjalan tiap tahun; 2. Mohon penjelasan syarat untuk naik ke level 4.");
        Assert.Equal((21, (int?)4), (u.Indicator, u.Level));
    }
}
