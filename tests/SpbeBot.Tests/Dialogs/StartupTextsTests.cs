using System.Diagnostics;
using SpbeBot.Core.Storage;
using SpbeBot.Dialogs.Common;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Dialogs;

/// <summary>
/// What the terminal shows while the database opens (the migration lines, the embedded cluster's errors) and the
/// `spbebot` script's first-run line come from dialogs/ in one language, the machine's: before, the lines were
/// Indonesian only outside dialogs/, and the cluster's errors glued both languages in one message.
/// </summary>
public class StartupTextsTests
{
    static EmbeddedClusterException[] Problems(string detail) => Enum.GetValues<EmbeddedClusterProblem>()
        .Select(p => new EmbeddedClusterException(p, "/srv/pgdata", "postgres", detail)).ToArray();

    static string[] Lines(StartupTexts x) =>
    [
        x.DatabaseCreated("/srv/pgdata"), x.MigrationApplied("0001_initial.sql"), x.DemoLoaded("Pemerintah Kabupaten Sukamaju", 30, 5, 47),
        x.DatabaseNotOpened, .. Problems("").Select(x.ClusterProblem),
        x.DatabaseLocation("localhost:5432/spbebot", "/srv/pgdata"), x.DatabaseIs("localhost:5432/spbebot"),
        x.PostgresPrograms("/usr/lib/postgresql/15/bin", true), x.PostgresPrograms("/usr/lib/postgresql/15/bin", false),
        x.MigrationsApplied(["0001_initial.sql"]), x.MigrationsPending([]), x.MigrationsPending(["0002_plans.sql"]),
        x.PostgresNotFound(null), x.PostgresNotFound("/opt/pg/bin"), x.ShippedCatalogsUsed, x.ImportedCatalogsUnreadable,
    ];

    [Theory]
    [InlineData("en_GB.UTF-8", true)]
    [InlineData("en_US", true)]
    [InlineData("id_ID.UTF-8", false)]
    [InlineData("C.UTF-8", false)]
    [InlineData(null, false)]
    public void The_language_is_the_locales_with_indonesian_unless_english(string? locale, bool english) =>
        Assert.Same(english ? StartupTexts.En : StartupTexts.Id, StartupTexts.For(locale));

    [Fact]
    public void Each_line_is_in_one_language()
    {
        foreach (var line in Lines(StartupTexts.En))
            foreach (var word in (string[])["Basis data", "bawaan", "Migrasi", "Data contoh", "Mohon", "tidak", "Folder data", "Pengguna", "dijalankan", "Peringatan", "ditemukan", "katalog", "Program", "berjalan", "tertunda"])
                Assert.DoesNotContain(word, line);
        foreach (var line in Lines(StartupTexts.Id))
            foreach (var word in (string[])["database", "Migration", "Demo data", "Please", "could not", "failed", "cannot", "Warning", "embedded", "were not found", "programs", "running", "pending", "none"])
                Assert.DoesNotContain(word, line);
        // The tool's own output follows the person's text as it came.
        Assert.All(Problems("pg_ctl: could not start server"), p => Assert.EndsWith("\npg_ctl: could not start server", StartupTexts.Id.ClusterProblem(p)));
        Assert.Equal("Migrasi diterapkan: 0001_initial.sql", StartupTexts.Id.MigrationApplied("0001_initial.sql"));
        // A server's location names no folder and needs no words; the embedded one says where its data is.
        Assert.Equal("localhost:5432/spbebot", StartupTexts.En.DatabaseLocation("localhost:5432/spbebot", null));
        Assert.Equal("Database: localhost:5432/spbebot (embedded PostgreSQL, data: /srv/pgdata)",
            StartupTexts.En.DatabaseIs(StartupTexts.En.DatabaseLocation("localhost:5432/spbebot", "/srv/pgdata")));
    }

    [Theory]
    [InlineData("en_GB.UTF-8", "Preparing SpbeBot for its first run (build)…")]
    [InlineData("C.UTF-8", "Menyiapkan SpbeBot untuk pertama kali (build)…")]
    public void The_scripts_first_run_line_comes_from_dialogs_in_the_machines_language(string locale, string expected)
    {
        // The script's own function, read out of it and run the way the script runs it.
        var repo = Path.GetFullPath(Path.Combine(RepoFiles.Find("dialogs/SpbeBot.Dialogs/Common/first-run.txt"), "../../../.."));
        var script = Path.Combine(repo, "spbebot");
        var start = new ProcessStartInfo("bash", ["-c", $"here='{repo}'; eval \"$(sed -n '/^first_run_line()/,/^}}/p' '{script}')\"; first_run_line"])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.Environment["LC_ALL"] = "";
        start.Environment["LC_MESSAGES"] = "";
        start.Environment["LANG"] = locale;
        using var bash = Process.Start(start)!;
        var output = bash.StandardOutput.ReadToEnd();
        bash.WaitForExit();
        Assert.Equal(expected, output.Trim());
        Assert.DoesNotContain(expected, File.ReadAllText(script));
    }
}
