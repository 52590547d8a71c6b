using SpbeBot.Dialogs.Cli;
using SpbeBot.Host.Cli;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.CommandLine;

/// <summary>
/// What is typed on the command line and cannot be read — a value not of its kind, an unknown command or option, a
/// required one left out — refused for every command in one place (<see cref="CliInput"/>), in the machine's language,
/// never with System.CommandLine's English "Cannot parse argument … as expected type 'System.Int32'".
/// </summary>
public class CliInputTests
{
    static IReadOnlyList<string> Refusals(CommandLineTexts t, params string[] args) => CliInput.Refusals(CliRoot.Create(t).Parse(args), t);

    static readonly string[] LibraryPhrases =
    [
        "Cannot parse", "Unrecognized", "is required", "Required argument missing", "expects a single argument",
        "were provided", "Required command was not provided", "not recognized", "as expected type",
    ];

    static string Refused(CommandLineTexts t, params string[] args) => Refused(CliRoot.Create(t).Parse(args), t);

    static string Refused(System.CommandLine.ParseResult parse, CommandLineTexts t)
    {
        var refusals = CliInput.Refusals(parse, t);
        Assert.NotEmpty(refusals);
        var all = string.Join('\n', refusals);
        // System.CommandLine's own English, whatever it was that could not be read.
        foreach (var phrase in LibraryPhrases) Assert.DoesNotContain(phrase, all);
        return all;
    }

    [Theory]
    [InlineData("evidence", "check", "f.pdf", "--indicator", "sepuluh")]
    [InlineData("evidence", "add", "f.pdf", "--indicator", "11", "--level", "4", "--year", "duaribu")]
    [InlineData("plan", "list", "--year", "2026a")]
    [InlineData("invite", "create", "--role", "operator", "--days", "seminggu")]
    public void A_number_in_words_is_refused_with_the_option_named(params string[] args)
    {
        var option = args[^2];
        Assert.Contains($"\"{args[^1]}\" untuk {option} bukan bilangan", Refused(CommandLineTexts.Id, args));
        Assert.Contains($"\"{args[^1]}\" for {option} is not a number", Refused(CommandLineTexts.En, args));
    }

    [Fact]
    public void A_number_argument_is_refused_too()
    {
        Assert.Contains("\"sepuluh\" untuk <", Refused(CommandLineTexts.Id, "criteria", "show", "sepuluh"));
        Assert.Contains("\"satu\" untuk <id> bukan bilangan", Refused(CommandLineTexts.Id, "evidence", "approve", "satu"));
        Assert.Empty(Refusals(CommandLineTexts.Id, "criteria", "show", "32", "--level", "4"));
    }

    [Theory]
    [InlineData("07-12-2026")]   // read month first by the library: 12 July
    [InlineData("7/12/2026")]
    [InlineData("kemarin")]
    public void A_date_only_in_the_ISO_form(string date)
    {
        string[] args = ["evidence", "check", "f.pdf", "--indicator", "11", "--as-of", date];
        Assert.Contains("TTTT-BB-HH", Refused(CommandLineTexts.Id, args));
        Assert.Contains("YYYY-MM-DD", Refused(CommandLineTexts.En, args));
        Assert.Empty(Refusals(CommandLineTexts.Id, "evidence", "check", "f.pdf", "--indicator", "11", "--as-of", "2026-12-07"));
    }

    [Fact]
    public void A_kind_outside_the_list_is_refused_with_the_choices()
    {
        var refused = Refused(CommandLineTexts.Id, "instansi", "set", "--kind", "desa");
        Assert.Contains("Nilai \"desa\" tidak dikenal untuk --kind. Pilihan: provinsi, kabupaten, kota, instansipusat", refused);
        // A number is no name, though the enum would take it as one.
        Assert.Contains("\"7\"", Refused(CommandLineTexts.En, "instansi", "set", "--kind", "7"));
        Assert.Empty(Refusals(CommandLineTexts.Id, "instansi", "set", "--kind", "Kota"));
    }

    [Fact]
    public void An_empty_file_name_is_refused()
    {
        Assert.Contains("bukan nama berkas atau folder", Refused(CommandLineTexts.Id, "db", "backup", ""));
        Assert.Contains("is not a usable file or folder name", Refused(CommandLineTexts.En, "catalog", "template", "spbe-2024", "--out", " "));
        Assert.Empty(Refusals(CommandLineTexts.Id, "db", "backup", "cadangan.tar.gz"));
    }

    [Fact]
    public void An_unknown_command_is_answered_with_the_commands()
    {
        var refused = Refused(CommandLineTexts.Id, "evidnce", "list");
        Assert.Contains("Perintah \"evidnce\" tidak dikenal untuk ./spbebot. Perintah yang tersedia: ask, criteria, index", refused);
        // Every command a user can type is listed, in the tree's order, and nothing else.
        var commands = CliRoot.Create(CommandLineTexts.Id).Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToList();
        Assert.Contains("evidence", commands);
        Assert.Contains($"Perintah yang tersedia: {string.Join(", ", commands)}. Bantuan: ./spbebot --help", refused);
        Assert.Contains("The commands are: add, list, checklist", Refused(CommandLineTexts.En, "evidence", "lst"));
    }

    [Fact]
    public void An_unknown_option_is_answered_with_the_command_s_options()
    {
        var refused = Refused(CommandLineTexts.Id, "evidence", "check", "f.pdf", "--indicatr", "11");
        Assert.Contains("\"--indicatr\" tidak dikenal untuk ./spbebot evidence check. Opsi yang tersedia: ", refused);
        Assert.Contains("--as-of", refused);
        Assert.Contains("./spbebot evidence check --help", refused);
    }

    [Fact]
    public void A_required_option_left_out_is_named()
    {
        Assert.Contains("--indicator wajib diisi untuk ./spbebot evidence add", Refused(CommandLineTexts.Id, "evidence", "add", "f.pdf", "--level", "4"));
        Assert.Contains("needs <", Refused(CommandLineTexts.En, "db", "backup"));
    }

    [Fact]
    public void A_choice_refused_by_its_own_command_keeps_that_message()
    {
        Assert.Contains("Peran \"operatr\" tidak dikenal", Refused(CommandLineTexts.Id, "invite", "create", "--role", "operatr"));
    }

    [Fact]
    public void An_option_without_its_value_is_named()
    {
        Assert.Contains("--indicator tanpa nilai", Refused(CommandLineTexts.Id, "evidence", "check", "f.pdf", "--indicator"));
        Assert.Contains("--indicator has no value", Refused(CommandLineTexts.En, "evidence", "check", "f.pdf", "--indicator"));
        Assert.Contains("--level tanpa nilai", Refused(CommandLineTexts.Id, "evidence", "add", "f.pdf", "--indicator", "11", "--level"));
        Assert.Empty(Refusals(CommandLineTexts.Id, "evidence", "check", "f.pdf", "--indicator", "10"));
    }

    [Fact]
    public void An_option_given_twice_is_named_with_its_values()
    {
        var refused = Refused(CommandLineTexts.Id, "evidence", "check", "f.pdf", "--indicator", "10", "--indicator", "11");
        Assert.Contains("--indicator diberikan lebih dari sekali", refused);
        Assert.Contains("\"10\", \"11\"", refused);
        Assert.Contains("given more than once", Refused(CommandLineTexts.En, "plan", "list", "--year", "2026", "--year", "2027"));
        // A list option or argument takes several.
        Assert.Empty(Refusals(CommandLineTexts.Id, "evidence", "add", "a.pdf", "b.pdf", "--indicator", "11", "--level", "4"));
    }

    [Fact]
    public void What_the_library_alone_reads_gets_one_text_naming_the_option_never_its_English()
    {
        // No option of spbebot's is a fraction: a command of the test's own shows what any check CliInput lacks gets.
        var root = new System.CommandLine.RootCommand { new System.CommandLine.Option<double>("--ratio") };
        var refused = Refused(root.Parse(["--ratio", "separuh"]), CommandLineTexts.Id);
        Assert.Contains("--ratio", refused);
        Assert.Contains("./spbebot --help", refused);
        Assert.Contains("--ratio", Refused(root.Parse(["--ratio", "separuh"]), CommandLineTexts.En));
    }

    [Theory]
    [InlineData("9")]
    [InlineData("6")]
    [InlineData("0")]
    [InlineData("-2")]
    public void A_level_outside_1_to_5_is_refused(string level)
    {
        Assert.Contains($"Indikator 11 level {level} tidak ada", Refused(CommandLineTexts.Id, "evidence", "check", "f.pdf", "--indicator", "11", "--level", level));
        Assert.Contains($"Indicator 11 has no level {level}", Refused(CommandLineTexts.En, "evidence", "add", "f.pdf", "--indicator", "11", "--level", level));
        Assert.Contains($"Level {level} tidak ada", Refused(CommandLineTexts.Id, "criteria", "show", "32", "--level", level));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("5")]
    public void A_level_of_1_to_5_is_read(string level)
    {
        Assert.Empty(Refusals(CommandLineTexts.Id, "evidence", "check", "f.pdf", "--indicator", "11", "--level", level));
        Assert.Empty(Refusals(CommandLineTexts.Id, "criteria", "show", "32", "--level", level));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("99999")]
    [InlineData("2017")]
    [InlineData("2101")]
    public void An_implausible_year_is_refused(string year)
    {
        Assert.Contains("antara 2018 dan 2100", Refused(CommandLineTexts.Id, "evidence", "check", "f.pdf", "--indicator", "11", "--year", year));
        Assert.Contains("between 2018 and 2100", Refused(CommandLineTexts.En, "plan", "import", "m.xlsx", "--year", year));
        Assert.Contains("antara 2018 dan 2100", Refused(CommandLineTexts.Id, "instansi", "set", "--year", year));
    }

    [Theory]
    [InlineData("2018")]
    [InlineData("2019")]
    [InlineData("2100")]
    public void A_plausible_year_is_read(string year) =>
        Assert.Empty(Refusals(CommandLineTexts.Id, "evidence", "check", "f.pdf", "--indicator", "11", "--year", year));

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("2017-12-31")]
    [InlineData("9999-12-31")]
    public void An_implausible_date_is_refused(string date)
    {
        Assert.Contains("antara 2018 dan 2100", Refused(CommandLineTexts.Id, "evidence", "check", "f.pdf", "--indicator", "11", "--as-of", date));
        Assert.Contains("between 2018 and 2100", Refused(CommandLineTexts.En, "evidence", "check", "f.pdf", "--indicator", "11", "--as-of", date));
        Assert.Empty(Refusals(CommandLineTexts.Id, "evidence", "check", "f.pdf", "--indicator", "11", "--as-of", "2018-01-01"));
    }

    [Fact]
    public void A_number_s_example_is_the_option_s()
    {
        var level = Refused(CommandLineTexts.Id, "evidence", "check", "f.pdf", "--indicator", "11", "--level", "empat");
        Assert.Contains("misalnya 4", level);
        Assert.DoesNotContain("10", level);
        var year = Refused(CommandLineTexts.En, "plan", "list", "--year", "duaribu");
        Assert.Contains("e.g. 2026", year);
        Assert.DoesNotContain("10", year);
        Assert.Contains("misalnya 10", Refused(CommandLineTexts.Id, "evidence", "check", "f.pdf", "--indicator", "sepuluh"));
        Assert.DoesNotContain("misalnya", Refused(CommandLineTexts.Id, "invite", "create", "--role", "operator", "--days", "seminggu"));
    }

    [Theory]
    [InlineData("--foo")]
    [InlineData("evidence", "--foo")]
    public void An_unknown_option_before_a_command_is_called_an_option(params string[] args)
    {
        var path = string.Join(' ', ["./spbebot", .. args[..^1]]);
        var refused = Refused(CommandLineTexts.Id, args);
        Assert.Contains($"Opsi \"--foo\" tidak dikenal untuk {path}", refused);
        Assert.DoesNotContain("Perintah \"--foo\"", refused);
        Assert.Contains($"Unknown option \"--foo\" for {path}", Refused(CommandLineTexts.En, args));
    }

    [Theory]
    [InlineData("ask", "apa yang dibutuhkan untuk level 4 indikator 32?")]
    [InlineData("evidence", "add", "a.pdf", "b.docx", "--indicator", "11", "--level", "4", "--item", "2", "--opd", "Bappeda")]
    [InlineData("plan", "import", "monev.xlsx", "--framework", "spbe-2018", "--year", "2019", "--dry-run")]
    [InlineData("instansi", "set", "--name", "Pemerintah Kabupaten X", "--kind", "kabupaten", "--time-zone", "WITA")]
    [InlineData("evidence", "check", "--verify")]
    [InlineData("--help")]
    [InlineData("db", "restore", "--help")]   // its file left out: the help says what it takes
    [InlineData("evidence", "check", "--indicator", "sepuluh", "--help")]
    public void What_the_README_types_is_read(params string[] args) => Assert.Empty(Refusals(CommandLineTexts.Id, args));
}

/// <summary>The same refusal through spbebot's entry point: nothing runs, exit code 2, the message on stderr.</summary>
[Trait("Kind", "Slow")]
public class CliInputEntryTests
{
    [Fact]
    public void A_number_in_words_stops_the_command_with_the_message()
    {
        var r = Cli.Run(["criteria", "show", "sepuluh"]);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("\"sepuluh\"", r.Err);
        Assert.Contains("bukan bilangan", r.Err);
        Assert.DoesNotContain("Cannot parse", r.Err + r.Out);
        Assert.Equal("", r.Out);
    }

    [Fact]
    public void A_level_outside_1_to_5_stops_the_pre_check()
    {
        // Refused before anything is read: the file is not even looked for.
        var r = Cli.Run(["evidence", "check", "f.pdf", "--indicator", "11", "--level", "9"]);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("Indikator 11 level 9 tidak ada", r.Err);
        Assert.Equal("", r.Out);
    }
}
