using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions;
using SpbeBot.Core.Questions.Learned;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15, branch wip-30ib: two indicators named by number, then the asker's own thing described — which of the two
/// it is. The rules read the description (DifferenceFocus, Lexicon/difference-words.json); the model on the whole
/// question overrules that reading as it overrules the rules' words. Phrasings written for these tests, not taken from
/// any question set.
/// </summary>
public class PairNamedThenDescribedTests
{
    static readonly QuestionParser RulesOnly = new(CatalogStore.Get("spbe-2024")) { Model = null };

    static void AssertPair(QuestionParser parser, string question, int answered, int button)
    {
        var u = parser.Parse(question);
        Assert.Equal(answered, u.Indicator);
        Assert.Equal(new[] { button }, u.Alternatives);
    }

    [Theory]
    // "… which one is it assessed under?": a closing that only asks names nothing, so the description before it says which.
    [InlineData("Kepegawaian (36) vs kinerja pegawai (41): aplikasi SKP harian pegawai kami, which one is it assessed under?", 41, 36)]
    [InlineData("Kepegawaian (36) vs kinerja pegawai (41): aplikasi SKP harian pegawai kami, yang mana dinilai?", 41, 36)]
    public void An_asking_verb_after_the_description_names_nothing(string question, int answered, int button) =>
        AssertPair(RulesOnly, question, answered, button);

    [Theory]
    // "Our document is the Perwal …": the document the next words call a policy is the policy member, not the work.
    [InlineData("How does indicator 3 differ from 23? Our document is the Perwal that governs data standards and metadata — which one is it for?", 3, 23)]
    [InlineData("Apa beda indikator 8 dan 22? Dokumen kami berupa perbup yang mengatur ruang lingkup dan tanggung jawab keamanan informasi, masuk yang mana?", 8, 22)]
    public void A_document_called_a_policy_is_the_policy_member(string question, int answered, int button) =>
        AssertPair(RulesOnly, question, answered, button);

    [Theory]
    // mend m30ib: other words between the document word and the policy word ("is a draft Perwal", "the document we have
    // is the Perwal", "berupa draf perbup", "yang kami punya berupa perbup") still make it the policy.
    [InlineData("How does indicator 3 differ from 23? Our document is a draft Perwal that governs data standards and metadata — which one is it for?", 3, 23)]
    [InlineData("How does indicator 3 differ from 23? Our document is the Mayor's regulation that governs data standards and metadata — which one is it for?", 3, 23)]
    [InlineData("How does indicator 3 differ from 23? The document we have is the Perwal that governs data standards and metadata — which one is it for?", 3, 23)]
    [InlineData("Apa beda indikator 8 dan 22? Dokumen kami berupa draf perbup yang mengatur ruang lingkup dan tanggung jawab keamanan informasi, masuk yang mana?", 8, 22)]
    [InlineData("Apa beda indikator 8 dan 22? Dokumen yang kami punya berupa perbup yang mengatur ruang lingkup dan tanggung jawab keamanan informasi, masuk yang mana?", 8, 22)]
    // Near misses: a doing word before the policy word, or no policy word, keeps the implementation member.
    [InlineData("How does indicator 3 differ from 23? Our document is the implementation report of the Perwal on data standards — which one is it for?", 23, 3)]
    // A document named by the work itself ("dokumen arsitektur") stays the work, though a decree set it.
    [InlineData("Apa beda indikator 1 dan 11? Dokumen arsitektur kami ditetapkan dengan kepwal, masuk yang mana?", 11, 1)]
    [InlineData("Apa beda indikator 1 dan 11? Kami punya dokumen arsitektur tapi perwalnya belum ada, dinilai di mana?", 11, 1)]
    public void A_document_a_policy_word_names_within_its_clause_is_the_policy_member(string question, int answered, int button) =>
        AssertPair(RulesOnly, question, answered, button);

    [Fact]
    public void A_document_of_the_work_itself_stays_the_implementation_member() =>
        AssertPair(RulesOnly, "Apa beda indikator 1 dan 11? Dokumen arsitektur kami sudah memuat semua domain, masuk yang mana?", 11, 1);

    [Fact]
    // Acehnese "bida" (beda) and "ngon" (dengan): the comparison is read, then the doing words say which.
    public void An_Acehnese_comparison_is_a_pair() =>
        AssertPair(RulesOnly, "Peue bida indikator 6 ngon 17? Kabel fiber ka tersambung u mandum OPD, pemakaian jaringan jih tiap uroe, nyan keu indikator pane?", 17, 6);

    static readonly QuestionParser WithModel = QuestionParser.For("spbe-2024");

    [Theory]
    // The rules read the decree word ("SK") as the policy member; the work described around it is the implementation.
    [InlineData("Apa beda indikator 8 dan 22? SK CSIRT dan laporan pengendalian keamanan di semua OPD masuk mana?", 8, 22)]
    [InlineData("indikator 10 sama 19 bedanya apa? SK tim ada, program kerja tim dan laporan rapat koordinasinya masuk mana?", 10, 19)]
    public void The_model_overrules_the_rules_reading_of_a_described_pair(string question, int rules, int model)
    {
        Assert.Equal(rules, RulesOnly.Parse(question).Indicator);
        AssertPair(WithModel, question, model, rules);
    }

    [Theory]
    // Pointed at by a marker or by number: the text says which, the model does not overrule.
    [InlineData("Indikator 10 vs 19: what I want to know is about the SK itself, the team's work program is done.", 10, 19)]
    [InlineData("beda ind 8 sama 22 apa? sy mau tau yg 8 itu nilai apa, CSIRT kami sudah jalan", 8, 22)]
    // mend m30ib: the marker in the comparison's own sentence, after a comma or a dash, points as well as after "?".
    [InlineData("indikator 10 sama 19 bedanya apa? yg mau sy tanya soal SK tim, program kerja tim dan laporan rapat koordinasinya sudah ada", 10, 19)]
    [InlineData("indikator 10 sama 19 bedanya apa, yg mau sy tanya soal SK tim, program kerja tim dan laporan rapat koordinasinya sudah ada", 10, 19)]
    [InlineData("Indicator 8 vs 22? I'm asking about the CSIRT decree and the security control reports in every OPD.", 8, 22)]
    [InlineData("Indicator 8 vs 22 - I'm asking about the CSIRT decree and the security control reports in every OPD.", 8, 22)]
    public void A_member_the_asker_points_at_stays(string question, int answered, int button) =>
        AssertPair(WithModel, question, answered, button);

    [Theory]
    // mend m30ib: "mana"/"which" only asks, before the description or after it, so the model overrules the rules' "SK" alike.
    [InlineData("Apa beda indikator 8 dan 22? SK CSIRT dan laporan pengendalian keamanan di semua OPD masuk mana?")]
    [InlineData("Apa beda indikator 8 dan 22? Masuk mana SK CSIRT dan laporan pengendalian keamanan di semua OPD?")]
    public void An_interrogative_marker_points_at_nothing_wherever_it_stands(string question) =>
        AssertPair(WithModel, question, 22, 8);

    static IndicatorModel.Guess Guess(int top, double p, int other, double otherP) =>
        new(top, p, other, otherP, 5, new Dictionary<int, double> { [top] = p, [other] = otherP });

    [Fact]
    public void The_model_overrules_a_pair_only_when_sure_of_the_other_member_and_the_answered_one_improbable()
    {
        var policy = LearnedPolicy.Default;
        Assert.True(LearnedChoice.OverrulesPair(8, 22, Guess(22, 0.999, 8, 1e-9), policy));
        Assert.False(LearnedChoice.OverrulesPair(8, 22, Guess(22, 0.95, 8, 1e-9), policy));
        Assert.False(LearnedChoice.OverrulesPair(8, 22, Guess(22, 0.999, 8, 1e-5), policy));
        // The model sure of a third indicator leaves the pair's reading alone.
        Assert.False(LearnedChoice.OverrulesPair(8, 22, Guess(31, 0.999, 8, 1e-9), policy));
        Assert.False(LearnedChoice.OverrulesPair(8, 22, Guess(22, 0.999, 8, 1e-9), LearnedPolicy.Off));
    }
}
