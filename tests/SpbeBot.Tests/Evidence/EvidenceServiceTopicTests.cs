using SpbeBot.Core.Evidence.Checking;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// Issue 22 (wip-22t): false off-topic flags. A budgeting or planning service goes by its application's name (Portal
/// Anggaran, e-budgeting, e-planning); a meeting's attendance list and an official's line name units, not the subject.
/// The documents are written for these tests, each with its near miss.
/// </summary>
public class EvidenceServiceTopicTests
{
    const string BudgetSop =
        "PEMERINTAH KABUPATEN SUKAMAJU\nBADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH\n\nSTANDAR OPERASIONAL PROSEDUR\n" +
        "PENGAJUAN DOKUMEN RKA PERANGKAT DAERAH MELALUI\n{0}\n\nNomor SOP : SOP/BPKAD/07/2026\nDisahkan oleh : Kepala BPKAD\n\n" +
        "URAIAN PROSEDUR\n1  Operator OPD mengunduh format RKA dari menu \"Unduhan\".\n2  Operator OPD mengunggah berkas RKA melalui menu \"Unggah\".\n\n" +
        "                               Sukamaju, 6 Januari 2026\n                               Kepala BPKAD,\n" +
        "                                         ttd\n                               Drs. AGUS SALIM\n";

    [Theory]
    [InlineData("PORTAL ANGGARAN SUKAMAJU (PAS)")]
    [InlineData("APLIKASI E-BUDGETING SUKAMAJU")]
    public void A_budgeting_service_is_on_its_topic_under_its_applications_name(string name)
    {
        var check = JudgeText.Judge(string.Format(System.Globalization.CultureInfo.InvariantCulture, BudgetSop, name), 33);
        Assert.DoesNotContain(EvidenceCheckFlags.OffTopic, check.Flags);
        Assert.Equal(2, check.Level);
    }

    [Fact]
    public void A_document_naming_no_budgeting_application_stays_off_topic()
    {
        var check = JudgeText.Judge(string.Format(System.Globalization.CultureInfo.InvariantCulture, BudgetSop, "PORTAL LAYANAN PERIZINAN SUKAMAJU").Replace("RKA", "izin", StringComparison.Ordinal), 33);
        Assert.Contains(EvidenceCheckFlags.OffTopic, check.Flags);
    }

    const string Planning =
        "  TANGKAPAN LAYAR {0} KABUPATEN SUKAMAJU\n        (deskripsi tangkapan layar, diambil 2 Oktober 2026)\n\n" +
        "Gambar 1. Halaman beranda\n  - Menampilkan jadwal Musrenbang 2027 dan dokumen RKPD.\nGambar 2. Menu \"Cari Usulan\" dan \"Unduh Dokumen\"\n" +
        "  - Kolom pencarian usulan per kecamatan; tombol \"Unggah Dokumen Renja\".\n";

    [Fact]
    public void A_planning_service_is_on_its_topic_under_its_applications_name()
    {
        var named = JudgeText.Judge(string.Format(System.Globalization.CultureInfo.InvariantCulture, Planning, "APLIKASI E-PLANNING \"SIRENA\""), 32);
        Assert.DoesNotContain(EvidenceCheckFlags.OffTopic, named.Flags);
        Assert.Equal(2, named.Level);

        var other = JudgeText.Judge(string.Format(System.Globalization.CultureInfo.InvariantCulture, Planning, "APLIKASI SISTEM PENGHUBUNG LAYANAN"), 32);
        Assert.Contains(EvidenceCheckFlags.OffTopic, other.Flags);
    }

    const string Meeting =
        "CATATAN RAPAT\n(tidak terjadwal)\n\nPerihal : Pembahasan risiko setelah gangguan server aplikasi e-Kinerja\n" +
        "Tanggal : 3 Maret 2026\nTempat  : Ruang Rapat Diskominfo\n\n{0}\n\nHal-hal yang dibahas:\n" +
        "1. Risiko yang teridentifikasi: penyimpanan penuh pada server lama; pencadangan tidak terjadwal.\n" +
        "2. Tindakan segera: menambah kapasitas penyimpanan dan menjadwalkan pencadangan.\n\nNotulis,\nttd\nRina\n";

    [Fact]
    public void An_attendance_list_names_units_not_the_subject()
    {
        var check = JudgeText.Judge(string.Format(System.Globalization.CultureInfo.InvariantCulture, Meeting,
            "Hadir:\n- Kepala Dinas Kominfo\n- Kabid Persandian dan Keamanan Informasi\n- 2 orang administrator server"), 21);
        Assert.DoesNotContain(EvidenceCheckFlags.OffTopic, check.Flags);

        // Another indicator's topic as the meeting's agenda, above the list, is still read as its subject.
        var subject = JudgeText.Judge(string.Format(System.Globalization.CultureInfo.InvariantCulture, Meeting,
            "Agenda : Penerapan Manajemen Keamanan Informasi\n\nHadir:\n- Kepala Dinas Kominfo"), 21);
        Assert.Contains(EvidenceCheckFlags.OffTopic, subject.Flags);
    }
}
