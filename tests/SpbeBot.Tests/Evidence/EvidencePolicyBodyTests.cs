using SpbeBot.Core.Criteria.Elements;
using SpbeBot.Core.Evidence.Checking;
using static SpbeBot.Tests.Evidence.JudgeText;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// Review leftovers of issue 22 (wip-22o): a "ttd" under a penetapan date left blank is not ditetapkan; a policy regulates
/// only what its own body says, not what a notulensi or laporan filed after its penetapan says; the words Pemda use for an
/// item's words live in one place. The documents are written for these tests.
/// </summary>
public class EvidencePolicyBodyTests
{
    const string Head = "PERATURAN BUPATI SUKAMAJU\nNOMOR 11 TAHUN 2026\nTENTANG\nARSITEKTUR SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK\n\n" +
                        "BUPATI SUKAMAJU,\n\nMenimbang : a. bahwa perlu pengaturan arsitektur SPBE;\n\nMEMUTUSKAN:\n" +
                        "Menetapkan : PERATURAN BUPATI TENTANG ARSITEKTUR SPBE.\n\n";

    const string Articles =
        "Pasal 1\nArsitektur SPBE Daerah memuat:\na. arsitektur proses bisnis;\nb. arsitektur data dan informasi;\nc. arsitektur aplikasi SPBE.\n\n" +
        "Pasal 2\nArsitektur SPBE Daerah disusun oleh Dinas Komunikasi dan Informatika untuk jangka waktu 5 (lima) tahun.\n\n";

    const string Enacted = "Ditetapkan di Sukamaju\npada tanggal 12 Januari 2026\nBUPATI SUKAMAJU,\n\nttd.\n\nH. ARIFIN SETIAWAN\n\n";

    const string Minutes =
        "NOTULENSI RAPAT PEMBAHASAN ARSITEKTUR SPBE\nHari/tanggal : Selasa, 3 Februari 2026\n" +
        "Pembahasan:\n1. Peserta mengusulkan agar infrastruktur SPBE, keamanan SPBE dan layanan SPBE dimuat dalam perubahan.\n" +
        "2. Referensi arsitektur SPBE Daerah perlu disusun bersama Bappeda.\n\nNotulis,\n\nttd\n\nRINA MARLINA\n";

    [Fact]
    public void A_ttd_under_a_blank_penetapan_date_is_not_signed()
    {
        Assert.False(DocumentFactsReader.IsSigned("Ditetapkan di Sukamaju\npada tanggal ………………\nBUPATI SUKAMAJU,\n\nttd\n\nH. ARIFIN SETIAWAN\n"));
        Assert.False(DocumentFactsReader.IsSigned("Ditetapkan di Sukamaju pada tanggal\nBUPATI SUKAMAJU,\nttd.\n"));
        Assert.True(DocumentFactsReader.IsSigned("Ditetapkan di Sukamaju\npada tanggal 12 Januari 2026\nBUPATI SUKAMAJU,\n\nttd\n\nH. ARIFIN SETIAWAN\n"));
        // A sentence that merely says something will be set "di kemudian hari" is no penetapan block.
        Assert.True(DocumentFactsReader.IsSigned("Hal lain akan ditetapkan di kemudian hari.\nPeraturan ini berlaku pada tanggal diundangkan.\nBUPATI SUKAMAJU,\nttd\n"));

        var blank = Judge(Head + Articles + "Ditetapkan di Sukamaju\npada tanggal ……………\nBUPATI SUKAMAJU,\n\nttd.\n\nH. ARIFIN SETIAWAN\n", 1);
        Assert.False(blank.Document.Signed);
        Assert.Contains(EvidenceCheckFlags.Unsigned, blank.Flags);
        Assert.True(blank.Level < 2, $"blank date {blank.Level}");
    }

    [Fact]
    public void What_a_notulensi_filed_after_the_penetapan_names_is_not_regulated_by_the_policy()
    {
        var policy = Judge(Head + Articles + Enacted, 1);
        Assert.Equal(2, policy.Level);
        var withMinutes = Judge(Head + Articles + Enacted + "\f" + Minutes, 1);
        Assert.Equal(2, withMinutes.Level);
        Assert.DoesNotContain(withMinutes.Found, f => f.Element is "Infrastruktur SPBE" or "Keamanan SPBE" or "Layanan SPBE");
        Assert.Contains(withMinutes.Missing, m => m == "Level 3: mengatur Keamanan SPBE");

        // The same domains in the policy's own articles (or its own LAMPIRAN) are regulated.
        var whole = Articles.Replace("c. arsitektur aplikasi SPBE.", "c. arsitektur aplikasi SPBE;\nd. arsitektur infrastruktur SPBE;\n" +
                                                                       "e. arsitektur keamanan SPBE;\nf. arsitektur layanan SPBE; dan\ng. referensi arsitektur.", StringComparison.Ordinal);
        Assert.Equal(3, Judge(Head + whole + Enacted + "\f" + Minutes, 1).Level);
        var annex = Head + Articles + "Pasal 3\nRincian domain tercantum dalam Lampiran.\n\n" + Enacted + "\fLAMPIRAN\nPERATURAN BUPATI SUKAMAJU NOMOR 11 TAHUN 2026\n" +
                    "A. Referensi arsitektur\nB. Arsitektur infrastruktur SPBE\nC. Arsitektur keamanan SPBE\nD. Arsitektur layanan SPBE\n";
        Assert.Equal(3, Judge(annex, 1).Level);
    }

    [Fact]
    public void The_words_for_an_item_s_words_are_kept_once_and_reach_both_the_generator_and_the_checker()
    {
        Assert.Contains(DocumentWords.Spellings, s => s.Word == "ruang lingkup" && s.Others.Contains("cakupan"));
        Assert.True(DocumentWords.SentenceForms.ContainsKey("perencanaan"));
        // The generated elements carry the spelling; the checker finds the sentence form.
        var smki = ElementStore.For(SpbeBot.Core.Criteria.CatalogStore.Shipped("spbe-2024")).For(8)!;
        Assert.Contains(smki.Levels.SelectMany(l => l.Groups).SelectMany(g => g.Elements), e => e.Terms.Any(t => t.Contains("cakupan", StringComparison.Ordinal)));
    }

    const string PlanningNotes =
        "PEMERINTAH KABUPATEN SUKAMAJU\nBADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH\n\nLAPORAN PEMANFAATAN APLIKASI PENGANGGARAN DAERAH\nTAHUN 2026\n\n" +
        "1. Aplikasi penganggaran daerah saat ini menyediakan:\n   a. pencarian dokumen anggaran per Perangkat Daerah;\n   b. unggah rencana kerja dan anggaran; dan\n" +
        "   c. unduh dokumen pelaksanaan anggaran.\n2. {0}\n\n" +
        "                                     Sukamaju, 9 Oktober 2026\n                                     Kepala Badan,\n                                         ttd.\n                                     SITI NURHALIZA\n";

    static string Notes(string line) => string.Format(System.Globalization.CultureInfo.InvariantCulture, PlanningNotes, line);

    [Theory]
    [InlineData("Perlu ditambahkan validasi dan persetujuan usulan anggaran secara berjenjang di aplikasi.")]
    [InlineData("Diusulkan fitur persetujuan berjenjang dan validasi pagu di aplikasi.")]
    [InlineData("Ke depan aplikasi diharapkan menyediakan validasi dan persetujuan usulan anggaran.")]
    public void A_function_a_record_says_is_needed_or_proposed_is_not_there(string line)
    {
        var check = Judge(Notes(line), 33);
        Assert.Equal(2, check.Level);
        Assert.Contains(check.Missing, m => m.StartsWith("Level 3:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_function_a_record_says_is_there_counts_even_beside_a_need()
    {
        Assert.Equal(3, Judge(Notes("Aplikasi melakukan validasi pagu dan persetujuan usulan anggaran secara berjenjang."), 33).Level);
        // A need that was met ("telah") is a fact.
        Assert.Equal(3, Judge(Notes("Validasi dan persetujuan berjenjang yang diusulkan tahun lalu telah tersedia di aplikasi."), 33).Level);
    }

    const string RiskReport =
        "PEMERINTAH KABUPATEN SUKAMAJU\nDINAS KOMUNIKASI DAN INFORMATIKA\n\nLAPORAN PELAKSANAAN MANAJEMEN RISIKO SPBE\nTAHUN 2026\n\n" +
        "1. Identifikasi risiko SPBE dilakukan pada 12 Mei 2026 oleh Dinas Komunikasi dan Informatika.\n" +
        "2. {0}\n3. Daftar risiko memuat 14 risiko dengan pemilik risiko masing-masing.\n\n" +
        "                                     Sukamaju, 2 Juni 2026\n                                     Kepala Dinas,\n                                         ttd.\n                                     ANDI PRATAMA\n";

    static string Risk(string line) => string.Format(System.Globalization.CultureInfo.InvariantCulture, RiskReport, line);

    [Fact]
    public void A_unit_named_for_planning_is_no_plan_the_practice_follows()
    {
        Assert.Equal(1, Judge(Risk("Rapat dihadiri Badan Perencanaan Pembangunan Daerah dan Subbagian Perencanaan dan Keuangan."), 21).Level);
        Assert.Equal(2, Judge(Risk("Identifikasi dilaksanakan sesuai rencana kerja Dinas tahun 2026."), 21).Level);
    }

    [Fact]
    public void A_standard_counts_where_the_practice_follows_it_not_where_it_is_named()
    {
        const string planned = "Identifikasi dilaksanakan sesuai rencana kerja Dinas tahun 2026. ";
        Assert.Equal(2, Judge(Risk(planned + "Tim membahas draf pedoman manajemen risiko yang baru."), 21).Level);
        Assert.Equal(2, Judge(Risk(planned + "Ruang layanan memajang standar pelayanan publik."), 21).Level);
        Assert.Equal(3, Judge(Risk(planned + "Penilaian risiko mengacu pada pedoman manajemen risiko SPBE."), 21).Level);
        Assert.Equal(3, Judge(Risk(planned + "Penilaian risiko mengikuti SOP manajemen risiko Dinas."), 21).Level);
        // As a report labels it.
        Assert.Equal(3, Judge(Risk(planned + "\n   Standar: Pedoman Manajemen Risiko SPBE."), 21).Level);
    }
}
