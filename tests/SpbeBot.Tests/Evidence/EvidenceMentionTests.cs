using SpbeBot.Core.Evidence.Checking;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// Issue 22 (wip-22p): an element is not there where the document only mentions it. A policy on another subject that
/// names the filed topic once, outside its heading, is no policy on that topic; the reviu report of a document is not the
/// document it reviews. The documents are written for these tests.
/// </summary>
public class EvidenceMentionTests
{
    const string Sop =
        "PEMERINTAH KABUPATEN SUKAMAJU\nDINAS KEPENDUDUKAN DAN PENCATATAN SIPIL\n\nSTANDAR OPERASIONAL PROSEDUR\n{0}\n\n" +
        "Nomor SOP : 470/SOP-DUKCAPIL/07/2026\nTanggal Efektif : 1 Juli 2026\nDisahkan oleh : Kepala Dinas\n\n" +
        "Uraian Prosedur:\n1. Petugas menerima berkas permohonan akta kelahiran.\n2. Petugas memeriksa kelengkapan berkas.\n" +
        "3. Kepala Seksi menandatangani akta.\n4. Akta diserahkan kepada pemohon.\n\n" +
        "                              Kepala Dinas,\n                                  ttd\n                              Drs. BAMBANG IRAWAN\n" +
        "                              NIP 19700101 199503 1 002\n\n{1}\n";

    static string SopWith(string title, string end) => string.Format(System.Globalization.CultureInfo.InvariantCulture, Sop, title, end);

    [Fact]
    public void A_policy_on_another_subject_that_names_the_topic_once_at_its_end_is_off_topic()
    {
        var mention = JudgeText.Judge(SopWith("PENERBITAN AKTA KELAHIRAN", "Catatan: disampaikan sebagai bahan Kebijakan Internal Arsitektur SPBE."), 1);
        Assert.Contains(EvidenceCheckFlags.OffTopic, mention.Flags);
        Assert.Equal(0, mention.Level);
        Assert.DoesNotContain(mention.Found, f => f.Element.StartsWith("konsep/rancangan", StringComparison.Ordinal));

        // The same SOP with the topic in its heading is about it; so is one whose body names it twice.
        var heading = JudgeText.Judge(SopWith("PENGELOLAAN ARSITEKTUR SPBE DAERAH", ""), 1);
        Assert.DoesNotContain(EvidenceCheckFlags.OffTopic, heading.Flags);
        var twice = JudgeText.Judge(SopWith("PENERBITAN AKTA KELAHIRAN", "Prosedur ini mengikuti Arsitektur SPBE Daerah; Arsitektur SPBE ditinjau tiap tahun."), 1);
        Assert.DoesNotContain(EvidenceCheckFlags.OffTopic, twice.Flags);
    }

    const string Review =
        "PEMERINTAH KABUPATEN SUKAMAJU\nBADAN PERENCANAAN PEMBANGUNAN DAERAH\n\nLAPORAN REVIU DAN EVALUASI DOKUMEN PETA RENCANA SPBE\n" +
        "KABUPATEN SUKAMAJU 2020-2024\n\nTanggal reviu : 14 Oktober {0}\n\n1. Hasil\n   a. 9 dari 20 program telah dilaksanakan.\n" +
        "   b. Program layanan SPBE belum dianggarkan.\n   c. Program infrastruktur SPBE tertunda.\n2. Rekomendasi\n" +
        "   a. Memutakhirkan Peta Rencana SPBE.\n\n                              Sukamaju, 20 Oktober {0}\n                              Kepala Bappeda,\n" +
        "                                      ttd\n                              Ir. DEWI ANGGRAINI\n";

    const string Roadmap =
        "PEMERINTAH KABUPATEN SUKAMAJU\n\nDOKUMEN PETA RENCANA SPBE KABUPATEN SUKAMAJU 2025-2029\n\nBAB I PENDAHULUAN\n" +
        "Peta Rencana SPBE ini memuat program:\n1. Layanan SPBE: integrasi layanan perizinan.\n2. Infrastruktur SPBE: pusat data daerah.\n\n" +
        "Ditetapkan di Sukamaju\npada tanggal 3 Maret 2025\nBUPATI SUKAMAJU,\n\nttd\n\nH. ARIFIN SETIAWAN\n";

    [Fact]
    public void The_reviu_report_of_a_roadmap_is_not_the_roadmap()
    {
        var stale = JudgeText.Judge(string.Format(System.Globalization.CultureInfo.InvariantCulture, Review, 2022), 12);
        Assert.Contains(EvidenceCheckFlags.Stale, stale.Flags);
        Assert.Equal(0, stale.Level);
        Assert.DoesNotContain(stale.Found, f => f.Element.StartsWith("dokumen Peta Rencana telah tersedia", StringComparison.Ordinal));

        // The roadmap itself is available.
        var roadmap = JudgeText.Judge(Roadmap, 12);
        Assert.Contains(roadmap.Found, f => f.Element.StartsWith("dokumen Peta Rencana telah tersedia", StringComparison.Ordinal));
        Assert.True(roadmap.Level >= 2, $"roadmap {roadmap.Level}");
    }

    const string Policy =
        "PERATURAN BUPATI SUKAMAJU\nNOMOR 4 TAHUN 2026\nTENTANG\nARSITEKTUR SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK\n\nBUPATI SUKAMAJU,\n\n" +
        "Menimbang : a. bahwa perlu pengaturan arsitektur SPBE;\n\nMEMUTUSKAN:\nMenetapkan : PERATURAN BUPATI TENTANG ARSITEKTUR SPBE.\n\n" +
        "Pasal 1\nArsitektur SPBE Daerah memuat:\na. arsitektur proses bisnis;\nb. arsitektur data dan informasi;\nc. arsitektur aplikasi SPBE;\n" +
        "d. arsitektur infrastruktur SPBE; dan\ne. referensi arsitektur.\n\nPasal 2\n{0}\n\n" +
        "Ditetapkan di Sukamaju\npada tanggal 12 Januari 2026\nBUPATI SUKAMAJU,\n\nttd.\n\nH. ARIFIN SETIAWAN\n";

    static string PolicyWith(string article) => string.Format(System.Globalization.CultureInfo.InvariantCulture, Policy, article);

    [Theory]
    [InlineData("Arsitektur infrastruktur SPBE, keamanan SPBE, layanan SPBE dan referensi arsitektur akan diatur dengan Peraturan Bupati tersendiri.")]
    [InlineData("Referensi arsitektur, arsitektur infrastruktur SPBE, keamanan SPBE dan layanan SPBE: TBD.")]
    [InlineData("Arsitektur infrastruktur SPBE, keamanan SPBE, layanan SPBE dan referensi arsitektur menunggu masukan Kementerian.")]
    public void Domains_a_policy_says_are_still_to_come_are_not_regulated(string article)
    {
        var later = JudgeText.Judge(PolicyWith(article), 1);
        Assert.Equal(2, later.Level);
        Assert.DoesNotContain(later.Found, f => f.Element is "Keamanan SPBE" or "Layanan SPBE");

        // The same domains regulated now.
        var now = JudgeText.Judge(PolicyWith("Arsitektur SPBE Daerah juga memuat arsitektur keamanan SPBE dan arsitektur layanan SPBE."), 1);
        Assert.Equal(3, now.Level);
    }
}
