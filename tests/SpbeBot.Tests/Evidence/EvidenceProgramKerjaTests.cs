using static SpbeBot.Tests.Evidence.JudgeText;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// Issue 22 (wip-26ev, set 9 F22): the Pedoman's level-2 evidence for a practice is "Perencanaan program kerja/aktivitas
/// kegiatan penerapan …", so a practice done as part of a program kerja is done according to a plan. A document written
/// for this test (evaluation year 2026), with its near misses.
/// </summary>
public class EvidenceProgramKerjaTests
{
    const string RiskReport =
        "PEMERINTAH KABUPATEN SUKAMAJU\nDINAS KOMUNIKASI DAN INFORMATIKA\n\nLAPORAN PENERAPAN MANAJEMEN RISIKO SPBE 2026\n\n" +
        "BAB I DASAR\nPenerapan Manajemen Risiko SPBE mengacu pada Peraturan Menteri PANRB Nomor 5 Tahun 2020\n" +
        "tentang Pedoman Manajemen Risiko SPBE{0}.\n\n" +
        "BAB II PELAKSANAAN\n1. Identifikasi risiko: 18 risiko pada layanan aplikasi umum.\n2. Analisis dan evaluasi: matriks 5x5.\n" +
        "3. Pemantauan: triwulanan.\n\nCatatan: penerapan baru di Diskominfo.\n" +
        "\n\n                    Sukamaju, 30 Juni 2026\n                    KEPALA DINAS,\n\n                    BUDI SANTOSO, S.Kom.\n";

    [Fact]
    public void A_practice_done_as_part_of_a_program_kerja_is_planned()
    {
        var planned = Judge(F(RiskReport, " dan termasuk dalam program kerja Diskominfo Tahun 2026"), 21);
        Assert.Equal(3, planned.Level);
        // Near misses: no program named — the plan is not shown; one the practice is not in yet — not planned either.
        var silent = Judge(F(RiskReport, ""), 21);
        Assert.Equal(1, silent.Level);
        var notYet = Judge(F(RiskReport, ", tetapi belum masuk program kerja Diskominfo"), 21);
        Assert.Equal(1, notYet.Level);
    }
}
