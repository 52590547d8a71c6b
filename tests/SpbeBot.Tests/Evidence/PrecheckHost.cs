using Microsoft.Extensions.DependencyInjection;
using SpbeBot.Core.Demo;
using SpbeBot.Core.Evidence.Checking;
using SpbeBot.Core.People;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// The host the end-to-end pre-check tests share — the CLI's (<see cref="EvidenceCliTests"/>, <see cref="EvidenceBadInputTests"/>),
/// Telegram's (<see cref="EvidencePrecheckEndToEndTests"/>) and Teams' (<see cref="EvidenceTeamsTests"/>): the class's test
/// database with the demo Pemda, the Perbup they file, and the REAL checker with its time limits out of reach under any
/// load — these tests are about what is read and said, not about the limits (those have tests of their own:
/// <c>EvidencePrecheckTests</c> for the chat's wait, <see cref="EvidenceBadInputTests"/> for OCR's).
/// </summary>
static class PrecheckHost
{
    /// <summary>
    /// Written for these tests: enacted (ditetapkan, signed), three of the six architecture domains under Pasal 2, no
    /// referensi arsitektur — so level 2 of indicator 1 and not level 3.
    /// </summary>
    public const string Perbup = """
        BUPATI SUKAMAJU
        PROVINSI JAWA TENGAH

        PERATURAN BUPATI SUKAMAJU
        NOMOR 11 TAHUN 2025

        TENTANG
        ARSITEKTUR SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK DAERAH

        DENGAN RAHMAT TUHAN YANG MAHA ESA
        BUPATI SUKAMAJU,

        MEMUTUSKAN:
        Menetapkan : PERATURAN BUPATI TENTANG ARSITEKTUR SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK DAERAH.
        Pasal 1
        Dalam Peraturan Bupati ini yang dimaksud dengan Daerah adalah Kabupaten Sukamaju.
        Pasal 2
        Arsitektur SPBE Daerah memuat:
        a. domain arsitektur proses bisnis;
        b. domain arsitektur data dan informasi; dan
        c. domain arsitektur infrastruktur SPBE.
        Pasal 3
        Peraturan Bupati ini mulai berlaku pada tanggal diundangkan.

        Ditetapkan di Sukamaju
        pada tanggal 10 Maret 2025

        BUPATI SUKAMAJU,

        ttd

        H. ARIFIN SETIAWAN
        """;

    static readonly TimeSpan OutOfReach = TimeSpan.FromHours(1);

    /// <summary>The class's database emptied and given the demo Pemda (from its snapshot after the first time).</summary>
    public static Task ResetWithDemoAsync(DatabaseFixture db) => db.Demo.ResetWithDemoAsync(TimeZones.Today(TimeZones.Wib, TimeProvider.System));

    /// <summary>An in-process server's services (Telegram harness, Teams host): the real checker, the chat's wait and OCR out of reach.</summary>
    public static void Patient(IServiceCollection services)
    {
        services.AddSingleton(PrecheckOptions.Default with { ChatTimeout = OutOfReach, BackgroundTimeout = OutOfReach });
        services.AddSingleton<IEvidenceChecker>(sp => new EvidenceChecker(sp.GetRequiredService<InstansiStore>(), new ReadLimits(OcrTimeLimit: OutOfReach)));
    }

    /// <summary>A <c>spbebot</c> process's environment: the class's database, an evidence store in <paramref name="work"/>, the chat's wait and OCR out of reach.</summary>
    public static Dictionary<string, string?> CliEnvironment(DatabaseFixture db, DirectoryInfo work) => new()
    {
        ["SPBEBOT__DATABASE__CONNECTIONSTRING"] = db.ConnectionString,
        ["SPBEBOT__EVIDENCE__ROOT"] = Path.Combine(work.FullName, "store"),
        ["SPBEBOT__EVIDENCE__PRECHECKCHATSECONDS"] = ((int)OutOfReach.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["SPBEBOT__EVIDENCE__OCRSECONDS"] = ((int)OutOfReach.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

static class EnvironmentExtensions
{
    /// <summary>A copy with one more variable.</summary>
    public static Dictionary<string, string?> With(this Dictionary<string, string?> env, string name, string value) => new(env) { [name] = value };
}
