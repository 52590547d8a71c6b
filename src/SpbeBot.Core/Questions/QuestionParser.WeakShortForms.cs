namespace SpbeBot.Core.Questions;

public sealed partial class QuestionParser
{
    /// <summary>
    /// "bukti km lvl 3 apa", "bukti dukung TKS lvl 2": a short form that is also a chat word ("km" = kami/kamu, "tks" =
    /// thanks; Lexicon "weakShortForms") stands for the indicator's name — manajemen pengetahuan, Tim Koordinasi SPBE —
    /// only when nothing else in the question names an indicator and it asks a criteria question (the caller's test:
    /// a level, evidence or a requirement named; "km bisa bantu apa?" is "kamu"). The tokens with the first such form spelled out, or
    /// null when there is none.
    /// </summary>
    List<string>? SpelledWeakShortForm(List<string> tokens)
    {
        var forms = _topics.Lexicon.WeakShortForms;
        var at = tokens.FindIndex(forms.ContainsKey);
        if (at < 0) return null;
        return [.. tokens.Take(at), .. forms[tokens[at]], .. tokens.Skip(at + 1)];
    }
}
