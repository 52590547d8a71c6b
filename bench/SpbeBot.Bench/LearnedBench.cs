using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions;
using SpbeBot.Core.Questions.Learned;

namespace SpbeBot.Bench;

/// <summary>
/// The learned indicator model (issue 15, wip-15s). <c>train-indicators</c> writes the shipped model from the sets in
/// indicator-training-sets.txt (never the validation set); <c>indicators-loao</c> scores every author with a model trained
/// without that author, the rules alone against rules + model (<c>--misses</c> lists the rows it still misses);
/// <c>--sweep</c> tries each threshold on the tuning authors, <c>--policies</c> whole policies on the same folds;
/// <c>--blame</c> (LearnedBlame.cs) says, per author, whether the model or the rules had the right indicator.
/// </summary>
static class LearnedBench
{
    sealed record Author(string Name, bool Reported, bool Validation, IReadOnlyList<LabelledQuestion> Rows);

    static string Root()
    {
        var dir = new DirectoryInfo(Directory.GetCurrentDirectory());
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SpbeBot.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("run inside the repository");
    }

    static List<Author> Authors(string root)
    {
        var list = new List<Author>();
        foreach (var line in File.ReadAllLines(Path.Combine(root, "bench/SpbeBot.Bench/indicator-training-sets.txt")))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var cells = line.Split('\t');
            var validation = cells[0].StartsWith("validation:", StringComparison.Ordinal);
            var name = validation ? cells[0]["validation:".Length..] : cells[0];
            list.Add(new Author(name, name != "always", validation, QuestionSet.Load(Path.Combine(root, cells[1]))));
        }
        return list;
    }

    /// <summary>The class a row teaches: its indicator, 0 for "-", null for "?" (must ask) rows.</summary>
    static int? ClassOf(LabelledQuestion q) => q.Indicator == "-" ? IndicatorModel.None : int.TryParse(q.Indicator, out var n) ? n : null;

    /// <summary>The features the shipped model is trained with (<c>--features</c> to try others).</summary>
    static string FeatureKinds = Features.Words;

    /// <summary>The smoothing the shipped model is trained with (<c>--alpha</c> to try others).</summary>
    static double Alpha = IndicatorModelTrainer.DefaultAlpha;

    /// <summary>Whether the catalog's own text is trained on beside the questions (<c>--catalog</c>, <c>--catalog-names</c>:
    /// tried and dropped in wip-31ib, both lower leave one author out).</summary>
    static bool CatalogText;

    /// <summary>Whether the catalog's examples take in every level's criteria (<c>--catalog-names</c>: name, question, description only).</summary>
    static bool CatalogLevels = true;

    static List<(IReadOnlyList<string>, int)>? _catalogExamples;

    /// <summary>The catalog's examples, tokenized once for every fold.</summary>
    static List<(IReadOnlyList<string>, int)> CatalogExamples(QuestionParser tokenizer) => _catalogExamples ??=
        IndicatorModelTrainer.CatalogExamples(CatalogStore.Get(CatalogStore.DefaultFramework), CatalogLevels)
            .Select(e => ((IReadOnlyList<string>)tokenizer.CorrectedTokens(e.Text), e.Class)).ToList();

    /// <summary>At most this many of one author's examples count toward a feature's count for one class (<c>--author-cap N</c>; 0: all).</summary>
    static int AuthorCap = IndicatorModelTrainer.DefaultAuthorCap;

    static IndicatorModel Train(QuestionParser tokenizer, IEnumerable<Author> authors) =>
        IndicatorModelTrainer.Train(CatalogStore.DefaultFramework,
            authors.SelectMany(a => a.Rows.Select(q => (a.Name, q))).Where(e => ClassOf(e.q) is not null)
                .Select(e => ((IReadOnlyList<string>)tokenizer.CorrectedTokens(e.q.Question), ClassOf(e.q)!.Value, e.Name))
                .Concat(CatalogText ? CatalogExamples(tokenizer).Select(c => (c.Item1, c.Item2, "catalog")) : []), FeatureKinds, Alpha, AuthorCap);

    static void ReadOptions(string[] args)
    {
        if (Array.IndexOf(args, "--features") is var at and >= 0) FeatureKinds = args[at + 1];
        if (args.Contains("--catalog")) CatalogText = true;
        if (args.Contains("--catalog-names")) (CatalogText, CatalogLevels) = (true, false);
        if (Array.IndexOf(args, "--author-cap") is var capAt and >= 0) AuthorCap = int.Parse(args[capAt + 1], System.Globalization.CultureInfo.InvariantCulture);
        if (Array.IndexOf(args, "--alpha") is var alphaAt and >= 0) Alpha = double.Parse(args[alphaAt + 1], System.Globalization.CultureInfo.InvariantCulture);
    }

    public static Task<int> Train(string[] args)
    {
        ReadOptions(args);
        var root = Root();
        var catalog = CatalogStore.Get(CatalogStore.DefaultFramework);
        var tokenizer = new QuestionParser(catalog) { Model = null };
        var authors = Authors(root).Where(a => !a.Validation).ToList();
        var model = Train(tokenizer, authors);
        var path = Path.Combine(root, "src/SpbeBot.Core/Questions/Learned", CatalogStore.DefaultFramework + ".tsv");
        using (var writer = new StreamWriter(path) { NewLine = "\n" }) model.Write(writer);
        Console.WriteLine($"Trained on {string.Join(", ", authors.Select(a => $"{a.Name} ({a.Rows.Count})"))}: {model.Classes.Count} classes, {model.FeatureCount} features → {Path.GetRelativePath(root, path)}");
        return Task.FromResult(0);
    }

    public static Task<int> LeaveOneAuthorOut(string[] args)
    {
        ReadOptions(args);
        var root = Root();
        var catalog = CatalogStore.Get(CatalogStore.DefaultFramework);
        var rulesOnly = new QuestionParser(catalog) { Model = null };
        var authors = Authors(root);
        var policy = LearnedPolicy.Default;
        if (Array.IndexOf(args, "--policy") is var at and >= 0) policy = ParsePolicy(args[at + 1]);
        if (args.Contains("--answer-torn")) policy = policy with { AnswerWhenTorn = true };
        if (args.Contains("--ask-torn")) policy = policy with { AnswerWhenTorn = false };
        // Each reported author with the parser whose model never saw it (nor the validation author).
        var folds = authors.Where(a => a.Reported).Select(a => (a, parser: new QuestionParser(catalog) { Model = Train(rulesOnly, authors.Where(o => o != a && !o.Validation)) })).ToList();

        if (args.Contains("--disagreements"))
        {
            // Where the rules chose one indicator by its words and the model another: who was right, by how sure each was.
            var buckets = new SortedDictionary<string, (int Rule, int Model, int Neither)>(StringComparer.Ordinal);
            var modelRight = 0; var labelled = 0;
            foreach (var (a, parser) in folds.Where(f => !f.a.Validation))
                foreach (var q in a.Rows)
                {
                    LearnedChoice.Case? seen = null;
                    new QuestionParser(catalog) { Model = parser.Model, Policy = LearnedPolicy.Off, Observe = c => seen = c }.Parse(q.Question);
                    if (seen is null || ClassOf(q) is not int label) continue;
                    labelled++;
                    if (seen.Guess.Top == label) modelRight++;
                    if (seen.RuleIndicator is not int rule || seen.Guess.Top == rule || seen.Guess.Top == IndicatorModel.None) continue;
                    var ruleP = seen.Guess.Of(rule);
                    var key = $"spec {Math.Min(seen.Specificity, 4)} rule p {(ruleP < 1e-6 ? "<1e-6" : ruleP < 1e-3 ? "<1e-3" : ruleP < 0.1 ? "<0.1" : ">=0.1")} top {(seen.Guess.Probability >= 0.99 ? ">=0.99" : seen.Guess.Probability >= 0.9 ? ">=0.9" : "<0.9")}";
                    var b = buckets.GetValueOrDefault(key);
                    buckets[key] = label == rule ? b with { Rule = b.Rule + 1 } : label == seen.Guess.Top ? b with { Model = b.Model + 1 } : b with { Neither = b.Neither + 1 };
                }
            Console.WriteLine($"Model's top right on {modelRight} of {labelled} labelled rows it was consulted on (no indicator number given).");
            foreach (var (key, b) in buckets) Console.WriteLine($"  {key,-40} rules right {b.Rule,3}, model right {b.Model,3}, neither {b.Neither,3}");
            return Task.FromResult(0);
        }

        if (Array.IndexOf(args, "--policies") is var tryAt and >= 0)
        {
            // Several policies on the same folds (each as ParsePolicy reads it, ";" between): the tuning total
            // and the validation author's totals for each.
            foreach (var spec in args[tryAt + 1].Split(';'))
            {
                var tried = ParsePolicy(spec);
                var tuning = folds.Where(f => !f.a.Validation).Select(f => Score(f.a.Rows, new QuestionParser(catalog) { Model = f.parser.Model, Policy = tried })).Aggregate(Add);
                var validation = folds.Where(f => f.a.Validation).Select(f => Score(f.a.Rows, new QuestionParser(catalog) { Model = f.parser.Model, Policy = tried })).Aggregate(new Totals(0, 0, 0, 0, 0), Add);
                Console.WriteLine($"  {spec,-36} tuning indicator {tuning.Indicator}, +level {tuning.Both}, wrong {tuning.Wrong}, asked {tuning.Asked} of {tuning.Count}; validation indicator {validation.Indicator}, +level {validation.Both}, wrong {validation.Wrong} of {validation.Count}");
            }
            return Task.FromResult(0);
        }

        if (args.Contains("--sweep"))
        {
            var grid = new[] { 0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99, 0.995, 2 };
            Console.WriteLine("Sweep on the tuning authors (validation left out): one threshold at a time, the others off.");
            foreach (var which in new[] { "Pick", "Fill", "Overrule", "Ask" })
                foreach (var t in grid)
                {
                    var p = which switch
                    {
                        "Pick" => LearnedPolicy.Off with { Pick = t },
                        "Fill" => LearnedPolicy.Off with { Fill = t },
                        "Overrule" => LearnedPolicy.Off with { Overrule = t },
                        _ => LearnedPolicy.Off with { Ask = t },
                    };
                    var s = folds.Where(f => !f.a.Validation).Select(f => Score(f.a.Rows, new QuestionParser(catalog) { Model = f.parser.Model, Policy = p })).Aggregate(Add);
                    Console.WriteLine($"  {which,-8} {t,5}: indicator {s.Indicator}, +level {s.Both}, wrong answers {s.Wrong}, asked {s.Asked} of {s.Count}");
                }
            return Task.FromResult(0);
        }

        Console.WriteLine($"Leave one author out, policy {policy}. Per author: rules alone → rules + model trained without that author.");
        Console.WriteLine("| author | questions | indicator alone | indicator + level | wrong indicator answered | asked |");
        Console.WriteLine("|---|---|---|---|---|---|");
        var before = new Totals(0, 0, 0, 0, 0);
        var after = before;
        // Indicator + level right per kind of question, rules alone → rules + model: the tuning authors together, and the
        // validation author apart (totals per kind only, no rows).
        var kinds = new SortedDictionary<string, (int Count, int Before, int After)>(StringComparer.Ordinal);
        foreach (var (a, parser) in folds)
        {
            var b = Score(a.Rows, rulesOnly);
            var withModel = new QuestionParser(catalog) { Model = parser.Model, Policy = policy };
            var m = Score(a.Rows, withModel);
            foreach (var q in a.Rows)
            {
                var key = $"{(a.Validation ? "validation" : "tuning")} {q.Kind.ToLowerInvariant()}";
                var k = kinds.GetValueOrDefault(key);
                kinds[key] = (k.Count + 1, k.Before + (q.IsCorrect(rulesOnly.Parse(q.Question)) ? 1 : 0), k.After + (q.IsCorrect(withModel.Parse(q.Question)) ? 1 : 0));
            }
            Console.WriteLine($"| {(a.Validation ? "validation " : "")}{a.Name} | {b.Count} | {b.Indicator} → {m.Indicator} ({Pct(b.Indicator, b.Count)} → {Pct(m.Indicator, m.Count)}) | {b.Both} → {m.Both} ({Pct(b.Both, b.Count)} → {Pct(m.Both, m.Count)}) | {b.Wrong} → {m.Wrong} | {b.Asked} → {m.Asked} |");
            if (a.Validation) continue;
            before = Add(before, b);
            after = Add(after, m);
        }
        Console.WriteLine($"| tuning total | {before.Count} | {before.Indicator} → {after.Indicator} ({Pct(before.Indicator, before.Count)} → {Pct(after.Indicator, after.Count)}) | {before.Both} → {after.Both} | {before.Wrong} → {after.Wrong} | {before.Asked} → {after.Asked} |");
        if (args.Contains("--kinds"))
            foreach (var (key, k) in kinds) Console.WriteLine($"  {key,-28} {k.Count,4}: indicator + level {k.Before} → {k.After}");
        if (args.Contains("--misses"))
            // Every tuning row missed by rules + the model trained without its author: what a fresh author would see.
            foreach (var (a, parser) in folds.Where(f => !f.a.Validation))
            {
                var learned = new QuestionParser(catalog) { Model = parser.Model, Policy = policy };
                foreach (var q in a.Rows)
                {
                    var u = learned.Parse(q.Question);
                    if (q.IsCorrect(u)) continue;
                    Console.WriteLine($"  miss {a.Name} {q.Id ?? "line " + q.Line}: \"{q.Question}\" expected ind {q.Indicator} lvl {q.Level} ({q.Kind}); got {u.Kind} ind {u.Indicator?.ToString() ?? "-"} lvl {u.Level?.ToString() ?? "-"}{(u.Candidates.Count > 0 ? " cand " + string.Join(",", u.Candidates) : "")}");
                }
            }
        if (args.Contains("--blame"))
            LearnedBlame.Print(catalog, rulesOnly, folds.Where(f => !f.a.Validation).Select(f => (f.a.Name, f.a.Rows, f.parser.Model!)), policy, rows: args.Contains("--blame-rows"));
        if (args.Contains("--changes"))
            foreach (var (a, parser) in folds.Where(f => !f.a.Validation))
            {
                var learned = new QuestionParser(catalog) { Model = parser.Model, Policy = policy };
                foreach (var q in a.Rows)
                {
                    var r = rulesOnly.Parse(q.Question);
                    var l = learned.Parse(q.Question);
                    if (q.IndicatorCorrect(r) == q.IndicatorCorrect(l)) continue;
                    Console.WriteLine($"  {(q.IndicatorCorrect(l) ? "fixed " : "broken")} {a.Name} {q.Id ?? "line " + q.Line} exp {q.Indicator}: rules {r.Kind} {r.Indicator} [{string.Join(",", r.Candidates)}] → {l.Kind} {l.Indicator} [{string.Join(",", l.Candidates)}] \"{q.Question}\"");
                }
            }
        return Task.FromResult(0);
    }

    /// <summary>"pick,fill,overrule,ask[,ruleBelow[,askRuleBelow[,answerWhenTorn (0 or 1)]]]".</summary>
    static LearnedPolicy ParsePolicy(string spec)
    {
        var v = spec.Split(',').Select(s => double.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var shipped = LearnedPolicy.Default;
        return new LearnedPolicy(v[0], v[1], v[2], v[3])
        {
            RuleBelow = v.Length > 4 ? v[4] : shipped.RuleBelow,
            AskRuleBelow = v.Length > 5 ? v[5] : shipped.AskRuleBelow,
            AnswerWhenTorn = v.Length > 6 ? v[6] != 0 : shipped.AnswerWhenTorn,
        };
    }

    readonly record struct Totals(int Count, int Indicator, int Both, int Wrong, int Asked);

    static Totals Add(Totals x, Totals y) => new(x.Count + y.Count, x.Indicator + y.Indicator, x.Both + y.Both, x.Wrong + y.Wrong, x.Asked + y.Asked);

    static Totals Score(IReadOnlyList<LabelledQuestion> rows, QuestionParser parser)
    {
        int indicator = 0, both = 0, wrong = 0, asked = 0;
        foreach (var q in rows)
        {
            var u = parser.Parse(q.Question);
            var ok = q.IndicatorCorrect(u);
            if (ok) indicator++;
            if (q.IsCorrect(u)) both++;
            // Worse than a question back: an indicator answered that is not the asked one (nor the expected choice).
            if (!ok && u.Indicator is not null) wrong++;
            if (u.Kind == QuestionKind.Ambiguous) asked++;
        }
        return new Totals(rows.Count, indicator, both, wrong, asked);
    }

    static string Pct(int n, int d) => d == 0 ? "-" : $"{100.0 * n / d:0.0} %";
}
