using System.CommandLine;
using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions;
using SpbeBot.Dialogs.Criteria;

namespace SpbeBot.Host.Cli;

/// <summary><c>spbebot criteria show &lt;indicator&gt; [--level N]</c>: the catalog's texts for one indicator.</summary>
static class CriteriaCommand
{
    public static Command Create()
    {
        var indicator = new Argument<int>("indikator") { Description = "Nomor indikator" };
        var level = new Option<int?>("--level", "-l") { Description = "Level 1–5 (bawaan: ringkasan semua level)" };
        var framework = FrameworkOption.Create();
        var show = new Command("show", "Menampilkan kriteria satu indikator") { indicator, level, framework };
        show.SetAction(async (parse, ct) =>
        {
            await Database.CliDatabase.UseImportedCatalogsIfAnyAsync(parse.InvocationConfiguration.Error, ct);
            var catalog = CatalogStore.Get(parse.GetValue(framework)!);
            var number = parse.GetValue(indicator);
            var lv = parse.GetValue(level);
            if (catalog.FindIndicator(number) is null)
            {
                Console.Error.WriteLine(CriteriaTexts.Id.UnknownIndicator(number).Replace("1–47", $"1–{catalog.Indicators.Count}"));
                return 2;
            }
            if (lv is < 1 or > 5)
            {
                Console.Error.WriteLine(CriteriaTexts.Id.LevelOutOfRange(lv.Value));
                return 2;
            }
            var understanding = new Understanding
            {
                Framework = catalog.Framework, Indicator = number, Level = lv,
                Kind = lv is null ? QuestionKind.About : QuestionKind.Level,
            };
            var answer = CriteriaAnswerer.Answer(catalog, understanding, CriteriaTexts.Id);
            Console.WriteLine(answer.FullText);
            return 0;
        });
        return new Command("criteria", "Kriteria dari katalog") { show };
    }
}
