using SpbeBot.Core.Evidence.Checking;
using static SpbeBot.Tests.Evidence.JudgeText;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// Issue 22 (wip-23ea): level 0 in the Pedoman's terms — another indicator's document flagged off-topic with the
/// indicator it seems to belong to, a service said to have no electronic channel yet — each with its near miss.
/// Documents written for these tests.
/// </summary>
public class EvidenceZeroAndOffTopicTests
{
    const string Footer = "\n\n                    KEPALA DINAS,\n\n                    BUDI SANTOSO, S.Kom.\n";

    const string ComplaintsMinutes =
        "PEMERINTAH KABUPATEN SUKAMAJU\nDINAS KOMUNIKASI DAN INFORMATIKA\n\nNOTULENSI RAPAT PERSIAPAN APLIKASI PENGADUAN\nHari/Tanggal : Selasa, 6 Oktober 2026\n\n" +
        "1. Saat ini pengaduan masyarakat diterima melalui kotak saran dan surat;\n   {0}\n2. Disepakati rencana pembangunan aplikasi pengaduan pada Tahun Anggaran 2027.\n" + Footer;

    [Fact]
    public void A_service_with_no_electronic_channel_yet_is_level_0_not_cannot_judge()
    {
        var none = Judge(F(ComplaintsMinutes, "belum ada kanal elektronik."), 42);
        Assert.Equal(0, none.Level);
        Assert.Contains(none.Missing, m => m.Contains("belum ada kanal elektronik", StringComparison.Ordinal));
        // Near miss: a channel there but little known — the application's functions are not shown: cannot judge.
        var named = Judge(F(ComplaintsMinutes, "kanal elektronik belum banyak dikenal."), 42);
        Assert.Null(named.Level);
        Assert.Contains(named.Notes, n => n.Code == CheckNote.NoServiceFunction);
    }

    const string SecurityAudit =
        "PEMERINTAH KABUPATEN SUKAMAJU\nDINAS KOMUNIKASI DAN INFORMATIKA\n\nLAPORAN HASIL AUDIT KEAMANAN SPBE\nAPLIKASI E-KINERJA\nPeriode Audit: 3-21 Agustus 2026\n\n" +
        "1. Pelaksana: tim auditor internal Bidang Persandian.\n2. Ruang lingkup: pengujian penetrasi aplikasi e-Kinerja.{0}\n3. Temuan: 2 kerentanan tingkat tinggi.\n" +
        "4. Rekomendasi: perbaikan kode paling lambat 30 September 2026.\n\n                    Sukamaju, 28 Agustus 2026" + Footer;

    [Fact]
    public void An_audits_own_report_under_the_audit_policy_is_off_topic_and_names_the_audit_indicator()
    {
        var report = Judge(F(SecurityAudit, ""), 9);
        Assert.Equal(0, report.Level);
        Assert.Contains(EvidenceCheckFlags.OffTopic, report.Flags);
        Assert.Equal(31, report.SeemsIndicator);
        // Near miss: a report that carries out the policy it names is still the policy indicator's document.
        var underPolicy = Judge(F(SecurityAudit, "\n   Dasar: Peraturan Bupati Sukamaju Nomor 7 Tahun 2025 tentang Audit TIK."), 9);
        Assert.DoesNotContain(EvidenceCheckFlags.OffTopic, underPolicy.Flags);
    }
}
