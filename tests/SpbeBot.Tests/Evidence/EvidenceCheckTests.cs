using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using SpbeBot.Core.Criteria;
using SpbeBot.Core.Criteria.Elements;
using SpbeBot.Core.Evidence.Checking;
using SpbeBot.Dialogs.Evidence;
using SpbeBot.Tests.Infrastructure;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// The evidence pre-check (issue 22) without OCR: the developer's own documents (tests/…/Data/EvidenceDev, never the
/// held-out bench set) judged against their expected verdicts; each fact, flag and element of indicators 1–10; the
/// generated element files; the JSON; bad input answered with a clear note and no exception.
/// </summary>
public class EvidenceCheckTests
{
    const string Instansi = "Pemerintah Kabupaten Sukamaju";
    const int Year = 2026;
    static readonly CriteriaCatalog Catalog = CatalogStore.Shipped("spbe-2024");

    static string DevDir => RepoFiles.Find("tests/SpbeBot.Tests/Data/EvidenceDev");

    public static TheoryData<string> DevDocuments()
    {
        var data = new TheoryData<string>();
        foreach (var row in Rows()) data.Add(row["file"]);
        return data;
    }

    static List<Dictionary<string, string>> Rows()
    {
        var lines = File.ReadAllLines(Path.Combine(DevDir, "expected.tsv"));
        var header = lines[0].Split('\t');
        return lines.Skip(1).Where(l => l.Length > 0)
            .Select(l => header.Zip(l.Split('\t').Concat(Enumerable.Repeat("", header.Length))).ToDictionary(x => x.First, x => x.Second)).ToList();
    }

    static EvidenceCheck Judge(string text, int indicator, int? level = null, string? instansi = Instansi, int year = Year) =>
        JudgeText.Judge(text, indicator, level, instansi, year);

    static EvidenceCheck Dev(string name, int indicator, int? level = null) =>
        Judge(File.ReadAllText(Path.Combine(DevDir, name + ".txt")), indicator, level);

    [Theory]
    [MemberData(nameof(DevDocuments))]
    public void Each_dev_document_gets_its_expected_level_flags_and_facts(string file)
    {
        var row = Rows().Single(r => r["file"] == file);
        var check = Judge(File.ReadAllText(Path.Combine(DevDir, file)), int.Parse(row["indicator"]), int.Parse(row["filed_level"]));
        var expectedLevel = int.TryParse(row["expected_level"], out var l) ? l : (int?)null;
        Assert.True(expectedLevel == check.Level, $"{file}: level {check.Level}, expected {expectedLevel}; missing: {string.Join(" | ", check.Missing)}; note: {PrecheckTexts.Id.NoteText(check)}");
        Assert.Equal(row["flags"].Split(',', StringSplitOptions.RemoveEmptyEntries).Order(), check.Flags.Order());
        Assert.Equal(row["kind"], check.Document.Kind ?? "");
        Assert.Equal(row["number"], check.Document.Number ?? "");
        Assert.Equal(row["year"], check.Document.Year?.ToString() ?? "");
        Assert.Equal(row["date"], check.Document.Date?.ToString("yyyy-MM-dd") ?? "");
        // Every quote is verbatim text of its page.
        var pages = DocumentRenderer.Pages(File.ReadAllText(Path.Combine(DevDir, file))).Select(PageText.Collapse).ToList();
        Assert.All(check.Found, f => Assert.Contains(f.Quote.TrimEnd('…'), pages[f.Page - 1]));
    }

    static IEnumerable<string> FoundLabels(EvidenceCheck c) => c.Found.Select(f => f.Element);

    const string PerbupHead = "BUPATI SUKAMAJU\nPERATURAN BUPATI SUKAMAJU\nNOMOR 9 TAHUN 2026\nTENTANG\n{0}\n\nMenimbang : a. bahwa perlu pengaturan;\n\nMEMUTUSKAN:\nMenetapkan : PERATURAN BUPATI TENTANG {0}.\n\n";
    const string PerbupFoot = "\nDitetapkan di Sukamaju\npada tanggal 2 Maret 2026\nBUPATI SUKAMAJU,\nttd\nBUDI SANTOSO\n";

    [Fact]
    public void Penetapan_of_an_item_is_found_as_its_chapter_heading_or_as_the_item_set_in_a_clause()
    {
        var body = string.Format(System.Globalization.CultureInfo.InvariantCulture, PerbupHead, "MANAJEMEN KEAMANAN INFORMASI") +
                   "BAB I\nRUANG LINGKUP\nPasal 1\nSistem ini meliputi aset informasi pada seluruh Perangkat Daerah.\n\n" +
                   "BAB II\nPETUGAS\nPasal 2\nBupati menetapkan Sekretaris Daerah sebagai penanggung jawab keamanan informasi.\n\n" +
                   "BAB III\nPERENCANAAN\nPasal 3\nDinas menyusun rencana tahunan.\n\nBAB IV\nDUKUNGAN PENGOPERASIAN\nPasal 4\nDinas menyediakan sumber daya.\n\n" +
                   "BAB V\nEVALUASI KINERJA\nPasal 5\nKinerja diukur setiap tahun.\n\nBAB VI\nPERBAIKAN BERKELANJUTAN\nPasal 6\nHasil pengukuran ditindaklanjuti.\n" + PerbupFoot;
        var check = Judge(body, 8);
        Assert.Contains("penetapan ruang lingkup", FoundLabels(check));
        Assert.Contains("penetapan penanggung jawab", FoundLabels(check));
        Assert.Equal(3, check.Level);
        // Without the chapter on scope (and no clause setting it) level 3 is not reached, and the missing item is named.
        var noScope = Judge(body.Replace("BAB I\nRUANG LINGKUP\n", "BAB I\nUMUM\n", StringComparison.Ordinal), 8);
        Assert.Equal(2, noScope.Level);
        Assert.Contains(noScope.Missing, m => m.Contains("ruang lingkup", StringComparison.Ordinal));
    }

    [Fact]
    public void A_policy_naming_the_parts_of_the_criterion_s_cycle_and_a_topic_word_is_on_topic()
    {
        var body = string.Format(System.Globalization.CultureInfo.InvariantCulture, PerbupHead, "PENGEMBANGAN APLIKASI DI LINGKUNGAN PEMERINTAH DAERAH") +
                   "Pasal 1\nSetiap pengembangan aplikasi oleh Perangkat Daerah melalui tahapan perencanaan, analisis, desain, implementasi, dan pemeliharaan.\n" + PerbupFoot;
        var check = Judge(body, 4);
        Assert.DoesNotContain("off-topic", check.Flags);
        // Two parts are not enough to say so.
        var thin = Judge(body.Replace("perencanaan, analisis, desain, implementasi, dan pemeliharaan", "perencanaan dan pemeliharaan", StringComparison.Ordinal), 4);
        Assert.Contains("off-topic", thin.Flags);
    }

    [Fact]
    public void Indicator_1_the_six_domains_the_reference_architecture_and_integration_are_quoted()
    {
        var complete = Dev("E01", 1);
        Assert.Equal(3, complete.Level);
        foreach (var element in new[] { "kebijakan telah ditetapkan", "referensi Arsitektur", "Proses Bisnis", "Data dan Informasi", "Infrastruktur SPBE",
                                        "Aplikasi SPBE", "Keamanan SPBE", "Layanan SPBE", "integrasi SPBE antar Instansi Pusat/Pemerintah Daerah" })
            Assert.Contains(element, FoundLabels(complete));
        Assert.Contains(complete.Found, f => f.Element == "Layanan SPBE" && f.Page == 2 && f.Quote.Contains("layanan SPBE", StringComparison.OrdinalIgnoreCase));
        // Level 4 still needs the reviu; the integration clause alone is not enough.
        Assert.Contains(complete.Missing, m => m.StartsWith("Level 4:", StringComparison.Ordinal) && m.Contains("reviu", StringComparison.Ordinal));

        var partial = Dev("E02", 1);
        Assert.Equal(2, partial.Level);
        Assert.Contains("Proses Bisnis", FoundLabels(partial));
        foreach (var absent in new[] { "Infrastruktur SPBE", "Keamanan SPBE", "Layanan SPBE", "referensi Arsitektur" })
        {
            Assert.DoesNotContain(absent, FoundLabels(partial));
            Assert.Contains($"Level 3: mengatur {absent}", partial.Missing);
        }
    }

    [Fact]
    public void Indicator_1_a_recent_reviu_with_isu_and_rekomendasi_is_level_4_and_a_policy_following_it_level_5()
    {
        var review = Dev("E04", 1, 4);
        Assert.Equal(4, review.Level);
        Assert.Contains("isu/permasalahan", FoundLabels(review));
        Assert.Contains("rekomendasi perbaikan", FoundLabels(review));
        Assert.Contains(review.Missing, m => m.StartsWith("Level 5:", StringComparison.Ordinal));

        // The same report without rekomendasi supports no level: 0, not "cannot judge".
        var noRecommendation = Judge(File.ReadAllText(Path.Combine(DevDir, "E04.txt")).Replace("B. Rekomendasi", "B. Langkah").Replace("Rekomendasi", ""), 1, 4);
        Assert.Equal(0, noRecommendation.Level);
        Assert.Contains("Level 4: rekomendasi perbaikan", noRecommendation.Missing);

        var stale = Dev("E05", 1, 4);
        Assert.Equal(0, stale.Level);
        Assert.Equal([EvidenceCheckFlags.Stale], stale.Flags);
        Assert.Contains("Level 4: reviu/evaluasi yang masih berlaku (< 2 tahun)", stale.Missing);

        var followUp = Dev("E06", 1, 5);
        Assert.Equal(5, followUp.Level);
        Assert.Contains("kebijakan baru menindaklanjuti hasil reviu/evaluasi", FoundLabels(followUp));
        // An evaluation clause in a Pasal is not a reviu that happened: E01 stays at 3.
        Assert.DoesNotContain("kebijakan baru menindaklanjuti hasil reviu/evaluasi", FoundLabels(Dev("E01", 1)));
    }

    [Fact]
    public void Indicators_2_to_10_their_elements_are_found_in_the_dev_documents()
    {
        var peta = Dev("E13", 2);
        Assert.Equal(3, peta.Level);
        foreach (var e in new[] { "Tata Kelola SPBE", "Manajemen SPBE", "Layanan SPBE", "Infrastruktur SPBE", "Aplikasi SPBE", "Keamanan SPBE", "Audit TIK", "Peta Rencana SPBE Nasional" })
            Assert.Contains(e, FoundLabels(peta));

        var data = Dev("E10", 3);
        Assert.Equal(3, data.Level);
        Assert.Contains("data induk", FoundLabels(data));
        Assert.Contains("Level 4: mengatur interoperabilitas data", data.Missing);

        var apps = Dev("E17", 4);
        Assert.Equal(3, apps.Level);
        foreach (var e in new[] { "siklus pembangunan aplikasi", "konsultasi", "keterpaduan", "pengendalian Pembangunan Aplikasi" })
            Assert.Contains(e, FoundLabels(apps));

        var center = Dev("E15", 5);
        Assert.Equal(3, center.Level);
        Assert.Contains("berlaku untuk seluruh unit kerja/perangkat daerah", FoundLabels(center));
        Assert.Contains("Pusat Data Nasional", FoundLabels(center));

        var intra = Dev("E18", 6);
        Assert.Equal(2, intra.Level);
        Assert.Contains("Level 3: berlaku untuk seluruh unit kerja/perangkat daerah", intra.Missing);

        var security = Dev("E14", 8);
        Assert.Equal(1, security.Level);
        foreach (var e in new[] { "penetapan ruang lingkup", "penetapan penanggung jawab", "dukungan pengoperasian", "evaluasi kinerja", "perbaikan berkelanjutan" })
            Assert.Contains(e, FoundLabels(security));
        Assert.Contains(security.Missing, m => m.Contains("tidak ada blok penetapan", StringComparison.Ordinal));

        var audit = Dev("E11", 9);
        Assert.Equal(3, audit.Level);
        Assert.Contains("Audit Keamanan SPBE", FoundLabels(audit));

        var team = Dev("E09", 10);
        Assert.Equal(3, team.Level);
        Assert.Contains("Level 4: integrasi SPBE antar Instansi Pusat/Pemerintah Daerah", team.Missing);
    }

    const string ServiceBus = """
        BUPATI SUKAMAJU
        PERATURAN BUPATI SUKAMAJU
        NOMOR 3 TAHUN 2025
        TENTANG
        PENGGUNAAN SISTEM PENGHUBUNG LAYANAN
        Menimbang : bahwa perlu mengatur penggunaan sistem penghubung layanan;
        MEMUTUSKAN:
        Pasal 1
        Sistem penghubung layanan daerah digunakan oleh seluruh perangkat daerah.
        Pasal 2
        Sistem penghubung layanan daerah terhubung dengan Sistem Penghubung Layanan Pemerintah.
        Ditetapkan di Sukamaju
        pada tanggal 2 Januari 2025
        BUPATI SUKAMAJU,
        ttd
        H. ARIFIN SETIAWAN
        """;

    [Fact]
    public void Indicator_7_all_units_and_the_national_service_bus()
    {
        var check = Judge(ServiceBus, 7);
        Assert.Equal(3, check.Level);
        Assert.Contains("Sistem Penghubung Layanan Pemerintah", FoundLabels(check));
        Assert.Contains("berlaku untuk seluruh unit kerja/perangkat daerah", FoundLabels(check));
        var some = Judge(ServiceBus.Replace("oleh seluruh perangkat daerah", "oleh Dinas Kominfo dan Bappeda"), 7);
        Assert.Equal(2, some.Level);
    }

    [Fact]
    public void Indicators_without_checkable_criteria_get_no_level_and_say_so()
    {
        // Criteria that name nothing a text can show ("Kriteria tingkat N telah terpenuhi." only): null, not 0.
        var bare = Catalog with
        {
            Indicators = Catalog.Indicators.Select(i => i.Number != 45 ? i : i with
            {
                Levels = i.Levels.Select(l => l with { Criterion = $"Kriteria tingkat {l.Level - 1} telah terpenuhi." }).ToList(),
            }).ToList(),
        };
        Assert.All(ElementStore.For(bare).For(45)!.Levels, l => Assert.Empty(l.Groups));
        var check = EvidenceChecker.Judge(new EvidenceCheckRequest("x", "x.pdf", "spbe-2024", 45, null, Year, false),
            new DocumentText(DocumentRenderer.Pages(File.ReadAllText(Path.Combine(DevDir, "E16.txt"))), 1, false, false, []), bare, Instansi);
        Assert.Null(check.Level);
        Assert.Empty(check.Flags);
        Assert.Contains("tidak dapat dinilai", PrecheckTexts.Id.NoteText(check));
        // The facts are still read.
        Assert.Equal("Laporan", check.Document.Kind);
    }

    [Fact]
    public void Flags_draft_unsigned_stale_off_topic_other_instansi_unreadable()
    {
        Assert.Equal([EvidenceCheckFlags.Draft], Dev("E03", 1).Flags);
        Assert.Equal(1, Dev("E03", 1).Level);
        Assert.Equal([EvidenceCheckFlags.Unsigned], Dev("E14", 8).Flags);
        Assert.Equal([EvidenceCheckFlags.Stale], Dev("E05", 1).Flags);

        var offTopic = Dev("E08", 1);
        Assert.Equal([EvidenceCheckFlags.OffTopic], offTopic.Flags);
        Assert.Equal(10, offTopic.SeemsIndicator);
        Assert.Equal(0, offTopic.Level);

        var other = Dev("E07", 1);
        Assert.Equal([EvidenceCheckFlags.OtherInstansi], other.Flags);
        Assert.Equal("Kota Mekarsari", other.Document.Instansi);
        Assert.Equal(0, other.Level);
        // Without a configured instansi nothing is compared.
        Assert.Equal(3, Judge(File.ReadAllText(Path.Combine(DevDir, "E07.txt")), 1, instansi: null).Level);

        var empty = EvidenceChecker.Judge(new EvidenceCheckRequest("x", "x.pdf", "spbe-2024", 1, null, Year, false),
            new DocumentText(["", " "], 2, false, false, []), Catalog, Instansi);
        Assert.Equal([EvidenceCheckFlags.Unreadable], empty.Flags);
        Assert.Null(empty.Level);
        Assert.False(string.IsNullOrEmpty(PrecheckTexts.Id.NoteText(empty)));
    }

    [Theory]
    [InlineData("PERATURAN WALI KOTA MEKARSARI\nNOMOR 5 TAHUN 2023\nTENTANG X", "Peraturan Wali Kota", "5", 2023, "Kota Mekarsari")]
    [InlineData("GUBERNUR JAWA TENGAH\nKEPUTUSAN GUBERNUR JAWA TENGAH\nNOMOR 100/12/2024\nTENTANG X", "Keputusan Gubernur", "100/12/2024", 2024, "Provinsi Jawa Tengah")]
    [InlineData("PEMERINTAH KABUPATEN SUKAMAJU\nSURAT EDARAN\nNomor: 500/45/Diskominfo/2025\nTENTANG X", "Surat Edaran", "500/45/Diskominfo/2025", 2025, "Kabupaten Sukamaju")]
    [InlineData("PEMERINTAH KABUPATEN SUKAMAJU\nUNDANGAN\nHari/Tanggal: Senin, 3 Maret 2025", "Undangan", null, 2025, "Kabupaten Sukamaju")]
    [InlineData("STANDAR OPERASIONAL PROSEDUR\nPENGELOLAAN ASET TIK", "SOP", null, null, null)]
    [InlineData("PEMERINTAH KABUPATEN SUKAMAJU\nJalan Merdeka Nomor 1, Sukamaju 45211\n\nPERATURAN BUPATI SUKAMAJU\nNOMOR 12 TAHUN 2024\nTENTANG X", "Peraturan Bupati", "12", 2024, "Kabupaten Sukamaju")]
    [InlineData("PEMERINTAH KABUPATEN SUKAMAJU\nSTANDAR OPERASIONAL PROSEDUR\nNomor SOP         : 800/SOP-12/Diskominfo/2025\nPENGELOLAAN X", "SOP", "800/SOP-12/Diskominfo/2025", 2025, "Kabupaten Sukamaju")]
    public void Facts_kind_number_year_and_instansi(string text, string kind, string? number, int? year, string? instansi)
    {
        var facts = DocumentFactsReader.Read(new PageText([text]));
        Assert.Equal(kind, facts.Kind);
        Assert.Equal(number, facts.Number);
        Assert.Equal(year, facts.Year);
        Assert.Equal(instansi, facts.Instansi);
    }

    [Theory]
    [InlineData("PERATURAN BUPATI SUKAMAJU\nNOMOR ... TAHUN ...\nTENTANG X", true)]
    [InlineData("PERATURAN BUPATI SUKAMAJU\nNOMOR     TAHUN 2025\nTENTANG X", true)]
    [InlineData("RANCANGAN PERATURAN BUPATI SUKAMAJU\nNOMOR 4 TAHUN 2025", true)]
    [InlineData("DRAF\nKEPUTUSAN BUPATI SUKAMAJU\nNOMOR 4/2025", true)]
    [InlineData("PERATURAN BUPATI SUKAMAJU\nNOMOR 4 TAHUN 2025\nTENTANG KONSEP ARSITEKTUR", false)]
    [InlineData("NOTULENSI RAPAT PEMBAHASAN RANCANGAN PERATURAN BUPATI\nTanggal: 3 Maret 2025", false)]
    public void Facts_draft_markers(string text, bool draft) =>
        Assert.Equal(draft, DocumentFactsReader.Read(new PageText([text])).Draft);

    [Theory]
    [InlineData("Ditetapkan di Sukamaju\npada tanggal 14 Maret 2024\nBUPATI SUKAMAJU,\n\nH. ARIFIN SETIAWAN", true, "2024-03-14")]
    [InlineData("Ditetapkan di Sukamaju\npada tanggal 14 Maret 2024\nBUPATI SUKAMAJU,\n\nttd\n\nARIFIN", true, "2024-03-14")]
    [InlineData("Ditetapkan di Sukamaju\npada tanggal ..................\nBUPATI SUKAMAJU,\n\nH. ARIFIN SETIAWAN", false, null)]
    [InlineData("Ditetapkan di Sukamaju\npada tanggal 14 Maret 2024\nBUPATI SUKAMAJU,\n\n", false, "2024-03-14")]
    [InlineData("Sukamaju, 29 Agustus 2025\nKepala Dinas,\n\nBAMBANG\nNIP. 19760812 200112 1 003", true, "2025-08-29")]
    [InlineData("Pasal 5\nPeraturan ini berlaku sejak diundangkan.", false, null)]
    public void Facts_signature_block_and_date(string tail, bool signed, string? date)
    {
        var facts = DocumentFactsReader.Read(new PageText(["PERATURAN BUPATI SUKAMAJU\nNOMOR 1 TAHUN 2024\nTENTANG X\n" + tail]));
        Assert.Equal(signed, facts.Signed);
        Assert.Equal(date, facts.Date?.ToString("yyyy-MM-dd"));
    }

    [Fact]
    public void The_committed_element_files_are_what_the_generator_makes_from_the_catalogs()
    {
        foreach (var framework in CatalogStore.Available)
        {
            var committed = File.ReadAllText(RepoFiles.Find($"src/SpbeBot.Core/Criteria/Elements/{framework}.json"));
            Assert.Equal(ElementStore.Serialize(ElementBuilder.Build(CatalogStore.Shipped(framework))), committed);
            Assert.Same(ElementStore.For(CatalogStore.Shipped(framework)), ElementStore.For(CatalogStore.Shipped(framework)));
            Assert.Equal(ElementStore.Embedded(framework)!.Source, ElementStore.For(CatalogStore.Shipped(framework)).Source);
        }
        var elements = ElementStore.For(Catalog);
        Assert.All(Enumerable.Range(1, 10), i => Assert.True(elements.For(i)!.Policy && elements.For(i)!.Levels.All(l => l.Groups.Count > 0), $"indicator {i}"));
        // Practice indicators: level 1 from the ladder's wording, and no level claimed from nothing (a level either has groups or stops the climb).
        Assert.All(Enumerable.Range(11, 37), i => Assert.True(!elements.For(i)!.Policy && elements.For(i)!.Levels.Single(l => l.Level == 1).Groups.Count > 0, $"indicator {i}"));
    }

    [Fact]
    public void The_build_elements_command_writes_the_committed_files()
    {
        var folder = Directory.CreateTempSubdirectory("spbebot-elements-cli-");
        try
        {
            var (stdout, stderr) = (new StringWriter(), new StringWriter());
            var exit = SpbeBot.Host.Cli.CatalogCommand.Create().Parse(["build-elements", "--out", folder.FullName])
                .Invoke(new System.CommandLine.InvocationConfiguration { Output = stdout, Error = stderr });
            Assert.Equal(0, exit);
            foreach (var framework in CatalogStore.Available)
                Assert.Equal(File.ReadAllText(RepoFiles.Find($"src/SpbeBot.Core/Criteria/Elements/{framework}.json")),
                    File.ReadAllText(Path.Combine(folder.FullName, framework + ".json")));
            Assert.Contains("Unsur spbe-2024: 47 indikator, 47 dengan unsur level yang dapat diperiksa", stderr.ToString());
            var unknown = SpbeBot.Host.Cli.CatalogCommand.Create().Parse(["build-elements", "spbe-1999"])
                .Invoke(new System.CommandLine.InvocationConfiguration { Output = stdout, Error = stderr });
            Assert.Equal(2, unknown);
        }
        finally
        {
            folder.Delete(true);
        }
    }

    [Fact]
    public void Practice_indicators_climb_the_common_ladder_and_never_above_the_text()
    {
        // The Pedoman's ladder for indicators 11–47, generated from the catalog text.
        var elements = ElementStore.For(Catalog);
        Assert.All(Enumerable.Range(11, 37), n => Assert.NotEmpty(elements.For(n)!.Levels.Single(l => l.Level == 1).Groups));
        Assert.Contains(elements.For(35)!.Levels.Single(l => l.Level == 3).Groups.SelectMany(g => g.Elements), e => e.Terms.Contains("transaksi"));
        Assert.Contains(elements.For(30)!.Levels.Single(l => l.Level == 5).Groups.SelectMany(g => g.Elements), e => e.Kind == "improvement");

        // The ladder is climbed as far as the text shows every element of a level and of the levels below.
        static void Reached(EvidenceCheck check, int level) =>
            Assert.True(check.Level == level, $"level {check.Level}, expected {level}; missing: {string.Join(" | ", check.Missing)}; note: {PrecheckTexts.Id.NoteText(check)}");

        // An audit recommending a follow-up is not the follow-up done; saying it was done is.
        var audit = Dev("E26", 30, 5);
        Reached(audit, 4);
        Assert.Contains(audit.Missing, m => m.StartsWith("Level 5:", StringComparison.Ordinal));
        var done = Judge(File.ReadAllText(Path.Combine(DevDir, "E26.txt")).Replace("Temuan tersebut perlu ditindaklanjuti oleh Dinas Komunikasi dan Informatika paling lambat Juni 2026.",
            "Seluruh temuan audit telah ditindaklanjuti dengan perbaikan hak akses pada Maret 2026."), 30, 5);
        Reached(done, 5);

        // A service with search and downloads but no transaction stays at 2.
        var lpse = File.ReadAllText(Path.Combine(DevDir, "E27.txt"));
        Reached(Dev("E27", 35), 3);
        Reached(Judge(lpse.Replace("c. Transaksi tender dan seleksi secara elektronik, termasuk evaluasi penawaran dan persetujuan penetapan pemenang oleh Pokja Pemilihan.", ""), 35), 2);

        // A draft Peta Rencana: level 1 only, the draft flag; some Perangkat Daerah: 2, all: 3.
        Reached(Dev("E23", 12), 1);
        Assert.Equal([EvidenceCheckFlags.Draft], Dev("E23", 12).Flags);
        Reached(Dev("E33", 17), 2);
        Reached(Judge(File.ReadAllText(Path.Combine(DevDir, "E33.txt")).Replace("telah menghubungkan 18 dari 32 Perangkat Daerah", "telah menghubungkan seluruh Perangkat Daerah"), 17), 3);
    }

    [Fact]
    public void What_a_practice_document_says_it_lacks_outweighs_the_same_words_elsewhere()
    {
        // Indicator 30, level 2 "sesuai dengan perencanaan": the plan named, then the plan denied in the activity's own clause.
        var text = File.ReadAllText(Path.Combine(DevDir, "E26.txt"));
        Assert.Equal(4, Judge(text, 30).Level);
        var unplanned = Judge(text.Replace("Audit Aplikasi SPBE dilaksanakan sesuai Rencana Audit TIK Kabupaten Sukamaju Tahun 2024-2026 yang disusun Dinas Komunikasi dan Informatika.",
            "Kegiatan Audit Aplikasi SPBE dilaksanakan tanpa perencanaan dan belum masuk rencana kerja Dinas."), 30);
        Assert.Equal(1, unplanned.Level);
        Assert.Contains(unplanned.Missing, m => m.StartsWith("Level 2:", StringComparison.Ordinal) && m.Contains("tanpa perencanaan", StringComparison.Ordinal));
        // A finding about something else ("belum ada perencanaan kapasitas") does not deny the audit's own plan.
        Assert.Equal(4, Judge(text.Replace("Temuan tersebut perlu", "Kapasitas penyimpanan 87%, belum ada perencanaan kapasitas. Temuan tersebut perlu"), 30).Level);

        // "seluruh Perangkat Daerah" written as a goal, with "9 (sembilan) dari 31" done: not all.
        var all = File.ReadAllText(Path.Combine(DevDir, "E33.txt")).Replace("telah menghubungkan 18 dari 32 Perangkat Daerah", "telah menghubungkan seluruh Perangkat Daerah");
        Assert.Equal(3, Judge(all, 17).Level);
        Assert.Equal(2, Judge(all + "\nSaat ini baru 9 (sembilan) dari 31\nPerangkat Daerah yang terhubung.", 17).Level);
        Assert.Equal(2, Judge(all + "\nPerangkat Daerah lainnya belum terhubung.", 17).Level);

        // The ladder reads what a level requires, not its "Kondisi:" (indicator 27 level 2: "tidak/belum dilaksanakan oleh
        // seluruh unit kerja" describes the state, it is not required).
        var elements = ElementStore.For(Catalog);
        Assert.DoesNotContain(elements.For(27)!.Levels.Single(l => l.Level == 2).Groups.SelectMany(g => g.Elements), e => e.Kind == "scope-all");
        Assert.Contains(elements.For(27)!.Levels.Single(l => l.Level == 3).Groups.SelectMany(g => g.Elements), e => e.Kind == "scope-all");
    }

    [Fact]
    public void A_service_indicator_is_judged_on_the_functions_the_document_shows_an_obligation_is_not_one()
    {
        const string head = "PEMERINTAH KABUPATEN SUKAMAJU\nSURAT EDARAN\nNomor: 000.5/77/Diskominfo\nTENTANG PUBLIKASI DATA TERBUKA\n\n" +
            "1. Setiap Perangkat Daerah wajib mengunggah dataset data terbuka ke portal paling lambat setiap akhir triwulan.\n";
        const string tail = "\nSukamaju, 2 Maret 2026\nKEPALA DINAS KOMUNIKASI DAN INFORMATIKA,\n\nttd\n\nBAMBANG WIRAYUDHA\n";
        var circular = Judge(head + tail, 43);
        Assert.Null(circular.Level);
        Assert.Contains("tidak dapat dinilai", PrecheckTexts.Id.NoteText(circular));
        var functions = Judge(head + "2. Portal Data Terbuka menyediakan fitur pencarian dataset dan pengunduhan dataset bagi masyarakat.\n" + tail, 43);
        Assert.Equal(2, functions.Level);
        Assert.Contains(functions.Found, f => f.Quote.Contains("pencarian", StringComparison.Ordinal));
    }

    [Fact]
    public void An_enacted_amendment_following_a_reviu_is_the_follow_up_level_and_only_then()
    {
        const string amendment = "PERATURAN BUPATI SUKAMAJU\nNOMOR 19 TAHUN 2026\nTENTANG\nPERUBAHAN ATAS PERATURAN BUPATI NOMOR 12 TAHUN 2024 TENTANG ARSITEKTUR SPBE\n\n" +
            "Menimbang : a. bahwa berdasarkan Laporan Hasil Reviu Kebijakan Internal Arsitektur SPBE tanggal 16 Maret 2026 direkomendasikan perubahan;\n\n" +
            "MEMUTUSKAN:\nMenetapkan : PERATURAN BUPATI TENTANG PERUBAHAN ATAS PERATURAN BUPATI NOMOR 12 TAHUN 2024.\nPasal I\nKetentuan Pasal 5 diubah.\n\n" +
            "Ditetapkan di Sukamaju\npada tanggal 14 September 2026\nBUPATI SUKAMAJU,\n\nttd\n\nH. ARIFIN SETIAWAN\n";
        var followUp = Judge(amendment, 1, 5);
        Assert.Equal(5, followUp.Level);
        Assert.Contains(followUp.Found, f => f.Quote.Contains("Hasil Reviu", StringComparison.Ordinal));
        // Without the reviu it follows, or not yet ditetapkan, it is not the follow-up.
        Assert.True(Judge(amendment.Replace("berdasarkan Laporan Hasil Reviu Kebijakan Internal Arsitektur SPBE tanggal 16 Maret 2026 direkomendasikan perubahan",
            "perlu penyesuaian Arsitektur SPBE"), 1, 5).Level is < 5);
        Assert.True(Judge("RANCANGAN " + amendment.Replace("NOMOR 19 TAHUN 2026", "NOMOR ... TAHUN ...").Replace("ttd\n\nH. ARIFIN SETIAWAN\n", ""), 1, 5).Level is < 5);
    }

    [Fact]
    public void A_practice_audit_report_older_than_two_years_is_stale_and_supports_no_level()
    {
        var text = File.ReadAllText(Path.Combine(DevDir, "E26.txt"));
        var old = Judge(text.Replace("TAHUN 2025", "TAHUN 2023").Replace("2024-2026", "2022-2024").Replace("Juni 2026", "Juni 2024")
            .Replace("Sukamaju, 28 November 2025", "Sukamaju, 28 November 2023"), 30);
        Assert.Equal(0, old.Level);
        Assert.Equal([EvidenceCheckFlags.Stale], old.Flags);
        Assert.Equal(4, Judge(text, 30).Level);
    }

    [Fact]
    public void A_penetapan_block_without_its_officials_name_is_unsigned_and_so_is_an_unsigned_notulensi()
    {
        const string body = "PERATURAN BUPATI SUKAMAJU\nNOMOR 15 TAHUN 2024\nTENTANG JARINGAN INTRA\n\nMEMUTUSKAN:\nPasal 1\nJaringan Intra digunakan oleh seluruh Perangkat Daerah.\n\n";
        const string block = "Ditetapkan di Sukamaju\npada tanggal 2 Mei 2024\nBUPATI SUKAMAJU,\n\n\n\n";
        const string sekda = "Diundangkan di Sukamaju\npada tanggal 2 Mei 2024\nSEKRETARIS DAERAH KABUPATEN SUKAMAJU,\n\nIr. SITI NURHALIZAH KUSUMA, M.T.\n";
        var unsigned = Judge(body + block + sekda, 6);
        Assert.False(unsigned.Document.Signed);
        Assert.Contains(EvidenceCheckFlags.Unsigned, unsigned.Flags);
        Assert.Equal(1, unsigned.Level);
        var signed = Judge(body + block.Replace("BUPATI SUKAMAJU,\n\n", "BUPATI SUKAMAJU,\n\nH. ARIFIN SETIAWAN\n") + sekda, 6);
        Assert.True(signed.Document.Signed);
        Assert.Equal(3, signed.Level);

        const string notulensi = "PEMERINTAH KABUPATEN SUKAMAJU\nNOTULENSI RAPAT MANAJEMEN PERUBAHAN SPBE\nHari/tanggal : Kamis, 23 April 2026\n\n" +
            "1. Kegiatan manajemen perubahan merupakan program dalam Peta Rencana SPBE.\n\n                Sukamaju, 23 April 2026\nMengetahui,        Notulis,\n\n\n\n";
        var note = Judge(notulensi, 27);
        Assert.Contains(EvidenceCheckFlags.Unsigned, note.Flags);
        Assert.Equal(2, note.Level);
        Assert.DoesNotContain(EvidenceCheckFlags.Unsigned, Judge(notulensi + "ttd.\n\nRIZKY PRATAMA, S.T.\n", 27).Flags);
    }

    [Fact]
    public void Level_zero_where_the_text_supports_no_level_null_where_nothing_is_checkable()
    {
        // The stale rule: a reviu older than two years counts toward no level that needs one; and a report older than two
        // years that shows nothing beyond the practice itself (E25: the Tim Koordinasi worked in 2022) records the practice
        // as it was, not as it is: no level (issue 22, "none above": in doubt, the lower level).
        Assert.Equal(0, Dev("E25", 19, 4).Level);
        Assert.Equal([EvidenceCheckFlags.Stale], Dev("E25", 19, 4).Flags);
        Assert.Equal(0, Dev("E29", 22).Level);
        Assert.Equal([EvidenceCheckFlags.OffTopic], Dev("E29", 22).Flags);
        Assert.Equal(0, Dev("E30", 43).Level);
        Assert.Equal([EvidenceCheckFlags.OtherInstansi], Dev("E30", 43).Flags);
        // A draft supports the concept level (1); where level 1 already requires ditetapkan it supports none: 0.
        var draftText = File.ReadAllText(Path.Combine(DevDir, "E03.txt"));
        Assert.Equal(1, Judge(draftText, 1, 2).Level);
        var enactedFirst = Catalog with
        {
            Indicators = Catalog.Indicators.Select(i => i.Number != 1 ? i : i with
            {
                Levels = i.Levels.Select(l => l.Level != 1 ? l : l with { Criterion = "Kebijakan internal terkait Arsitektur SPBE telah ditetapkan." }).ToList(),
            }).ToList(),
        };
        var draft = EvidenceChecker.Judge(new EvidenceCheckRequest("x", "x.pdf", "spbe-2024", 1, 2, Year, false),
            new DocumentText(DocumentRenderer.Pages(draftText), 1, false, false, []), enactedFirst, Instansi);
        Assert.Equal(0, draft.Level);
        Assert.Equal([EvidenceCheckFlags.Draft], draft.Flags);
        Assert.Contains(draft.Missing, m => m.StartsWith("Level 1: kebijakan yang ditetapkan", StringComparison.Ordinal));
        var unreadable = EvidenceChecker.Judge(new EvidenceCheckRequest("x", "x.pdf", "spbe-2024", 30, null, Year, false),
            new DocumentText(["", " "], 2, false, false, []), Catalog, Instansi);
        Assert.Null(unreadable.Level);
    }

    [Fact]
    public void Level_zero_reads_as_no_level_in_one_language_each()
    {
        var offTopic = Dev("E08", 1);
        var id = SpbeBot.Dialogs.Evidence.PrecheckTexts.Id.Lines(offTopic);
        var en = SpbeBot.Dialogs.Evidence.PrecheckTexts.En.Lines(offTopic);
        Assert.Contains("belum mendukung level mana pun untuk indikator ini (level 0)", id);
        Assert.Contains("supports no level of this indicator (level 0)", en);
        Assert.DoesNotContain("supports", id);
        Assert.DoesNotContain("mendukung", en);
        Assert.DoesNotContain("belum dapat dinilai", id);
    }

    [Fact]
    public void A_corrected_catalog_brings_its_own_elements()
    {
        var indicator = Catalog.FindIndicator(1)!;
        var corrected = Catalog with
        {
            Indicators = Catalog.Indicators.Select(i => i.Number != 1 ? i : i with
            {
                Levels = i.Levels.Select(l => l.Level != 3 ? l : l with
                {
                    Criterion = "Kriteria tingkat 2 telah terpenuhi dan kebijakan internal telah memuat secara lengkap domain Arsitektur SPBE (Proses Bisnis, Data dan Informasi, Infrastruktur SPBE, Aplikasi SPBE, Keamanan SPBE, Layanan SPBE, dan Tata Kelola SPBE).",
                }).ToList(),
            }).ToList(),
        };
        Assert.NotNull(indicator);
        var elements = ElementStore.For(corrected);
        Assert.NotEqual(ElementStore.For(Catalog).Source, elements.Source);
        Assert.Contains(elements.For(1)!.Levels.Single(l => l.Level == 3).Groups.SelectMany(g => g.Elements), e => e.Label == "Tata Kelola SPBE");
        var check = EvidenceChecker.Judge(new EvidenceCheckRequest("x", "x.pdf", "spbe-2024", 1, null, Year, false),
            new DocumentText(DocumentRenderer.Pages(File.ReadAllText(Path.Combine(DevDir, "E01.txt"))), 3, false, false, []), corrected, Instansi);
        Assert.Equal(2, check.Level);
        Assert.Contains("Level 3: mengatur Tata Kelola SPBE", check.Missing);
    }

    [Fact]
    public void The_json_has_indicator_level_ocr_flags_found_missing_and_document()
    {
        var json = JsonDocument.Parse(EvidenceCheckJson.Serialize(Dev("E02", 1), "perbup.pdf")).RootElement;
        Assert.Equal(1, json.GetProperty("indicator").GetInt32());
        Assert.Equal(2, json.GetProperty("level").GetInt32());
        Assert.False(json.GetProperty("ocr").GetBoolean());
        Assert.Equal(0, json.GetProperty("flags").GetArrayLength());
        var found = json.GetProperty("found").EnumerateArray().First(f => f.GetProperty("element").GetString() == "Proses Bisnis");
        Assert.Contains("proses bisnis", found.GetProperty("quote").GetString());
        Assert.Equal(2, found.GetProperty("page").GetInt32());
        Assert.Contains(json.GetProperty("missing").EnumerateArray(), m => m.GetString() == "Level 3: mengatur Layanan SPBE");
        var document = json.GetProperty("document");
        Assert.Equal("Peraturan Bupati", document.GetProperty("kind").GetString());
        Assert.Equal("7", document.GetProperty("number").GetString());
        Assert.Equal(2023, document.GetProperty("year").GetInt32());
        Assert.Equal("2023-05-02", document.GetProperty("date").GetString());
        // 0: supports no level (another indicator's document); null: cannot judge (nothing readable).
        Assert.Equal(0, JsonDocument.Parse(EvidenceCheckJson.Serialize(Dev("E08", 1))).RootElement.GetProperty("level").GetInt32());
        var unreadable = EvidenceChecker.Judge(new EvidenceCheckRequest("x", "x.pdf", "spbe-2024", 1, null, Year, false), new DocumentText([""], 1, false, false, []), Catalog, Instansi);
        Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(EvidenceCheckJson.Serialize(unreadable)).RootElement.GetProperty("level").ValueKind);
    }

    [Fact]
    public void The_notes_are_codes_with_arguments_worded_by_dialogs_in_one_language()
    {
        var check = Dev("E02", 1, level: 3);
        var note = Assert.Single(check.Notes, n => n.Code == CheckNote.BelowFiled);
        Assert.Equal((2, 3), (note.Number, note.Other));
        var json = JsonDocument.Parse(EvidenceCheckJson.Serialize(check)).RootElement;
        Assert.False(json.TryGetProperty("note", out _));   // no Indonesian sentence from Core
        var coded = json.GetProperty("notes").EnumerateArray().Single(n => n.GetProperty("code").GetString() == "below-filed");
        Assert.Equal(2, coded.GetProperty("number").GetInt32());
        Assert.Equal("Teks mendukung level 2, di bawah level 3 yang dipilih.", PrecheckTexts.Id.NoteText(check));
        Assert.Equal("The text supports level 2, below the chosen level 3.", PrecheckTexts.En.NoteText(check));
        // Every code has its own wording in both languages (none falls through to the bare code).
        foreach (var code in typeof(CheckNote).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!))
            foreach (var texts in new[] { PrecheckTexts.Id, PrecheckTexts.En })
                Assert.NotEqual(code, texts.CheckLine(new CheckNote(code, 1, 2, "A", "B")));
        foreach (var code in typeof(ReadNote).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!))
            Assert.NotEqual(PrecheckTexts.Id.ReadLine(new ReadNote("?")), PrecheckTexts.Id.ReadLine(new ReadNote(code, 1, 2)));
    }

    const string StaleProgramReview = """
        PEMERINTAH KABUPATEN SUKAMAJU
        TIM KOORDINASI SPBE

        LAPORAN HASIL REVIU PELAKSANAAN PROGRAM KERJA TIM KOORDINASI SPBE TAHUN 2022

        Nomor : 000.1/12/TK-SPBE/2023
        Tanggal : 14 Maret 2023

        BAB I PENDAHULUAN
        Reviu ini menilai program kerja Tim Koordinasi SPBE Tahun 2022 yang disusun pada awal tahun 2022.

        BAB II PELAKSANAAN
        Program kerja terdiri atas 6 kegiatan dan seluruhnya (6 dari 6) telah dilaksanakan.
        Program kerja telah dikomunikasikan kepada seluruh Perangkat Daerah melalui surat Sekretaris Daerah.

        BAB III PERMASALAHAN
        1. Data dari beberapa Perangkat Daerah terlambat disampaikan.

        BAB IV REKOMENDASI
        1. Menetapkan batas waktu penyampaian data.

        Sukamaju, 14 Maret 2023
        Ketua Pelaksana,
        ttd
        """;

    [Fact]
    public void A_stale_reviu_counts_toward_no_reviu_level_but_the_rest_of_the_report_still_does()
    {
        // Indicator 19: planned (2), done in full (3), communicated to all units (4, with a reviu < 2 years): the reviu of
        // 2023 is stale in 2026, so the report supports 3 and is flagged — not 0 for the whole document.
        var stale = Judge(StaleProgramReview, 19, level: 4);
        Assert.Equal(3, stale.Level);
        Assert.Contains(EvidenceCheckFlags.Stale, stale.Flags);
        Assert.Contains(stale.Missing, m => m.StartsWith("Level 4: reviu/evaluasi", StringComparison.Ordinal) && m.Contains("2023"));
        Assert.Contains(stale.Notes, n => n.Code == CheckNote.StaleReview && n.Number == 2023);
        // The same report a year later in time (2024 evaluation): the reviu is valid and level 4 holds.
        Assert.Equal(4, Judge(StaleProgramReview, 19, level: 4, year: 2024).Level);
        // A share short of the whole ("4 dari 6") denies "seluruhnya": level 2.
        Assert.Equal(2, Judge(StaleProgramReview.Replace("seluruhnya (6 dari 6) telah dilaksanakan", "4 dari 6 telah dilaksanakan"), 19, level: 4).Level);
    }

    [Fact]
    public void A_working_paper_marked_konsep_belum_final_is_a_draft_and_supports_only_the_concept_level()
    {
        const string konsep = """
            KONSEP - BELUM FINAL

            PETA RENCANA SPBE
            KABUPATEN SUKAMAJU 2027-2031

            BAB II RENCANA PROGRAM
            1 | Tata Kelola SPBE | Pemutakhiran Arsitektur SPBE | 2027
            2 | Layanan SPBE | Integrasi layanan perizinan | 2027
            3 | Aplikasi SPBE | Konsolidasi aplikasi umum | 2028
            """;
        var check = Judge(konsep, 12, level: 3);
        Assert.Contains(EvidenceCheckFlags.Draft, check.Flags);
        Assert.Equal(1, check.Level);
    }

    [Fact]
    public void Garbled_ocr_text_claims_no_level_and_says_why()
    {
        var clean = File.ReadAllText(Path.Combine(DevDir, "E02.txt"));
        var garbled = string.Join("\n", clean.Split('\n').SelectMany(line => new[] { line, "Pxrw@ tkdl 8rngk# bwtq5 zzkr mnbv" }));
        EvidenceCheck Read(string text, bool ocr) => EvidenceChecker.Judge(new EvidenceCheckRequest("x.pdf", "x.pdf", "spbe-2024", 1, null, Year, AllowOcr: true),
            new DocumentText(DocumentRenderer.Pages(text), 1, ocr, false, []), Catalog, Instansi);
        Assert.True(EvidenceChecker.GarbledShare(new PageText(DocumentRenderer.Pages(clean))) < 0.05);
        Assert.Equal(2, Read(clean, ocr: true).Level);
        var bad = Read(garbled, ocr: true);
        Assert.Null(bad.Level);
        Assert.Contains(bad.Notes, n => n.Code == CheckNote.OcrGarbled);
        Assert.Equal(2, Read(garbled, ocr: false).Level);   // a text layer is what the author wrote: no OCR doubt
    }

    [Theory]
    [InlineData("Seluruh 31 (tiga puluh satu) Perangkat Daerah telah menggunakan Layanan Pusat Data.", 3)]
    [InlineData("Layanan Pusat Data telah digunakan oleh 31 dari 31 Perangkat Daerah.", 3)]
    [InlineData("Layanan Pusat Data telah digunakan oleh 12 dari 31 Perangkat Daerah.", 2)]
    public void All_units_are_found_in_the_words_authors_use(string sentence, int level)
    {
        var text = $"""
            PEMERINTAH KABUPATEN SUKAMAJU
            LAPORAN PENGGUNAAN LAYANAN PUSAT DATA TAHUN 2026

            {sentence}
            Pengoperasian mengikuti Standar Operasional Prosedur pengoperasian Pusat Data.

            Sukamaju, 10 Juni 2026
            Kepala Dinas Komunikasi dan Informatika
            ttd
            """;
        Assert.Equal(level, Judge(text, 16, level: 4).Level);
    }

    // Real files through the checker: PdfPig, Open XML, and the bad input of the issue.

    static async Task<EvidenceCheck> CheckFile(byte[] content, string name, int indicator = 1, bool ocr = false)
    {
        var dir = Directory.CreateTempSubdirectory("spbebot-check-test-");
        try
        {
            var path = Path.Combine(dir.FullName, name);
            await File.WriteAllBytesAsync(path, content);
            var checker = new EvidenceChecker(_ => Task.FromResult<string?>(Instansi));
            return await checker.CheckAsync(new EvidenceCheckRequest(path, name, "spbe-2024", indicator, null, Year, ocr), CancellationToken.None);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public async Task A_text_pdf_is_read_with_pdfpig_and_judged_with_its_pages()
    {
        var check = await CheckFile(DocumentRenderer.TextPdf(File.ReadAllText(Path.Combine(DevDir, "E01.txt"))), "perbup.pdf");
        Assert.Equal(3, check.Level);
        Assert.False(check.Ocr);
        Assert.Equal(3, check.Pages);
        Assert.Contains(check.Found, f => f.Element == "Keamanan SPBE" && f.Page == 2);
        Assert.Equal("12", check.Document.Number);
    }

    [Fact]
    public async Task A_docx_is_read_and_a_docm_is_refused_unopened()
    {
        byte[] Docx(bool macro)
        {
            using var buffer = new MemoryStream();
            using (var doc = WordprocessingDocument.Create(buffer, macro ? WordprocessingDocumentType.MacroEnabledDocument : WordprocessingDocumentType.Document))
            {
                var main = doc.AddMainDocumentPart();
                main.Document = new W.Document(new W.Body(File.ReadAllText(Path.Combine(DevDir, "E09.txt"))
                    .Split('\n').Select(line => new W.Paragraph(new W.Run(new W.Text(line) { Space = SpaceProcessingModeValues.Preserve })))));
                if (macro) main.AddNewPart<VbaProjectPart>().FeedData(new MemoryStream([1, 2, 3]));
            }
            return buffer.ToArray();
        }
        var docx = await CheckFile(Docx(false), "sk-tim.docx", 10);
        Assert.Equal(3, docx.Level);
        Assert.Equal("Keputusan Bupati", docx.Document.Kind);

        var docm = await CheckFile(Docx(true), "sk-tim.docm", 10);
        Assert.Equal([EvidenceCheckFlags.Unreadable], docm.Flags);
        Assert.Contains("makro", PrecheckTexts.Id.NoteText(docm));
        Assert.Null(docm.Level);
    }

    [Fact]
    public async Task Bad_input_gets_a_clear_note_and_no_exception()
    {
        var encrypted = await CheckFile(SampleFiles.EncryptedPdf(), "rahasia.pdf");
        Assert.Contains("terenkripsi", PrecheckTexts.Id.NoteText(encrypted));
        Assert.Equal([EvidenceCheckFlags.Unreadable], encrypted.Flags);

        var pdf = DocumentRenderer.TextPdf("PERATURAN BUPATI SUKAMAJU");
        var corrupt = await CheckFile(pdf[..(pdf.Length / 2)], "rusak.pdf");
        Assert.Contains("rusak", PrecheckTexts.Id.NoteText(corrupt));
        Assert.Equal([EvidenceCheckFlags.Unreadable], corrupt.Flags);

        var zip = await CheckFile(SampleFiles.Zip(("perbup.pdf", pdf)), "bukti.zip");
        Assert.Contains("ZIP", PrecheckTexts.Id.NoteText(zip));
        Assert.Equal([EvidenceCheckFlags.Unreadable], zip.Flags);

        var empty = await CheckFile([], "kosong.pdf");
        Assert.Contains("kosong", PrecheckTexts.Id.NoteText(empty));

        // An image in the chat's path is not read: the background job does it with OCR.
        var image = await CheckFile(SampleFiles.Png(), "foto.png", ocr: false);
        Assert.True(image.NeedsOcr);
        Assert.Null(image.Level);
        Assert.Empty(image.Flags);

        var unknown = await CheckFile(SampleFiles.Exe(), "program.pdf");
        Assert.Equal([EvidenceCheckFlags.Unreadable], unknown.Flags);
        Assert.False(string.IsNullOrEmpty(PrecheckTexts.Id.NoteText(unknown)));
    }

    [Fact]
    public async Task A_scanned_pdf_without_ocr_needs_ocr_and_pages_beyond_the_cap_are_skipped_with_a_note()
    {
        var scan = await CheckFile(DocumentRenderer.ScannedPdf("BUPATI SUKAMAJU\nPERATURAN BUPATI", 1), "pindai.pdf");
        Assert.True(scan.NeedsOcr);
        Assert.False(scan.Ocr);
        Assert.Contains("OCR", PrecheckTexts.Id.NoteText(scan));

        var long45 = string.Join('\f', Enumerable.Repeat(File.ReadAllText(Path.Combine(DevDir, "E02.txt")), 15));
        var check = await CheckFile(DocumentRenderer.TextPdf(long45), "tebal.pdf");
        Assert.Equal(30, check.Pages);   // 2 pages × 15
        var longer = string.Join('\f', Enumerable.Repeat(File.ReadAllText(Path.Combine(DevDir, "E02.txt")), 22));
        var capped = await CheckFile(DocumentRenderer.TextPdf(longer), "tebal.pdf");
        Assert.Equal(44, capped.Pages);
        Assert.Contains("Hanya 40 halaman pertama yang dibaca; halaman 41–44 dilewati.", PrecheckTexts.Id.NoteText(capped));
        Assert.Equal(2, capped.Level);
    }

    [Fact]
    public async Task Ocr_helpers_run_below_the_servers_priority()
    {
        // `nice` with no arguments prints the niceness it runs at: the OCR helpers' own.
        var (code, stdout, _) = await Ocr.RunAsync("sh", ["-c", "nice"], CancellationToken.None);
        Assert.Equal(0, code);
        Assert.Equal(Math.Min(19, Ocr.Niceness + CurrentNiceness()), int.Parse(stdout.Trim(), System.Globalization.CultureInfo.InvariantCulture));
    }

    // The test process's own niceness (nice values add up, capped at 19).
    static int CurrentNiceness()
    {
        var stat = File.ReadAllText("/proc/self/stat");
        return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[16], System.Globalization.CultureInfo.InvariantCulture);
    }

    const string ServiceReport = """
        LAPORAN PEMANFAATAN LAYANAN KINERJA PEGAWAI (APLIKASI SIMONIK)
        BADAN KEPEGAWAIAN DAERAH KABUPATEN SUKAMAJU
        Nomor: 800/12/BKD/2026

        A. Fungsi aplikasi
           1. Aplikasi Simonik menampilkan informasi kinerja pegawai.
           2. Pegawai dapat mencari riwayat kinerja dan mengunggah bukti kinerja.
           3. Atasan memverifikasi bukti dan menyetujui penilaian kinerja di aplikasi.
           4. Nilai kinerja dikirim setiap hari ke aplikasi e-Retribusi milik BPKAD.

        B. Rekomendasi
           a. Menambah fitur tunjangan terintegrasi dengan aplikasi penggajian.

        Sukamaju, 3 Maret 2026
        Kepala Dinas Perhubungan,
        ttd
        HARYONO
        """;

    [Fact]
    public void A_service_report_collaboration_as_data_flow_counts_and_what_the_recommendations_name_does_not()
    {
        // Data sent to another system's application is the collaboration of level 4 ("layanan kolaborasi dengan layanan elektronik lain").
        var flowing = Judge(ServiceReport, 41);
        Assert.Equal(4, flowing.Level);
        Assert.Contains(flowing.Found, f => f.Element.StartsWith("layanan kolaborasi", StringComparison.Ordinal) && f.Quote.Contains("e-Retribusi", StringComparison.Ordinal));

        // The same report whose data does not flow: the integration named only in the Rekomendasi is what is lacking.
        var notFlowing = Judge(ServiceReport.Replace("4. Nilai kinerja dikirim setiap hari ke aplikasi e-Retribusi milik BPKAD.", "4. Nilai kinerja dicatat manual."), 41);
        Assert.Equal(3, notFlowing.Level);
        Assert.Contains(notFlowing.Missing, m => m.StartsWith("Level 4:", StringComparison.Ordinal));

        // Said in a negated clause, the data flow is not there either.
        var negated = Judge(ServiceReport.Replace("Nilai kinerja dikirim setiap hari", "Nilai kinerja belum dikirim"), 41);
        Assert.Equal(3, negated.Level);
    }

    [Fact]
    public void A_practice_record_a_plan_named_in_a_negated_clause_is_not_a_plan_and_kerja_sama_is_on_topic()
    {
        const string record = """
            CATATAN RAPAT
            Topik: kerja sama Dinas Kesehatan dan Diskominfo Kabupaten Sukamaju untuk pemulihan aplikasi rujukan
            Tanggal: 4 Mei 2026

            Rapat diadakan mendadak; kegiatan ini tidak termasuk dalam rencana kerja kedua perangkat daerah.
            Hasil: konfigurasi server dipulihkan oleh staf Diskominfo.

            Dicatat oleh,
            ttd
            Andi
            """;
        var check = Judge(record, 20);
        Assert.DoesNotContain(EvidenceCheckFlags.OffTopic, check.Flags);
        Assert.Equal(1, check.Level);
        Assert.Contains(check.Missing, m => m.StartsWith("Level 2:", StringComparison.Ordinal));
    }

    // Issue 22, "none above": a level is never granted from a mention. Each pair differs only in what the rule reads.

    [Fact]
    public void A_report_older_than_two_years_that_shows_only_the_practice_supports_no_level()
    {
        static string Report(string date) => $"""
            LAPORAN EVALUASI INOVASI PROSES BISNIS
            DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN SUKAMAJU
            Tanggal: {date}

            Evaluasi ini menilai inovasi proses bisnis pada perangkat daerah.
            Temuan: peta proses bisnis belum disusun untuk seluruh urusan.
            Rekomendasi: menyusun peta proses bisnis lintas perangkat daerah.

            Kepala Dinas Komunikasi dan Informatika,
            ttd
            BUDI SANTOSO
            """;
        var stale = Judge(Report("12 Maret 2022"), 14, 4);
        Assert.Equal(0, stale.Level);
        Assert.Contains(EvidenceCheckFlags.Stale, stale.Flags);
        Assert.Contains(stale.Missing, m => m.StartsWith("Level 1:", StringComparison.Ordinal) && m.Contains("masih berlaku", StringComparison.Ordinal));
        Assert.DoesNotContain(stale.Found, f => f.Element.StartsWith("dokumen/kegiatan tentang", StringComparison.Ordinal));

        // The same report, recent: its reviu counts (isu and rekomendasi), so it is well above 0.
        var recent = Judge(Report("12 Maret 2026"), 14, 4);
        Assert.True(recent.Level >= 1, $"level {recent.Level}");
        Assert.DoesNotContain(EvidenceCheckFlags.Stale, recent.Flags);
    }

    [Fact]
    public void A_draft_for_a_service_shows_no_running_service_and_supports_no_level()
    {
        static string Sop(string head) => $"""
            {head}STANDAR OPERASIONAL PROSEDUR
            LAYANAN AKUNTABILITAS KINERJA ORGANISASI
            PEMERINTAH KABUPATEN SUKAMAJU

            Aplikasi e-SAKIP menyajikan informasi capaian kinerja perangkat daerah kepada pimpinan.
            Prosedur: operator perangkat daerah memeriksa informasi capaian kinerja setiap triwulan.

            Kepala Bagian Organisasi,
            ttd
            SITI RAHAYU
            """;
        var draft = Judge(Sop("RANCANGAN\n"), 40, 2);
        Assert.Contains(EvidenceCheckFlags.Draft, draft.Flags);
        Assert.Equal(0, draft.Level);
        Assert.Contains(draft.Missing, m => m.StartsWith("Level 1:", StringComparison.Ordinal) && m.Contains("rancangan", StringComparison.Ordinal));

        var enacted = Judge(Sop(""), 40, 2);
        Assert.DoesNotContain(EvidenceCheckFlags.Draft, enacted.Flags);
        Assert.Equal(1, enacted.Level);
    }

    [Fact]
    public void A_blank_lembar_pengesahan_is_unsigned_and_not_a_formal_document_and_a_heading_is_no_signers_name()
    {
        static string Plan(string signer) => $"""
            DOKUMEN PETA RENCANA SPBE
            KABUPATEN SUKAMAJU TAHUN 2025-2029

            LEMBAR PENGESAHAN
            Disahkan di Sukamaju, tanggal {(signer.Length > 0 ? "3 Februari 2025" : "..................")}
            Kepala Dinas Komunikasi dan Informatika,
            {signer}
            NIP. {(signer.Length > 0 ? "197001011995031001" : "")}
            BAB I PENDAHULUAN
            Peta Rencana SPBE memuat program Tata Kelola SPBE dan Layanan SPBE.
            """;
        var blank = Judge(Plan(""), 12, 3);
        Assert.Contains(EvidenceCheckFlags.Unsigned, blank.Flags);
        Assert.Equal(1, blank.Level);
        Assert.Contains(blank.Missing, m => m.StartsWith("Level 2:", StringComparison.Ordinal));

        var signed = Judge(Plan("(BUDI SANTOSO)"), 12, 3);
        Assert.DoesNotContain(EvidenceCheckFlags.Unsigned, signed.Flags);
        Assert.Equal(2, signed.Level);

        Assert.True(DocumentFactsReader.HasEmptySignatureBlock("Kepala Dinas Komunikasi dan Informatika,\n\n(..........)\nNIP.\nBAB I PENDAHULUAN\n"));
        Assert.False(DocumentFactsReader.HasEmptySignatureBlock("Kepala Dinas Komunikasi dan Informatika,\n\nBUDI SANTOSO\nNIP. 197001011995031001\n"));
    }

    [Fact]
    public void The_application_cycle_is_regulated_through_the_stages_the_kriteria_pemenuhan_names_at_least()
    {
        static string Perbup(string stages) => $"""
            PERATURAN BUPATI SUKAMAJU
            NOMOR 5 TAHUN 2025
            TENTANG PEMBANGUNAN APLIKASI SPBE

            Pasal 1
            Pembangunan aplikasi dilaksanakan melalui tahapan: {stages}.

            Ditetapkan di Sukamaju
            pada tanggal 3 Februari 2025
            BUPATI SUKAMAJU,
            ttd
            H. ARIF RAHMANSYAH
            """;
        var all = Judge(Perbup("analisis kebutuhan, perencanaan, rancang bangun, implementasi, uji kelaikan, dan pemeliharaan"), 4, 3);
        Assert.True(all.Level >= 2, $"level {all.Level}; missing: {string.Join(" | ", all.Missing)}");
        Assert.Contains("siklus pembangunan aplikasi", FoundLabels(all));

        // One stage the Pedoman names at least (pemeliharaan) is absent: the cycle is not regulated.
        var short_ = Judge(Perbup("analisis kebutuhan, perencanaan, rancang bangun, dan implementasi"), 4, 3);
        Assert.Equal(1, short_.Level);
        Assert.Contains("Level 2: siklus pembangunan aplikasi", short_.Missing);

        var element = ElementStore.For(Catalog).For(4)!.Levels.Single(l => l.Level == 2).Groups.SelectMany(g => g.Elements).Single(e => e.Kind == "phrase");
        Assert.Equal(["part:perencanaan", "part:analisis", "part:desain", "part:implementasi", "part:pemeliharaan"], element.Qualifiers);
    }
}
