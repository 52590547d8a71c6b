using static SpbeBot.Tests.Evidence.JudgeText;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// Issue 22 (wip-31ev): a document whose kind cannot carry more than level 1 — a draft, an invitation to a meeting not yet
/// held — is held there whatever its text names; the same text as a record is judged on it. Documents written for these
/// tests (evaluation year 2026), each with its near miss.
/// </summary>
public class EvidenceKindCeilingTests
{
    const string DraftReport = @"                    PEMERINTAH KABUPATEN SUKAMAJU
                         BAPPEDA

                               DRAF

        LAPORAN PELAKSANAAN MANAJEMEN DATA TAHUN 2026

1. Program Penguatan Manajemen Data dilaksanakan sesuai rencana
   kerja dalam Peta Rencana SPBE dan berlaku bagi seluruh Perangkat
   Daerah.
2. Kegiatan tahun 2026 meliputi penyusunan katalog data dan
   penetapan data induk.

                                   Sukamaju, 16 Oktober 2026
                                   Kepala Bappeda,

                                   RINA KARTIKA, S.E.
";

    [Fact]
    public void A_draft_shows_no_more_than_level_1()
    {
        var draft = Judge(DraftReport, 23);
        Assert.Contains("draft", draft.Flags);
        Assert.Equal(1, draft.Level);
        Assert.Contains(draft.Missing, m => m.Contains("rancangan/draf", StringComparison.Ordinal));
        // Near miss: the same report without its draft marker — level 2.
        Assert.Equal(2, Judge(DraftReport.Replace("                               DRAF\n", "", StringComparison.Ordinal), 23).Level);
    }

    const string Invitation = @"                    PEMERINTAH KABUPATEN SUKAMAJU
             DINAS KOMUNIKASI DAN INFORMATIKA

                             UNDANGAN
                Nomor: 005/311/Diskominfo/X/2026

Kepada Yth.
Kepala Perangkat Daerah se-Kabupaten Sukamaju

   Rencana dan anggaran SPBE seluruh Perangkat Daerah tahun 2027
   telah dikonsultasikan kepada Dinas Komunikasi dan Informatika
   sesuai rencana kerja. Bersama ini kami mengundang Bapak/Ibu untuk
   menghadiri rapat koordinasi keterpaduan rencana dan anggaran SPBE pada:
   hari/tanggal : Kamis, 22 Oktober 2026
   tempat       : Ruang Rapat Diskominfo

                                   Sukamaju, 16 Oktober 2026
                                   Kepala Dinas Komunikasi dan Informatika,

                                            ttd

                                   ANDI PRATAMA, S.Kom.
";

    [Fact]
    public void An_invitation_shows_no_more_than_level_1()
    {
        Assert.Equal(1, Judge(Invitation, 13).Level);
        // Near miss: the meeting's record with the same words — level 3.
        Assert.Equal(3, Judge(Invitation.Replace("                             UNDANGAN", "                 NOTULENSI RAPAT", StringComparison.Ordinal)
            .Replace("Bersama ini kami mengundang Bapak/Ibu untuk\n   menghadiri rapat", "Rapat ini dilaksanakan untuk\n   membahas", StringComparison.Ordinal), 13).Level);
    }
}
