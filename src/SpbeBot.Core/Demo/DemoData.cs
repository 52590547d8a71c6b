using SpbeBot.Core.Audit;
using SpbeBot.Core.Criteria;
using SpbeBot.Core.People;
using SpbeBot.Core.Plans;
using SpbeBot.Core.Reminders;
using SpbeBot.Core.Storage;

namespace SpbeBot.Core.Demo;

/// <summary>What <see cref="DemoData.EnsureAsync"/> did.</summary>
public sealed record DemoResult(bool Loaded, string Instansi, int Opds, int People, PlanUpsertResult? Plan);

/// <summary>
/// A fictional Pemda to try the bot with: Pemerintah Kabupaten Sukamaju (WIB), the OPDs of a real follow-up table
/// (seed 004) with their usual spellings as aliases, five demo people, and a current-year spbe-2024 plan with one
/// item per indicator (1–47). Deterministic: levels come from a fixed seed, deadlines in days from "today" (see <see cref="Actions"/>).
/// Idempotent: the instansi row is written last and marks the demo as loaded; a later run with it present
/// changes nothing, and a run interrupted earlier finishes the job without duplicating (ensure/upsert by key).
/// A database that already belongs to a real instansi is never touched.
/// </summary>
public static class DemoData
{
    public const string InstansiName = "Pemerintah Kabupaten Sukamaju";
    /// <summary>The demo Pemda's kind: a kabupaten (the bench reads chat as this Pemda does).</summary>
    public const InstansiKind Kind = InstansiKind.Kabupaten;
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

    /// <summary>
    /// Per indicator: the follow-up action, responsible OPDs, a service name for the public-service sectors, and the
    /// deadline in days from the day the demo is loaded. Days, never months: a plan built on any date has the same
    /// shape (months of 28–31 days once left the Bappeda operator with nothing to be reminded of on 210 days a year).
    /// The days are chosen so that what the demo promises holds on every start date (checked by DemoPlanTests):
    /// DKIS and Bappeda each have an item at every reminder milestone from H-30 to two weeks late; every OPD has an
    /// item reminded on the first day, and every OPD with more than one item an overdue one; some items are more than
    /// a week late (escalated to the coordinators); the rest spread over the next ten months.
    /// </summary>
    static readonly (string Action, string[] Opds, string? Service, int DueInDays)[] Actions =
    [
        ("Menyusun dan menetapkan Peraturan Bupati tentang Arsitektur SPBE", ["DKIS", "Bag. Hukum"], null, 72),
        ("Menyusun dan menetapkan Peraturan Bupati tentang Peta Rencana SPBE", ["DKIS", "Bappeda"], null, 30),
        ("Menetapkan kebijakan internal Manajemen Data (Satu Data Kabupaten)", ["DKIS", "Bag. Hukum"], null, -28),
        ("Menetapkan kebijakan internal Pembangunan Aplikasi SPBE", ["DKIS"], null, 183),
        ("Merevisi kebijakan internal Layanan Pusat Data agar mencakup semua perangkat daerah", ["DKIS"], null, 220),
        ("Menetapkan kebijakan internal Layanan Jaringan Intra Pemerintah Daerah", ["DKIS"], null, 257),
        ("Menetapkan kebijakan penggunaan Sistem Penghubung Layanan", ["DKIS"], null, 294),
        ("Menetapkan kebijakan internal Manajemen Keamanan Informasi", ["DKIS", "Bag. Hukum"], null, 61),
        ("Menetapkan kebijakan internal Audit TIK", ["DKIS", "Bag. Organisasi"], null, 98),
        ("Memperbarui Keputusan Bupati tentang Tim Koordinasi SPBE", ["Bag. Organisasi", "DKIS"], null, 135),
        ("Menyusun dokumen Arsitektur SPBE Kabupaten dan mereviunya setiap tahun", ["DKIS", "Bappeda"], null, 14),
        ("Menyusun Peta Rencana SPBE yang selaras dengan RPJMD", ["Bappeda", "DKIS"], null, 7),
        ("Menyelaraskan rencana dan anggaran TIK seluruh perangkat daerah melalui clearance DKIS", ["Bappeda", "BPKAD"], null, 3),
        ("Memetakan dan menyederhanakan proses bisnis lintas perangkat daerah", ["Bag. Organisasi"], null, -21),
        ("Menerapkan standar pembangunan aplikasi dan repositori kode bersama", ["DKIS"], null, 50),
        ("Memindahkan server perangkat daerah ke Pusat Data Kabupaten", ["DKIS"], null, 87),
        ("Menghubungkan seluruh kantor perangkat daerah ke jaringan intra pemerintah", ["DKIS"], null, 124),
        ("Mengintegrasikan aplikasi perangkat daerah melalui Sistem Penghubung Layanan", ["DKIS"], null, 161),
        ("Menjadwalkan rapat Tim Koordinasi SPBE triwulanan beserta notulanya", ["Bag. Organisasi", "DKIS"], null, 198),
        ("Menjalin kerja sama penerapan SPBE dengan pemerintah daerah tetangga", ["DKIS", "Bappeda"], null, 1),
        ("Menyusun register risiko SPBE dan melaksanakan penilaian risiko", ["DKIS", "Bag. Organisasi"], null, 272),
        ("Menerapkan SMKI berbasis SNI ISO/IEC 27001 di Pusat Data", ["DKIS"], null, 3),
        ("Menyusun katalog data dan menunjuk walidata di setiap perangkat daerah", ["DKIS", "Bappeda"], null, 0),
        ("Menginventarisasi aset TIK seluruh perangkat daerah", ["BPKAD", "DKIS"], null, 113),
        ("Menyusun rencana pengembangan kompetensi SDM TIK", ["BKPSDM", "DKIS"], null, -14),
        ("Membangun portal manajemen pengetahuan SPBE", ["DKIS"], null, 187),
        ("Menerapkan prosedur manajemen perubahan untuk aplikasi utama", ["DKIS"], null, 224),
        ("Menerapkan layanan helpdesk SPBE dengan katalog layanan", ["DKIS"], null, 261),
        ("Melaksanakan audit infrastruktur SPBE oleh auditor internal", ["DKIS", "Bag. Organisasi"], null, 298),
        ("Melaksanakan audit aplikasi SPBE prioritas", ["DKIS"], null, 65),
        ("Melaksanakan audit keamanan SPBE bekerja sama dengan BSSN", ["DKIS"], null, 102),
        ("Mengintegrasikan aplikasi perencanaan dengan penganggaran (SIPD)", ["Bappeda"], null, 45),
        ("Mengintegrasikan layanan penganggaran dengan layanan keuangan", ["BPKAD", "Bappeda"], null, -10),
        ("Mengintegrasikan layanan keuangan dengan layanan pengelolaan aset", ["BPKAD"], null, 213),
        ("Mengintegrasikan layanan pengadaan (SPSE) dengan layanan keuangan", ["Bag. PBJ", "BPKAD"], null, 21),
        ("Mengintegrasikan layanan kepegawaian dengan layanan kinerja pegawai", ["BKPSDM"], null, -7),
        ("Menerapkan aplikasi Srikandi di seluruh perangkat daerah", ["DKIS", "Bag. Organisasi"], null, 54),
        ("Mengintegrasikan layanan pengelolaan BMD dengan layanan keuangan", ["BPKAD"], null, 91),
        ("Menerapkan layanan pengawasan internal berbasis elektronik", ["Bag. Organisasi"], null, 128),
        ("Mengintegrasikan layanan akuntabilitas kinerja dengan perencanaan", ["Bag. Organisasi", "Bappeda"], null, -15),
        ("Menerapkan e-Kinerja terintegrasi dengan tunjangan kinerja", ["BKPSDM"], null, 5),
        ("Mengintegrasikan kanal pengaduan daerah dengan SP4N-LAPOR!", ["DKIS"], null, -9),
        ("Menerbitkan dataset prioritas di portal data terbuka", ["DKIS", "Bappeda"], null, 120),
        ("Mengintegrasikan JDIH Kabupaten dengan JDIHN", ["Bag. Hukum"], null, 43),
        ("Mengintegrasikan perizinan online dengan OSS RBA", ["DPMPTSP"], "Perizinan Online", 9),
        ("Menyediakan layanan administrasi kependudukan daring terintegrasi", ["Disdukcapil"], "Layanan Adminduk Online", 2),
        ("Mengintegrasikan bursa kerja online dengan SIAPkerja Kemnaker", ["Disnaker"], "Bursa Kerja Online", -28),
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
            throw new InvalidOperationException("Demo plan rejected: " + string.Join("; ", plan.Problems.Select(p => $"{p.Kind} {p.Number}").Concat(plan.UnknownOpds)));

        await instansiStore.SaveAsync(new Instansi
        {
            Name = InstansiName,
            Kind = DemoData.Kind,
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
            var (action, opds, service, dueInDays) = Actions[number - 1];
            var current = random.Next(1, 4);                                 // 1–3: where most Pemda are
            var target = Math.Min(5, current + random.Next(1, 3));           // one or two levels up
            var criterion = catalog?.FindIndicator(number)?.Level(target)?.Criterion;
            var deadline = today.AddDays(dueInDays);
            // Overdue items are not started; an item due within the reminder window is never done, so it is reminded.
            var status = dueInDays < 0 ? PlanStatus.Open
                : number % 9 == 0 && dueInDays > ReminderPolicy.DaysBefore[0] ? PlanStatus.Done
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
            });
        }
        return drafts;
    }
}
