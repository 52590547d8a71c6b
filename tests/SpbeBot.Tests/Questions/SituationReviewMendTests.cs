using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15 point 2, the review of merge29 (branch m29sa): data the users type into the service's own app is no
/// collaboration; "still a plan" after an article is a plan only; an item that says "sudah" or carries its own channel
/// word ("online") is not denied or made manual by another item. Rows worded for the test, not copied from a question set.
/// </summary>
public class SituationReviewMendTests
{
    static readonly SituationReader Reader = new(CatalogStore.Get("spbe-2024"));

    static SituationReader.Placement Place(int indicator, string question) => Reader.Place(indicator, question, service: indicator >= 32);

    [Theory]
    // Were 4: "input data langsung ke aplikasi SIMPEG" / "mengisi data langsung ke aplikasi" read as data going to another system.
    [InlineData(36, "Layanan kepegawaian kami: pegawai input data langsung ke aplikasi SIMPEG, bisa unggah berkas dan cek status. level berapa indikator 36?", 2)]
    [InlineData(32, "Aplikasi perencanaan kami: OPD mengisi data langsung ke aplikasi, bisa cari dan unduh dokumen. level indikator 32?", 2)]
    // Was 4: the article rule skipped "still a plan".
    [InlineData(12, "Our SPBE roadmap is established, covers all domains and the review is still a plan. Which level is indicator 12?", 3)]
    // Were 1: "sudah tidak pakai kertas" denied the steps after it; "manual" of the last item reached items said online.
    [InlineData(32, "Aplikasi perencanaan kami: kami sudah tidak pakai kertas, pengajuan dan unggah berkas online. level indikator 32?", 2)]
    [InlineData(32, "Aplikasi perencanaan: pendaftaran online, unggah berkas online, dan verifikasi masih manual. level indikator 32?", 2)]
    public void Review_findings(int indicator, string question, int level) =>
        Assert.Equal(level, Place(indicator, question).Level);

    [Theory]
    // Data going straight to another system, without a verb of input, is still collaboration.
    [InlineData(36, "Pegawai ajukan cuti online, atasan approve di aplikasi, datanya langsung ke SIASN. lvl?", 4)]
    // A list with no item of its own predicate is still manual as a whole.
    [InlineData(46, "Website Disdukcapil cuma memuat persyaratan. Pengajuan, unggah berkas, dan verifikasi masih dilakukan manual di kantor. Level?", 1)]
    // Steps after a denied verb without "sudah" or a channel word stay denied.
    [InlineData(41, "The SKP page only shows a yearly recap per agency. Staff cannot log in, submit targets or download anything. Level?", 1)]
    public void Near_misses_keep_their_level(int indicator, string question, int level) =>
        Assert.Equal(level, Place(indicator, question).Level);
}
