using SpbeBot.Dialogs.Common;

namespace SpbeBot.Dialogs.Cli;

/// <summary>
/// `spbebot ask`'s `--help`, in the machine's language (<see cref="MachineLocale"/>). The answer's language is the
/// question's or --lang's, not this.
/// </summary>
public sealed class AskCommandTexts : BilingualTexts
{
    public static readonly AskCommandTexts Id = new(english: false);
    public static readonly AskCommandTexts En = new(english: true);

    /// <summary>The machine's (<see cref="MachineLocale"/>).</summary>
    public static AskCommandTexts Machine => MachineLocale.English ? En : Id;

    AskCommandTexts(bool english) : base(english)
    {
    }

    public string Command => S("Menjawab pertanyaan kriteria SPBE", "Answers a question about the SPBE criteria");
    public string Question => S("Pertanyaan, mis. \"apa yang dibutuhkan untuk level 4 indikator 32?\"", "The question, e.g. \"what is needed for level 4 of indicator 32?\"");
    public string Json => S("Keluaran JSON {framework, indicator, level, answered, kind, section, regulation, quote, text}",
        "JSON output {framework, indicator, level, answered, kind, section, regulation, quote, text}");
    public string Lang => S("Bahasa jawaban id|en (bawaan: mengikuti pertanyaan)", "Language of the answer id|en (default: the question's)");

    /// <summary>What a --lang value is called in the refusal of an unknown one.</summary>
    public string LangValue => S("Bahasa", "Language");
}
