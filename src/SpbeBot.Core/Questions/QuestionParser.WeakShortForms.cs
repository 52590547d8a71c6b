namespace SpbeBot.Core.Questions;

public sealed partial class QuestionParser
{
    /// <summary>
    /// "bukti km lvl 3 apa", "bukti dukung TKS lvl 2": a short form that is also a chat word ("km" = kami/kamu, "tks" =
    /// thanks; Lexicon "weakShortForms") stands for the indicator's name — manajemen pengetahuan, Tim Koordinasi SPBE —
    /// only when nothing else in the question names an indicator and it asks a criteria question (the caller's test:
    /// a level, evidence or a requirement named, or which indicator asked; "km bisa bantu apa?" is "kamu"). The tokens with the first such form spelled out, or
    /// null when there is none.
    /// </summary>
    /// <summary>
    /// "KM SPBE itu ind brp", "KM portal counts for which indicator?", "km spbe masuk mana": which indicator is asked — an
    /// indicator word with a word asking which, or "masuk/termasuk mana" — a criteria question too.
    /// </summary>
    static bool AsksWhichIndicator(List<string> tokens) =>
        tokens.Any(t => t is "ind" or "indikator" or "indicator") && tokens.Any(t => t is "brp" or "berapa" or "mana" or "manakah" or "which" or "apa")
        || Enumerable.Range(0, Math.Max(0, tokens.Count - 1)).Any(i => tokens[i] is "masuk" or "termasuk" or "msk" && tokens[i + 1] is "mana" or "manakah");

    List<string>? SpelledWeakShortForm(List<string> tokens)
    {
        var forms = _topics.Lexicon.WeakShortForms;
        var at = tokens.FindIndex(forms.ContainsKey);
        if (at < 0) return null;
        return [.. tokens.Take(at), .. forms[tokens[at]], .. tokens.Skip(at + 1)];
    }
}
