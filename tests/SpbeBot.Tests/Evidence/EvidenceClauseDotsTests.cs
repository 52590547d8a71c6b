using SpbeBot.Core.Evidence.Checking;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// Issue 22 (wip-22ua): a dot between two lower-case letters with no space is no sentence's end — a scan's OCR reads a
/// space as a dot ("Belum.ada pertukaran data …"); cut there, the denial lost its "belum" and the words it denies read as
/// the collaboration. The document is written for this test, with its near miss.
/// </summary>
public class EvidenceClauseDotsTests
{
    const string Planning =
        "E-PLANNING KABUPATEN SUKAMAJU\n\nGambar 1. Halaman Dokumen Perencanaan\n - Pencarian dokumen; tombol Unduh RKPD.\n" +
        " - Tombol \"Unggah Dokumen Renja\" untuk operator PD.\n\nGambar 2. Form Usulan Renja\n" +
        " - Validasi otomatis pagu; persetujuan berjenjang oleh Verifikator Bappeda.\n\nKeterangan operator:\n{0}\n\n" +
        "Disiapkan oleh: Bidang Perencanaan Bappeda Kabupaten Sukamaju\n";

    static int? Level(string note) => JudgeText.Judge(string.Format(System.Globalization.CultureInfo.InvariantCulture, Planning, note), 32).Level;

    [Fact]
    public void A_dot_the_OCR_put_for_a_space_does_not_cut_a_denial_from_its_words()
    {
        Assert.Equal(3, Level("Data usulan tersimpan di Pusat Data. Belum.ada pertukaran data otomatis dengan\nSIPD atau aplikasi Iain."));
        Assert.Equal(3, Level("Data usulan tersimpan di Pusat Data. Belum ada pertukaran data otomatis dengan\nSIPD atau aplikasi Iain."));

        // A sentence's own end still ends the clause: the exchange stated after it counts.
        Assert.Equal(4, Level("Belum ada dasbor. Pertukaran data otomatis dengan SIPD berjalan setiap malam."));
    }
}
