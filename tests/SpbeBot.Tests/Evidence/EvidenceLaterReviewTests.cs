using static SpbeBot.Tests.Evidence.JudgeText;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// Issue 22 (wip-23eb): a reviu record filed after a document's body asks in its isu for what to improve — its "tidak"
/// does not deny an item the body lists; a practice's reviu whose sentence names what was reviewed before "dilakukan pada
/// &lt;date&gt;" is done; a reviu record filed before the new policy that cites it, the policy an excerpt (preamble, then its
/// articles, no MEMUTUSKAN), is the follow-up level; an audit done in its cycle ("audit rutin 2 tahunan") is planned, as the
/// Pedoman's level 2 says ("secara rutin minimal 2 tahun sekali"). Documents written for these tests, each rule with its near miss.
/// </summary>
public class EvidenceLaterReviewTests
{
    const string Roadmap =
        "PEMERINTAH KABUPATEN SUKAMAJU\nBADAN PERENCANAAN PEMBANGUNAN DAERAH\n\nDOKUMEN PETA RENCANA SPBE 2023-2027\n" +
        "Ditetapkan dengan Keputusan Bupati Nomor 000.8/12/KPTS/2023\ntanggal 3 April 2023\n\nMuatan Peta Rencana SPBE:\n" +
        "1. Tata Kelola SPBE: Tim Koordinasi dan kebijakan internal.\n2. Manajemen SPBE: risiko, data, aset TIK.\n" +
        "3. Layanan SPBE: administrasi pemerintahan dan layanan publik.\n4. Infrastruktur SPBE: pusat data dan jaringan intra.\n" +
        "5. Aplikasi SPBE: aplikasi umum dan khusus.\n6. Keamanan SPBE: kerahasiaan dan keutuhan.\n" +
        "7. Audit Teknologi Informasi dan Komunikasi: audit aplikasi dan infrastruktur.\n{0}" +
        "Tanggal : 14 Desember 2023\nIsu : program Audit TIK tahun 2024 tidak teranggarkan.\nRekomendasi: program Audit TIK masuk RKA 2025.\n\n" +
        "                    Notulis,\n                    SITI AMINAH, S.E.\n";

    [Fact]
    public void A_later_reviu_records_isu_does_not_deny_an_item_the_body_lists()
    {
        // The body's item is found with its quote. (The level is not asserted: this short text reads as minutes, whose
        // own level-2 reading is another matter; the rule is about the item.)
        var reviewed = Judge(F(Roadmap, "\n          NOTULENSI RAPAT REVIU PETA RENCANA SPBE\n"), 12);
        Assert.Contains(reviewed.Found, f => f.Element == "Audit TIK" && f.Quote.Contains("Audit Teknologi Informasi", StringComparison.Ordinal));
        // Near miss: the same "tidak teranggarkan" in the document's own text (no record title before it) still denies the item.
        var own = Judge(F(Roadmap, "Catatan pelaksanaan:\n"), 12);
        Assert.DoesNotContain(own.Found, f => f.Element == "Audit TIK");
    }

    const string RiskReport =
        "PEMERINTAH KABUPATEN SUKAMAJU\nTIM KOORDINASI SPBE KABUPATEN\n\nLAPORAN PENERAPAN MANAJEMEN RISIKO SPBE 2026\nTanggal: 2 Oktober 2026\n\n" +
        "BAB I PENDAHULUAN\nManajemen Risiko SPBE dilaksanakan sesuai Rencana Kerja Diskominfo 2026, mengacu pada Peraturan Menteri PANRB\n" +
        "Nomor 5 Tahun 2020 tentang Pedoman Manajemen Risiko SPBE.\n\nBAB II PELAKSANAAN\n1. Seluruh 31 Perangkat Daerah telah menyusun register risiko SPBE.\n\n" +
        "BAB III REVIU\nReviu atas penerapan Manajemen Risiko SPBE {0} pada 8-10 September 2026 oleh Inspektorat.\n" +
        "Isu: 5 PD belum memantau rencana mitigasi.\nRekomendasi: pemantauan triwulanan.\n\n" +
        "                    Sekretaris Daerah selaku Ketua Tim,\n                    BUDI SANTOSO\n";

    [Fact]
    public void A_practices_reviu_dated_after_what_it_reviewed_is_done()
    {
        Assert.Equal(4, Judge(F(RiskReport, "dilakukan"), 21).Level);
    }

    [Theory]
    [InlineData("akan dilakukan")]
    [InlineData("dijadwalkan")]
    [InlineData("direncanakan dilaksanakan")]
    public void A_reviu_chapter_that_only_plans_its_reviu_shows_no_reviu(string planned)
    {
        // wip-24ev: under a "BAB III REVIU" chapter the reviu report's reading took the chapter for a done reviu whatever its
        // sentence said. A reviu to come is no reviu (the Kriteria's level 4: "reviu dan evaluasi … secara berkala" done).
        var check = Judge(F(RiskReport, planned), 21);
        Assert.True(check.Level < 4, $"level {check.Level}");
        Assert.DoesNotContain(check.Found, f => f.Element == "reviu/evaluasi kebijakan");
    }

    const string MinutesThenPolicy =
        "PEMERINTAH KABUPATEN SUKAMAJU\nTIM KOORDINASI SPBE KABUPATEN\n\nNOTULENSI RAPAT REVIU KEBIJAKAN LAYANAN PUSAT DATA\n" +
        "Hari/Tanggal : Rabu, 4 Februari 2026\nPeserta : Diskominfo, Bappeda, Inspektorat\n\nObjek reviu: Peraturan Bupati Nomor 7 Tahun 2024.\n" +
        "Isu/permasalahan:\n1. Perbup 7/2024 belum mengatur interkoneksi dengan Pusat Data Nasional.\n" +
        "Rekomendasi:\n1. Mengganti Perbup 7/2024 dengan Perbup baru.\n\n                    Notulis,\n                    SITI AMINAH, S.T.\n" +
        "                    BUPATI SUKAMAJU\n            PERATURAN BUPATI SUKAMAJU\n                NOMOR 5 TAHUN 2026\n                        TENTANG\n" +
        "           PENYELENGGARAAN LAYANAN PUSAT DATA DAERAH\n\nMenimbang : bahwa {0}, Peraturan Bupati Nomor 7\n            Tahun 2024 perlu diganti;\n" +
        "                        Pasal 2\nSeluruh Perangkat Daerah wajib menggunakan layanan Pusat Data Daerah.\n" +
        "                        Pasal 3\nPusat Data Daerah diinterkoneksikan dengan Pusat Data Nasional.\n\n" +
        "                           Ditetapkan di Sukamaju\n                           pada tanggal 11 Mei 2026\n                           BUPATI SUKAMAJU,\n" +
        "                                   ttd.\n                           BUDI SANTOSO\n";

    [Fact]
    public void A_new_policy_filed_after_its_reviu_and_citing_it_is_the_follow_up_though_an_excerpt()
    {
        Assert.Equal(5, Judge(F(MinutesThenPolicy, "berdasarkan hasil reviu Tim Koordinasi SPBE tanggal 4 Februari 2026"), 5).Level);
        // Near miss: a new policy that cites no reviu is not shown to follow it.
        var uncited = Judge(F(MinutesThenPolicy, "pusat data perlu diatur kembali"), 5);
        Assert.True(uncited.Level < 5, $"level {uncited.Level}");
    }

    const string AuditReport =
        "PEMERINTAH KABUPATEN SUKAMAJU\nDINAS KOMUNIKASI DAN INFORMATIKA\n\nRINGKASAN LAPORAN AUDIT KEAMANAN SPBE TAHUN 2026\nTanggal: 9 Juni 2026\n" +
        "- Pelaksana: auditor internal Diskominfo; {0}.\n- Cakupan: aplikasi perizinan dan pusat data.\n" +
        "- Temuan utama: 3 kerentanan sedang pada aplikasi perizinan.\n\n                    Kepala Dinas,\n                    BUDI SANTOSO\n";

    [Fact]
    public void An_audit_done_in_its_cycle_is_planned()
    {
        Assert.Equal(2, Judge(F(AuditReport, "audit rutin 2 tahunan (sebelumnya 2024)"), 31).Level);
        // Near miss: an audit held once on request names no plan.
        Assert.Equal(1, Judge(F(AuditReport, "audit atas permintaan Kepala Dinas"), 31).Level);
    }
}
