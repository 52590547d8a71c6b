using SpbeBot.Core.Regulations;

namespace SpbeBot.Tests.Regulations;

/// <summary>
/// Issue 15 point 1, wip-36pw: a question already asked that the texts did not answer refuses a new question scoring
/// nearer to it than to any answerable question asked before, even when the new question lacks its word no text uses
/// ("honor"): the word left out does not make the rest of the question answerable. The phrasings are our own.
/// </summary>
public class NotInTextsNearTests
{
    static readonly Passage Stages = new("t/tahap", "t", "Pedoman", ["BAB III Tahapan", "Penilaian Mandiri"],
        "Penilaian mandiri dilaksanakan oleh tim asesor internal instansi pusat dan pemerintah daerah dengan mengisi kuesioner, memberi penjelasan dan mengunggah bukti dukung pada aplikasi.");

    static readonly Passage[] Others = Enumerable.Range(1, 12).Select(i => new Passage($"t/lain-{i}", "t", "Pedoman", ["BAB V Lain", $"Bagian {i}"],
        $"Bagian ini mengatur hal umum nomor {i} tentang jadwal, anggaran, pelaporan dan publikasi hasil kepada pimpinan.")).ToArray();

    static PassageIndex Index() => new(
        [Stages, .. Others],
        new Dictionary<string, IReadOnlyList<string>> { [Stages.Id] = ["kuesioner diisi pada aplikasi apa?"] },
        ["honor tim asesor internal penilaian mandiri di daerah"]);

    [Fact]
    public void A_not_in_texts_question_nearer_than_any_answerable_one_refuses_without_its_unknown_word()
    {
        using var index = Index();
        const string question = "tim asesor internal penilaian mandiri di daerah?";
        var near = index.AskedNeighbours(index.QueryTerms(question));
        // The refused question has "honor", which this one lacks: counted only among all not-in-texts questions, and nearer.
        Assert.Equal(0, near.Refused);
        Assert.True(near.AnyRefused > near.Answerable, $"any refused {near.AnyRefused} answerable {near.Answerable}");
        Assert.True(index.NearestAskedIsNotInTexts(question));
    }

    [Fact]
    public void A_question_nearer_to_the_answered_one_is_not_refused()
    {
        using var index = Index();
        // A paraphrase (not the asked question word for word), sharing words with both questions asked before: the
        // not-in-texts one is in the contest, and loses it.
        const string question = "tim asesor internal mengisi kuesionernya di aplikasi apa?";
        var near = index.AskedNeighbours(index.QueryTerms(question));
        Assert.True(near.AnyRefused > 0, "the not-in-texts question shares words with this one");
        Assert.True(near.Answerable > near.AnyRefused, $"any refused {near.AnyRefused} answerable {near.Answerable}");
        Assert.False(index.NearestAskedIsNotInTexts(question));
    }

    // r36a finding 6: not-in-texts questions asked before that asked for a figure ("jumlah minimal") or a day ("hari apa").
    static PassageIndex OtherThingIndex() => new(
        [Stages, .. Others],
        new Dictionary<string, IReadOnlyList<string>> { [Stages.Id] = ["kuesioner diisi pada aplikasi apa?"] },
        ["Dengan hormat, mohon informasi jumlah minimal anggota Tim Asesor Internal pada pemerintah provinsi.", "Sesi interviu kota kami hari apa?"]);

    [Theory]
    [InlineData("Dengan hormat, mohon informasi unsur anggota Tim Asesor Internal pada pemerintah provinsi.")]
    [InlineData("Sesi interviu kota kami diikuti siapa?")]
    public void A_not_in_texts_question_that_asked_for_a_figure_or_a_day_does_not_refuse_one_asking_another_thing(string question)
    {
        using var index = OtherThingIndex();
        Assert.False(index.NearestAskedIsNotInTexts(question));
    }

    [Theory]
    [InlineData("mohon informasi jumlah minimal anggota Tim Asesor Internal pada pemerintah provinsi")]
    [InlineData("anggota Tim Asesor Internal pemerintah provinsi minimal berapa orang?")]
    [InlineData("Sesi interviu kota kami kapan?")]
    [InlineData("sesi interviu kota kami tanggal berapa?")]
    public void Near_miss_a_question_asking_the_same_figure_or_day_is_still_refused(string question)
    {
        using var index = OtherThingIndex();
        Assert.True(index.NearestAskedIsNotInTexts(question));
    }
}
