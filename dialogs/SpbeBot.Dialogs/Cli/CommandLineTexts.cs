using SpbeBot.Dialogs.Common;

namespace SpbeBot.Dialogs.Cli;

/// <summary>
/// What every `spbebot` command shares: the root command's `--help`, the `--framework` option, the refusal of a
/// value outside an option's list, of a value not of its option's kind and of an unknown command or option (instead of
/// System.CommandLine's own English messages), the arguments' names in `--help`
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

    // What is typed that the command line cannot read (CliInput), instead of System.CommandLine's English "Cannot parse
    // argument … as expected type 'System.Int32'" or "Unrecognized command or argument". `symbol` is an option's name
    // ("--indicator") or an argument's ("<berkas>").

    /// <summary>A number typed in words or with other characters; the example is the option's own, none for the others.</summary>
    public string NotANumber(string value, string symbol) => NumberExample(symbol) is { } example
        ? S($"Nilai \"{value}\" untuk {symbol} bukan bilangan: tulis dengan angka, misalnya {example}.",
            $"The value \"{value}\" for {symbol} is not a number: write it in digits, e.g. {example}.")
        : S($"Nilai \"{value}\" untuk {symbol} bukan bilangan: tulis dengan angka.",
            $"The value \"{value}\" for {symbol} is not a number: write it in digits.");

    static string? NumberExample(string symbol) => symbol switch
    {
        "--indicator" or "<indikator>" or "<indicator>" => "10",
        "--level" => "4",
        "--year" => "2026",
        _ => null,
    };

    /// <summary>
    /// A level outside 1–5, in `evidence add`'s words (<see cref="EvidenceCommandTexts.NoSuchLevel"/>) when the command
    /// names its indicator with `--indicator`.
    /// </summary>
    public string NoSuchLevel(string value, string symbol, int? indicator) => indicator is int i
        ? S($"Indikator {i} level {value} tidak ada: {symbol} 1–5.", $"Indicator {i} has no level {value}: {symbol} 1–5.")
        : S($"Level {value} tidak ada: {symbol} 1–5.", $"There is no level {value}: {symbol} 1–5.");

    /// <summary>A year outside <paramref name="first"/>–<paramref name="last"/>, in `instansi set`'s words.</summary>
    public string YearOutOfRange(string value, string symbol, int first, int last) => S(
        $"{symbol} {value}: tahun evaluasi harus antara {first} dan {last}.",
        $"{symbol} {value}: the evaluation year must be between {first} and {last}.");

    /// <summary>A date whose year is outside <paramref name="first"/>–<paramref name="last"/>.</summary>
    public string DateOutOfRange(string value, string symbol, int first, int last) => S(
        $"Tanggal \"{value}\" untuk {symbol} di luar jangkauan: tahunnya harus antara {first} dan {last}.",
        $"The date \"{value}\" for {symbol} is out of range: its year must be between {first} and {last}.");

    /// <summary>An option typed without its value (last, or another option right after it).</summary>
    public string NoValue(string symbol, string command) => S(
        $"{symbol} tanpa nilai: tulis nilainya sesudah {symbol}. Bantuan: {command} --help",
        $"{symbol} has no value: write it after {symbol}. Help: {command} --help");

    /// <summary>An option that takes one value typed more than once (<paramref name="values"/>: each value given).</summary>
    public string GivenTwice(string symbol, IEnumerable<string> values, string command) => S(
        $"{symbol} diberikan lebih dari sekali ({string.Join(", ", values.Select(v => $"\"{v}\""))}): tulis sekali saja. Bantuan: {command} --help",
        $"{symbol} is given more than once ({string.Join(", ", values.Select(v => $"\"{v}\""))}): write it once. Help: {command} --help");

    /// <summary>Whatever else the command line cannot read, instead of System.CommandLine's English.</summary>
    public string Unreadable(string symbol, string command) => S(
        $"Isian untuk {symbol} tidak dapat dibaca. Bantuan: {command} --help",
        $"What is typed for {symbol} cannot be read. Help: {command} --help");

    /// <summary>A date in any form but the ISO one ("07-12-2026" would be read month first).</summary>
    public string NotADate(string value, string symbol) => S(
        $"Tanggal \"{value}\" untuk {symbol} tidak dapat dibaca: tulis sebagai TTTT-BB-HH, misalnya 2026-12-07.",
        $"The date \"{value}\" for {symbol} cannot be read: write it as YYYY-MM-DD, e.g. 2026-12-07.");

    /// <summary>What <see cref="NotAChoice"/> calls a value of a fixed list that has no word of its own.</summary>
    public string Value => S("Nilai", "Value");

    /// <summary>An empty or impossible file or folder name.</summary>
    public string NotAPath(string value, string symbol) => S(
        $"\"{value}\" untuk {symbol} bukan nama berkas atau folder yang dapat dipakai.",
        $"\"{value}\" for {symbol} is not a usable file or folder name.");

    /// <summary>A word no command of <paramref name="command"/> ("./spbebot evidence") is called.</summary>
    public string UnknownCommand(string word, string command, IEnumerable<string> commands) => S(
        $"Perintah \"{word}\" tidak dikenal untuk {command}. Perintah yang tersedia: {string.Join(", ", commands)}. Bantuan: {command} --help",
        $"Unknown command \"{word}\" for {command}. The commands are: {string.Join(", ", commands)}. Help: {command} --help");

    /// <summary>An option <paramref name="command"/>, which has commands below it, does not take.</summary>
    public string UnknownOptionOfCommands(string word, string command, IEnumerable<string> commands) => S(
        $"Opsi \"{word}\" tidak dikenal untuk {command}. Perintah yang tersedia: {string.Join(", ", commands)}. Bantuan: {command} --help",
        $"Unknown option \"{word}\" for {command}. The commands are: {string.Join(", ", commands)}. Help: {command} --help");

    /// <summary>An option (or a word more) that <paramref name="command"/>, which has no commands below it, does not take.</summary>
    public string UnknownOption(string word, string command, IEnumerable<string> options) => S(
        $"\"{word}\" tidak dikenal untuk {command}. Opsi yang tersedia: {string.Join(", ", options)}. Bantuan: {command} --help",
        $"{command} does not take \"{word}\". Its options are: {string.Join(", ", options)}. Help: {command} --help");

    /// <summary>A required option or argument left out.</summary>
    public string Missing(string symbol, string command) => S(
        $"{symbol} wajib diisi untuk {command}. Bantuan: {command} --help",
        $"{command} needs {symbol}. Help: {command} --help");

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
