using SpbeBot.Dialogs.Common;

namespace SpbeBot.Dialogs.Cli;

/// <summary>What `spbebot instansi show|set` print, and their `--help`: in the machine's language (<see cref="MachineLocale"/>).</summary>
public sealed class InstansiCommandTexts : BilingualTexts
{
    public static readonly InstansiCommandTexts Id = new(english: false);
    public static readonly InstansiCommandTexts En = new(english: true);

    /// <summary>The machine's (<see cref="MachineLocale"/>).</summary>
    public static InstansiCommandTexts Machine => MachineLocale.English ? En : Id;

    InstansiCommandTexts(bool english) : base(english)
    {
    }

    public string Instansi => S("Instansi (Pemda) yang dilayani", "The agency (Pemda) this installation serves");
    public string Show => S("Menampilkan data instansi", "Shows the agency's details");
    public string Set => S("Mengatur data instansi (yang tidak disebut tetap)", "Sets the agency's details (what is not given stays as it is)");
    public string Name => S("Nama resmi, mis. \"Pemerintah Kabupaten Sukamaju\"", "Official name, e.g. \"Pemerintah Kabupaten Sukamaju\"");
    public string Kind => S("provinsi|kabupaten|kota|instansipusat", "provinsi|kabupaten|kota|instansipusat (province, regency, city, central agency)");
    public string TimeZone => S("WIB, WITA atau WIT", "WIB, WITA or WIT");
    public string Framework(IEnumerable<string> available) => S("Kerangka penilaian: " + string.Join("|", available), "Assessment framework: " + string.Join("|", available));
    public string Year => S("Tahun evaluasi", "Evaluation year");

    public string NotSetUp => S(
        "Instansi belum diatur. Atur dengan: spbebot instansi set --name \"Pemerintah Kabupaten …\" --kind kabupaten --time-zone WIB",
        "The agency is not set up yet. Set it up with: spbebot instansi set --name \"Pemerintah Kabupaten …\" --kind kabupaten --time-zone WIB");

    /// <summary>instansi show: the one line of details.</summary>
    public string Details(string name, string kind, string timeZone, string framework, int year) => S(
        $"{name} ({kind}); zona waktu {timeZone}; kerangka {framework}; tahun evaluasi {year}",
        $"{name} ({kind}); time zone {timeZone}; framework {framework}; evaluation year {year}");

    /// <summary>instansi show, when the years used different frameworks: "2024 spbe-2018, 2025 spbe-2024".</summary>
    public string FrameworkPerYear(IEnumerable<(int Year, string Framework)> years) => S("Kerangka per tahun evaluasi: ", "Framework by evaluation year: ")
        + string.Join(", ", years.Select(y => $"{y.Year} {y.Framework}"));

    public string NameNeeded => S("Sebutkan nama instansi dengan --name.", "Please give the agency's name with --name.");
    public string UnknownTimeZone(string zone) => S($"Zona waktu \"{zone}\" tidak dikenal; gunakan WIB, WITA atau WIT.", $"Unknown time zone \"{zone}\"; use WIB, WITA or WIT.");

    public string UnknownFramework(string framework, IEnumerable<string> available) => S(
        $"Kerangka \"{framework}\" tidak dikenal; pilihan: {string.Join(", ", available)}.",
        $"Unknown framework \"{framework}\"; choices: {string.Join(", ", available)}.");

    /// <summary>instansi set: what is stored now.</summary>
    public string Saved(string name, string kind, string timeZone, string framework, int year) => S(
        $"Tersimpan: {name} ({kind}); {timeZone}; {framework}; {year}", $"Saved: {name} ({kind}); {timeZone}; {framework}; {year}");

    /// <summary>The year set is evaluated with another framework than the one set.</summary>
    public string OtherFrameworkForYear(int year, string expected) => S(
        $"Catatan: evaluasi tahun {year} memakai kerangka {expected}; bila sesuai, jalankan spbebot instansi set --framework {expected} --year {year}.",
        $"Note: the {year} evaluation uses the {expected} framework; if that is right, run spbebot instansi set --framework {expected} --year {year}.");
}
