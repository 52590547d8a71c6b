using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Dialogs.Cli;

/// <summary>
/// Each command run under an English locale (LANG=en_GB.UTF-8) prints English only: its `--help` descriptions and its
/// own messages come from its texts class in the machine's language, never Indonesian and never both. Without a
/// database: help, refused values and messages that come before one is opened.
/// </summary>
[Trait("Kind", "Slow")]
public class CommandsInEnglishTests
{
    static readonly Dictionary<string, string?> EnglishLocale = new() { ["LC_ALL"] = "", ["LC_MESSAGES"] = "", ["LANG"] = "en_GB.UTF-8" };

    static readonly Dictionary<string, string?> IndonesianLocale = new() { ["LC_ALL"] = "", ["LC_MESSAGES"] = "", ["LANG"] = "id_ID.UTF-8" };

    /// <summary>What the command prints, argument names in `--help` (&lt;file&gt;) included.</summary>
    static string Run(params string[] args) => Run(EnglishLocale, args);

    static string Run(Dictionary<string, string?> locale, params string[] args)
    {
        var r = Infrastructure.Cli.Run(args, environment: locale);
        return r.Out + r.Err;
    }

    static void English(string output, string expected, string[] indonesian)
    {
        Assert.Contains(expected, output);
        OneLanguage.AssertNone(output, indonesian);
    }

    /// <summary>The root's help: its description and the lines of this branch's commands (wip-24ce does the others).</summary>
    [Fact]
    public void Root_help()
    {
        string[] commands = ["ask", "criteria", "index", "catalog", "serve", "chat", "db", "instansi", "opd", "invite", "digest"];
        var lines = Run("--help").Split('\n').Where(l => l.StartsWith("  SpbeBot", StringComparison.Ordinal) || commands.Contains(l.Trim().Split(' ')[0]));
        var help = string.Join('\n', lines);
        English(help, "SpbeBot — an SPBE evaluation assistant", CommandLineTextsTests.Indonesian);
        Assert.Equal(commands.Length + 1, lines.Count());
        Assert.Contains("Invitations to join", help);
    }

    [Fact]
    public void Catalog()
    {
        English(Run("catalog", "validate", "/nonexistent/catalog.json"), "Sorry, the file /nonexistent/catalog.json was not found.", CatalogCommandTextsTests.Indonesian);
        English(Run("catalog", "build-elements", "--help"), "Builds the criterion elements", CatalogCommandTextsTests.Indonesian);
    }

    /// <summary>
    /// A regulation text the builder cannot read and a catalog's problems, in the machine's language: before, the first
    /// glued Indonesian and English ("… / …"), the second was English under every locale.
    /// </summary>
    [Fact]
    public void Catalog_build_and_validate_problems_in_the_machines_language()
    {
        var folder = Directory.CreateTempSubdirectory("spbebot-catalog-lang-").FullName;
        try
        {
            var pedoman = Path.Combine(folder, "pedoman.txt");
            File.WriteAllText(pedoman, "BAB I\nPENDAHULUAN\n");
            string[] build = ["catalog", "build-pedoman", pedoman, "--permen", SpbeBot.Tests.Criteria.PedomanReference.PermenPath];
            English(Run(build), "Sorry, the regulation texts could not be read. BAB II and BAB III headings not found in the Pedoman text.",
                CatalogCommandTextsTests.Indonesian);
            var indonesian = Run(IndonesianLocale, build);
            Assert.Contains("Mohon maaf, teks peraturan tidak dapat dibaca. Tidak menemukan BAB II dan BAB III pada teks Pedoman.", indonesian);
            OneLanguage.AssertNone(indonesian, ["Sorry", "headings", "not"]);

            var broken = Path.Combine(folder, "broken.json");
            var catalog = SpbeBot.Tests.Criteria.PedomanReference.Shipped;
            File.WriteAllText(broken, Core.Criteria.CatalogStore.Serialize(catalog with { Domains = [catalog.Domains[0] with { Weight = 14m }, .. catalog.Domains.Skip(1)] }));
            English(Run("catalog", "validate", broken), "  - domain weights add up to 101.00, expected 100", CatalogCommandTextsTests.Indonesian);
            indonesian = Run(IndonesianLocale, "catalog", "validate", broken);
            Assert.Contains("  - bobot domain berjumlah 101,00, seharusnya 100", indonesian);
            OneLanguage.AssertNone(indonesian, ["weights", "expected", "Please"]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Index()
    {
        English(Run("index"), "Please name a levels file, or use --plan.", IndexCommandTextsTests.Indonesian);
        English(Run("index", "--framework", "spbe-1999", "levels.csv"), "Unknown framework 'spbe-1999'", CommandLineTextsTests.Indonesian);
        English(Run("index", "--help"), "Calculates the SPBE/Pemdi index", IndexCommandTextsTests.Indonesian);
    }

    /// <summary>A levels file's problems, which Core wrote in Indonesian (some glued with English), in English.</summary>
    [Fact]
    public void Index_of_a_bad_levels_file()
    {
        var bad = Path.Combine(Path.GetTempPath(), $"levels-{Guid.NewGuid():N}.csv");
        var empty = bad + ".empty.csv";
        File.WriteAllText(bad, "indikator,level,target\n1,7,3\n2,2,3\n3,2\n");
        File.WriteAllText(empty, "");
        try
        {
            var output = Run("index", bad);
            English(output, "Row 2: the level 7 is outside 1–5.", IndexCommandTextsTests.Indonesian);
            English(output, "The target column is only partly filled", IndexCommandTextsTests.Indonesian);
            Assert.DoesNotContain(" / ", output);
            English(Run("index", empty), "The file cannot be read as CSV or XLSX: The file is empty.", IndexCommandTextsTests.Indonesian);
        }
        finally
        {
            File.Delete(bad);
            File.Delete(empty);
        }
    }

    [Fact]
    public void Db() => English(Run("db", "restore", "--help"), "Restores a backup into a new (empty) database", DbCommandTextsTests.Indonesian);

    [Fact]
    public void Instansi() => English(Run("instansi", "set", "--help"), "Sets the agency's details", InstansiCommandTextsTests.Indonesian);

    [Fact]
    public void Opd() => English(Run("opd", "add", "--help"), "The OPD's full name", OpdCommandTextsTests.Indonesian);

    [Fact]
    public void Invite()
    {
        English(Run("invite", "create", "--role", "boss"), "Role \"boss\" is not valid for --role.", InviteCommandTextsTests.Indonesian);
        English(Run("invite", "create", "--help"), "Creates a single-use invite code", InviteCommandTextsTests.Indonesian);
    }

    [Fact]
    public void Digest() => English(Run("digest", "--help"), "Only write the files; do not send", DigestCommandTextsTests.Indonesian);

    [Fact]
    public void Chat() => English(Run("chat", "--help"), "Name of the person (demo data) to act as", ChatCommandTextsTests.Indonesian);

    [Fact]
    public void Ask()
    {
        English(Run("ask", "--lang", "fr", "indikator 1"), "Language \"fr\" is not valid for --lang.", AskCommandTextsTests.Indonesian);
        English(Run("ask", "--help"), "Language of the answer id|en", AskCommandTextsTests.Indonesian);
    }

    [Fact]
    public void Criteria()
    {
        English(Run("criteria", "show", "99"), "Sorry, there is no indicator 99.", CriteriaCommandTextsTests.Indonesian);
        English(Run("criteria", "show", "--help"), "Shows one indicator's criteria", CriteriaCommandTextsTests.Indonesian);
    }

    /// <summary>
    /// An argument's name in the help and the help option's own line follow the machine's language: before, the names
    /// were Indonesian under English help (`&lt;berkas&gt;`) and the help option's line English under Indonesian.
    /// </summary>
    [Fact]
    public void Argument_names_and_the_help_option_in_the_machines_language()
    {
        var english = Run("db", "restore", "--help");
        Assert.Contains("spbebot db restore <file> [options]", english);
        Assert.Contains("Show help and usage information", english);
        var indonesian = Run(IndonesianLocale, "db", "restore", "--help");
        Assert.Contains("spbebot db restore <berkas> [options]", indonesian);
        Assert.Contains("Tampilkan bantuan dan cara pakai", indonesian);
        OneLanguage.AssertNone(indonesian, ["Show", "file"]);
        Assert.Contains("<frameworks>", Run("catalog", "build-elements", "--help"));
        Assert.Contains("<kerangka>", Run(IndonesianLocale, "catalog", "build-elements", "--help"));
        Assert.Contains("<question>", Run("ask", "--help"));
        Assert.Contains("<pertanyaan>", Run(IndonesianLocale, "ask", "--help"));
    }

    [Fact]
    public void Serve() => English(Run("serve", "--help"), "Addresses the server listens on", ServeCommandTextsTests.Indonesian);
}
