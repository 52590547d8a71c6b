namespace SpbeBot.Core.Questions.Learned;

/// <summary>
/// Thresholds on the model's posterior probability for each way it may change the rules' choice of indicator.
/// Measured leave-one-author-out on the retired sets (docs/benchmarks.md, wip-15s).
/// </summary>
/// <param name="Pick">The rules hesitate between candidates: the model's top one, if among them, is answered (others as buttons).</param>
/// <param name="Fill">The rules found no indicator: the model's top indicator is answered.</param>
/// <param name="Overrule">The rules found one indicator by its words, the model another: the model's is answered, the rules' offered as a button.</param>
/// <param name="Ask">The same disagreement, neither sure (the rules matched one word, the model is not sure enough to overrule): ask between the two.</param>
public sealed record LearnedPolicy(double Pick, double Fill, double Overrule, double Ask)
{
    /// <summary>
    /// Overrule only when the model gives the rules' indicator less than this probability; 1e-7 rather than 1e-6 keeps
    /// the rules' member in five wrong overrules (four across a policy twin) against three right ones, leave one author
    /// out (docs/benchmarks.md, wip-28ib).
    /// </summary>
    public double RuleBelow { get; init; } = 1e-7;
    /// <summary>Ask only when the rules' phrases covered at most this many content words …</summary>
    public int WeakSpecificity { get; init; } = 1;
    /// <summary>… and the model gives the rules' indicator less than this probability.</summary>
    public double AskRuleBelow { get; init; } = 1e-3;
    /// <summary>
    /// Instead of asking in that case, answer the model's indicator with the rules' one as a button (issue 15, point 6:
    /// ask only when it matters). Measured leave-one-author-out (docs/benchmarks.md, wip-15x).
    /// </summary>
    public bool AnswerWhenTorn { get; init; }

    public static readonly LearnedPolicy Default = new(Pick: 0.5, Fill: 0.95, Overrule: 0.99, Ask: 0.9);
    /// <summary>The rules alone (the model is never consulted).</summary>
    public static readonly LearnedPolicy Off = new(2, 2, 2, 2);
}

/// <summary>How the rules' choice of indicator and the model's guess are combined. Pure; the parser applies the result.</summary>
public static class LearnedChoice
{
    /// <summary>What the rules found (indicator, candidates, how many content words their phrases covered) and the model's guess.</summary>
    public sealed record Case(int? RuleIndicator, IReadOnlyList<int> RuleCandidates, int Specificity, IndicatorModel.Guess Guess);

    /// <summary>What the model changed: the indicator to answer with the others as buttons, or the indicators to ask between.</summary>
    public sealed record Decision(int? Indicator, IReadOnlyList<int> Alternatives, IReadOnlyList<int> AskAmong);

    /// <summary>
    /// A bare number the rules would take as the indicator, though no word marks it as one: the model overrules it as it
    /// overrules the rules' words — sure of another indicator, the number's below <see cref="LearnedPolicy.RuleBelow"/>.
    /// </summary>
    public static bool OverrulesNumber(int number, IndicatorModel.Guess guess, LearnedPolicy policy) =>
        guess.Features > 0 && guess.Top != IndicatorModel.None && guess.Top != number
        && guess.Probability >= policy.Overrule && guess.Of(number) < policy.RuleBelow;

    /// <summary>
    /// Two indicators named and the rules' reading of which one is asked: the model overrules it as it overrules the rules'
    /// words — sure of the other member, the answered one below <see cref="LearnedPolicy.RuleBelow"/>.
    /// </summary>
    public static bool OverrulesPair(int answer, int other, IndicatorModel.Guess guess, LearnedPolicy policy) =>
        OverrulesNumber(answer, guess, policy) && guess.Top == other;

    /// <summary>
    /// Null when the rules' choice stands. Never called for an indicator the asker named by number.
    /// </summary>
    /// <param name="ruleIndicator">The rules' single indicator, or null.</param>
    /// <param name="ruleCandidates">The rules' candidates (several when they would ask).</param>
    /// <param name="specificity">Content words covered by the rules' matched phrases.</param>
    /// <param name="rulePolicyTwin">When the rules chose the implementation member of a kebijakan-internal twin: its policy
    /// member, which the model moves to only when sure enough to overrule — without a policy word the implementation member
    /// is the reading (issue 15, point 6); measured leave-one-author-out (docs/benchmarks.md, wip-27ib).</param>
    public static Decision? Decide(int? ruleIndicator, IReadOnlyList<int> ruleCandidates, int specificity, IndicatorModel.Guess guess, LearnedPolicy policy, int? rulePolicyTwin = null)
    {
        if (guess.Features == 0) return null;
        if (ruleIndicator is null && ruleCandidates.Count > 1)
        {
            if (!ruleCandidates.Contains(guess.Top) || guess.Probability < policy.Pick) return null;
            return new Decision(guess.Top, ruleCandidates.Where(c => c != guess.Top).Order().ToList(), []);
        }
        if (ruleIndicator is null)
            return guess.Top != IndicatorModel.None && guess.Probability >= policy.Fill ? new Decision(guess.Top, [], []) : null;
        if (guess.Top == ruleIndicator || guess.Top == IndicatorModel.None) return null;
        var ruleProbability = guess.Of(ruleIndicator.Value);
        var overrules = guess.Probability >= policy.Overrule && ruleProbability < policy.RuleBelow;
        // To the policy twin of the rules' implementation member only by overruling, never by asking: a decree described
        // in words the rules read as the work itself; with no policy word the implementation member stays.
        if (guess.Top == rulePolicyTwin) return overrules ? new Decision(guess.Top, [ruleIndicator.Value], []) : null;
        if (overrules) return new Decision(guess.Top, [ruleIndicator.Value], []);
        // Neither is sure: the rules matched one content word only, the model prefers another indicator. Ask.
        if (specificity <= policy.WeakSpecificity && guess.Probability >= policy.Ask && ruleProbability < policy.AskRuleBelow)
            return policy.AnswerWhenTorn ? new Decision(guess.Top, [ruleIndicator.Value], []) : new Decision(null, [], new[] { ruleIndicator.Value, guess.Top }.Order().ToList());
        return null;
    }
}
