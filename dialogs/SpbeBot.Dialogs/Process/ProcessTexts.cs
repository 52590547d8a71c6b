using SpbeBot.Dialogs.Common;

namespace SpbeBot.Dialogs.Process;

/// <summary>
/// The words around a quoted regulation passage (answers to questions about the evaluation process), Bahasa Indonesia
/// first, English second. The passage itself is always quoted as written (Indonesian).
/// </summary>
public sealed class ProcessTexts : BilingualTexts
{
    public static readonly ProcessTexts Id = new(english: false);
    public static readonly ProcessTexts En = new(english: true);

    public static ProcessTexts For(bool english) => english ? En : Id;

    ProcessTexts(bool english) : base(english)
    {
    }

    public string According(string regulation, string section) => S(
        $"Menurut {regulation}, {section}:",
        $"According to {regulation}, {section} (quoted in the original Indonesian):");

    public string Section(string regulation, string section) => S(
        $"{regulation}, {section}:",
        $"{regulation}, {section} (in the original Indonesian):");

    public string SameRule(string regulation, string section) => S(
        $"Ketentuan yang sama juga dinyatakan dalam {regulation}, {section}:",
        $"The same rule is also stated in {regulation}, {section} (in the original Indonesian):");

    public string Source => S("Sumber", "Source");

    public string Related => S("Bagian terkait lainnya dapat Bapak/Ibu buka dengan tombol di bawah.",
        "Related sections can be opened with the buttons below.");

    public string NotFound => S(
        "Mohon maaf, saya belum menemukan jawaban yang pasti untuk pertanyaan itu di Pedoman Menteri PANRB 3/2024 maupun PermenPANRB 59/2020, " +
        "jadi saya tidak mengutip apa pun agar tidak keliru.",
        "Sorry, I could not find a definite answer to that in Pedoman Menteri PANRB 3/2024 or PermenPANRB 59/2020, " +
        "so I am not quoting anything rather than quote the wrong part.");

    public string Nearest => S("Bagian yang paling dekat dengan pertanyaan Bapak/Ibu (pilih untuk membacanya):",
        "The sections closest to your question (choose one to read it):");

    public string UnknownSection => S("Mohon maaf, bagian peraturan itu tidak saya temukan. Silakan ajukan pertanyaannya lagi.",
        "Sorry, I cannot find that section of the regulations. Please ask your question again.");
}
