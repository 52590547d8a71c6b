using SpbeBot.Core.Evidence.Checking;
using static SpbeBot.Tests.Evidence.JudgeText;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// Issue 22 (wip-22ua): a reviu record filed inside another document, older than two years, is flagged stale however its
/// findings are headed. The documents are written for these tests, each with its near miss.
/// </summary>
public class EvidenceStaleRecordTests
{
    const string SecurityPolicy =
        "                 PERATURAN BUPATI SUKAMAJU\n                   NOMOR 4 TAHUN 2022\n                        TENTANG\n" +
        "             MANAJEMEN KEAMANAN INFORMASI\n\n                  BUPATI SUKAMAJU,\n" +
        "Menimbang : bahwa aset informasi Pemerintah Kabupaten perlu dilindungi;\nMengingat : Peraturan Presiden Nomor 95 Tahun 2018;\n" +
        "                       MEMUTUSKAN:\n                        Pasal 1\nManajemen Keamanan Informasi meliputi:\n  a. penetapan ruang lingkup;\n" +
        "  b. penetapan penanggung jawab;\n  c. perencanaan;\n  d. dukungan pengoperasian;\n  e. evaluasi kinerja; dan\n  f. perbaikan berkelanjutan.\n" +
        "                        Pasal 2\nRuang lingkup meliputi aset informasi yang dikelola Dinas Komunikasi dan Informatika.\n" +
        "                              Ditetapkan di Sukamaju\n                              pada tanggal 9 Mei 2022\n" +
        "                              BUPATI SUKAMAJU,\n                                    ttd.\n                              H. ASEP RAHMAT\n\f" +
        "                 NOTULENSI RAPAT REVIU\n     PERBUP NOMOR 4 TAHUN 2022 TENTANG MANAJEMEN KEAMANAN INFORMASI\n\n" +
        "Hari/Tanggal : Selasa, {0}\nTempat       : Ruang Rapat Diskominfo\n\nPembahasan:\n1. Ruang lingkup masih terbatas pada aset Diskominfo.\n" +
        "2. Perlu ketentuan pelaporan insiden.\n\nRekomendasi:\n1. Memperluas ruang lingkup ke seluruh Perangkat Daerah.\n\nNotulis: Sari Dewi\n";

    [Fact]
    public void A_policys_reviu_record_older_than_two_years_is_stale_though_its_findings_stand_under_pembahasan()
    {
        Assert.Contains(EvidenceCheckFlags.Stale, JudgeText.Judge(F(SecurityPolicy, "12 September 2023"), 8).Flags);
        Assert.DoesNotContain(EvidenceCheckFlags.Stale, JudgeText.Judge(F(SecurityPolicy, "12 September 2025"), 8).Flags);
    }

    const string AuditService =
        "      PEMERINTAH KABUPATEN SUKAMAJU\n      INSPEKTORAT\n\n  BUKTI DUKUNG IND. 39 - LAYANAN PENGAWASAN INTERNAL\n\n" +
        "A. DESKRIPSI APLIKASI (kondisi Oktober 2026)\n   1. Informasi: PKPT dan jadwal pemeriksaan.\n" +
        "   2. Interaksi: auditan mengunduh LHP dan mengunggah bukti tindak lanjut.\n" +
        "   3. Transaksi: persetujuan elektronik berjenjang; validasi status tindak lanjut.\n\n" +
        "{0}\n                               Inspektur Kabupaten Sukamaju,\n                                        ttd.\n                               Drs. BUDI\n";

    const string Evaluation =
        "B. LAPORAN EVALUASI APLIKASI\n   Tanggal evaluasi: {0}\n   Isu: unggah berkas besar gagal.\n   Rekomendasi: menaikkan batas unggah.\n";

    [Fact]
    public void A_services_evaluation_section_older_than_two_years_is_stale()
    {
        Assert.Contains(EvidenceCheckFlags.Stale, JudgeText.Judge(F(AuditService, F(Evaluation, "14 November 2023")), 39).Flags);
        Assert.DoesNotContain(EvidenceCheckFlags.Stale, JudgeText.Judge(F(AuditService, F(Evaluation, "14 November 2025")), 39).Flags);
        Assert.DoesNotContain(EvidenceCheckFlags.Stale, JudgeText.Judge(F(AuditService, ""), 39).Flags);
    }
}
