using SpbeBot.Core.Regulations;
using SpbeBot.Dialogs.Process;

namespace SpbeBot.Tests.Regulations;

/// <summary>
/// Issue 15 point 1, wip-37pw: a word no text uses that other askers used in answerable questions about several sections,
/// and never in a question the texts did not answer, is how people ask ("punten"), not what they ask about: it does not
/// make the unknown-word gate demand more coverage. A word that was the point of a question — asked about one topic only,
/// asked in a not-in-texts question, or never asked — still does. The phrasings are our own.
/// </summary>
public class AskersFillerTests
{
    static readonly Passage Stages = new("t/tahap#1", "t", "Pedoman", ["BAB III Tahapan", "Penilaian Mandiri"],
        "Penilaian mandiri dilaksanakan oleh tim asesor internal instansi pusat dan pemerintah daerah dengan mengisi kuesioner, memberi penjelasan dan mengunggah bukti dukung pada aplikasi.");

    static readonly Passage Interview = new("t/interviu#1", "t", "Pedoman", ["BAB III Tahapan", "Interviu"],
        "Interviu dilakukan oleh tim asesor eksternal bersama pimpinan instansi untuk mengklarifikasi hasil penilaian dokumen.");

    static readonly Passage Visit = new("t/visitasi#1", "t", "Pedoman", ["BAB III Tahapan", "Visitasi"],
        "Visitasi dilakukan dengan meninjau langsung penerapan layanan di lokasi instansi.");

    static readonly Passage[] Others = Enumerable.Range(1, 12).Select(i => new Passage($"t/lain-{i}#1", "t", "Pedoman", ["BAB V Lain", $"Bagian {i}"],
        $"Bagian ini mengatur hal umum nomor {i} tentang jadwal, anggaran, pelaporan dan publikasi hasil kepada pimpinan.")).ToArray();

    static PassageIndex Index() => new(
        [Stages, Interview, Visit, .. Others],
        new Dictionary<string, IReadOnlyList<string>>
        {
            // "punten" asked of three sections (two are enough); "honorer" of one only.
            [Stages.Id] = ["punten, kuesioner diisi pada aplikasi apa?", "tenaga honorer boleh jadi asesor internal?"],
            [Interview.Id] = ["punten interviu dilakukan siapa?"],
            [Visit.Id] = ["punten visitasi itu meninjau apa?"],
            [Others[0].Id] = ["publikasi hasil ke pimpinan kapan?"],
        },
        // "drone" asked before and not answered by the texts.
        ["punten asesor boleh bawa drone waktu visitasi?"]);

    [Fact]
    public void A_word_asked_about_several_sections_and_never_unanswered_is_a_filler()
    {
        using var index = Index();
        Assert.Equal(2, PassageIndex.FillerSections);
        Assert.Equal(["punten"], index.UnknownWords("punten penilaian mandiri dilaksanakan siapa?"));
        // "punten" is also in the not-in-texts question: a word in a question the texts did not answer is never a filler.
        Assert.False(index.IsAskersFiller("punten"));
    }

    // "punten" and "mangga" asked of two sections, neither of them the one the test question is about (the right passage's
    // own asked questions lack the asker's filler, as in a fold); "honorer" of one section only; "drone" unanswered.
    static PassageIndex CleanIndex() => new(
        [Stages, Interview, Visit, .. Others],
        new Dictionary<string, IReadOnlyList<string>>
        {
            [Stages.Id] = ["kuesioner diisi pada aplikasi apa?", "tenaga honorer boleh jadi asesor internal?"],
            [Interview.Id] = ["punten mangga, interviu dilakukan siapa?"],
            [Visit.Id] = ["punten mangga, visitasi itu meninjau apa?"],
        },
        ["asesor boleh bawa drone waktu visitasi?"]);

    [Fact]
    public void Filler_by_spread_and_the_point_of_a_question_told_apart()
    {
        using var index = CleanIndex();
        Assert.True(index.IsAskersFiller("punten"));
        Assert.False(index.IsAskersFiller("honorer"), "asked about one section only: a topic");
        Assert.False(index.IsAskersFiller("drone"), "asked in a question the texts did not answer");
        Assert.False(index.IsAskersFiller("sleman"), "never asked");
    }

    [Theory]
    [InlineData("punten mangga, kuesioner penilaian mandiri diisi siapa?")]
    public void A_question_whose_only_unknown_word_is_a_filler_is_answered_below_the_unknown_coverage(string question)
    {
        using var index = CleanIndex();
        var hit = index.Search(question, 5)[0];
        Assert.Equal(Stages.Id, hit.Passage.Id);
        Assert.True(ProcessAnswerer.Confident(hit), $"the plain floors hold: coverage {hit.Coverage} score {hit.Score + hit.AskedScore} rank {hit.Rank}");
        Assert.True(hit.Coverage < ProcessAnswerer.MinCoverageWithUnknown, $"coverage {hit.Coverage}: below the unknown-word floor");
        Assert.Equal(["punten", "mangga"], index.UnknownWords(question));
        Assert.True(index.IsAskersFiller("punten") && index.IsAskersFiller("mangga"));
        Assert.True(ProcessAnswerer.Confident(hit, index, question));
    }

    [Theory]
    [InlineData("tenaga honorer boleh ikut penilaian mandiri?")]
    [InlineData("punten, asesor boleh bawa drone saat penilaian mandiri?")]
    public void Near_miss_a_topic_word_still_needs_the_coverage(string question)
    {
        using var index = CleanIndex();
        var hit = index.Search(question, 5)[0];
        Assert.False(index.UnknownWords(question).All(index.IsAskersFiller));
        if (hit.Coverage < ProcessAnswerer.MinCoverageWithUnknown) Assert.False(ProcessAnswerer.Confident(hit, index, question));
    }
}
