using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions;
using SpbeBot.Core.Questions.Learned;

namespace SpbeBot.Bench;

/// <summary>
/// <c>indicators-loao --blame</c> (issue 15, wip-27ib): per tuning author, with the model trained without that author,
/// where the whole pipeline answers the wrong indicator — did the model have the right one first or second — and where
/// the rules and the model disagree, which of them the pipeline followed and who was right.
/// </summary>
static class LearnedBlame
{
    sealed class Counts
    {
        public int Rows, Wrong, WrongModelFirst, WrongModelSecond, WrongNotConsulted;
        public int RulesKeptModelRight, RulesKeptRulesRight, ModelTookRight, ModelTookWrong;
        public void Add(Counts o)
        {
            Rows += o.Rows; Wrong += o.Wrong; WrongModelFirst += o.WrongModelFirst; WrongModelSecond += o.WrongModelSecond; WrongNotConsulted += o.WrongNotConsulted;
            RulesKeptModelRight += o.RulesKeptModelRight; RulesKeptRulesRight += o.RulesKeptRulesRight; ModelTookRight += o.ModelTookRight; ModelTookWrong += o.ModelTookWrong;
        }
    }

    public static void Print(CriteriaCatalog catalog, QuestionParser rulesOnly, IEnumerable<(string Author, IReadOnlyList<LabelledQuestion> Rows, IndicatorModel Model)> folds, LearnedPolicy policy, bool rows)
    {
        Console.WriteLine();
        Console.WriteLine("Blame (each author with the model trained without it). wrong: indicator missed by rules + model; of them the model's");
        Console.WriteLine("own guess (on every row, consulted or not) had the label first / second; 'not consulted': an indicator number, a pair,");
        Console.WriteLine("a list or an open twin decided before the model. Where the model was consulted and its top differs from the rules' own");
        Console.WriteLine("indicator (or the rules had none or several): rules kept and the model was right / the rules were right; the model's");
        Console.WriteLine("choice taken and right / wrong (against the rules alone).");
        Console.WriteLine("| author | rows | wrong | model 1st | model 2nd | not consulted | rules kept, model right | rules kept, rules right | model taken, right | model taken, wrong |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|");
        var total = new Counts();
        var lines = new List<string>();
        foreach (var (author, set, model) in folds)
        {
            var c = new Counts();
            LearnedChoice.Case? seen = null;
            var learned = new QuestionParser(catalog) { Model = model, Policy = policy, Observe = s => seen = s };
            foreach (var q in set)
            {
                c.Rows++;
                seen = null;
                var u = learned.Parse(q.Question);
                var label = q.Indicator == "-" ? IndicatorModel.None : int.TryParse(q.Indicator, out var n) ? n : (int?)null;
                var guess = model.Score(rulesOnly.CorrectedTokens(q.Question));
                var ok = q.IndicatorCorrect(u);
                var id = q.Id ?? "line " + q.Line;
                if (!ok)
                {
                    c.Wrong++;
                    if (label is int l1 && guess.Top == l1) c.WrongModelFirst++;
                    else if (label is int l2 && guess.Second == l2) c.WrongModelSecond++;
                    if (seen is null) c.WrongNotConsulted++;
                    // What the rules decided before the model (a number, a pair, a list, an open twin): the rows to read.
                    if (seen is null && rows)
                        lines.Add($"  not-consulted {author} {id} exp {q.Indicator}: model {guess.Top} p {guess.Probability:0.000}, answered {u.Kind} {u.Indicator} [{string.Join(",", u.Candidates)}] \"{q.Question}\"");
                }
                if (seen is null || label is not int label0) continue;
                var disagree = seen.RuleIndicator is int rule ? seen.Guess.Top != rule : seen.Guess.Top != IndicatorModel.None;
                if (!disagree) continue;
                var rulesAlone = q.IndicatorCorrect(rulesOnly.Parse(q.Question));
                var modelRight = seen.Guess.Top == label0;
                var followedModel = u.ChosenByModel;
                var what = followedModel ? ok ? "model-right" : "model-wrong" : modelRight ? "rules-kept-model-right" : rulesAlone ? "rules-kept-rules-right" : "rules-kept-neither";
                if (!followedModel && modelRight) c.RulesKeptModelRight++;
                if (!followedModel && !modelRight && rulesAlone) c.RulesKeptRulesRight++;
                if (followedModel && ok && !rulesAlone) c.ModelTookRight++;
                if (followedModel && !ok && rulesAlone) c.ModelTookWrong++;
                if (rows && (what is "rules-kept-model-right" || followedModel && ok != rulesAlone))
                    lines.Add($"  {what} {author} {id} exp {q.Indicator}: rules {(seen.RuleIndicator?.ToString() ?? "[" + string.Join(",", seen.RuleCandidates) + "]")} spec {seen.Specificity}, model {seen.Guess.Top} p {seen.Guess.Probability:0.000} (rules' p {(seen.RuleIndicator is int r2 ? seen.Guess.Of(r2) : 0):0.0e0}), answered {u.Kind} {u.Indicator} \"{q.Question}\"");
            }
            Console.WriteLine($"| {author} | {c.Rows} | {c.Wrong} | {c.WrongModelFirst} | {c.WrongModelSecond} | {c.WrongNotConsulted} | {c.RulesKeptModelRight} | {c.RulesKeptRulesRight} | {c.ModelTookRight} | {c.ModelTookWrong} |");
            total.Add(c);
        }
        var t = total;
        Console.WriteLine($"| tuning total | {t.Rows} | {t.Wrong} | {t.WrongModelFirst} | {t.WrongModelSecond} | {t.WrongNotConsulted} | {t.RulesKeptModelRight} | {t.RulesKeptRulesRight} | {t.ModelTookRight} | {t.ModelTookWrong} |");
        foreach (var line in lines) Console.WriteLine(line);
    }
}
