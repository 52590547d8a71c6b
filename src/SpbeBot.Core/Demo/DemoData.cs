using SpbeBot.Core.Audit;
using SpbeBot.Core.Criteria;
using SpbeBot.Core.People;
using SpbeBot.Core.Plans;
using SpbeBot.Core.Storage;

namespace SpbeBot.Core.Demo;

/// <summary>What <see cref="DemoData.EnsureAsync"/> did.</summary>
public sealed record DemoResult(bool Loaded, string Instansi, int Opds, int People, PlanUpsertResult? Plan);

/// <summary>
/// A fictional Pemda to try the bot with: Pemerintah Kabupaten Sukamaju (WIB), the OPDs of a real follow-up table
/// (seed 004) with their usual spellings as aliases, five demo people, and a current-year spbe-2024 plan with one
/// item per indicator (1–47). Deterministic: levels come from a fixed seed, deadlines from "today".
/// Idempotent: the instansi row is written last and marks the demo as loaded; a later run with it present
/// changes nothing, and a run interrupted earlier finishes the job without duplicating (ensure/upsert by key).
/// A database that already belongs to a real instansi is never touched.
/// </summary>
public static class DemoData
{
    public const string InstansiName = "Pemerintah Kabupaten Sukamaju";
    const string Framework = "spbe-2024";
    const int Seed = 2024;
    static readonly Actor Demo = Actor.System("demo");

    sealed record DemoOpd(string Name, string Abbreviation, params string[] Aliases);

    static readonly DemoOpd[] Opds =
    [
        new("Dinas Komunikasi, Informatika dan Statistik", "DKIS", "Diskominfo", "Dinas Kominfo", "Diskominfotik"),
        new("Bagian Organisasi", "Bag. Organisasi", "Bagian Ortala", "Ortala"),
        new("Badan Perencanaan Pembangunan Daerah", "Bappeda"),
        new("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "BKPSDM", "BKD", "Badan Kepegawaian Daerah"),
        new("Badan Pengelolaan Keuangan dan Aset Daerah", "BPKAD", "BPKD"),
        new("Bagian Pengadaan Barang dan Jasa", "Bag. PBJ", "Bag. Pengadaan Barang Jasa", "UKPBJ", "Bagian Pengadaan"),
        new("Bagian Hukum", "Bag. Hukum"),
        new("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "DPMPTSP", "Dinas Perijinan", "Dinas Perizinan"),
        new("Dinas Kependudukan dan Pencatatan Sipil", "Disdukcapil", "Dinas Dukcapil", "Dukcapil"),
        new("Dinas Tenaga Kerja", "Disnaker", "Disnakertrans"),
    ];

    sealed record DemoPerson(string Name, PersonRole Role, string? Opd, string Key);

    static readonly DemoPerson[] People =
    [
        new("Rina Kartika", PersonRole.Coordinator, "DKIS", "koordinator"),
        new("Budi Santoso", PersonRole.Operator, "Bappeda", "operator-bappeda"),
        new("Siti Nurhaliza", PersonRole.Operator, "BKPSDM", "operator-bkpsdm"),
        new("Drs. Ahmad Fauzi, M.Si.", PersonRole.TimKoordinasi, null, "tim-koordinasi"),
        new("Dedi Kurniawan", PersonRole.Admin, "DKIS", "admin"),
    ];

    /// <summary>Per indicator: the follow-up action, responsible OPDs, and a service name for the public-service sectors.</summary>
    static readonly (string Action, string[] Opds, string? Service)[] Actions =
    [
        ("Menyusun dan menetapkan Peraturan Bupati tentang Arsitektur SPBE", ["DKIS", "Bag. Hukum"], null),
        ("Menyusun dan menetapkan Peraturan Bupati tentang Peta Rencana SPBE", ["DKIS", "Bappeda"], null),
        ("Menetapkan kebijakan internal Manajemen Data (Satu Data Kabupaten)", ["DKIS", "Bag. Hukum"], null),
        ("Menetapkan kebijakan internal Pembangunan Aplikasi SPBE", ["DKIS"], null),
        ("Merevisi kebijakan internal Layanan Pusat Data agar mencakup semua perangkat daerah", ["DKIS"], null),
        ("Menetapkan kebijakan internal Layanan Jaringan Intra Pemerintah Daerah", ["DKIS"], null),
        ("Menetapkan kebijakan penggunaan Sistem Penghubung Layanan", ["DKIS"], null),
        ("Menetapkan kebijakan internal Manajemen Keamanan Informasi", ["DKIS", "Bag. Hukum"], null),
        ("Menetapkan kebijakan internal Audit TIK", ["DKIS", "Bag. Organisasi"], null),
        ("Memperbarui Keputusan Bupati tentang Tim Koordinasi SPBE", ["Bag. Organisasi", "DKIS"], null),
        ("Menyusun dokumen Arsitektur SPBE Kabupaten dan mereviunya setiap tahun", ["DKIS", "Bappeda"], null),
        ("Menyusun Peta Rencana SPBE yang selaras dengan RPJMD", ["Bappeda", "DKIS"], null),
        ("Menyelaraskan rencana dan anggaran TIK seluruh perangkat daerah melalui clearance DKIS", ["Bappeda", "BPKAD"], null),
        ("Memetakan dan menyederhanakan proses bisnis lintas perangkat daerah", ["Bag. Organisasi"], null),
        ("Menerapkan standar pembangunan aplikasi dan repositori kode bersama", ["DKIS"], null),
        ("Memindahkan server perangkat daerah ke Pusat Data Kabupaten", ["DKIS"], null),
        ("Menghubungkan seluruh kantor perangkat daerah ke jaringan intra pemerintah", ["DKIS"], null),
        ("Mengintegrasikan aplikasi perangkat daerah melalui Sistem Penghubung Layanan", ["DKIS"], null),
        ("Menjadwalkan rapat Tim Koordinasi SPBE triwulanan beserta notulanya", ["Bag. Organisasi", "DKIS"], null),
        ("Menjalin kerja sama penerapan SPBE dengan pemerintah daerah tetangga", ["DKIS", "Bappeda"], null),
        ("Menyusun register risiko SPBE dan melaksanakan penilaian risiko", ["DKIS", "Bag. Organisasi"], null),
        ("Menerapkan SMKI berbasis SNI ISO/IEC 27001 di Pusat Data", ["DKIS"], null),
        ("Menyusun katalog data dan menunjuk walidata di setiap perangkat daerah", ["DKIS", "Bappeda"], null),
        ("Menginventarisasi aset TIK seluruh perangkat daerah", ["BPKAD", "DKIS"], null),
        ("Menyusun rencana pengembangan kompetensi SDM TIK", ["BKPSDM", "DKIS"], null),
        ("Membangun portal manajemen pengetahuan SPBE", ["DKIS"], null),
        ("Menerapkan prosedur manajemen perubahan untuk aplikasi utama", ["DKIS"], null),
        ("Menerapkan layanan helpdesk SPBE dengan katalog layanan", ["DKIS"], null),
        ("Melaksanakan audit infrastruktur SPBE oleh auditor internal", ["DKIS", "Bag. Organisasi"], null),
        ("Melaksanakan audit aplikasi SPBE prioritas", ["DKIS"], null),
        ("Melaksanakan audit keamanan SPBE bekerja sama dengan BSSN", ["DKIS"], null),
        ("Mengintegrasikan aplikasi perencanaan dengan penganggaran (SIPD)", ["Bappeda"], null),
        ("Mengintegrasikan layanan penganggaran dengan layanan keuangan", ["BPKAD", "Bappeda"], null),
        ("Mengintegrasikan layanan keuangan dengan layanan pengelolaan aset", ["BPKAD"], null),
        ("Mengintegrasikan layanan pengadaan (SPSE) dengan layanan keuangan", ["Bag. PBJ", "BPKAD"], null),
        ("Mengintegrasikan layanan kepegawaian dengan layanan kinerja pegawai", ["BKPSDM"], null),
        ("Menerapkan aplikasi Srikandi di seluruh perangkat daerah", ["DKIS", "Bag. Organisasi"], null),
        ("Mengintegrasikan layanan pengelolaan BMD dengan layanan keuangan", ["BPKAD"], null),
        ("Menerapkan layanan pengawasan internal berbasis elektronik", ["Bag. Organisasi"], null),
        ("Mengintegrasikan layanan akuntabilitas kinerja dengan perencanaan", ["Bag. Organisasi", "Bappeda"], null),
        ("Menerapkan e-Kinerja terintegrasi dengan tunjangan kinerja", ["BKPSDM"], null),
        ("Mengintegrasikan kanal pengaduan daerah dengan SP4N-LAPOR!", ["DKIS"], null),
        ("Menerbitkan dataset prioritas di portal data terbuka", ["DKIS", "Bappeda"], null),
        ("Mengintegrasikan JDIH Kabupaten dengan JDIHN", ["Bag. Hukum"], null),
        ("Mengintegrasikan perizinan online dengan OSS RBA", ["DPMPTSP"], "Perizinan Online"),
        ("Menyediakan layanan administrasi kependudukan daring terintegrasi", ["Disdukcapil"], "Layanan Adminduk Online"),
        ("Mengintegrasikan bursa kerja online dengan SIAPkerja Kemnaker", ["Disnaker"], "Bursa Kerja Online"),
    ];

    /// <summary>Loads the demo once; returns Loaded=false when it was already there or the database belongs to a real instansi.</summary>
    public static async Task<DemoResult> EnsureAsync(ConnectionFactory db, DateOnly today, CancellationToken ct = default)
    {
        var instansiStore = new InstansiStore(db);
        var existing = await instansiStore.GetAsync(ct);
        if (existing is not null)
            return new DemoResult(false, existing.Name, 0, 0, null);

        var opdStore = new OpdStore(db);
        var opdIds = new Dictionary<string, long>();
        foreach (var opd in Opds)
            opdIds[opd.Abbreviation] = (await opdStore.EnsureAsync(opd.Name, opd.Abbreviation, opd.Aliases, Demo, ct)).Id;

        var personStore = new PersonStore(db);
        foreach (var person in People)
        {
            // The chat identity ("demo", key) makes the person findable, so a re-run does not add them again.
            var identity = new ChatIdentity("demo", person.Key);
            if (await personStore.FindByChatAsync(identity.Channel, identity.ExternalId, ct) is not null) continue;
            var added = await personStore.AddAsync(new PersonDraft
            {
                Name = person.Name,
                Role = person.Role,
                OpdId = person.Opd is null ? null : opdIds[person.Opd],
            }, Demo, ct);
            await personStore.LinkChatAsync(added.Id, identity, Demo, ct);
        }

        var plan = await new PlanStore(db).UpsertAsync(BuildPlan(today), Demo, new PlanUpsertOptions(), ct);
        if (!plan.Succeeded)
            throw new InvalidOperationException("Demo plan rejected: " + string.Join("; ", plan.Problems.Select(p => p.Message).Concat(plan.UnknownOpds)));

        await instansiStore.SaveAsync(new Instansi
        {
            Name = InstansiName,
            Kind = InstansiKind.Kabupaten,
            TimeZone = TimeZones.Wib,
            Framework = Framework,
            EvaluationYear = today.Year,
        }, Demo, ct);
        return new DemoResult(true, InstansiName, Opds.Length, People.Length, plan);
    }

    /// <summary>One plan item per spbe-2024 indicator. Same <paramref name="today"/> → same plan.</summary>
    public static IReadOnlyList<PlanItemDraft> BuildPlan(DateOnly today)
    {
        var random = new Random(Seed);
        var catalog = CatalogStore.Exists(Framework) ? CatalogStore.Get(Framework) : null;
        var drafts = new List<PlanItemDraft>();
        for (var number = 1; number <= Actions.Length; number++)
        {
            var (action, opds, service) = Actions[number - 1];
            var current = random.Next(1, 4);                                 // 1–3: where most Pemda are
            var target = Math.Min(5, current + random.Next(1, 3));           // one or two levels up
            var criterion = catalog?.FindIndicator(number)?.Level(target)?.Criterion;
            // Deadlines: most spread over the next ten months; a few already past to show overdue items.
            var overdue = number % 11 == 3;
            var deadline = overdue ? today.AddDays(-7 * (1 + number % 4)) : today.AddMonths(1 + (number * 7) % 10).AddDays(-(number % 20));
            var status = overdue ? PlanStatus.Open
                : number % 9 == 0 ? PlanStatus.Done
                : number % 4 == 0 ? PlanStatus.InProgress
                : PlanStatus.Open;
            drafts.Add(new PlanItemDraft
            {
                Framework = Framework,
                Year = today.Year,
                Indicator = number,
                ServiceName = service,
                CurrentLevel = current,
                TargetLevel = target,
                Recommendation = criterion is null
                    ? $"Tingkatkan indikator {number} ke level {target}."
                    : $"Penuhi kriteria level {target}: {criterion}",
                Action = action,
                Deadline = deadline,
                Opds = opds,
                Status = status,
                Source = $"demo indikator {number}",
            });
        }
        return drafts;
    }
}
