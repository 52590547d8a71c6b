using SpbeBot.Dialogs.Common;

namespace SpbeBot.Dialogs.Cli;

/// <summary>
/// What every `spbebot` command shares: the root command's `--help`, the `--framework` option, and the refusal of a
/// value outside an option's list (instead of System.CommandLine's own English message), the arguments' names in `--help`
/// (`&lt;berkas&gt;`, `&lt;file&gt;`) and the help and version options' descriptions. In the machine's language.
/// </summary>
public sealed class CommandLineTexts : BilingualTexts
{
    public static readonly CommandLineTexts Id = new(english: false);
    public static readonly CommandLineTexts En = new(english: true);

    /// <summary>The machine's (<see cref="MachineLocale"/>).</summary>
    public static CommandLineTexts Machine => MachineLocale.English ? En : Id;

    CommandLineTexts(bool english) : base(english)
    {
    }

    /// <summary>`spbebot --help`: what the program is.</summary>
    public string Root => S("SpbeBot — asisten evaluasi SPBE untuk Pemda", "SpbeBot — an SPBE evaluation assistant for local governments (Pemda)");

    /// <summary>`--framework`'s help.</summary>
    public string Framework(IEnumerable<string> available) => S(
        $"Edisi kerangka penilaian ({string.Join(", ", available)})", $"Assessment framework edition ({string.Join(", ", available)})");

    /// <summary>`--framework` with a framework no catalog has.</summary>
    public string UnknownFramework(string framework, IEnumerable<string> available) => S(
        $"Kerangka '{framework}' tidak dikenal. Pilihan: {string.Join(", ", available)}.",
        $"Unknown framework '{framework}'. Choices: {string.Join(", ", available)}.");

    /// <summary>An option's value outside its list; <paramref name="what"/> names the value ("Peran", "Role").</summary>
    public string NotAChoice(string what, string value, string option, IEnumerable<string> choices) => S(
        $"{what} \"{value}\" tidak dikenal untuk {option}. Pilihan: {string.Join(", ", choices)}.",
        $"{what} \"{value}\" is not valid for {option}. Choices: {string.Join(", ", choices)}.");

    /// <summary>
    /// `--help` of every command: the help and version options' own lines (System.CommandLine's defaults are English).
    /// Its headings ("Usage:", "Options:", "Arguments:") stay English: the library takes them from its own resources,
    /// which have no Indonesian and cannot be given one (docs/benchmarks.md, wip-25cl).
    /// </summary>
    public string HelpOption => S("Tampilkan bantuan dan cara pakai", "Show help and usage information");

    public string VersionOption => S("Tampilkan versi", "Show version information");

    // An argument's name, shown only in `--help` ("Usage: spbebot db backup <berkas>"): the language's word, as the
    // option names' are English. System.CommandLine's usage line shows the name, not a HelpName.
    public string FileArgument => S("berkas", "file");
    public string FilesArgument => S("berkas", "files");
    public string IndicatorArgument => S("indikator", "indicator");
    public string FrameworkArgument => S("kerangka", "framework");
    public string FrameworksArgument => S("kerangka", "frameworks");
    public string NameArgument => S("nama", "name");
    public string QuestionArgument => S("pertanyaan", "question");
    public string OutputArgument => S("keluaran", "output");
    public string InstrumentArgument => S("instrumen", "instrument");
}
