using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions;
using SpbeBot.Core.Questions.Learned;

namespace SpbeBot.Tests.Questions;

/// <summary>The learned indicator model (Questions/Learned) and how it is combined with the rules.</summary>
public class LearnedIndicatorTests
{
    static readonly CriteriaCatalog Catalog = CatalogStore.Get("spbe-2024");
    static readonly QuestionParser WithModel = QuestionParser.For("spbe-2024");
    static readonly QuestionParser RulesOnly = new(Catalog) { Model = null };

    // Phrasings in none of the sets: the rules hesitate (or match a weaker topic); the shipped model chooses.
    [Theory]
    [InlineData("e-kinerja ASN: pegawai isi kegiatan harian, atasan menyetujui, ada rekap. belum terhubung ke sistem lain. level?", 41)]
    [InlineData("knowledge sharing antar pegawai cuma lewat grup chat, tidak ada repositori. level berapa?", 26)]
    [InlineData("bukti dukung audit keamanan level 3 itu apa saja, laporan audit internal cukup?", 31)]
    [InlineData("satu data kami sudah jalan tapi belum ada pedoman walidata, level berapa?", 23)]
    public void The_shipped_model_chooses_where_the_rules_alone_do_not(string question, int expected)
    {
        var rules = RulesOnly.Parse(question);
        var learned = WithModel.Parse(question);
        Assert.NotEqual(expected, rules.Indicator);
        Assert.Equal(expected, learned.Indicator);
        Assert.True(learned.ChosenByModel);
        // The rules' reading stays one tap away.
        Assert.NotEmpty(learned.Alternatives);
    }

    [Theory]
    [InlineData("apa yang dibutuhkan untuk level 4 indikator 32?", 32)]
    [InlineData("manrisk level 4 syaratnya apa", 21)]
    public void A_number_or_a_sure_rule_match_is_not_changed(string question, int expected)
    {
        var u = WithModel.Parse(question);
        Assert.Equal(expected, u.Indicator);
        Assert.False(u.ChosenByModel);
    }

    [Fact]
    public void Rules_and_model_disagreeing_and_neither_sure_ask_between_the_two()
    {
        // A toy model sure of 33 for the words of a question the rules read as 32 by one word.
        const string question = "e-planning lvl 4 apa aja yg hrs disiapin";
        Assert.Equal(32, RulesOnly.Parse(question).Indicator);
        var tokens = RulesOnly.CorrectedTokens(question);
        var model = IndicatorModelTrainer.Train("spbe-2024",
        [
            (tokens, 33), (tokens, 33), (tokens, 33), (tokens, 33),
            (RulesOnly.CorrectedTokens("terima kasih banyak"), IndicatorModel.None), (RulesOnly.CorrectedTokens("terima kasih banyak"), IndicatorModel.None),
        ]);
        var parser = new QuestionParser(Catalog) { Model = model, Policy = LearnedPolicy.Default with { Overrule = 2, WeakSpecificity = 10 } };

        var u = parser.Parse(question);

        Assert.Equal(QuestionKind.Ambiguous, u.Kind);
        Assert.Equal(new[] { 32, 33 }, u.Candidates);
        Assert.Null(u.Indicator);
        Assert.True(u.ChosenByModel);
    }

    static IndicatorModel.Guess Guess(int top, double p, params (int Class, double P)[] others) =>
        new(top, p, others.Length > 0 ? others[0].Class : 0, others.Length > 0 ? others[0].P : 0, 5,
            others.Append((top, p)).ToDictionary(o => o.Item1, o => o.Item2));

    [Fact]
    public void The_policy_picks_fills_overrules_asks_or_leaves_the_rules()
    {
        var policy = LearnedPolicy.Default;
        // The rules hesitate between 36 and 41; the model prefers 41.
        Assert.Equal(41, LearnedChoice.Decide(null, [36, 41], 2, Guess(41, 0.8, (36, 0.1)), policy)!.Indicator);
        // … but not when its choice is outside the rules' candidates.
        Assert.Null(LearnedChoice.Decide(null, [36, 41], 2, Guess(12, 0.8, (36, 0.1)), policy));
        // The rules found nothing: only a sure guess fills in, and never "no indicator".
        Assert.Equal(26, LearnedChoice.Decide(null, [], 0, Guess(26, 0.97), policy)!.Indicator);
        Assert.Null(LearnedChoice.Decide(null, [], 0, Guess(26, 0.6), policy));
        Assert.Null(LearnedChoice.Decide(null, [], 0, Guess(IndicatorModel.None, 0.99), policy));
        // One indicator by the rules, another sure by the model: overruled, the rules' one as a button.
        var overruled = LearnedChoice.Decide(43, [43], 3, Guess(23, 0.999, (43, 1e-9)), policy)!;
        Assert.Equal(23, overruled.Indicator);
        Assert.Equal(new[] { 43 }, overruled.Alternatives);
        // Towards the policy twin of the rules' implementation member only when sure enough to overrule, never by asking
        // (no policy word: the implementation one).
        var toPolicy = LearnedChoice.Decide(12, [12], 1, Guess(2, 0.999, (12, 1e-9)), policy, rulePolicyTwin: 2)!;
        Assert.Equal(2, toPolicy.Indicator);
        Assert.Equal(new[] { 12 }, toPolicy.Alternatives);
        Assert.Null(LearnedChoice.Decide(12, [12], 1, Guess(2, 0.95, (12, 1e-4)), policy, rulePolicyTwin: 2));
        Assert.Null(LearnedChoice.Decide(12, [12], 3, Guess(2, 0.999, (12, 1e-5)), policy, rulePolicyTwin: 2));
        // Neither sure: the rules matched one word, the model prefers another → ask between the two.
        Assert.Equal(new[] { 32, 33 }, LearnedChoice.Decide(32, [32], 1, Guess(33, 0.95, (32, 1e-4)), policy)!.AskAmong);
        // The rules matched more words: their answer stands.
        Assert.Null(LearnedChoice.Decide(32, [32], 3, Guess(33, 0.95, (32, 1e-4)), policy));
    }

    [Fact]
    public void When_torn_the_policy_can_answer_the_models_reading_and_offer_the_rules_one()
    {
        var answering = LearnedPolicy.Default with { AnswerWhenTorn = true };
        var torn = LearnedChoice.Decide(32, [32], 1, Guess(33, 0.95, (32, 1e-4)), answering)!;
        Assert.Equal(33, torn.Indicator);
        Assert.Equal(new[] { 32 }, torn.Alternatives);
        Assert.Empty(torn.AskAmong);
        // Not torn (the rules matched more words): still the rules' answer.
        Assert.Null(LearnedChoice.Decide(32, [32], 3, Guess(33, 0.95, (32, 1e-4)), answering));
    }

    [Fact]
    public void An_author_repeating_a_word_in_one_indicator_counts_at_most_the_cap()
    {
        // One author asks about "sipandu" five times under 45; two others once each under 42. Uncapped, the one author's
        // habit makes the word 45's; capped at one example per author, class and feature, two authors outweigh one.
        var sipandu = (IReadOnlyList<string>)RulesOnly.CorrectedTokens("sipandu");
        var examples = Enumerable.Repeat((sipandu, 45, "A"), 5).Append((sipandu, 42, "B")).Append((sipandu, 42, "C"))
            .Append((RulesOnly.CorrectedTokens("terima kasih"), IndicatorModel.None, "A")).Append((RulesOnly.CorrectedTokens("terima kasih"), IndicatorModel.None, "B"))
            .ToList();

        var uncapped = IndicatorModelTrainer.Train("spbe-2024", examples, Features.Words, IndicatorModelTrainer.DefaultAlpha, authorCap: 0);
        var capped = IndicatorModelTrainer.Train("spbe-2024", examples, Features.Words, IndicatorModelTrainer.DefaultAlpha, authorCap: 1);

        Assert.Equal(45, uncapped.Score(sipandu).Top);
        Assert.Equal(42, capped.Score(sipandu).Top);
        // Without authors (the old overload) every example counts, as before.
        Assert.Equal(45, IndicatorModelTrainer.Train("spbe-2024", examples.Select(e => (e.Item1, e.Item2))).Score(sipandu).Top);
    }

    [Fact]
    public void Training_and_scoring_are_deterministic()
    {
        var examples = new (string Text, int Class)[]
        {
            ("arsitektur spbe dokumen domain", 11), ("arsitektur spbe kebijakan perbup", 1), ("manajemen risiko register", 21),
            ("manajemen risiko komite", 21), ("arsitektur domain data", 11), ("perbup arsitektur ditetapkan", 1),
        };
        var forward = examples.Select(e => ((IReadOnlyList<string>)RulesOnly.CorrectedTokens(e.Text), e.Class)).ToList();
        var one = IndicatorModelTrainer.Train("spbe-2024", forward);
        var two = IndicatorModelTrainer.Train("spbe-2024", Enumerable.Reverse(forward));
        var (a, b) = (new StringWriter(), new StringWriter());
        one.Write(a);
        two.Write(b);
        Assert.Equal(a.ToString(), b.ToString());

        var read = IndicatorModel.Read(new StringReader(a.ToString()));
        var tokens = RulesOnly.CorrectedTokens("manajemen risiko kami");
        Assert.Equal(one.Score(tokens).Probabilities, read.Score(tokens).Probabilities);
        Assert.Equal(21, read.Score(tokens).Top);

        const string question = "knowledge sharing antar pegawai cuma lewat grup chat, tidak ada repositori. level berapa?";
        static string Reading(Understanding u) => $"{u.Kind} {u.Indicator} {u.Level} [{string.Join(",", u.Candidates)}] [{string.Join(",", u.Alternatives)}] {u.ChosenByModel}";
        Assert.Equal(Reading(WithModel.Parse(question)), Reading(new QuestionParser(Catalog).Parse(question)));
    }

    [Fact]
    public void The_shipped_model_is_data_for_its_framework_only()
    {
        var model = IndicatorModel.For("spbe-2024");
        Assert.NotNull(model);
        Assert.Equal("spbe-2024", model.Framework);
        Assert.Contains(IndicatorModel.None, model.Classes);
        Assert.Equal(48, model.Classes.Count);
        Assert.Null(IndicatorModel.For("spbe-2018"));
    }

    [Fact]
    public void Content_pairs_skip_the_small_words_between_as_the_same_pair()
    {
        string[] tokens = ["kebijakan", "untuk", "audit", "infrastruktur"];

        var plain = Features.Of(tokens).ToList();
        var content = Features.Of(tokens, Features.WordsAndContentPairs).ToList();

        Assert.DoesNotContain("b kebijakan audit", plain);
        // "kebijakan untuk audit" meets "kebijakan audit" written by another author; the adjacent pairs stay.
        Assert.Contains("b kebijakan audit", content);
        Assert.Contains("b kebijakan untuk", content);
        Assert.Contains("b audit infrastruktur", content);
        Assert.Equal(content.Count, content.Distinct().Count());
    }
}
