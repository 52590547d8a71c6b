using static SpbeBot.Tests.Evidence.JudgeText;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// Issue 22 (wip-26ev, set 23's two verdicts above): a policy that leaves part of its muatan to a rule of its own does
/// not regulate that part, and a list of service steps whose verb, a line on, says they are done by hand puts each of
/// them outside the electronic service. Documents written for these tests (evaluation year 2026), each with its near miss.
/// </summary>
public class EvidencePartLeftTests
{
    const string DataDecree =
        "BUPATI SUKAMAJU\nPROVINSI JAWA BARAT\n\nKEPUTUSAN BUPATI SUKAMAJU\nNOMOR 100.3.3.2/88/HK/2025\n\nTENTANG\n\n" +
        "PEDOMAN PENGELOLAAN DATA DAERAH\n\nBUPATI SUKAMAJU,\n\n" +
        "Menimbang : bahwa untuk tertib pengelolaan data perlu menetapkan pedoman dengan Keputusan Bupati;\n\n" +
        "MEMUTUSKAN:\nKESATU  : Menetapkan Pedoman Pengelolaan Data Daerah sebagaimana tercantum dalam Lampiran.\n" +
        "KEDUA   : Pedoman sebagaimana dimaksud Diktum KESATU mengatur:\n          a. arsitektur data Daerah;\n" +
        "          b. pengelolaan data induk; dan\n          c. data referensi perangkat daerah.\n" +
        "KETIGA  : {0}\nKEEMPAT : Keputusan ini mulai berlaku pada tanggal ditetapkan.\n\n" +
        "                     Ditetapkan di Sukamaju\n                     pada tanggal 3 Maret 2025\n                     BUPATI SUKAMAJU,\n\n" +
        "                              ttd.\n\n                     HENDRA KUSUMA\n";

    [Fact]
    public void A_part_a_policy_leaves_to_a_rule_of_its_own_is_not_regulated()
    {
        // Set 23 R06's shape: three of the six processes are left to a later decree — part of the processes, level 3.
        var later = Judge(F(DataDecree, "Pengaturan mengenai basis data, kualitas data, dan\n          interoperabilitas data akan ditetapkan tersendiri."), 3);
        Assert.Equal(3, later.Level);
        var apart = Judge(F(DataDecree, "Basis data, kualitas data, dan interoperabilitas data diatur tersendiri."), 3);
        Assert.Equal(3, apart.Level);
        // Near miss: the same Diktum regulating them makes the whole series, level 4.
        var all = Judge(F(DataDecree, "Pedoman juga mengatur basis data, kualitas data, dan\n          interoperabilitas data."), 3);
        Assert.Equal(4, all.Level);
    }

    const string OversightService =
        "PEMERINTAH KABUPATEN SUKAMAJU\nINSPEKTORAT DAERAH\n\nDOKUMENTASI LAYANAN PENGAWASAN INTERNAL BERBASIS ELEKTRONIK\n\n" +
        "[Gambar 1] Informasi jadwal pemeriksaan dan rekap temuan.\n[Gambar 2] Pencarian laporan hasil pemeriksaan per tahun.\n" +
        "[Gambar 3] Perangkat Daerah mengunggah dan mengunduh dokumen tindak lanjut.\n\n" +
        "Catatan: verifikasi dan persetujuan bukti tindak lanjut temuan {0}\n" +
        "\n\n                    Sukamaju, 12 Oktober 2026\n                    INSPEKTUR,\n\n                    RINA MARLINA, S.E.\n";

    [Fact]
    public void Service_steps_whose_verb_a_line_on_says_by_hand_are_outside_the_service()
    {
        // Set 23 R35's shape: the verb that places both steps by hand is past the first step's reach — interaction only, 2.
        var byHand = Judge(F(OversightService, "pemeriksaan\ntetap dikerjakan dengan surat dinas secara manual."), 39);
        Assert.Equal(2, byHand.Level);
        // Near miss: the same steps done in the application, with electronic signatures, are its transactions.
        var inTheApp = Judge(F(OversightService, "pemeriksaan\ndikerjakan berjenjang dengan tanda tangan elektronik."), 39);
        Assert.Equal(3, inTheApp.Level);
    }
}
