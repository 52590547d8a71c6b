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

    // Review of wip-31ev (branch m31ev): what makes an invitation and a meeting's record, and a record's draft.

    const string AttendanceList = @"                    PEMERINTAH KABUPATEN SUKAMAJU
             DINAS KOMUNIKASI DAN INFORMATIKA

                          DAFTAR HADIR
   RAPAT KOORDINASI KETERPADUAN RENCANA DAN ANGGARAN SPBE TAHUN 2027
   Dasar: Undangan Kepala Dinas Nomor 005/311/Diskominfo/X/2026
   Hari/tanggal : Kamis, 22 Oktober 2026
   Tempat       : Ruang Rapat Diskominfo

   Rencana dan anggaran SPBE seluruh Perangkat Daerah tahun 2027
   telah dikonsultasikan kepada Dinas Komunikasi dan Informatika
   sesuai rencana kerja dan dibahas dalam rapat ini.

+----+------------------------------+----------------------+---------+
| No | Nama                         | Perangkat Daerah     | Paraf   |
+----+------------------------------+----------------------+---------+
| 1  | Andi Pratama, S.Kom.         | Diskominfo           | ttd     |
| 2  | Rina Kartika, S.E.           | Bappeda              | ttd     |
| 3  | Siti Rahmah, S.E.            | BPKAD                | ttd     |
+----+------------------------------+----------------------+---------+

                                   Sukamaju, 22 Oktober 2026
                                   Kepala Dinas Komunikasi dan Informatika,

                                            ttd

                                   ANDI PRATAMA, S.Kom.
";

    [Fact]
    public void An_attendance_list_that_names_its_invitation_is_no_invitation()
    {
        // "Dasar: Undangan …" names the invitation the meeting answered: the list records the meeting (level 3, as without the line).
        Assert.Equal(3, Judge(AttendanceList, 13).Level);
        Assert.Equal(3, Judge(AttendanceList.Replace("   Dasar: Undangan Kepala Dinas Nomor 005/311/Diskominfo/X/2026\n", "", StringComparison.Ordinal), 13).Level);
        // Near miss: the invitation itself stays at 1 (An_invitation_shows_no_more_than_level_1).
        Assert.Equal(1, Judge(Invitation, 13).Level);
    }

    [Fact]
    public void A_sentence_that_starts_with_notulen_is_no_meeting_record()
    {
        var attached = Invitation.Replace("   tempat       : Ruang Rapat Diskominfo\n", "   tempat       : Ruang Rapat Diskominfo\n\n   Notulen rapat koordinasi sebelumnya terlampir untuk dibahas.\n", StringComparison.Ordinal);
        Assert.Equal(1, Judge(attached, 13).Level);
        // Near miss: the meeting's record filed after the invitation, under its heading — judged as that record.
        var withRecord = Invitation + "\n                 NOTULENSI RAPAT KOORDINASI\n\n   Rapat dilaksanakan pada 22 Oktober 2026 dan dihadiri seluruh\n   Perangkat Daerah.\n";
        Assert.True(Judge(withRecord, 13).Level > 1);
    }

    [Theory]
    [InlineData("        RANCANGAN LAPORAN PELAKSANAAN MANAJEMEN DATA TAHUN 2026")]
    [InlineData("        KONSEP LAPORAN PELAKSANAAN MANAJEMEN DATA TAHUN 2026")]
    [InlineData("                    Konsep - belum final\n\n        LAPORAN PELAKSANAAN MANAJEMEN DATA TAHUN 2026")]
    public void A_records_draft_title_or_marker_holds_it_to_level_1(string title)
    {
        var report = DraftReport.Replace("                               DRAF\n\n        LAPORAN PELAKSANAAN MANAJEMEN DATA TAHUN 2026", title, StringComparison.Ordinal);
        Assert.NotEqual(DraftReport, report);
        Assert.Equal(1, Judge(report, 23).Level);
        // Near miss: the report's own title — level 2 (A_draft_shows_no_more_than_level_1).
    }
}
