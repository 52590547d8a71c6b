using static SpbeBot.Tests.Evidence.JudgeText;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// Issue 22 (wip-29ep, evidence-probe's heading, table-of-contents, reference and other-instansi templates): a document
/// that only names an element does not show it. A consultation record (indicator 13, level 2) whose only "seluruh
/// Perangkat Daerah" (level 3) is an empty heading, a table of contents' entry, another regulation's duty or another
/// instansi's act stays at 2; each with its near miss at 3. Documents written for these tests (evaluation year 2026).
/// </summary>
public class EvidenceNamedOnlyTests
{
    const string ConsultationReport =
        "PEMERINTAH KABUPATEN SUKAMAJU\nDINAS KOMUNIKASI DAN INFORMATIKA\n\n" +
        "LAPORAN KONSULTASI RENCANA DAN ANGGARAN SPBE TAHUN 2026\n\n" +
        "I. HASIL\n   Telah dilaksanakan konsultasi rencana kegiatan dan anggaran SPBE Perangkat\n   Daerah dengan Dinas Komunikasi dan Informatika selaku unit pengelola TIK.\n\n" +
        "{0}\n\n" +
        "                    Sukamaju, 21 September 2026\n                    Kepala Dinas Komunikasi dan Informatika,\n\n" +
        "                    ttd.\n\n                    ANDI PRATAMA, S.Kom.\n";

    [Fact]
    public void A_heading_with_nothing_under_it_shows_nothing()
    {
        Assert.Equal(2, Judge(F(ConsultationReport, "II. KONSULTASI SELURUH PERANGKAT DAERAH"), 13).Level);
        // Near miss: the same heading over its part's text is the part's title.
        Assert.Equal(3, Judge(F(ConsultationReport, "II. KONSULTASI SELURUH PERANGKAT DAERAH\n   Daftar hadir dan berita acara terlampir."), 13).Level);
    }

    [Fact]
    public void A_table_of_contents_entry_shows_nothing()
    {
        Assert.Equal(2, Judge(F(ConsultationReport, "DAFTAR ISI\n   BAB I HASIL .......... 1\n   BAB II KONSULTASI SELURUH PERANGKAT DAERAH .......... 2"), 13).Level);
        // Near miss: the entry's words as a line of text.
        Assert.Equal(3, Judge(F(ConsultationReport, "II. Konsultasi telah diikuti seluruh Perangkat Daerah pada bulan Agustus 2026."), 13).Level);
    }

    [Fact]
    public void A_regulation_requiring_the_element_shows_nothing()
    {
        Assert.Equal(2, Judge(F(ConsultationReport, "Sesuai Peraturan Menteri PANRB Nomor 59 Tahun 2020, konsultasi wajib diikuti seluruh Perangkat Daerah."), 13).Level);
        // Near miss: the same regulation followed, the element done.
        Assert.Equal(3, Judge(F(ConsultationReport, "Sesuai Peraturan Menteri PANRB Nomor 59 Tahun 2020, konsultasi telah diikuti seluruh Perangkat Daerah."), 13).Level);
    }

    [Fact]
    public void Another_instansis_act_shows_nothing_of_the_instansis_own()
    {
        Assert.Equal(2, Judge(F(ConsultationReport, "Kutipan Peraturan Bupati Sukamakmur Nomor 7 Tahun 2025: konsultasi telah diikuti seluruh Perangkat Daerah."), 13).Level);
        // Near miss: the instansi's own act.
        Assert.Equal(3, Judge(F(ConsultationReport, "Kutipan Peraturan Bupati Sukamaju Nomor 7 Tahun 2025: konsultasi telah diikuti seluruh Perangkat Daerah."), 13).Level);
    }
}
