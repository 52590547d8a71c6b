using SpbeBot.Core.Evidence.Checking;
using static SpbeBot.Tests.Evidence.JudgeText;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// Issue 22 (wip-20eb): a plan to build the filed service's own application is about that service, not about Pembangunan
/// Aplikasi; and a scan's number read with a dot before it ("NOMOR.21") is the number. The documents are written for these
/// tests, each with its near miss.
/// </summary>
public class EvidenceScansAndTopicTests
{
    const string Kak =
        "          PEMERINTAH KABUPATEN SUKAMAJU\n                 {0}\n\n              KERANGKA ACUAN KERJA (KAK)\n     {1}\n" +
        "                 TAHUN ANGGARAN 2027\n\n1. Latar Belakang\n   Layanan masih manual; belum tersedia aplikasi layanan berbasis elektronik.\n" +
        "2. Tujuan\n   Membangun aplikasi yang akan digunakan mulai 2028.\n3. Anggaran: Rp 250.000.000 (usulan).\n";

    [Fact]
    public void A_plan_to_build_the_filed_services_own_application_is_about_the_service()
    {
        // Layanan Kearsipan Dinamis (37): "arsip" is its base word, after the application it names.
        var archive = Judge(F(Kak, "DINAS KEARSIPAN", "PEMBANGUNAN APLIKASI ARSIP DIGITAL DAERAH"), 37);
        Assert.DoesNotContain(EvidenceCheckFlags.OffTopic, archive.Flags);
        Assert.Equal(0, archive.Level);
        // A sector's service (45) is a label: any service's application is its own.
        var clinic = Judge(F(Kak, "DINAS KESEHATAN", "PEMBANGUNAN APLIKASI LAYANAN ANTREAN PUSKESMAS"), 45);
        Assert.DoesNotContain(EvidenceCheckFlags.OffTopic, clinic.Flags);
        Assert.Equal(0, clinic.Level);

        // Near miss: an application of no word of the filed service is Pembangunan Aplikasi's.
        var office = Judge(F(Kak, "DINAS KEARSIPAN", "PEMBANGUNAN APLIKASI PERKANTORAN ELEKTRONIK"), 37);
        Assert.Contains(EvidenceCheckFlags.OffTopic, office.Flags);
    }

    const string Decree =
        "BUPATI SUKAMAJU\n\nPERATURAN BUPATI SUKAMAJU\n{0} TAHUN 2025\n\nTENTANG\nARSITEKTUR SPBE\n\nMenimbang : bahwa perlu menetapkan Arsitektur SPBE;\n\n" +
        "Pasal 1\nArsitektur SPBE memuat domain proses bisnis, data dan informasi, layanan, aplikasi, infrastruktur dan keamanan.\n\n" +
        "Ditetapkan di Sukamaju\npada tanggal 12 Agustus 2025\nBUPATI SUKAMAJU,\nttd.\nH. AHMAD SURYANA\n";

    [Fact]
    public void A_dot_read_between_nomor_and_its_figure_is_a_space_in_a_scan()
    {
        Assert.Equal("21", Judge(F(Decree, "NOMOR.21"), 1, ocr: true).Document.Number);
        // Near miss: a text layer keeps what its author typed.
        Assert.NotEqual("21", Judge(F(Decree, "NOMOR.21"), 1).Document.Number);
    }
}
