using SpbeBot.Core.Regulations;
using SpbeBot.Dialogs.Criteria;
using SpbeBot.Dialogs.Process;

namespace SpbeBot.Tests.Regulations;

/// <summary>
/// Issue 15 point 1, wip-15j: the passage the nearest question already asked was asked of is quoted with the best-ranked
/// ones when the ranking put it lower (among the candidates), so a wrong first quote does not hide the answer. The
/// phrasings are our own.
/// </summary>
public class NearestAskedQuoteTests
{
    static readonly Passage Ethics = new("t/etika", "t", "Pedoman", ["BAB IV Etika", "Perilaku Profesional"], "Asesor tidak mengambil alih peran dan tanggung jawab pihak yang dinilai.");
    static readonly Passage Stages = new("t/tahap", "t", "Pedoman", ["BAB III Tahapan", "Penilaian Mandiri"], "Penilaian mandiri dilaksanakan oleh tim asesor internal instansi pusat dan pemerintah daerah.");

    [Fact]
    public void The_nearest_asked_questions_passage_comes_first()
    {
        var asked = new Dictionary<string, IReadOnlyList<string>>
        {
            [Ethics.Id] = ["bolehkah penilai dari luar mengisikan penilaian mandiri kami?"],
            [Stages.Id] = ["siapa pelaksana penilaian mandiri di daerah?"],
        };
        using var index = new PassageIndex([Stages, Ethics], asked);

        var near = index.NearestAsked("penilai dari luar boleh mengisikan isian kami?", 2);

        Assert.Equal(1, near[0].Passage);
        Assert.True(near.Count == 1 || near[1].Score < near[0].Score);
        Assert.Empty(index.NearestAsked("zzzz qqqq", 2));
        Assert.Empty(index.NearestAsked("penilai dari luar boleh mengisikan isian kami?", 0));
    }

    [Fact]
    public void The_nearest_asked_passages_name_each_passage_once()
    {
        // Two questions asked of the stages passage are nearer than the one asked of the ethics passage: the nearest two
        // questions are one passage twice, the nearest two passages are both.
        var asked = new Dictionary<string, IReadOnlyList<string>>
        {
            [Stages.Id] = ["siapa pelaksana penilaian mandiri di daerah?", "penilaian mandiri di daerah dilaksanakan siapa?"],
            [Ethics.Id] = ["bolehkah penilai luar mengisi penilaian kami?"],
        };
        using var index = new PassageIndex([Stages, Ethics], asked);
        const string question = "siapa yang melaksanakan penilaian mandiri di daerah?";

        Assert.Equal([0, 0], index.NearestAsked(question, 2).Select(n => n.Passage));
        Assert.Equal([0, 1], index.NearestAskedPassages(question, 2));
        Assert.Empty(index.NearestAskedPassages(question, 0));
        Assert.Empty(index.NearestAskedPassages("zzzz qqqq", 2));
    }

    [Fact]
    public void A_further_nearest_asked_passage_is_named_only_when_its_question_scores_near_the_nearest()
    {
        // The stages passage was asked nearly this question; the ethics passage only a question sharing one word of it.
        var asked = new Dictionary<string, IReadOnlyList<string>>
        {
            [Stages.Id] = ["siapa pelaksana penilaian mandiri di daerah?"],
            [Ethics.Id] = ["bolehkah asesor luar mengisi isian di daerah?"],
        };
        using var index = new PassageIndex([Stages, Ethics], asked);
        const string question = "siapa pelaksana penilaian mandiri di daerah?";

        Assert.Equal([0, 1], index.NearestAskedPassages(question, 2));
        Assert.Equal([0], index.NearestAskedPassages(question, 2, minShare: 0.6));
        // A second question nearly as near is still named.
        Assert.Equal([0, 1], index.NearestAskedPassages("siapa asesor luar pelaksana penilaian mandiri di daerah?", 2, minShare: 0.6));
    }

    [Fact]
    public void A_passage_ranked_below_the_three_is_quoted_when_the_nearest_asked_question_points_at_it()
    {
        const string question = "Bolehkah tim penilai dari kementerian mengerjakan isian penilaian mandiri atas nama instansi kami?";
        var index = PassageIndex.Shipped;
        var ranked = index.Search(question, 3).Select(h => h.Passage.Id).ToList();
        Assert.DoesNotContain("pedoman-3-2024/IV.B.6", ranked);

        var answer = CriteriaAnswerer.Answer(question);

        Assert.Equal("process", answer.Process?.Kind);
        var quoted = answer.Process!.Quoted;
        Assert.Contains(quoted, p => p.Id == "pedoman-3-2024/IV.B.6");
        Assert.Equal(ranked[0], quoted[0].Id);
        Assert.All(quoted, p => Assert.Contains($"“{p.Text}”", answer.Reply.Text, StringComparison.Ordinal));
    }

    /// <summary>
    /// wip-30pr: the pooled asked-questions field sums the words of every question asked of a passage, so the Lampiran's
    /// chunks on the evaluation's stages, asked about often for other reasons, outranked Pasal 3, of which people asked
    /// nearly this question. The nearest single question asked of each passage now counts too (own phrasing; quoted
    /// Lampiran III.A's chunks without it).
    /// </summary>
    [Fact]
    public void The_passage_a_near_question_was_asked_of_is_quoted_over_chunks_asked_about_more_often()
    {
        var answer = CriteriaAnswerer.Answer("Tahapan penilaian pada Evaluasi SPBE terdiri dari apa saja?");

        Assert.Equal("process", answer.Process?.Kind);
        Assert.Contains(answer.Process!.Quoted, p => p.Id == "permenpanrb-59-2020/pasal-3");
    }
}
