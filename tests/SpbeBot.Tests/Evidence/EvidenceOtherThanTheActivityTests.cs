using static SpbeBot.Tests.Evidence.JudgeText;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// Issue 22 (wip-29ev, set 26's misses below): a negated clause naming an element's words that says nothing of whether
/// the activity had it — some counted units that did not consult, a phase the activity does not cover, the follow-up's
/// own plan — takes nothing away; metadata harvested by another portal is collaboration. Documents written for these
/// tests (evaluation year 2026), each with its near miss.
/// </summary>
public class EvidenceOtherThanTheActivityTests
{
    const string ConsultationRecord =
        "PEMERINTAH KABUPATEN SUKAMAJU\nDINAS KOMUNIKASI DAN INFORMATIKA\n\n" +
        "BERITA ACARA\nKONSULTASI RENCANA DAN ANGGARAN SPBE TAHUN ANGGARAN 2027\nNomor: 000.1.5/0412/DISKOMINFO/2026\n\n" +
        "Pada hari ini Kamis tanggal enam Agustus 2026 telah dilaksanakan konsultasi rencana\n" +
        "kegiatan dan anggaran SPBE Perangkat Daerah dengan Dinas Komunikasi dan Informatika\n" +
        "selaku unit pengelola TIK.\n\n" +
        "Perangkat Daerah yang telah berkonsultasi: {0} dari 31 Perangkat Daerah.\n\n" +
        "Catatan:\n1. {1}\n2. Hasil konsultasi disampaikan kepada Bappeda dan TAPD.\n\n" +
        "                    Kepala Dinas Komunikasi dan Informatika,\n\n                    ttd.\n\n" +
        "                    ANDI PRATAMA, S.Kom.\n                    NIP 19800101 200501 1 001\n";

    [Fact]
    public void Some_counted_units_that_did_not_consult_leave_the_consultation_of_the_others()
    {
        // Set 26 U19's shape: 12 of 31 consulted, "19 Perangkat Daerah belum …" — the Kriteria's "sebagian", level 2.
        var some = Judge(F(ConsultationRecord, 12, "Sebanyak 19 Perangkat Daerah belum menyampaikan rancangan\n   kegiatan SPBE untuk dikonsultasikan sampai batas waktu."), 13);
        Assert.Equal(2, some.Level);
        // Near miss: the consultation itself denied ("kegiatan SPBE belum dikonsultasikan") meets nothing, level 1.
        var none = Judge(F(ConsultationRecord, 12, "Rancangan kegiatan SPBE tahun 2027 belum dikonsultasikan\n   kepada unit pengelola TIK."), 13);
        Assert.Equal(1, none.Level);
    }

    [Fact]
    public void A_count_that_is_the_whole_still_denies_the_consultation()
    {
        // The reviewer's shape: only scheduled, "0 dari 31" consulted, "Seluruh 31 Perangkat Daerah belum …" — no unit
        // consulted, level 1 (merge29 read "31 Perangkat Daerah belum" as some and took the title's "KONSULTASI").
        static string Scheduled(string count, string note) =>
            F(ConsultationRecord, count, note).Replace("telah dilaksanakan konsultasi", "dijadwalkan konsultasi", StringComparison.Ordinal);
        var all = Judge(Scheduled("0", "Seluruh 31 Perangkat Daerah belum menyampaikan rancangan kegiatan SPBE untuk\n   dikonsultasikan."), 13);
        Assert.Equal(1, all.Level);
        // Each sign of the whole alone: "seluruh N", "0 dari M" with N = M, "tidak satu pun".
        Assert.Equal(1, Judge(Scheduled("-", "Seluruh 31 Perangkat Daerah belum menyampaikan rancangan kegiatan SPBE untuk\n   dikonsultasikan."), 13).Level);
        Assert.Equal(1, Judge(Scheduled("0", "Sebanyak 31 Perangkat Daerah belum menyampaikan rancangan kegiatan SPBE untuk\n   dikonsultasikan."), 13).Level);
        Assert.Equal(1, Judge(Scheduled("-", "Tidak satu pun Perangkat Daerah berkonsultasi; 31 Perangkat Daerah belum\n   menyampaikan rancangan kegiatan SPBE untuk dikonsultasikan."), 13).Level);
        // Near miss: a counted part of the units lacking it, the consultation held — level 2 as before.
        Assert.Equal(2, Judge(F(ConsultationRecord, 12, "Sebanyak 19 Perangkat Daerah belum menyampaikan rancangan kegiatan SPBE untuk\n   dikonsultasikan."), 13).Level);
    }

    [Fact]
    public void A_title_shows_the_consultation_unless_the_body_denies_it()
    {
        // The record's title names the consultation, its body a meeting on the plans: the record of the consultation,
        // level 2 (set 6 E19, set 27 V19; m29ev's "a title alone" had taken both to 1).
        static string Meeting(string note) => F(ConsultationRecord, 12, note)
            .Replace("telah dilaksanakan konsultasi", "telah dilaksanakan rapat", StringComparison.Ordinal).Replace("Hasil konsultasi", "Hasil rapat", StringComparison.Ordinal);
        Assert.Equal(2, Judge(Meeting("Rancangan kegiatan SPBE dibahas bersama."), 13).Level);
        // Near miss: the body denies it ("kegiatan SPBE belum dikonsultasikan") — the title goes with the rest, level 1.
        Assert.Equal(1, Judge(Meeting("Rancangan kegiatan SPBE tahun 2027 belum dikonsultasikan\n   kepada unit pengelola TIK."), 13).Level);
    }

    [Fact]
    public void Units_named_by_what_they_propose_do_not_make_the_consultation_a_plan()
    {
        // Set 27 V19's shape: "konsultasi dilaksanakan bagi 11 dari 31 Perangkat Daerah yang mengusulkan belanja TIK" —
        // "yang mengusulkan" names the units, the consultation was held: level 2 on the body alone (no title).
        static string Held(string who) => F(ConsultationRecord, 11, "Rancangan kegiatan SPBE dibahas bersama.")
            .Replace("KONSULTASI RENCANA DAN ANGGARAN SPBE", "RAPAT RENCANA DAN ANGGARAN SPBE", StringComparison.Ordinal)
            .Replace("Pada hari ini Kamis tanggal enam Agustus 2026 telah dilaksanakan konsultasi rencana\n", "Pada hari ini Kamis tanggal enam Agustus 2026 telah dilaksanakan rapat rencana\n", StringComparison.Ordinal)
            .Replace("Hasil konsultasi", "Pada tahap ini konsultasi dilaksanakan bagi 11 dari 31 Perangkat Daerah " + who + ". Hasil rapat", StringComparison.Ordinal);
        Assert.Equal(2, Judge(Held("yang mengusulkan belanja TIK di atas Rp200 juta"), 13).Level);
        // Near miss: the consultation itself only proposed ("diusulkan") — level 1.
        Assert.Equal(1, Judge(Held("diusulkan untuk bulan September"), 13).Level);
    }

    const string ConsultationInvitation =
        "PEMERINTAH KABUPATEN SUKAMAJU\nDINAS KOMUNIKASI DAN INFORMATIKA\n\n" +
        "{0}\nKONSULTASI RENCANA DAN ANGGARAN SPBE TAHUN ANGGARAN 2027\nNomor: 005/0398/DISKOMINFO/2026\n\n" +
        "Yth. Kepala Perangkat Daerah se-Kabupaten Sukamaju\n\n" +
        "Dengan hormat, kami mengundang Bapak/Ibu atau perencana yang ditunjuk untuk hadir pada:\n" +
        "Hari/Tanggal : Kamis, 6 Agustus 2026\nWaktu        : 09.00 WIB\nTempat       : Aula Diskominfo\n" +
        "Acara        : pembahasan rancangan kegiatan dan anggaran SPBE Perangkat Daerah\n\n" +
        "{1}\n\n" +
        "                    Kepala Dinas Komunikasi dan Informatika,\n\n                    ttd.\n\n" +
        "                    ANDI PRATAMA, S.Kom.\n                    NIP 19800101 200501 1 001\n";

    [Fact]
    public void A_title_on_an_invitation_or_a_blank_form_shows_no_consultation()
    {
        // The reviewer's shapes (merge30): the title alone gave level 2 to an invitation to a meeting still to come and
        // to a form not filled in — neither is a record of the consultation, level 1.
        Assert.Equal(1, Judge(F(ConsultationInvitation, "UNDANGAN", "Mohon membawa rancangan RKA belanja TIK masing-masing."), 13).Level);
        Assert.Equal(1, Judge(F(ConsultationInvitation, "UNDANGAN /", "Mohon membawa rancangan RKA belanja TIK masing-masing."), 13).Level);
        const string form =
            "PEMERINTAH KABUPATEN SUKAMAJU\nDINAS KOMUNIKASI DAN INFORMATIKA\n\n" +
            "FORMULIR\nKONSULTASI RENCANA DAN ANGGARAN SPBE TAHUN ANGGARAN 2027\n\n" +
            "Nama Perangkat Daerah : {0}\nNama Kegiatan SPBE   : {1}\nPagu (Rp)            : {2}\n{3}\n\n" +
            "Petugas Diskominfo,\n\n......................\n";
        Assert.Equal(1, Judge(F(form, "......................", "......................", "......................", ""), 13).Level);
        // Near miss: the record of it — the same title on a berita acara of the meeting held, or the form filled in
        // with the meeting done — level 2.
        Assert.Equal(2, Judge(F(ConsultationInvitation, "BERITA ACARA", "Rancangan kegiatan SPBE 12 Perangkat Daerah telah dibahas bersama.")
            .Replace("kami mengundang Bapak/Ibu atau perencana yang ditunjuk untuk hadir pada", "telah dilaksanakan rapat bersama 12 Perangkat Daerah pada", StringComparison.Ordinal), 13).Level);
        Assert.Equal(2, Judge(F(form, "Dinas Kesehatan", "Pengembangan SIMPUS", "350.000.000",
            "Rancangan kegiatan SPBE Dinas Kesehatan telah dibahas pada 6 Agustus 2026."), 13).Level);
    }

    [Fact]
    public void An_element_of_the_criterion_not_covered_is_still_cited_as_denied()
    {
        // "belum mencakup konsultasi dengan Dinas Kominfo" names the Kriteria's own element, not a phase of the
        // activity: the denying line stays quoted under what is still needed.
        var text = F(ConsultationRecord, 12, "Kegiatan ini belum mencakup konsultasi dengan Dinas Komunikasi dan\n   Informatika.")
            .Replace("telah dilaksanakan konsultasi", "telah dilaksanakan rapat", StringComparison.Ordinal).Replace("Hasil konsultasi", "Hasil rapat", StringComparison.Ordinal);
        var check = Judge(text, 13);
        Assert.Equal(1, check.Level);
        Assert.Contains(check.Missing, m => m.Contains("belum mencakup konsultasi", StringComparison.Ordinal));
    }

    const string AssetReport =
        "PEMERINTAH KABUPATEN SUKAMAJU\nDINAS KOMUNIKASI DAN INFORMATIKA\n\n" +
        "LAPORAN KEGIATAN INVENTARISASI ASET TIK TAHUN 2026\n\n" +
        "I. DASAR\n   Peta Rencana SPBE Kabupaten Sukamaju Tahun 2025-2029 memuat program\n   Manajemen Aset TIK yang dimulai tahun 2026.\n\n" +
        "II. HASIL\n   Daftar aset TIK (komputer, server, perangkat jaringan, lisensi) 27 dari 31\n   Perangkat Daerah.\n\n" +
        "III. PERMASALAHAN\n   1. {0}\n\n" +
        "                    Sukamaju, 21 September 2026\n                    Kepala Bidang Infrastruktur TIK,\n\n" +
        "                    ttd.\n\n                    RUDI HARTONO, S.T.\n";

    [Fact]
    public void A_phase_the_activity_does_not_cover_is_not_its_plan_denied()
    {
        // Set 26 U24's shape: "belum mencakup perencanaan kebutuhan, pengadaan …" — the cycle's phase; the roadmap
        // programme it followed stands, level 2.
        var phase = Judge(F(AssetReport, "Kegiatan ini hanya mencakup inventarisasi, belum mencakup perencanaan\n      kebutuhan, pengadaan, dan penghapusan aset TIK."), 24);
        Assert.Equal(2, phase.Level);
        // Near miss: the activity itself not planned ("belum masuk dalam perencanaan") meets nothing, level 1.
        var unplanned = Judge(F(AssetReport, "Kegiatan inventarisasi ini belum masuk dalam perencanaan Dinas tahun 2026."), 24);
        Assert.Equal(1, unplanned.Level);
    }

    const string AuditMinutes =
        "PEMERINTAH KABUPATEN SUKAMAJU\nDINAS KOMUNIKASI DAN INFORMATIKA\n\n" +
        "NOTULEN RAPAT\nEVALUASI HASIL AUDIT INFRASTRUKTUR SPBE TAHUN 2025\n\n" +
        "Hari/tanggal : Selasa, 20 Januari 2026\nPimpinan     : Kepala Dinas Komunikasi dan Informatika\n\n" +
        "Hasil pembahasan:\n1. Audit infrastruktur SPBE tahun 2025 dilaksanakan {0} oleh auditor\n   internal Dinas Komunikasi dan Informatika.\n" +
        "2. Isu utama: kapasitas link utama terbatas.\n3. Rekomendasi: menambah kapasitas link utama.\n" +
        "4. Status: rencana aksi tindak lanjut disusun: pelaksanaan belum dimulai.\n\n" +
        "Pimpinan Rapat,                      Notulis,\n\n      ttd.                                 ttd.\n\n" +
        "BAMBANG SUSILO, S.Kom.               DEWI LESTARI, A.Md.\n";

    [Fact]
    public void The_follow_ups_plan_neither_shows_nor_denies_the_plan_the_audit_followed()
    {
        // Set 26 U25's shape as OCR reads it (its ";" read as ":"): "rencana aksi tindak lanjut disusun: pelaksanaan
        // belum" says nothing of the audit's own plan — "sesuai Peta Rencana SPBE" stands, level 2.
        var planned = Judge(F(AuditMinutes, "sesuai Peta Rencana SPBE"), 29);
        Assert.Equal(2, planned.Level);
        // Near miss: without the audit's own plan the follow-up's plan is none, level 1.
        var noPlan = Judge(F(AuditMinutes, "pada bulan Oktober"), 29);
        Assert.Equal(1, noPlan.Level);
    }

    const string OpenDataReport =
        "PEMERINTAH KABUPATEN SUKAMAJU\nDINAS KOMUNIKASI DAN INFORMATIKA\n\n" +
        "LAPORAN LAYANAN DATA TERBUKA \"PORTAL SATU DATA SUKAMAJU\"\n\n" +
        "1. Informasi : katalog 640 dataset.\n2. Interaksi : pencarian dataset dan unduh CSV.\n" +
        "3. Transaksi : dataset diunggah produsen data, divalidasi walidata, lalu disetujui\n   untuk dipublikasikan.\n" +
        "4. Pertukaran : {0}\n\n" +
        "                    Sukamaju, 2 September 2026\n                    Kepala Dinas Komunikasi dan Informatika,\n\n" +
        "                    ttd.\n\n                    ANDI PRATAMA, S.Kom.\n";

    [Fact]
    public void Metadata_harvested_by_another_portal_is_collaboration()
    {
        // Set 26 U37's shape: the national portal harvests the metadata — data exchanged between two services, level 4.
        var harvested = Judge(F(OpenDataReport, "metadata dataset dipanen (harvest) oleh Portal Satu Data\n   Indonesia setiap hari."), 43);
        Assert.Equal(4, harvested.Level);
        // Near miss: a harvest only planned is none, level 3.
        var planned = Judge(F(OpenDataReport, "metadata dataset akan dipanen (harvest) oleh Portal Satu Data\n   Indonesia mulai tahun 2027."), 43);
        Assert.Equal(3, planned.Level);
    }
}
