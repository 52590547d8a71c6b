using System.Globalization;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// Issue 22 (wip-22va): a negator in one table cell says nothing of the next cell ("Hapus aplikasi tidak aktif | Domain
/// aplikasi diperbarui"), and members said inactive do not deny the item; a status cell after the item still denies it.
/// Written for these tests, each with its near miss.
/// </summary>
public class EvidenceTableCellsTests
{
    static string F(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);

    const string Architecture =
        "PEMERINTAH KABUPATEN SUKAMAJU\n\nDOKUMEN ARSITEKTUR SPBE KABUPATEN SUKAMAJU TAHUN 2026\n\n" +
        "BAB I PENDAHULUAN\nArsitektur SPBE Kabupaten Sukamaju disusun dengan berpedoman pada Arsitektur SPBE Nasional dan memakai " +
        "referensi arsitektur yang sama.\n\nBAB II DOMAIN\nNo | Domain | Keadaan\n" +
        "1 | Domain proses bisnis | memuat 180 proses bisnis\n2 | Domain data dan informasi | memuat 40 kelompok data\n" +
        "3 | Domain layanan | memuat 52 layanan elektronik\n4 | {0}\n" +
        "5 | Domain infrastruktur | memuat pusat data dan jaringan intra\n6 | Domain keamanan | memuat pengendalian keamanan informasi\n\n" +
        "                               Sukamaju, 20 Agustus 2026\n                               Kepala Dinas Kominfo,\n" +
        "                                         ttd\n                               BUDI SANTOSO\n";

    static int? Level(string row) => JudgeText.Judge(F(Architecture, row), 11).Level;

    [Fact]
    public void A_negator_in_an_earlier_cell_or_inactive_members_do_not_deny_the_domain()
    {
        var full = Level("Domain aplikasi | memuat 96 aplikasi umum dan khusus");
        Assert.True(full >= 3, $"level {full}");
        Assert.Equal(full, Level("Hapus aplikasi tidak aktif | Domain aplikasi diperbarui: 96 aplikasi"));
        Assert.True(Level("Domain aplikasi | belum disusun") < 3);
    }
}
