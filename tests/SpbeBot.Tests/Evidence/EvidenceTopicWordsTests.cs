using System.Globalization;
using SpbeBot.Core.Evidence.Checking;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// Issue 22 (wip-19eb): the topic test on the words a record uses — a word two topics share tells neither where the other
/// is named in full, a topic word's base ("pegawai" for kepegawaian) tells its own, every Pemda's "daerah" tells none — and
/// a report's own date is not the date of the policy it cites. The documents are written for these tests, each with its
/// near miss.
/// </summary>
public class EvidenceTopicWordsTests
{
    static string F(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);

    const string Circular =
        "PEMERINTAH KABUPATEN SUKAMAJU\nSEKRETARIAT DAERAH\n\nSURAT EDARAN\nNOMOR 800/41/Setda/2026\nTENTANG\nPELAPORAN BULANAN MELALUI APLIKASI E-LAPOR\n\n" +
        "Yth. Kepala Perangkat Daerah\n\n1. {0}\n2. Laporan diisi paling lambat tanggal 5 setiap bulan.\n\nDemikian untuk dilaksanakan.\n\n" +
        "                    SEKRETARIS DAERAH,\n                          ttd\n                    Drs. HERU SANTOSO\n";

    [Fact]
    public void A_word_shared_with_another_topic_named_in_full_does_not_tell_the_filed_one()
    {
        // Indicator 40 (Akuntabilitas Kinerja Organisasi) shares "kinerja" with 41 (Kinerja Pegawai).
        var staff = JudgeText.Judge(F(Circular, "Setiap ASN mengisi sasaran kinerja pegawai dan catatan harian; atasan menilai kinerja pegawai tiap triwulan."), 40);
        Assert.Contains(EvidenceCheckFlags.OffTopic, staff.Flags);
        Assert.Equal(41, staff.SeemsIndicator);

        // Near miss: the agency's performance, with no other topic named, keeps the shared word.
        var agency = JudgeText.Judge(F(Circular, "Setiap Perangkat Daerah mengisi capaian kinerja triwulan beserta realisasi anggarannya."), 40);
        Assert.DoesNotContain(EvidenceCheckFlags.OffTopic, agency.Flags);
    }

    const string Screens =
        "          DOKUMENTASI LAYANAN SIMAWAI\n                BKPSDM 2026\n\n[Screenshot 1] Profil dan pencarian {0}.\n" +
        "[Screenshot 2] Unggah SK dan unduh riwayat jabatan.\n[Screenshot 3] Usulan cuti divalidasi sistem dan disetujui atasan secara digital.\n";

    [Fact]
    public void A_topic_words_base_names_the_topic()
    {
        // Layanan Kepegawaian (36): "data pegawai" is its base word.
        Assert.DoesNotContain(EvidenceCheckFlags.OffTopic, JudgeText.Judge(F(Screens, "data pegawai"), 36).Flags);

        // Near miss: the same screens naming no word of the topic are another activity's.
        Assert.Contains(EvidenceCheckFlags.OffTopic, JudgeText.Judge(F(Screens, "data pengguna"), 36).Flags);
    }

    const string Report =
        "              PEMERINTAH KABUPATEN SUKAMAJU\n     BADAN PENGELOLA KEUANGAN DAN ASET DAERAH\n\n       LAPORAN {0}\n                 TAHUN 2026\n\n" +
        "1. Jumlah responden/objek: 380.\n2. Hasil: kategori Baik.\n3. Rencana tindak lanjut: penambahan petugas.\n\n" +
        "                              Sukamaju, 10 Juli 2026\n                              Kepala BPKAD,\n                                        ttd\n" +
        "                              ANDI SETIAWAN, S.E.\n";

    [Fact]
    public void Every_pemdas_daerah_does_not_tell_barang_milik_daerah()
    {
        var survey = JudgeText.Judge(F(Report, "HASIL SURVEI KEPUASAN MASYARAKAT"), 38);
        Assert.Contains(EvidenceCheckFlags.OffTopic, survey.Flags);
        Assert.Equal(0, survey.Level);

        // Near miss: a report of the BMD inventory is on the topic.
        Assert.DoesNotContain(EvidenceCheckFlags.OffTopic, JudgeText.Judge(F(Report, "INVENTARISASI BARANG MILIK DAERAH"), 38).Flags);
    }

    const string Evaluation =
        "              PEMERINTAH KABUPATEN SUKAMAJU\n                 SEKRETARIAT DAERAH\n\n    LAPORAN EVALUASI KEPUTUSAN BUPATI TENTANG TIM KOORDINASI SPBE\n\n" +
        "Dasar: Keputusan Bupati Nomor 100.3.3.2/41/KPTS/2023\ntentang Tim Koordinasi SPBE (ditetapkan 6 Februari 2023).\nPelaksanaan: {0}, Ruang Rapat Sekda.\n\n" +
        "Hasil evaluasi / isu:\n1. Keanggotaan belum memuat Bappeda.\nRekomendasi:\n1. Menetapkan Keputusan baru yang menambah keanggotaan.\n\n" +
        "                              Sukamaju, {0}\n                              Sekretaris Daerah,\n                                        ttd\n" +
        "                              Drs. HERU SANTOSO\n";

    [Fact]
    public void A_reports_date_is_its_own_not_the_cited_policys_penetapan()
    {
        Assert.DoesNotContain(EvidenceCheckFlags.Stale, JudgeText.Judge(F(Evaluation, "3 September 2025"), 10).Flags);

        // Near miss: a report of its own held in 2023 is stale in 2026.
        Assert.Contains(EvidenceCheckFlags.Stale, JudgeText.Judge(F(Evaluation, "3 September 2023"), 10).Flags);
    }
}
