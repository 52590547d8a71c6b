using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Branch wip-34ib (issue 15 points 6–7): a Kebijakan Internal twin offered as a choice in words ("indikator kebijakan pusat
/// data atau layanan pusat data?") after the asker's own case. The case decides: a policy they lack or a doing they have is
/// the other member, a policy they have with the doing denied is the policy member; the other one stays a button, and the
/// question asks which indicator, so no level is placed. Each row is worded for the test, not copied from a set.
/// </summary>
public class TwinChoiceCaseTests
{
    static readonly QuestionParser Parser = new(CatalogStore.Get("spbe-2024"));

    [Theory]
    // The doing in place and the policy denied: the implementation member.
    [InlineData("Gedung server kami sudah dipakai seluruh perangkat daerah, tapi belum ada perbup tentang pusat data. Ini dinilai di indikator kebijakan pusat data atau layanan pusat data?", 16, 5)]
    // The policy in place and the doing denied: the policy member.
    [InlineData("SK Bupati tentang sistem penghubung layanan sudah terbit, namun gatewaynya belum dipakai OPD. Nilainya masuk kebijakan sistem penghubung layanan atau penggunaan sistem penghubung layanan?", 7, 18)]
    [InlineData("Perbup audit TIK sudah kami tetapkan, tapi auditnya sendiri belum pernah dilakukan. Itu dinilai di indikator kebijakan audit TIK atau pelaksanaan audit?", 9, 29)]
    // Review r34a finding 3: a draft policy ("rancangan", "draf", "konsep … belum ditetapkan") is the policy member's level 1.
    [InlineData("Perbup pusat data kami belum ditetapkan, baru rancangan yang lagi dibahas di bagian hukum. Rancangan itu masuk indikator kebijakan pusat data atau layanan pusat data?", 5, 16)]
    [InlineData("Draf perwal SPLP belum ditandatangani walikota. Draf itu masuk indikator kebijakan sistem penghubung layanan atau penggunaan sistem penghubung layanan?", 7, 18)]
    [InlineData("Konsep SK tim koordinasi SPBE belum ditetapkan bupati. Konsepnya dinilai di kebijakan tim koordinasi atau pelaksanaan tim koordinasi?", 10, 19)]
    // Finding 7: "belum punya aplikasi SPLP sendiri, pakai punya provinsi" denies owning, and the use is held.
    [InlineData("Kami belum punya aplikasi SPLP sendiri, pakai punya provinsi. Itu masuk indikator kebijakan sistem penghubung layanan atau penggunaan sistem penghubung layanan?", 18, 7)]
    // Findings 4 and 5 (WordChoice): a negated mention is not the subject; the asking sentence's subject beats an earlier mention.
    [InlineData("Ini bukan soal pengaduan ya. Surat masuk dari warga kami catat di aplikasi persuratan. Itu dinilai di layanan pengaduan atau layanan kearsipan dinamis?", 37, 42)]
    [InlineData("Not about complaints: letters from citizens are logged in our e-office records app. Is that assessed under the complaints service or the records management service?", 37, 42)]
    [InlineData("Our planning app also has a budgeting module. Is the budgeting module assessed under the planning service or the budgeting service?", 33, 32)]
    public void The_askers_case_chooses_the_twin_member(string question, int indicator, int other)
    {
        var u = Parser.Parse(question);
        Assert.Equal(QuestionKind.About, u.Kind);
        Assert.Equal(indicator, u.Indicator);
        Assert.Null(u.Level);
        Assert.Contains(other, u.Alternatives);
    }
    /// <summary>
    /// Guards (review r34a finding 6): "tanpa revisi", "bukan cuma", "not only" affirm the policy, so with the doing also held
    /// the case decides nothing and the rules before the branch answer (the policy member, as on the base).
    /// </summary>
    [Theory]
    [InlineData("Perbup pusat data sudah terbit tanpa revisi dan servernya dipakai semua OPD. Itu dinilai di indikator kebijakan pusat data atau layanan pusat data?", 5)]
    [InlineData("Bukan cuma perbup SPLP yang sudah ada, API gateway juga sudah dipakai 15 OPD. Masuk kebijakan sistem penghubung layanan atau penggunaan sistem penghubung layanan?", 7)]
    [InlineData("Not only has our data centre regulation been signed, every agency also uses the server room. Is that under the data centre policy indicator or the data centre service indicator?", 5)]
    // Near miss of finding 4: the negated mention is the other one, so the affirmed one named first stays the subject.
    [InlineData("Aduan warga kami catat di aplikasi pengaduan, bukan di aplikasi persuratan. Itu dinilai di layanan pengaduan atau layanan kearsipan dinamis?", 42)]
    public void A_case_that_decides_nothing_leaves_the_choice_to_the_rules(string question, int indicator)
    {
        Assert.Equal(indicator, Parser.Parse(question).Indicator);
    }
}
