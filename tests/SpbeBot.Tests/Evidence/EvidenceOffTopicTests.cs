using SpbeBot.Core.Evidence.Checking;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// Issue 22 (wip-22vb): the off-topic flag where another topic is named only as what the document lacks, and where the filed
/// topic's words stand only in an upload note. The documents are written for these tests, each with its near miss.
/// </summary>
public class EvidenceOffTopicTests
{
    const string ProcessNote =
        "PEMERINTAH KABUPATEN SUKAMAJU\nDINAS KEPENDUDUKAN DAN PENCATATAN SIPIL\n\nPETA PROSES BISNIS PENERBITAN AKTA KELAHIRAN\n(bahan kerja)\n\n" +
        "Urutan kerja:\npemohon mengisi formulir -> petugas memeriksa berkas -> kepala seksi menyetujui -> akta dicetak.\n" +
        "Catatan: {0}\n\n                         Sukamaju, 12 Maret 2026\n                         Kepala Seksi,\n                                ttd\n                         Rahmat Hidayat\n";

    [Fact]
    public void Another_topic_named_as_what_the_document_lacks_is_not_its_subject()
    {
        var lacking = JudgeText.Judge(string.Format(System.Globalization.CultureInfo.InvariantCulture, ProcessNote, "belum memakai notasi baku, tidak ada kaitan dengan arsitektur."), 14);
        Assert.DoesNotContain(EvidenceCheckFlags.OffTopic, lacking.Flags);

        // Near miss: the same note naming Arsitektur as what it follows is about Arsitektur.
        var named = JudgeText.Judge(string.Format(System.Globalization.CultureInfo.InvariantCulture, ProcessNote, "disusun sebagai bagian dari arsitektur SPBE daerah."), 14);
        Assert.Contains(EvidenceCheckFlags.OffTopic, named.Flags);
    }

    const string Invitation =
        "PEMERINTAH KABUPATEN SUKAMAJU\nSEKRETARIAT DAERAH\n\nUNDANGAN\nNomor   : 005/118/Org/2026\n" +
        "Perihal : {0}\n\nYth. Kepala Perangkat Daerah\n\nDengan hormat, kami mengundang Saudara pada hari Selasa, 8 September 2026,\n" +
        "pukul 09.00 WIB, di Ruang Rapat Sekretariat Daerah.\n\n                         Asisten Administrasi Umum,\n                                ttd\n                         Budi Hartono\n\n" +
        "[diunggah pada Indikator 40 - Layanan Akuntabilitas Kinerja]\n";

    [Fact]
    public void The_filed_topic_named_only_in_an_upload_note_is_not_the_documents()
    {
        var complaints = JudgeText.Judge(string.Format(System.Globalization.CultureInfo.InvariantCulture, Invitation, "Rapat penanganan pengaduan masyarakat semester II"), 40);
        Assert.Contains(EvidenceCheckFlags.OffTopic, complaints.Flags);
        Assert.Equal(0, complaints.Level);

        // Near miss: an invitation whose agenda is the organisation's performance reporting is on the topic.
        var performance = JudgeText.Judge(string.Format(System.Globalization.CultureInfo.InvariantCulture, Invitation, "Pengisian capaian kinerja organisasi pada aplikasi e-SAKIP"), 40);
        Assert.DoesNotContain(EvidenceCheckFlags.OffTopic, performance.Flags);
    }
}
