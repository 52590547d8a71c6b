using System.CommandLine;
using SpbeBot.Core.Criteria;
using SpbeBot.Core.People;
using SpbeBot.Host.Database;

namespace SpbeBot.Host.Cli;

/// <summary>
/// <c>spbebot instansi show|set</c>: the Pemda this installation serves — its name, kind, time zone (reminders and
/// deadlines follow it), criteria framework and evaluation year. The first step of a real installation.
/// </summary>
static class InstansiCommand
{
    public static Command Create()
    {
        var instansi = new Command("instansi", "Instansi (Pemda) yang dilayani");
        instansi.Subcommands.Add(Show());
        instansi.Subcommands.Add(Set());
        return instansi;
    }

    static Command Show()
    {
        var command = new Command("show", "Menampilkan data instansi");
        command.SetAction((parse, ct) => CliDatabase.RunAsync(parse, ct, async (cli, stdout) =>
        {
            if (await cli.Get<InstansiStore>().GetAsync(ct) is not { } i)
            {
                stdout.WriteLine("Instansi belum diatur. Atur dengan: spbebot instansi set --name \"Pemerintah Kabupaten …\" --kind kabupaten --time-zone WIB");
                return 1;
            }
            stdout.WriteLine($"{i.Name} ({i.Kind}); zona waktu {i.TimeZone}; kerangka {i.Framework}; tahun evaluasi {i.EvaluationYear}");
            var years = await cli.Get<InstansiStore>().FrameworkYearsAsync(ct);
            if (years.Count > 1) stdout.WriteLine("Kerangka per tahun evaluasi: " + string.Join(", ", years.Select(y => $"{y.Year} {y.Framework}")));
            return 0;
        }));
        return command;
    }

    static Command Set()
    {
        var name = new Option<string?>("--name") { Description = "Nama resmi, mis. \"Pemerintah Kabupaten Sukamaju\"" };
        var kind = new Option<InstansiKind?>("--kind") { Description = "provinsi|kabupaten|kota|instansipusat" };
        var zone = new Option<string?>("--time-zone") { Description = "WIB, WITA atau WIT" };
        var framework = new Option<string?>("--framework") { Description = "Kerangka penilaian: " + string.Join("|", CatalogStore.Available) };
        var year = new Option<int?>("--year") { Description = "Tahun evaluasi" };
        var command = new Command("set", "Mengatur data instansi (yang tidak disebut tetap)") { name, kind, zone, framework, year };
        command.SetAction((parse, ct) => CliDatabase.RunAsync(parse, ct, async (cli, stdout) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var store = cli.Get<InstansiStore>();
            var before = await store.GetAsync(ct);
            var newName = parse.GetValue(name)?.Trim();
            if (before is null && string.IsNullOrEmpty(newName))
            {
                error.WriteLine("Sebutkan nama instansi dengan --name.");
                return 2;
            }
            string? ianaZone = null;
            if (parse.GetValue(zone) is { } zoneText && (ianaZone = TimeZones.Parse(zoneText)) is null)
            {
                error.WriteLine($"Zona waktu \"{zoneText}\" tidak dikenal; gunakan WIB, WITA atau WIT.");
                return 2;
            }
            if (parse.GetValue(framework) is { } f && !CatalogStore.Available.Contains(f))
            {
                error.WriteLine($"Kerangka \"{f}\" tidak dikenal; pilihan: {string.Join(", ", CatalogStore.Available)}.");
                return 2;
            }
            if (parse.GetValue(year) is { } y && y is < 2018 or > 2100)
            {
                error.WriteLine("Tahun evaluasi harus antara 2018 dan 2100.");
                return 2;
            }
            // Only --year: the framework this instansi used for that year before, else the current one (with a hint).
            var chosenYear = parse.GetValue(year);
            var yearFramework = parse.GetValue(framework) is null && chosenYear is int cy ? await store.FrameworkForYearAsync(cy, ct) : null;
            var updated = new Instansi
            {
                Name = string.IsNullOrEmpty(newName) ? before!.Name : newName,
                Kind = parse.GetValue(kind) ?? before?.Kind ?? InstansiKind.Kabupaten,
                TimeZone = ianaZone ?? before?.TimeZone ?? TimeZones.Wib,
                Framework = parse.GetValue(framework) ?? yearFramework ?? before?.Framework ?? CatalogStore.DefaultFramework,
                EvaluationYear = parse.GetValue(year) ?? before?.EvaluationYear ?? TimeZones.Today(ianaZone ?? before?.TimeZone ?? TimeZones.Wib, cli.Get<TimeProvider>()).Year,
            };
            await store.SaveAsync(updated, OpdCommand.CliActor, ct);
            stdout.WriteLine($"Tersimpan: {updated.Name} ({updated.Kind}); {updated.TimeZone}; {updated.Framework}; {updated.EvaluationYear}");
            if (CatalogStore.FrameworkForYear(updated.EvaluationYear) is { } expected && expected != updated.Framework && CatalogStore.Exists(expected))
                stdout.WriteLine($"Catatan: evaluasi tahun {updated.EvaluationYear} memakai kerangka {expected}; bila sesuai, jalankan spbebot instansi set --framework {expected} --year {updated.EvaluationYear}.");
            return 0;
        }));
        return command;
    }
}
