using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions;
using SpbeBot.Dialogs.Common;

namespace SpbeBot.Dialogs.Criteria;

/// <summary>
/// Answers criteria questions from the catalog: reads the question (Core), then words the reply here.
/// Every criterion text is quoted from the catalog; nothing is invented. Replies fit one chat message,
/// summary first, the rest as further parts.
/// </summary>
public static class CriteriaAnswerer
{
    /// <param name="language">Null: English labels when the question is in English, otherwise Indonesian.</param>
    /// <param name="framework">The instansi's current framework; the question may name another ("… pemdi", "… spbe").</param>
    /// <param name="evaluationYear">The instansi's evaluation year: a described review's age counts against it (null: none configured).</param>
    public static CriteriaAnswer Answer(string? question, string framework = CatalogStore.DefaultFramework, Language? language = null, int? evaluationYear = null)
    {
        var parser = QuestionParser.For(FrameworkRouting.Choose(framework, question));
        var understanding = parser.Parse(question, evaluationYear);
        var texts = (language ?? (understanding.English ? Language.En : Language.Id)) == Language.En ? CriteriaTexts.En : CriteriaTexts.Id;
        return Route(question, parser, understanding, texts, framework) with { English = texts.English };
    }

    static CriteriaAnswer Route(string? question, QuestionParser parser, Understanding understanding, CriteriaTexts texts, string framework)
    {
        // Questions about the evaluation itself are answered from the regulation passages (ProcessRouting decides).
        // Code, markup or noise ("9 OR 9=9") is not a question: no passage is searched for it.
        // Words only the passages know ("aturan perilaku asesor soal rahasia?") are no noise there.
        if ((!understanding.Noise || Core.Regulations.ProcessAsks.NamesProcess(TextNormalizer.Tokenize(question ?? "")))
            && Process.ProcessAnswerer.TryAnswer(question, understanding, texts.English, parser.Catalog.Framework) is { } process) return process;
        if (FrameworkRouting.AsksDifference(question) && CatalogStore.Exists(FrameworkRouting.Pemdi))
            return Difference(texts);
        // An external index (Indeks SDI) feeds a Pemdi indicator: answered from the catalog that has the conversion.
        var withConversions = parser.Catalog.Conversions is { Count: > 0 } ? parser.Catalog
            : CatalogStore.Exists(FrameworkRouting.Pemdi) ? CatalogStore.Get(FrameworkRouting.Pemdi) : null;
        if (withConversions is not null
            && FrameworkRouting.ExternalIndexValue(question, withConversions.Conversions!.Select(c => c.ShortName)) is { } external)
            return Conversion(withConversions, withConversions.Conversions!.First(c => c.ShortName == external.ShortName), external.Value, texts);
        return Answer(parser.Catalog, understanding, texts, framework, Core.Regulations.EvaluationCues.AsksFrequency(TextNormalizer.Tokenize(question ?? "")));
    }

    /// <summary>An external index value converted into its indicator's value (Indeks SDI 68,75 → indicator 5 = 3,75).</summary>
    public static CriteriaAnswer Conversion(CriteriaCatalog catalog, ExternalIndexConversion conversion, decimal value, CriteriaTexts t)
    {
        var f = t.Framework;
        var bands = string.Join("\n", conversion.Bands.Select(b =>
            $"• {conversion.ShortName} {Format.Number(b.SourceMin, t.English)} – {Format.Number(b.SourceMax, t.English)} → {Format.Index(b.ValueMin, t.English)} – {Format.Index(b.ValueMax, t.English)}"));
        var source = $"{t.Source}: {string.Join("; ", catalog.Sources)} [{catalog.Framework}]" + (catalog.Status is null ? "" : "\n" + f.Provisional);
        if (conversion.Convert(value) is not { } result)
        {
            var refused = string.Join("\n\n", f.ConversionOutOfRange(conversion.ShortName, Format.Number(value, t.English), Format.Number(conversion.SourceMin, t.English), Format.Number(conversion.SourceMax, t.English)),
                $"{f.ConversionBands}\n{bands}", source);
            return new CriteriaAnswer(catalog.Framework, conversion.Indicator, null, false, Reply.Plain(refused));
        }
        var indicator = catalog.FindIndicator(conversion.Indicator)!;
        var text = string.Join("\n\n",
            f.Conversion(conversion.Source, Format.Number(value, t.English), $"{indicator.Number} ({indicator.Name})", Format.Index(result, t.English)),
            $"{f.ConversionBands}\n{bands}", source);
        return new CriteriaAnswer(catalog.Framework, conversion.Indicator, null, true, Reply.Plain(text));
    }

    /// <summary>How the SPBE index and the Pemdi index differ, from the two catalogs.</summary>
    public static CriteriaAnswer Difference(CriteriaTexts t)
    {
        var spbe = CatalogStore.Get(CatalogStore.DefaultFramework);
        var pemdi = CatalogStore.Get(FrameworkRouting.Pemdi);
        var text = t.Framework.Difference(spbe.Indicators.Count, spbe.Domains.Count, pemdi.Indicators.Count, pemdi.Aspects.Count,
            AnswerWriter.BandsInline(spbe), AnswerWriter.BandsInline(pemdi));
        var source = $"{t.Source}: {string.Join("; ", spbe.Sources.Take(1).Concat(pemdi.Sources))}\n{t.Framework.Provisional}";
        return new CriteriaAnswer(pemdi.Framework, null, null, true, Reply.Plain(text + "\n\n" + source));
    }

    /// <summary>The what-if reply: index from current levels next to the index if every target is met.</summary>
    public static Reply WhatIf(CriteriaCatalog catalog, IReadOnlyDictionary<int, int> current, IReadOnlyDictionary<int, int> target, CriteriaTexts t) =>
        new AnswerWriter(catalog, t).WhatIf(current, target);

    /// <summary>The index from indicator values (decimal where an external index feeds an indicator).</summary>
    public static Reply Index(CriteriaCatalog catalog, IReadOnlyDictionary<int, decimal> values, CriteriaTexts t) =>
        new AnswerWriter(catalog, t).Index(values);

    /// <summary>The what-if with decimal indicator values (indicators fed by an external index).</summary>
    public static Reply WhatIf(CriteriaCatalog catalog, IReadOnlyDictionary<int, decimal> current, IReadOnlyDictionary<int, decimal> target, CriteriaTexts t) =>
        new AnswerWriter(catalog, t).WhatIf(current, target);

    /// <param name="current">
    /// The instansi's framework (null: none, as in the CLI). Where the answer's catalog is another, its buttons name the
    /// answer's framework so that pressing one stays in it.
    /// </param>
    /// <param name="asksFrequency">The question asks how often ("berapa tahun sekali"): an indicator's overview leads with the
    /// fulfilment criterion stating it, where one does.</param>
    public static CriteriaAnswer Answer(CriteriaCatalog catalog, Understanding u, CriteriaTexts t, string? current = null, bool asksFrequency = false)
    {
        var writer = new AnswerWriter(catalog, t, current);
        var indicator = u.Indicator is int n ? catalog.FindIndicator(n) : null;
        var (reply, answered) = u.Kind switch
        {
            QuestionKind.Level when indicator is not null => (writer.Level(indicator, u.Level!.Value, evidenceOnly: false), true),
            QuestionKind.Evidence when indicator is not null && u.Level is int lv => (writer.Level(indicator, lv, evidenceOnly: true), true),
            QuestionKind.Evidence when indicator is not null => (writer.EvidenceExamples(indicator), true),
            QuestionKind.Compare when indicator is not null => (writer.Compare(indicator, u.Level!.Value, u.OtherLevel!.Value), true),
            QuestionKind.About when indicator is not null => (writer.About(indicator, asksFrequency), true),
            QuestionKind.Situation when indicator is not null && u.Situation is { } placement => (writer.Situation(indicator, placement), true),
            QuestionKind.MoveUp when indicator is not null && u.Level is int target => (writer.MoveUp(indicator, target, u.FromLevel), true),
            QuestionKind.PartIndex when u.PartValues is { } parts => (writer.PartIndex(parts, u.PartsAreAspects), parts.Count == (u.PartsAreAspects ? catalog.Aspects.Count : catalog.Domains.Count)),
            QuestionKind.Weight => writer.Weight(u),
            QuestionKind.Predikat => (writer.Predikat(u.IndexValue!.Value, u.IndexSide), true),
            QuestionKind.Index => (writer.Index(u.Levels!), true),
            QuestionKind.LevelLadder => (writer.Ladder(u.Level!.Value), true),
            QuestionKind.Ambiguous => (writer.Ambiguous(u), false),
            _ => (writer.NotFound(u), false),
        };
        return new CriteriaAnswer(catalog.Framework, u.Indicator, u.Level, answered, writer.WithAlternatives(reply, u));
    }
}
