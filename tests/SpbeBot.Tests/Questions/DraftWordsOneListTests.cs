using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// wip-36sc (the last session's leftover): the situation reader's level 1 and the twin choice read one list of draft
/// documents and verbs of drafting (<c>[words draft-documents]</c>, <c>[words drafting]</c> in situation-vocabulary.txt),
/// where each had its own. A policy being drafted ("masih dirancang", "masih dibahas") is the policy member's level 1 in
/// both. Worded for the test.
/// </summary>
public class DraftWordsOneListTests
{
    static readonly QuestionParser Parser = new(CatalogStore.Get("spbe-2024"));
    static readonly SituationReader Reader = new(CatalogStore.Get("spbe-2024"));

    [Fact]
    public void A_policy_being_drafted_chooses_the_policy_member_of_a_twin()
    {
        // Was 18: "dirancang" was a verb of drafting for the situation reader only, so the twin choice read the policy denied.
        var u = Parser.Parse("Perbup SPLP belum ditetapkan, masih dirancang bagian hukum. Itu masuk indikator kebijakan sistem penghubung layanan atau penggunaan sistem penghubung layanan?");
        Assert.Equal(7, u.Indicator);
        Assert.Contains(18, u.Alternatives);
    }

    [Theory]
    [InlineData("Kebijakan manajemen data kami masih dibahas di bagian hukum. Level berapa?")]
    [InlineData("Aturan soal manajemen data masih dibahas bersama bagian hukum, belum ada yang final. Level berapa?")]
    public void A_policy_still_being_discussed_is_decided_at_level_one(string question)
    {
        // Was level 1 undecided (asking whether level 2's policy is set): "dibahas" was the twin choice's draft word only.
        var p = Reader.Place(4, question, service: false, evaluationYear: 2026);
        Assert.Equal(1, p.Level);
        Assert.True(p.Decided);
    }

    [Fact]
    public void Both_readers_hold_the_same_words()
    {
        Assert.Contains("dibahas", SituationReader.DraftingWords);
        Assert.Contains("ranperkada", SituationReader.DraftDocumentWords);
        Assert.Contains("raperbup", SituationReader.DraftDocumentWords);
    }
}
