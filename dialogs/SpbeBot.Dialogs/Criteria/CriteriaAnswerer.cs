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
    public static CriteriaAnswer Answer(string? question, string framework = CatalogStore.DefaultFramework, Language? language = null)
    {
        var parser = QuestionParser.For(framework);
        var understanding = parser.Parse(question);
        var texts = (language ?? (understanding.English ? Language.En : Language.Id)) == Language.En ? CriteriaTexts.En : CriteriaTexts.Id;
        return Answer(parser.Catalog, understanding, texts);
    }

    /// <summary>The what-if reply: index from current levels next to the index if every target is met.</summary>
    public static Reply WhatIf(CriteriaCatalog catalog, IReadOnlyDictionary<int, int> current, IReadOnlyDictionary<int, int> target, CriteriaTexts t) =>
        new AnswerWriter(catalog, t).WhatIf(current, target);

    public static CriteriaAnswer Answer(CriteriaCatalog catalog, Understanding u, CriteriaTexts t)
    {
        var writer = new AnswerWriter(catalog, t);
        var indicator = u.Indicator is int n ? catalog.FindIndicator(n) : null;
        var (reply, answered) = u.Kind switch
        {
            QuestionKind.Level when indicator is not null => (writer.Level(indicator, u.Level!.Value, evidenceOnly: false), true),
            QuestionKind.Evidence when indicator is not null && u.Level is int lv => (writer.Level(indicator, lv, evidenceOnly: true), true),
            QuestionKind.Evidence when indicator is not null => (writer.EvidenceExamples(indicator), true),
            QuestionKind.Compare when indicator is not null => (writer.Compare(indicator, u.Level!.Value, u.OtherLevel!.Value), true),
            QuestionKind.About when indicator is not null => (writer.About(indicator), true),
            QuestionKind.Weight => writer.Weight(u),
            QuestionKind.Predikat => (writer.Predikat(u.IndexValue!.Value), true),
            QuestionKind.Index => (writer.Index(u.Levels!), true),
            QuestionKind.LevelLadder => (writer.Ladder(u.Level!.Value), true),
            QuestionKind.Ambiguous => (writer.Ambiguous(u), false),
            _ => (writer.NotFound(u), false),
        };
        return new CriteriaAnswer(catalog.Framework, u.Indicator, u.Level, answered, reply);
    }
}
