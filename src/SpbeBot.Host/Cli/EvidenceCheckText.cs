using SpbeBot.Core.Criteria;
using SpbeBot.Core.Evidence.Checking;
using SpbeBot.Dialogs.Cli;

namespace SpbeBot.Host.Cli;

/// <summary>The pre-check of one document as the CLI prints it, in the machine's language (<see cref="EvidenceCheckTexts"/>).</summary>
static class EvidenceCheckText
{
    public static void Write(EvidenceCheck c, string fileName, CriteriaCatalog catalog, TextWriter o, EvidenceCheckTexts t)
    {
        o.WriteLine(t.Document(fileName, c.Pages, c.Ocr));
        o.WriteLine(t.Facts(c.Document));
        o.WriteLine(t.Indicator(c.Indicator, c.Framework, catalog.FindIndicator(c.Indicator)?.Name ?? ""));
        o.WriteLine(t.Level(c));
        if (c.Flags.Count > 0) o.WriteLine(t.Flags(c));
        if (c.Found.Count > 0)
        {
            o.WriteLine(t.FoundHeading);
            foreach (var f in c.Found) o.WriteLine(t.Found(f));
        }
        if (c.Missing.Count > 0)
        {
            o.WriteLine(t.MissingHeading);
            foreach (var m in c.Missing) o.WriteLine(t.Missing(m));
        }
        if (t.Precheck.NoteText(c) is { } note) o.WriteLine(t.Note(note));
        o.WriteLine(t.AdviceOnly);
    }
}
