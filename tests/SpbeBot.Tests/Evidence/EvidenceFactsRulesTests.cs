using SpbeBot.Core.Evidence.Checking;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// Issue 22 (wip-22r): the document's own facts, not those it cites. A policy named in a sentence is cited, not the
/// document's kind; "nomor" followed by words is no number left blank; a number without its year is no draft marker; a
/// KAK can be a draft; a draft that says it is not signed is flagged unsigned too. The documents are written for these tests.
/// </summary>
public class EvidenceFactsRulesTests
{
    static DocumentFacts Facts(string text) => DocumentFactsReader.Read(new PageText([text]));

    [Fact]
    public void A_policy_cited_in_a_sentence_is_not_the_documents_kind_nor_its_number()
    {
        var document = Facts("PEMERINTAH KABUPATEN SUKAMAJU\nDINAS KOMUNIKASI DAN INFORMATIKA\n\nDOKUMEN ARSITEKTUR SPBE 2025-2029\n\n" +
                             "BAB I PENDAHULUAN\nDokumen ini disusun sebagai pelaksanaan Perbup Nomor 7 Tahun\n2025 dan ditetapkan dengan Keputusan " +
                             "Kepala Dinas Nomor 800/12/KPTS/2025.\n\nSukamaju, 3 Maret 2025\nKepala Dinas,\nttd\nDrs. BAMBANG IRAWAN\n");
        Assert.Null(document.Kind);
        Assert.False(document.Draft);

        // The same Keputusan as the document's own heading is its kind.
        var own = Facts("KEPUTUSAN KEPALA DINAS KOMUNIKASI DAN INFORMATIKA\nNOMOR 800/12/KPTS/2025\nTENTANG DOKUMEN ARSITEKTUR SPBE\n");
        Assert.Equal("Keputusan Kepala", own.Kind);
        Assert.Equal("800/12/KPTS/2025", own.Number);
    }

    [Fact]
    public void A_list_of_regulations_is_no_regulation()
    {
        var page = Facts("PEMERINTAH KABUPATEN SUKAMAJU\nBAGIAN HUKUM\n\nTANGKAPAN LAYAR LAMAN JDIH\n\n[1] Daftar Peraturan Daerah 2019-2025 (tabel: nomor,\n" +
                         "    tahun, judul).\n[2] Fitur: katalog Perda, Perbup, Keputusan Bupati; pencarian berdasarkan nomor/tahun.\n");
        Assert.Null(page.Kind);
        Assert.False(page.Draft);
    }

    [Theory]
    [InlineData("PERATURAN BUPATI SUKAMAJU\nNOMOR 12 TAHUN\n2025\nTENTANG X", false, "12", 2025)]
    [InlineData("KEPUTUSAN BUPATI SUKAMAJU\nNOMOR 12 TAHUN\nTENTANG X", false, "12", null)]
    [InlineData("KEPUTUSAN BUPATI SUKAMAJU\nNOMOR 12 TAHUN .....\nTENTANG X", true, "12", null)]
    [InlineData("KEPUTUSAN BUPATI SUKAMAJU\nNOMOR ...../...../2026\nTENTANG X", true, null, null)]
    public void A_number_without_its_year_is_no_draft_marker_a_year_left_blank_is(string text, bool draft, string? number, int? year)
    {
        var facts = Facts(text);
        Assert.Equal(draft, facts.Draft);
        Assert.Equal(number, facts.Number);
        if (!draft) Assert.Equal(year, facts.Year);
    }

    [Theory]
    [InlineData("DRAF KERANGKA ACUAN KERJA (KAK)   -- DRAF, belum final --\nPembangunan Aplikasi e-Arsip\nTA 2027\n", true)]
    [InlineData("KERANGKA ACUAN KERJA (KAK)\nPembangunan Aplikasi e-Arsip\nTA 2027\n\nSukamaju, 3 Januari 2027\nKepala Dinas,\nttd\nDrs. BAMBANG IRAWAN\n", false)]
    [InlineData("LAPORAN PELAKSANAAN KEGIATAN\nPembahasan draf KAK aplikasi e-Arsip (belum final)\nTanggal: 3 Maret 2026\n", false)]
    public void A_kak_can_be_a_draft_a_report_about_one_is_not(string text, bool draft) => Assert.Equal(draft, Facts(text).Draft);

    const string Circular =
        "                       KONSEP\n      (untuk dibahas - bukan untuk diedarkan)\n\n                    BUPATI SUKAMAJU\n\n" +
        "                      SURAT EDARAN\n                NOMOR: ...../...../2026\n                        TENTANG\n" +
        "        PEDOMAN PEMBANGUNAN APLIKASI\n\nYth. Kepala Perangkat Daerah\n\n1. Pembangunan aplikasi mengikuti siklus: analisis kebutuhan,\n" +
        "   perencanaan, rancang bangun, implementasi, pengujian, pemeliharaan dan evaluasi.\n\n                              Sukamaju, ...........2026\n" +
        "                              BUPATI SUKAMAJU,\n\n                              {0}\n";

    [Fact]
    public void A_draft_that_says_it_is_not_signed_is_flagged_unsigned_too()
    {
        var said = JudgeText.Judge(string.Format(System.Globalization.CultureInfo.InvariantCulture, Circular, "(belum ditandatangani)"), 4);
        Assert.Equal([EvidenceCheckFlags.Draft, EvidenceCheckFlags.Unsigned], said.Flags);

        // A draft with a blank signature line is a draft; it does not say more.
        var blank = JudgeText.Judge(string.Format(System.Globalization.CultureInfo.InvariantCulture, Circular, "..........................."), 4);
        Assert.Equal([EvidenceCheckFlags.Draft], blank.Flags);
    }

    const string DraftPlan =
        "PEMERINTAH KABUPATEN SUKAMAJU\nDINAS KOMUNIKASI DAN INFORMATIKA\n\n                DRAF\nRENCANA PENERAPAN MANAJEMEN RISIKO SPBE TAHUN 2027\n" +
        "      (bahan rapat, belum final)\n\n1. Kegiatan: identifikasi risiko pada 4 Perangkat Daerah.\n2. Jadwal (usulan): Februari - November 2027.\n\n" +
        "                    Disiapkan oleh:\n                    Bidang Persandian\n                    {0}\n";

    [Fact]
    public void A_draft_record_that_says_it_is_not_signed_is_flagged_draft_only()
    {
        // Sets 17 and 23 (L17, R25): a record's "(belum ditandatangani)" adds nothing to its draft flag; a policy's does
        // (its signature is the penetapan, the test above).
        var said = JudgeText.Judge(string.Format(System.Globalization.CultureInfo.InvariantCulture, DraftPlan, "(belum ditandatangani)"), 21);
        Assert.Equal([EvidenceCheckFlags.Draft], said.Flags);
        // Near miss: the same draft as a Surat Edaran of the Bupati is a policy not yet signed.
        var circular = JudgeText.Judge(string.Format(System.Globalization.CultureInfo.InvariantCulture, Circular, "(belum ditandatangani)"), 4);
        Assert.Contains(EvidenceCheckFlags.Unsigned, circular.Flags);
    }

    const string Invitation =
        "PEMERINTAH KABUPATEN SUKAMAJU\nDINAS KOMUNIKASI DAN INFORMATIKA\n\nNomor   : 005/77/DISKOMINFO/2026        Sukamaju, 2 Juni 2026\n" +
        "Perihal : Undangan {0}\n\nYth. Kepala OPD pemilik website\ndi - Tempat\n\nDengan hormat,\nSetelah gangguan pada website Dinas " +
        "Pariwisata, kami akan melakukan {1} terhadap website OPD pada:\n  Hari/Tanggal : Kamis, 4 Juni 2026\n  Tempat : Ruang Server\n" +
        "Mohon kehadiran admin website.\n\n                              Kepala Dinas,\n                                    ttd\n" +
        "                              Drs. BAMBANG IRAWAN\n";

    [Fact]
    public void A_vulnerability_test_is_an_audit_keamanan_activity_a_training_is_not()
    {
        var test = JudgeText.Judge(string.Format(System.Globalization.CultureInfo.InvariantCulture, Invitation, "Uji Kerentanan Website", "uji kerentanan (vulnerability assessment)"), 31);
        Assert.DoesNotContain(EvidenceCheckFlags.OffTopic, test.Flags);
        Assert.Equal(1, test.Level);

        var training = JudgeText.Judge(string.Format(System.Globalization.CultureInfo.InvariantCulture, Invitation, "Pelatihan Pengelola Website", "pelatihan pengelolaan konten"), 31);
        Assert.Contains(EvidenceCheckFlags.OffTopic, training.Flags);
        Assert.Equal(0, training.Level);
    }

    const string DraftRegulation =
        "RANCANGAN\n\nPERATURAN DAERAH KABUPATEN SUKAMAJU\nNOMOR ..... TAHUN .....\nTENTANG\nJARINGAN DOKUMENTASI DAN INFORMASI HUKUM\n\n" +
        "DENGAN RAHMAT TUHAN YANG MAHA ESA\n\nPasal 1\nJaringan Dokumentasi dan Informasi Hukum Daerah dikelola Bagian Hukum.\n\n" +
        "Pasal 2\n{0}\n\nDitetapkan di Sukamaju\npada tanggal ..................\nBUPATI SUKAMAJU,\n\n...................\n";

    [Fact]
    public void A_draft_regulation_does_not_erase_a_service_it_says_is_running()
    {
        var running = JudgeText.Judge(string.Format(System.Globalization.CultureInfo.InvariantCulture, DraftRegulation,
            "Laman JDIH jdih.sukamajukab.go.id telah berjalan sejak 2020 dan menyajikan daftar peraturan daerah."), 44);
        Assert.Contains(EvidenceCheckFlags.Draft, running.Flags);
        Assert.Equal(1, running.Level);

        var planned = JudgeText.Judge(string.Format(System.Globalization.CultureInfo.InvariantCulture, DraftRegulation,
            "Laman JDIH akan dibangun pada tahun 2027 dan menyajikan daftar peraturan daerah."), 44);
        Assert.Contains(EvidenceCheckFlags.Draft, planned.Flags);
        Assert.Equal(0, planned.Level);
    }
}
