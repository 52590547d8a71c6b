using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15 point 2 (wip-15o): one doubt detector and one word list (<c>[words doubt]</c>, <c>[words knowing]</c>) for
/// both uses — doubt about an element E means E is not stated: the doubting clause states nothing, and a level whose
/// element is doubted is not reached. Words that were only in one of the two former lists now act in both. Phrasings
/// are worded for the test, not copied from a question set.
/// </summary>
public class SituationDoubtTests
{
    static readonly SituationReader Reader = new(CatalogStore.Get("spbe-2024"));

    static SituationReader.Placement Place(int indicator, string question) => Reader.Place(indicator, question, service: indicator >= 32);

    [Theory]
    // "ragu" (was only a hedge word): the clause it opens states nothing, so it does not deny the planned audit (level 2).
    [InlineData("audit aplikasi kami terjadwal setiap tahun oleh tim internal, tapi saya ragu sudah mengacu standar")]
    // "tidak jelas" (was only a hedge after a negator): the same.
    [InlineData("audit aplikasi dijadwalkan tiap tahun oleh inspektorat, tapi tidak jelas pakai standar BSSN")]
    public void A_doubt_word_of_either_former_list_states_nothing(string question)
    {
        var p = Place(30, question);
        Assert.Equal(2, p.Level);
        Assert.DoesNotContain(SituationReader.Element.Guideline, p.Denied);
        Assert.DoesNotContain(SituationReader.Element.Guideline, p.Asserted);
    }

    [Theory]
    // "entahlah", "ntah" (were only words of not knowing): the doubted approval (the transaction) is not reached.
    [InlineData("pegawai bisa mengunggah dan mengunduh dokumen kepegawaian di simpeg, persetujuan cutinya di sistem entahlah")]
    [InlineData("pegawai bisa unggah dan unduh dokumen di aplikasi kepegawaian, ntah persetujuan atasan lewat sistem atau tidak")]
    public void A_doubted_element_is_not_reached(string question)
    {
        var p = Place(36, question);
        Assert.Equal(2, p.Level);
        Assert.DoesNotContain(SituationReader.Element.Transaction, p.Asserted);
    }

    [Fact]
    public void A_doubt_that_asks_the_level_doubts_no_element()
    {
        // "apakah … level 3": the level is asked; the stated elements stand.
        var p = Place(30, "audit aplikasi kami terjadwal tiap tahun dan mengacu pada standar BSSN apakah sudah level 3");
        Assert.Equal(3, p.Level);
    }
}
