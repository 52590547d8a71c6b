using System.CommandLine;
using System.Text.Json;
using SpbeBot.Core.Questions;
using SpbeBot.Dialogs.Common;
using SpbeBot.Dialogs.Conversation;
using SpbeBot.Dialogs.Criteria;
using SpbeBot.Dialogs.Cli;

namespace SpbeBot.Host.Cli;

/// <summary><c>spbebot ask "&lt;question&gt;" [--json]</c>; without a question: one question per stdin line, one JSON object per line.</summary>
static class AskCommand
{
    public static Command Create()
    {
        var texts = AskCommandTexts.Machine;
        var question = new Argument<string?>(CommandLineTexts.Machine.QuestionArgument) { Description = texts.Question, Arity = ArgumentArity.ZeroOrOne };
        var json = new Option<bool>("--json") { Description = texts.Json };
        var lang = new Option<string?>("--lang") { Description = texts.Lang };
        CliChoices.AcceptOnly(lang, ["id", "en"], texts.LangValue);
        var framework = FrameworkOption.Create();
        var command = new Command("ask", texts.Command) { question, json, lang, framework };
        command.SetAction(async (parse, ct) =>
        {
            var kind = await Database.CliDatabase.UseImportedCatalogsIfAnyAsync(parse.InvocationConfiguration.Error, ct);
            var language = parse.GetValue(lang) switch { "en" => Language.En, "id" => Language.Id, _ => (Language?)null };
            var fw = parse.GetValue(framework)!;
            if (parse.GetValue(question) is { } q)
            {
                // Small talk and the asker's own data: the CLI has no person, so it says which command shows it.
                if (ChatIntents.Read(q, kind: kind) is { Intent: not ChatIntent.None } intent)
                {
                    Console.WriteLine(parse.GetValue(json) ? IntentJson(intent, fw) : SmallTalk.ForCli(intent, fw));
                    return 0;
                }
                var answer = CriteriaAnswerer.Answer(q, fw, language);
                if (parse.GetValue(json))
                {
                    Console.WriteLine(ToJson(answer));
                    return 0;
                }
                var terminal = answer.English ? TerminalTexts.En : TerminalTexts.Id;
                Console.WriteLine(ChatRendering.Render(answer.Reply, terminal, fw == Core.Criteria.CatalogStore.DefaultFramework ? null : fw));
                // The answer carries a one-line summary of a long catalog note; the CLI says where the whole note is.
                if (Core.Criteria.CatalogStore.Get(fw).IncompleteNote is { } note && !CriteriaTexts.IsShortCatalogNote(note)
                    && (answer.Reply.Text.Contains(CriteriaTexts.Id.IncompleteCatalogShort, StringComparison.Ordinal)
                        || answer.Reply.Text.Contains(CriteriaTexts.En.IncompleteCatalogShort, StringComparison.Ordinal)))
                    Console.WriteLine("\n" + terminal.WholeCatalogNote);
                return 0;
            }
            // Batch mode: every line is a question; always JSON lines so scripts can consume it.
            string? line;
            while ((line = Console.In.ReadLine()) is not null)
                Console.WriteLine(ChatIntents.Read(line, kind: kind) is { Intent: not ChatIntent.None } intent
                    ? IntentJson(intent, fw)
                    : ToJson(CriteriaAnswerer.Answer(line, fw, language)));
            return 0;
        });
        return command;
    }

    static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    static string IntentJson(ChatIntentResult intent, string framework) => JsonSerializer.Serialize(new
    {
        framework,
        indicator = intent.Indicator,
        level = intent.Level,
        answered = true,
        text = SmallTalk.ForCli(intent, framework),
        intent = intent.Label,
    }, JsonOptions);

    static string ToJson(CriteriaAnswer a) => JsonSerializer.Serialize(new
    {
        framework = a.Framework,
        indicator = a.Indicator,
        level = a.Level,
        answered = a.Answered,
        kind = a.Process?.Kind ?? "criteria",
        section = a.Process?.Section,
        regulation = a.Process?.Regulation,
        quote = a.Process?.Quote,
        quoted = a.Process?.Quoted.Select(p => new { id = p.Id, section = p.Section, regulation = p.Regulation, quote = p.Text }),
        text = a.FullText,
    }, JsonOptions);
}
