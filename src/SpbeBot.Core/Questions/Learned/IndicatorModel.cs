using System.Globalization;

namespace SpbeBot.Core.Questions.Learned;

/// <summary>
/// A multinomial naive Bayes model over the words and word pairs of labelled questions: which indicator a question is
/// about (class 0: none). Trained by <see cref="IndicatorModelTrainer"/> from the retired question sets; shipped as data
/// (Learned/&lt;framework&gt;.tsv). It only chooses an indicator; every answer still quotes the catalog.
/// Deterministic: the same text always gets the same guess.
/// </summary>
public sealed class IndicatorModel
{
    /// <summary>Class 0 stands for "no indicator" (questions labelled "-").</summary>
    public const int None = 0;

    readonly int[] _classes;
    readonly double[] _logPrior;
    readonly double[] _logDenominator;
    readonly double _logAlpha;
    readonly Dictionary<string, (int Class, int Count)[]> _counts;

    public string Framework { get; }
    public double Alpha { get; }
    /// <summary>Which features it reads (<see cref="Features"/>).</summary>
    public string FeatureKinds { get; }
    public IReadOnlyList<int> Classes => _classes;
    public int FeatureCount => _counts.Count;

    internal IndicatorModel(string framework, string featureKinds, double alpha, int[] classes, int[] totals, Dictionary<string, (int Class, int Count)[]> counts)
    {
        Framework = framework;
        FeatureKinds = featureKinds;
        Alpha = alpha;
        _classes = classes;
        _counts = counts;
        _logAlpha = Math.Log(alpha);
        // A uniform prior: the sets' authors ask about indicators in different proportions, so no indicator is favoured.
        _logPrior = classes.Select(_ => -Math.Log(classes.Length)).ToArray();
        _logDenominator = totals.Select(t => Math.Log(t + alpha * counts.Count)).ToArray();
        _totals = totals;
    }

    readonly int[] _totals;

    /// <summary>The model's guess for already-corrected tokens (the parser's tokens after typo correction).</summary>
    public Guess Score(IReadOnlyList<string> correctedTokens)
    {
        var scores = (double[])_logPrior.Clone();
        var seen = 0;
        var index = ClassIndex();
        foreach (var feature in Features.Of(correctedTokens, FeatureKinds))
        {
            if (!_counts.TryGetValue(feature, out var entries)) continue;
            seen++;
            for (var c = 0; c < scores.Length; c++) scores[c] += _logAlpha - _logDenominator[c];
            foreach (var (cls, count) in entries) scores[index[cls]] += Math.Log(count + Alpha) - _logAlpha;
        }
        // Posterior by softmax; ties broken by the lower class number (deterministic).
        var max = scores.Max();
        var weights = scores.Select(s => Math.Exp(s - max)).ToArray();
        var sum = weights.Sum();
        var order = Enumerable.Range(0, scores.Length).OrderByDescending(i => scores[i]).ThenBy(i => _classes[i]).ToArray();
        var probabilities = new Dictionary<int, double>(_classes.Length);
        for (var i = 0; i < _classes.Length; i++) probabilities[_classes[i]] = weights[i] / sum;
        return new Guess(_classes[order[0]], weights[order[0]] / sum, _classes[order[1]], weights[order[1]] / sum, seen, probabilities);
    }

    Dictionary<int, int>? _classIndex;
    Dictionary<int, int> ClassIndex() => _classIndex ??= _classes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i);

    /// <summary>What the model says about one question.</summary>
    /// <param name="Top">The most likely class (an indicator, or <see cref="None"/>).</param>
    /// <param name="Probability">Its posterior probability.</param>
    /// <param name="Features">How many of the question's features the model knows (0: it knows nothing of it).</param>
    public sealed record Guess(int Top, double Probability, int Second, double SecondProbability, int Features, IReadOnlyDictionary<int, double> Probabilities)
    {
        public double Of(int cls) => Probabilities.GetValueOrDefault(cls);
    }

    /// <summary>Writes the model as text: a header, class totals, then one feature a line with its class counts.</summary>
    public void Write(TextWriter writer)
    {
        writer.WriteLine("# Indicator model (multinomial naive Bayes over words and word pairs). Written by `SpbeBot.Bench train-indicators`; do not edit.");
        writer.WriteLine($"framework\t{Framework}");
        writer.WriteLine($"features\t{FeatureKinds}");
        writer.WriteLine($"alpha\t{Alpha.ToString(CultureInfo.InvariantCulture)}");
        writer.WriteLine("classes\t" + string.Join(' ', _classes.Zip(_totals, (c, t) => $"{c}:{t}")));
        foreach (var (feature, entries) in _counts.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            writer.WriteLine(feature + "\t" + string.Join(' ', entries.Select(e => $"{e.Class}:{e.Count}")));
    }

    public static IndicatorModel Read(TextReader reader)
    {
        string? framework = null;
        var kinds = Features.Words;
        var alpha = 1.0;
        int[] classes = [], totals = [];
        var counts = new Dictionary<string, (int, int)[]>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var tab = line.IndexOf('\t');
            if (tab <= 0) throw new InvalidDataException("indicator model: a line without a tab");
            var key = line[..tab];
            var value = line[(tab + 1)..];
            switch (key)
            {
                case "framework": framework = value; break;
                case "features": kinds = value; break;
                case "alpha": alpha = double.Parse(value, CultureInfo.InvariantCulture); break;
                case "classes":
                    var pairs = Pairs(value);
                    classes = pairs.Select(p => p.Item1).ToArray();
                    totals = pairs.Select(p => p.Item2).ToArray();
                    break;
                default: counts[key] = Pairs(value); break;
            }
        }
        if (framework is null || classes.Length < 2) throw new InvalidDataException("indicator model: no framework or fewer than two classes");
        return new IndicatorModel(framework, kinds, alpha, classes, totals, counts);
    }

    static (int, int)[] Pairs(string value) => value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Select(p => p.Split(':')).Select(p => (int.Parse(p[0], CultureInfo.InvariantCulture), int.Parse(p[1], CultureInfo.InvariantCulture))).ToArray();

    static readonly Dictionary<string, IndicatorModel?> Shipped = new(StringComparer.OrdinalIgnoreCase);
    static readonly Lock ShippedGate = new();

    /// <summary>The model shipped for <paramref name="framework"/> (embedded resource learned/&lt;framework&gt;.tsv), or null when none (or the file is empty).</summary>
    public static IndicatorModel? For(string framework)
    {
        lock (ShippedGate)
        {
            if (Shipped.TryGetValue(framework, out var known)) return known;
            var text = EmbeddedLexicon.TryReadText($"learned/{framework}.tsv");
            var model = string.IsNullOrEmpty(text) ? null : Read(new StringReader(text));
            Shipped[framework] = model;
            return model;
        }
    }
}
