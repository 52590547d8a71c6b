using static SpbeBot.Tests.Evidence.JudgeText;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// Issue 22 (wip-22ua): one rule for a service function done outside the electronic service — a place outside the portal,
/// or by hand — with the exceptions both earlier rules had where a text needs them. The documents are written for these
/// tests, each with its near miss.
/// </summary>
public class EvidenceOutsideTheServiceTests
{
    const string OpenData =
        "BUKTI DUKUNG LAYANAN DATA TERBUKA\nPortal Satu Data Sukamaju\n\n[Tangkapan layar 1 - Katalog]\nDaftar 120 dataset; kotak pencarian; tombol unduh CSV.\n\n" +
        "[Tangkapan layar 2 - Terbitkan dataset]\nProdusen data mengisi metadata; {0}\n\n" +
        "Catatan: portal belum terhubung ke Portal Satu Data Indonesia.\n\n                               Sukamaju, 3 November 2026\n" +
        "                               Kepala Bidang Statistik,\n                                         ttd\n                               RINA\n";

    static int? OpenDataLevel(string step) => JudgeText.Judge(F(OpenData, step), 43).Level;

    [Fact]
    public void A_step_placed_outside_the_portal_is_outside_even_when_sent_electronically()
    {
        Assert.Equal(2, OpenDataLevel("persetujuan terbit dilakukan di luar portal melalui surat elektronik kepada walidata."));
        Assert.Equal(3, OpenDataLevel("persetujuan terbit oleh walidata di portal, dengan status tiap dataset."));
    }

    [Fact]
    public void A_step_by_hand_is_outside_unless_an_electronic_channel_stands_beside_it_or_the_hand_way_is_gone()
    {
        Assert.Equal(2, OpenDataLevel("walidata memverifikasi dataset secara manual."));
        Assert.Equal(3, OpenDataLevel("walidata memverifikasi dataset di portal, bukan lagi manual."));
        Assert.Equal(3, OpenDataLevel("walidata memverifikasi dataset di portal yang menggantikan formulir kertas."));
        Assert.Equal(3, OpenDataLevel("persetujuan terbit yang dahulu di luar portal kini diganti menu persetujuan walidata."));
    }

    [Fact]
    public void A_working_paper_is_no_paper()
    {
        Assert.Equal(3, OpenDataLevel("walidata memverifikasi dataset dengan kertas kerja digital pada portal."));
        Assert.Equal(2, OpenDataLevel("walidata memverifikasi dataset dengan formulir kertas."));
    }
}
