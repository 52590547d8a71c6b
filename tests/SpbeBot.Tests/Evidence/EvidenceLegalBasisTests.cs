using static SpbeBot.Tests.Evidence.JudgeText;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// Issue 22 (wip-32ev, "cannot judge" for ambiguous text): a record that names the elements only in the title of the
/// regulation it cites as its basis ("Dasar : Peraturan Bupati … Nomor 5 Tahun 2024 tentang Konsultasi Rencana dan
/// Anggaran SPBE kepada unit pengelola TIK bagi seluruh perangkat daerah") shows nothing done; the same words as the
/// record's own statement count.
/// </summary>
public class EvidenceLegalBasisTests
{
    const string Report = @"             PEMERINTAH KABUPATEN SUKAMAJU
        DINAS KOMUNIKASI DAN INFORMATIKA

     LAPORAN KEGIATAN RAPAT PERENCANAAN SPBE TAHUN 2026

{0}

Pembahasan:
1. Dinas Kesehatan mengusulkan pengembangan aplikasi rujukan.
2. Dindikbud mengusulkan sewa hosting swasta.

                               Sukamaju, 14 Juli 2026
                               Kepala Dinas,
                                         ttd
                               FAJAR NUGRAHA, S.Kom.
";

    [Fact]
    public void Elements_named_in_the_cited_basis_title_show_nothing()
    {
        var check = Judge(F(Report, "Dasar : Peraturan Bupati Sukamaju Nomor 5 Tahun 2024 tentang Konsultasi\n        Rencana dan Anggaran SPBE kepada unit pengelola TIK bagi seluruh\n        perangkat daerah."), 13);
        Assert.True(check.Level <= 1, $"level {check.Level}");
    }

    [Fact]
    public void The_same_words_as_the_record_s_own_statement_count()
    {
        var check = Judge(F(Report, "Rencana dan anggaran SPBE tahun 2026 telah dikonsultasikan kepada unit\n        pengelola TIK bagi seluruh perangkat daerah."), 13);
        Assert.Equal(3, check.Level);
    }

    /// <summary>A "Dasar :" line without its full stop ends at the line that states something: the statement below it counts (m32ev).</summary>
    [Fact]
    public void A_basis_without_a_full_stop_ends_at_the_next_statement()
    {
        var check = Judge(F(Report, "Dasar : Peraturan Bupati Sukamaju Nomor 5 Tahun 2024 tentang Tata Kelola SPBE\nRencana dan anggaran SPBE tahun 2026 telah dikonsultasikan kepada unit\n pengelola TIK bagi seluruh perangkat daerah."), 13);
        Assert.Equal(3, check.Level);
    }
    /// <summary>A numbered "Mengingat :" list: the splitter ends a sentence at "1." and ";", yet the items are the basis (wip-33ev).</summary>
    [Fact]
    public void Elements_named_in_a_numbered_basis_list_show_nothing()
    {
        var check = Judge(F(Report, "Mengingat : 1. Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan\n               Berbasis Elektronik;\n            2. Peraturan Bupati Sukamaju Nomor 5 Tahun 2024 tentang Konsultasi\n               Rencana dan Anggaran SPBE kepada unit pengelola TIK bagi seluruh\n               perangkat daerah."), 13);
        Assert.True(check.Level <= 1, $"level {check.Level}");
    }

    /// <summary>A numbered list after the basis that states what was done is the record's own: it counts.</summary>
    [Fact]
    public void A_numbered_statement_after_the_basis_counts()
    {
        var check = Judge(F(Report, "Mengingat : 1. Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan\n               Berbasis Elektronik.\n\nHasil:\n1. Rencana dan anggaran SPBE tahun 2026 telah dikonsultasikan kepada unit\n   pengelola TIK bagi seluruh perangkat daerah."), 13);
        Assert.Equal(3, check.Level);
    }
}
