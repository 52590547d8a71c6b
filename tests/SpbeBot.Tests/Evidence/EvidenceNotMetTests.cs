using SpbeBot.Core.Evidence.Checking;
using static SpbeBot.Tests.Evidence.JudgeText;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// Issue 22 (wip-21ea): one reading of "not met" for every element kind — the sentence holding the element's words says it
/// is only planned, proposed or not done, and it meets nothing; the same words stated as done or regulated still count.
/// A roadmap's planned programmes are its content. Documents written for these tests, each rule with its near miss.
/// </summary>
public class EvidenceNotMetTests
{
    const string Footer = "\n\n                       Sukamaju, 30 September 2026\n                       Kepala Dinas,\n\n                       ttd.\n                       BUDI SANTOSO\n";

    const string ServiceReport =
        "PEMERINTAH KABUPATEN SUKAMAJU\nDINAS KESEHATAN\n\nLAPORAN EVALUASI LAYANAN PUBLIK SEKTORAL BERBASIS ELEKTRONIK\nNomor: 440/2291/DINKES/2026\n\n" +
        "1. Informasi : jadwal dokter, ketersediaan tempat tidur.\n2. Interaksi : pencarian fasilitas kesehatan, unggah dokumen rujukan.\n" +
        "3. Transaksi : pendaftaran rujukan daring dengan validasi NIK.\n4. Kolaborasi: terhubung dengan SATUSEHAT Kementerian Kesehatan.\n" +
        "5. Evaluasi (rapat 5 Mei 2026)\n   Isu: antrian tidak real-time.\n   Rekomendasi: notifikasi otomatis.\n\n   {0}\n" + Footer;

    [Fact]
    public void An_improvement_only_planned_or_not_done_meets_no_level()
    {
        int? Level(string sentence) => Judge(F(ServiceReport, sentence), 46).Level;
        Assert.Equal(4, Level("Rencana tindak lanjut tahun 2027: perbaikan notifikasi sebagai tindak lanjut hasil evaluasi."));
        Assert.Equal(4, Level("Sampai saat ini perbaikan notifikasi sebagai tindak lanjut hasil evaluasi belum dilaksanakan."));
        Assert.Equal(4, Level("Diusulkan agar perbaikan notifikasi sebagai tindak lanjut hasil evaluasi dilakukan pada tahun berikutnya."));
        // Stated as done, it is met.
        Assert.Equal(5, Level("Perbaikan notifikasi sebagai tindak lanjut hasil evaluasi telah dilaksanakan pada Juli 2026."));
    }

    const string Architecture =
        "PERATURAN BUPATI SUKAMAJU\nNOMOR 12 TAHUN 2026\nTENTANG\nARSITEKTUR SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK\n\n" +
        "Menimbang : bahwa untuk keterpaduan SPBE perlu menetapkan Arsitektur SPBE Daerah;\n\nMEMUTUSKAN:\n" +
        "Menetapkan : PERATURAN BUPATI TENTANG ARSITEKTUR SPBE.\n\nPasal 1\nArsitektur SPBE Daerah memuat referensi arsitektur, domain proses bisnis,\n" +
        "domain data dan informasi, dan domain aplikasi SPBE.\n\nPasal 2\n{0}\n\n" +
        "Ditetapkan di Sukamaju\npada tanggal 2 Februari 2026\nBUPATI SUKAMAJU,\n\nttd\n\nH. ARIFIN SETIAWAN\n";

    [Fact]
    public void A_policy_that_names_what_it_lacks_does_not_regulate_it()
    {
        int? Level(string article) => Judge(F(Architecture, article), 1).Level;
        Assert.Equal(2, Level("Sampai saat ini domain infrastruktur SPBE, domain keamanan SPBE dan domain layanan SPBE belum dilaksanakan."));
        Assert.Equal(2, Level("Diusulkan agar domain infrastruktur SPBE, domain keamanan SPBE dan domain layanan SPBE dilakukan pada tahun berikutnya."));
        // Regulated in the article, they count.
        Assert.Equal(3, Level("Arsitektur SPBE Daerah juga memuat domain infrastruktur SPBE, domain keamanan SPBE dan domain layanan SPBE."));
    }

    const string Roadmap =
        "PERATURAN BUPATI SUKAMAJU\nNOMOR 13 TAHUN 2026\nTENTANG\nPETA RENCANA SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK 2026-2030\n\n" +
        "Menimbang : bahwa perlu menetapkan Peta Rencana SPBE Daerah;\n\nMEMUTUSKAN:\nMenetapkan : PERATURAN BUPATI TENTANG PETA RENCANA SPBE.\n\n" +
        "Pasal 1\nPeta Rencana SPBE Daerah memuat program tata kelola SPBE, manajemen SPBE, layanan SPBE, infrastruktur SPBE dan aplikasi SPBE.\n\n" +
        "Pasal 2\n{0}\n\nDitetapkan di Sukamaju\npada tanggal 2 Februari 2026\nBUPATI SUKAMAJU,\n\nttd\n\nH. ARIFIN SETIAWAN\n";

    [Fact]
    public void A_roadmaps_planned_programmes_are_its_content_but_a_denial_is_not()
    {
        int? Level(string article) => Judge(F(Roadmap, article), 2).Level;
        Assert.Equal(3, Level("Program keamanan SPBE dan audit TIK akan dilaksanakan pada tahun 2027."));
        Assert.Equal(2, Level("Program keamanan SPBE dan audit TIK belum dilaksanakan."));
    }

    [Fact]
    public void A_roadmaps_follow_up_plan_or_proposal_is_not_its_content()
    {
        // wip-23ea, the probe's last lifts: a reviu's follow-up plan or a proposal changes the roadmap later; it is no programme of it.
        int? Level(string article) => Judge(F(Roadmap, article), 2).Level;
        Assert.Equal(2, Level("Rencana tindak lanjut tahun 2027: program keamanan SPBE dan audit TIK."));
        Assert.Equal(2, Level("Diusulkan agar program keamanan SPBE dan audit TIK dilakukan pada tahun berikutnya."));
        // Near miss: the roadmap's own programme for a later year stays its content.
        Assert.Equal(3, Level("Program keamanan SPBE dan audit TIK direncanakan pada tahun 2028."));
    }

    [Fact]
    public void A_policys_future_tense_regulates_but_a_records_plan_is_not_met()
    {
        // A rule's "akan" prescribes (EvidenceDev E15: "… akan diinterkoneksikan dengan Pusat Data Nasional sesuai ketentuan").
        Assert.Equal(3, Judge(F(Architecture, "Arsitektur SPBE Daerah akan memuat domain infrastruktur SPBE, domain keamanan SPBE dan domain layanan SPBE sesuai ketentuan."), 1).Level);
        // A record's "akan" is its plan.
        Assert.Equal(4, Judge(F(ServiceReport, "Perbaikan notifikasi sebagai tindak lanjut hasil evaluasi akan dilaksanakan pada Desember 2026."), 46).Level);
    }

    [Fact]
    public void A_section_heading_is_not_denied_by_its_body_but_a_sentence_is()
    {
        int? Level(string article) => Judge(F(Architecture, article), 1).Level;
        // Set 5 E17: "3.2 Arsitektur Data dan Informasi / As-is: … 38% belum memiliki metadata" — the body's "belum" is of the metadata.
        Assert.Equal(3, Level("3.1 Domain Infrastruktur SPBE\n    As-is: server belum terpusat.\n3.2 Domain Keamanan SPBE\n    As-is: belum ada klasifikasi informasi.\n" +
            "3.3 Domain Layanan SPBE\n    As-is: portal belum terpadu."));
        Assert.Equal(2, Level("Domain infrastruktur SPBE, domain keamanan SPBE dan domain layanan SPBE\n    belum diatur dalam arsitektur ini."));
    }

    [Fact]
    public void A_denial_after_a_semicolon_is_of_its_own_clause()
    {
        int? Level(string article) => Judge(F(Architecture, article), 1).Level;
        Assert.Equal(3, Level("Arsitektur SPBE Daerah memuat domain infrastruktur SPBE, domain keamanan SPBE dan domain layanan SPBE; penyusunan katalog data belum dilaksanakan."));
        Assert.Equal(2, Level("Arsitektur SPBE Daerah memuat katalog data; domain infrastruktur SPBE, domain keamanan SPBE dan domain layanan SPBE belum dilaksanakan."));
    }
}
