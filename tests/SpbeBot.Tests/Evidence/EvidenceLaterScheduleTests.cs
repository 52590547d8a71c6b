using SpbeBot.Core.Evidence.Checking;
using static SpbeBot.Tests.Evidence.JudgeText;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// Issue 22 (wip-25ev, set 22's misses): a schedule for a year after the evaluated one plans, a denial wrapped onto the
/// next line still denies, an improvement report's wrapped title and lead-in open its section, and who lacks the
/// electronic service says it is not there. Documents written for these tests (evaluation year 2026), each with its near miss.
/// </summary>
public class EvidenceLaterScheduleTests
{
    const string Footer = "\n\n                    Sukamaju, 30 Oktober 2026\n                    KEPALA BADAN,\n\n                    BUDI SANTOSO, S.Kom.\n";

    const string FinanceService =
        "PEMERINTAH KABUPATEN SUKAMAJU\nBADAN KEUANGAN DAERAH\n\nLAPORAN LAYANAN KEUANGAN BERBASIS ELEKTRONIK TAHUN 2026\n\n" +
        "BAB I FUNGSI\n   1. Informasi: saldo kas daerah dan realisasi APBD.\n   2. Interaksi: pencarian, unggah, dan unduh dokumen SPM.\n" +
        "   3. Transaksi: penerbitan SP2D, validasi anggaran kas, persetujuan elektronik, dan analitik belanja.\n\n" +
        "BAB II KOLABORASI DENGAN LAYANAN ELEKTRONIK LAIN\n   1. Menerima pagu DPA secara otomatis dari aplikasi e-Anggaran melalui API.\n" +
        "   2. Mengirim SP2D ke aplikasi Cash Management System Bank Daerah.\n\n" +
        "BAB III CATATAN\n   {0}\n" + Footer;

    [Fact]
    public void A_denial_wrapped_onto_the_next_line_still_denies_the_improvement()
    {
        // Set 22 Q29's shape: "belum ada" ends a line, the improvement's words fill the next one.
        var wrapped = Judge(F(FinanceService, "Isu reviu 2026: SP2D terlambat; belum ada\n   perbaikan berdasarkan hasil reviu."), 34);
        Assert.True(wrapped.Level < 5, $"level {wrapped.Level}");
        // Near miss: the same line after a done clause is the improvement.
        var done = Judge(F(FinanceService, "Isu reviu 2026: SP2D terlambat; telah selesai\n   perbaikan berdasarkan hasil reviu."), 34);
        Assert.Equal(5, done.Level);
    }

    [Fact]
    public void A_schedule_for_a_later_year_is_a_plan_and_one_within_the_year_is_not()
    {
        // Set 22 Q29's other clause: the service's reviu and its improvement are put to next year.
        var later = Judge(F(FinanceService, "Reviu dan perbaikan berdasarkan hasil reviu dijadwalkan pada tahun 2027."), 34);
        Assert.True(later.Level < 5, $"level {later.Level}");
        // Near miss: the same schedule within the evaluated year reads as before (the record followed its plan).
        var within = Judge(F(FinanceService, "Reviu dan perbaikan berdasarkan hasil reviu dijadwalkan pada tahun 2026."), 34);
        Assert.Equal(5, within.Level);
    }

    const string ReviewThenImprovement =
        "PEMERINTAH KABUPATEN SUKAMAJU\nSEKRETARIAT DAERAH\n\nLAPORAN REVIU LAYANAN PENGADAAN BARANG DAN JASA BERBASIS ELEKTRONIK TAHUN 2025\n\n" +
        "1. Kondisi layanan\n   a. LPSE menyediakan informasi paket, pencarian dan unduh dokumen pemilihan, unggah penawaran.\n" +
        "   b. Transaksi: e-tendering, validasi kualifikasi, persetujuan pemenang, analitik pengadaan.\n" +
        "   c. Kolaborasi: terhubung dengan SIRUP LKPP dan aplikasi keuangan daerah.\n\n" +
        "2. Isu (hasil reviu 15 September 2025)\n   a. Modul e-purchasing belum sesuai regulasi.\n   b. Belum ada help desk.\n\n" +
        "3. Rekomendasi\n   a. Menyesuaikan modul e-purchasing.\n   b. Membentuk help desk LPSE.\n\n" +
        "                    Sukamaju, 22 September 2025\n                    KEPALA BAGIAN PBJ,\n\n                    SITI AMINAH, S.T.\n\n" +
        "     LAPORAN PERBAIKAN LAYANAN PENGADAAN BARANG DAN\n        JASA BERBASIS ELEKTRONIK TAHUN 2026\n\n" +
        "Tindak lanjut rekomendasi reviu 2025:\na. Modul e-purchasing {0} dengan ketentuan terbaru, 2 Februari 2026.\n" +
        "b. Help desk LPSE {1} dengan Keputusan Sekda, 9 Maret 2026.\n\n" +
        "                    Sukamaju, 14 April 2026\n                    KEPALA BAGIAN PBJ,\n\n                    SITI AMINAH, S.T.\n";

    [Fact]
    public void An_improvement_reports_wrapped_title_and_lead_in_open_its_section()
    {
        // Set 22 Q30's shape: the title goes on over a second line in capitals, then "Tindak lanjut …:" leads the entries.
        var done = Judge(F(ReviewThenImprovement, "disesuaikan", "dibentuk"), 35);
        Assert.Equal(5, done.Level);
        // Near miss: the same section whose entries are still to come shows no improvement.
        var planned = Judge(F(ReviewThenImprovement, "akan disesuaikan", "akan dibentuk"), 35);
        Assert.True(planned.Level < 5, $"level {planned.Level}");
    }

    const string OversightMinutes =
        "PEMERINTAH KABUPATEN SUKAMAJU\nINSPEKTORAT DAERAH\n\nNOTULENSI RAPAT RENCANA PENGEMBANGAN APLIKASI PENGAWASAN\nHari/Tanggal : Senin, 7 September 2026\n\n" +
        "Pembahasan:\n1. Kertas kerja pemeriksaan masih dikerjakan manual.\n2. Inspektorat {0}.\n" +
        "3. Disepakati mengusulkan pembangunan aplikasi e-Pengawasan dalam APBD 2027.\n" +
        "\n\n                    Notulis,\n\n                    FITRI HANDAYANI, S.E.\n";

    [Fact]
    public void Who_has_no_electronic_service_yet_shows_level_0()
    {
        // Set 22 Q23's shape: "belum memiliki layanan … berbasis elektronik" — level 0, not "cannot judge".
        var none = Judge(F(OversightMinutes, "belum memiliki layanan pengawasan berbasis elektronik"), 39);
        Assert.Equal(0, none.Level);
        // Near miss: what it lacks is a guide, not the service: the service's level cannot be judged.
        var guide = Judge(F(OversightMinutes, "belum memiliki pedoman penggunaan aplikasi e-Pengawasan"), 39);
        Assert.Null(guide.Level);
    }

    const string ClinicKak =
        "PEMERINTAH KABUPATEN SUKAMAJU\nDINAS KESEHATAN\n\nKERANGKA ACUAN KERJA (KAK)\nPEMBANGUNAN APLIKASI LAYANAN ANTREAN PUSKESMAS TAHUN ANGGARAN 2027\n\n" +
        "1. LATAR BELAKANG\n   Antrean di 12 puskesmas masih memakai kartu kertas.{0}\n\n" +
        "2. MAKSUD DAN TUJUAN\n   Membangun aplikasi yang akan menyediakan informasi jadwal dokter dan pendaftaran antrean daring.\n\n" +
        "3. ANGGARAN\n   Rp 450.000.000 (usulan APBD 2027).\n" + Footer;

    [Fact]
    public void A_plan_to_build_the_filed_services_own_application_is_its_level_0_not_off_topic()
    {
        // Sets 12, 15 and 22 (G33, J40, Q40): the KAK says the service is not there yet — the filed service's level 0.
        var absent = Judge(F(ClinicKak, " Belum tersedia layanan elektronik bagi masyarakat."), 45);
        Assert.Equal(0, absent.Level);
        Assert.DoesNotContain(EvidenceCheckFlags.OffTopic, absent.Flags);
        Assert.Contains(absent.Missing, m => m.Contains("Belum tersedia layanan elektronik", StringComparison.Ordinal));
        // Near miss: a KAK that does not say so stays Pembangunan Aplikasi's document.
        var silent = Judge(F(ClinicKak, ""), 45);
        Assert.Contains(EvidenceCheckFlags.OffTopic, silent.Flags);
        Assert.Equal(15, silent.SeemsIndicator);
    }
}
