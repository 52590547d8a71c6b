using SpbeBot.Core.Evidence.Checking;
using SpbeBot.Dialogs.Evidence;
using static SpbeBot.Tests.Evidence.JudgeText;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// Issue 22 (wip-22eb): level 0 (the document supports none of the indicator's levels) told from "cannot judge", each with
/// its reason in the verdict; a reviu record titled on two lines ("NOTULENSI RAPAT" / "EVALUASI …") dates a stale reviu.
/// Documents written for these tests, each rule with its near miss. (A "Kolaborasi:" list label read as the
/// collaboration level was tried on the branch and taken out at the merge: it put two suite documents above their level.)
/// </summary>
public class EvidenceLevelZeroTests
{
    const string Footer = "\n\n                    KEPALA DINAS,\n\n                    BUDI SANTOSO, S.Kom.\n";

    const string ComplaintsSop =
        "PEMERINTAH KABUPATEN SUKAMAJU\nDINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU\n\nSTANDAR OPERASIONAL PROSEDUR\nPENANGANAN PENGADUAN MASYARAKAT\n" +
        "Nomor SOP: 05/SOP/DPMPTSP/2025\nTanggal efektif : 2 Januari 2025\n\nSarana pengaduan:\na. kotak saran di ruang tunggu;\nb. loket pengaduan;\n{0}\n\n" +
        "Prosedur:\n1. Petugas loket mencatat pengaduan dalam Buku Register Pengaduan.\n2. Jawaban disampaikan secara tertulis paling lama 14 hari kerja.\n" + Footer;

    [Fact]
    public void A_service_document_that_names_no_electronic_means_is_level_0_with_its_reason()
    {
        var manual = Judge(F(ComplaintsSop, "c. surat tertulis kepada Kepala Dinas."), 42);
        Assert.Equal(0, manual.Level);
        Assert.Contains(manual.Notes, n => n.Code == CheckNote.NoElectronicService);
        Assert.Contains("level 0", PrecheckTexts.Id.NoteText(manual));
        // Near miss: the same SOP naming the complaints application cannot tell its level (its functions are not shown).
        var named = Judge(F(ComplaintsSop, "c. aplikasi SUKAMAJU LAPOR."), 42);
        Assert.Null(named.Level);
        Assert.Contains(named.Notes, n => n.Code == CheckNote.NoServiceFunction);
    }

    const string PolicyWithMinutes =
        "PERATURAN BUPATI SUKAMAJU\nNOMOR 30 TAHUN 2022\nTENTANG\nPEMBANGUNAN APLIKASI SPBE\n\nBUPATI SUKAMAJU,\n\nMEMUTUSKAN:\n" +
        "Menetapkan : PERATURAN BUPATI TENTANG PEMBANGUNAN APLIKASI SPBE.\n\nPasal 1\nPembangunan aplikasi SPBE dilaksanakan melalui siklus analisis kebutuhan,\n" +
        "perencanaan, rancang bangun, implementasi, pengujian kelaikan, pemeliharaan dan evaluasi.\n\n" +
        "                    Ditetapkan di Sukamaju\n                    pada tanggal 5 Desember 2022\n\n                    BUPATI SUKAMAJU,\n\n                    ARYA DWIPANGGA\n\f" +
        "PEMERINTAH KABUPATEN SUKAMAJU\nDINAS KOMUNIKASI DAN INFORMATIKA\n\n                NOTULENSI {0}\n     EVALUASI PERATURAN BUPATI NOMOR 30 TAHUN 2022\n\n" +
        "Hari/Tanggal : Kamis, 24 Agustus 2023\n\nIsu:\n1. 21 aplikasi belum tercatat dalam katalog aplikasi.\n\nRekomendasi:\n1. Registrasi ulang seluruh aplikasi.\n" + Footer;

    [Fact]
    public void A_reviu_record_titled_on_two_lines_dates_a_stale_reviu()
    {
        Assert.Contains("stale", Judge(F(PolicyWithMinutes, "RAPAT"), 4).Flags);
        // Near miss: a record titled otherwise ("NOTULENSI SOSIALISASI" / "EVALUASI …") is not read as the reviu's title.
        Assert.DoesNotContain("stale", Judge(F(PolicyWithMinutes, "SOSIALISASI"), 4).Flags);
    }
}
