using System.CommandLine;
using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions;
using SpbeBot.Dialogs.Common;
using SpbeBot.Dialogs.Criteria;
using SpbeBot.Dialogs.Cli;

namespace SpbeBot.Host.Cli;

/// <summary><c>spbebot criteria show &lt;indicator&gt; [--level N]</c>: the catalog's texts for one indicator.</summary>
static class CriteriaCommand
{
    public static Command Create()
    {
        var texts = CriteriaCommandTexts.Machine;
        var indicator = new Argument<int>(CommandLineTexts.Machine.IndicatorArgument) { Description = texts.Indicator };
        var level = new Option<int?>("--level", "-l") { Description = texts.Level };
        var framework = FrameworkOption.Create();
        var show = new Command("show", texts.Show) { indicator, level, framework };
        show.SetAction(async (parse, ct) =>
        {
            await Database.CliDatabase.UseImportedCatalogsIfAnyAsync(parse.InvocationConfiguration.Error, ct);
            var catalog = CatalogStore.Get(parse.GetValue(framework)!);
            var criteria = MachineLocale.English ? CriteriaTexts.En : CriteriaTexts.Id;
            var number = parse.GetValue(indicator);
            var lv = parse.GetValue(level);
            if (catalog.FindIndicator(number) is null)
            {
                Console.Error.WriteLine(criteria.UnknownIndicator(number).Replace("1–47", $"1–{catalog.Indicators.Count}"));
                return 2;
            }
            if (lv is < 1 or > 5)
            {
                Console.Error.WriteLine(criteria.LevelOutOfRange(lv.Value));
                return 2;
            }
            var understanding = new Understanding
            {
                Framework = catalog.Framework, Indicator = number, Level = lv,
                Kind = lv is null ? QuestionKind.About : QuestionKind.Level,
            };
            var answer = CriteriaAnswerer.Answer(catalog, understanding, criteria);
            Console.WriteLine(answer.FullText);
            return 0;
        });
        return new Command("criteria", texts.Criteria) { show };
    }
}
