using System.CommandLine;
using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions;
using SpbeBot.Core.Scoring;
using SpbeBot.Dialogs.Criteria;

namespace SpbeBot.Host.Cli;

/// <summary><c>spbebot index &lt;levels.csv|.xlsx&gt;</c>: aspect, domain and SPBE index with predikat from "indicator, level" rows.</summary>
static class IndexCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("berkas") { Description = "CSV/XLSX berisi baris \"indikator, level\" / rows of indicator, level" };
        var framework = FrameworkOption.Create();
        var command = new Command("index", "Menghitung indeks SPBE dan predikat / compute the SPBE index") { file, framework };
        command.SetAction(parse =>
        {
            var catalog = CatalogStore.Get(parse.GetValue(framework)!);
            var read = LevelsFile.Read(parse.GetValue(file)!);
            foreach (var problem in read.Problems) Console.Error.WriteLine(problem);
            if (read.Problems.Count > 0) return 2;

            var unknown = read.Levels.Keys.Where(k => catalog.FindIndicator(k) is null).ToList();
            if (unknown.Count > 0)
            {
                Console.Error.WriteLine($"Indikator tidak dikenal di {catalog.Framework} / unknown indicators: {string.Join(", ", unknown)}");
                return 2;
            }
            var missing = catalog.Indicators.Where(i => !read.Levels.ContainsKey(i.Number)).Select(i => i.Number).ToList();
            if (missing.Count > 0)
            {
                Console.Error.WriteLine($"Level belum diisi untuk indikator / missing levels for indicators: {string.Join(", ", missing)}");
                return 2;
            }
            if (catalog.Indicators.Any(i => i.Weight is null))
            {
                Console.Error.WriteLine(CriteriaTexts.Id.WeightNotInCatalog + " / " + CriteriaTexts.En.WeightNotInCatalog);
                return 2;
            }
            var understanding = new Understanding { Framework = catalog.Framework, Kind = QuestionKind.Index, Levels = read.Levels };
            Console.WriteLine(CriteriaAnswerer.Answer(catalog, understanding, CriteriaTexts.Id).FullText);
            return 0;
        });
        return command;
    }
}
