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
    public void The_askers_case_chooses_the_twin_member(string question, int indicator, int other)
    {
        var u = Parser.Parse(question);
        Assert.Equal(QuestionKind.About, u.Kind);
        Assert.Equal(indicator, u.Indicator);
        Assert.Null(u.Level);
        Assert.Contains(other, u.Alternatives);
    }
}
