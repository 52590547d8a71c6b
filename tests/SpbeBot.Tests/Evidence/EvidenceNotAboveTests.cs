using SpbeBot.Core.Evidence.Checking;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// Issue 22 (wip-22t): no verdict above what the text states. A service's level 3 or 4 is not read from a word of the
/// application's name, nor from a step the text places outside the portal; a document saying its service exchanges data
/// with no other application has no collaboration whatever word stands elsewhere. The documents are written for these tests, each with its near miss.
/// </summary>
public class EvidenceNotAboveTests
{
    const string Staffing =
        "PEMERINTAH KABUPATEN SUKAMAJU\nBADAN KEPEGAWAIAN DAERAH\n\nBUKTI DUKUNG INDIKATOR 36 - LAYANAN KEPEGAWAIAN\n" +
        "Aplikasi {0}\n\n1. Layanan informasi: profil pegawai dan statistik ASN.\n" +
        "2. Layanan interaksi: pencarian data pegawai; pegawai mengunggah ijazah dan mengunduh SK.\n" +
        "3. Layanan transaksi: usul cuti online dengan persetujuan berjenjang atasan dan validasi NIP otomatis.\n\n{1}\n\n" +
        "                               Sukamaju, 2 November 2026\n                               Kepala Badan,\n" +
        "                                         ttd\n                               Drs. HENDRA WIJAYA\n";

    static EvidenceCheck Staff(string name, string note) => JudgeText.Judge(string.Format(System.Globalization.CultureInfo.InvariantCulture, Staffing, name, note), 36);

    [Fact]
    public void A_word_of_the_applications_name_is_no_collaboration()
    {
        Assert.Equal(3, Staff("SIMPEGTA (Sistem Informasi Pegawai Terintegrasi)", "").Level);
        Assert.Equal(3, Staff("Sistem Informasi Kepegawaian Terintegrasi", "").Level);

        // Said as a statement, the same word is the collaboration.
        Assert.Equal(4, Staff("SIMPEGTA", "Data cuti terintegrasi dengan aplikasi e-Kinerja setiap hari.").Level);
    }

    [Fact]
    public void A_document_saying_its_service_exchanges_data_with_no_other_application_has_no_collaboration()
    {
        // The name says "Terintegrasi" and the note says there is no exchange: the note decides.
        Assert.Equal(3, Staff("SIMPEGTA (Sistem Informasi Pegawai Terintegrasi)",
            "Catatan: data diunggah manual ke SIASN setiap bulan; belum ada pertukaran data otomatis dengan\naplikasi lain.").Level);
        Assert.Equal(3, Staff("SIMPEGTA", "Aplikasi ini terintegrasi penuh. Catatan: SIMPEGTA belum terhubung dengan aplikasi lain.").Level);

        // One other application named as the exception is no denial.
        Assert.Equal(4, Staff("SIMPEGTA", "Data cuti terintegrasi dengan aplikasi e-Kinerja; belum terhubung dengan aplikasi lain selain e-Kinerja.").Level);
    }

    const string Budget =
        "   BUKTI DUKUNG INDIKATOR 33 - LAYANAN PENGANGGARAN\n   Aplikasi: Portal Anggaran Kabupaten Sukamaju\n\n" +
        "[Tangkapan layar 1]\nHalaman publik: daftar APBD dan APBD-P, kolom pencarian berdasarkan tahun; tombol \"Unduh\".\n\n" +
        "[Tangkapan layar 2]\nMenu \"Unggah RKA\" untuk mengunggah berkas RKA-SKPD.\n\n{0}\n\n" +
        "                               Sukamaju, 30 Oktober 2026\n                               Sekretaris BPKAD,\n" +
        "                                         ttd\n                               WAHYU PRATAMA, S.E.\n";

    [Fact]
    public void A_step_done_outside_the_portal_is_no_transaction()
    {
        var outside = JudgeText.Judge(string.Format(System.Globalization.CultureInfo.InvariantCulture, Budget,
            "Keterangan: penyusunan anggaran dan persetujuan dilaksanakan\ndi luar portal ini (surat-menyurat dan rapat TAPD)."), 33);
        Assert.Equal(2, outside.Level);

        var inside = JudgeText.Judge(string.Format(System.Globalization.CultureInfo.InvariantCulture, Budget,
            "[Tangkapan layar 3]\nPersetujuan RKA oleh TAPD di portal, dengan status tiap tahap."), 33);
        Assert.Equal(3, inside.Level);
    }

    [Fact]
    public void A_function_set_for_later_is_not_there()
    {
        Assert.Equal(2, JudgeText.Judge(string.Format(System.Globalization.CultureInfo.InvariantCulture, Budget,
            "[Tangkapan layar 3]\nMenu \"Persetujuan RKA\" ditargetkan aktif pada tahap berikutnya."), 33).Level);

        Assert.Equal(3, JudgeText.Judge(string.Format(System.Globalization.CultureInfo.InvariantCulture, Budget,
            "[Tangkapan layar 3]\nMenu \"Persetujuan RKA\" aktif sejak Januari 2026."), 33).Level);
    }
}
