using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15 point 2 (wip-15sa): a follow-up not finished or a revised policy not yet issued is the follow-up not made;
/// the Pemda's own "the review"; a national link denied beside another link; an application or a formal team denied
/// where a level's criterion asks for one; data moving to a named platform or an "e-" application. Each row is worded
/// for the test, not copied from a set.
/// </summary>
public class SituationFollowUpAndLinkTests
{
    static readonly SituationReader Reader = new(CatalogStore.Get("spbe-2024"));

    static SituationReader.Placement Place(int indicator, string question) => Reader.Place(indicator, question, service: indicator >= 32);

    [Theory]
    // A follow-up in progress ("belum selesai", "not finished") is not done: the review level, not the follow-up level.
    [InlineData(12, "Peta Rencana kami memuat seluruh muatan, dipakai di renja dan anggaran tiga tahun terakhir dan sudah direviu. Pemutakhiran dokumennya sebagai tindak lanjut reviu sedang dikerjakan tapi belum selesai. Level?", 4)]
    [InlineData(9, "Perbup audit TIK kami mengatur audit infrastruktur, aplikasi dan keamanan, dan direviu tahun ini. The update after the review is not finished yet. Level?", 4)]
    public void A_follow_up_not_finished_is_not_done(int indicator, string question, int level) =>
        Assert.Equal(level, Place(indicator, question).Level);

    [Theory]
    // A revised policy drafted or not issued after a stated review: the review level (the policy in force was set), never level 1.
    [InlineData(9, "Our ICT audit regulation covers infrastructure, application and security audits and was reviewed this year; the amended regulation is still a draft, not signed. Level?", 4)]
    [InlineData(6, "Our network policy covers all OPDs and the interconnection with the Jaringan Intra Pemerintah. It was reviewed last year, but the new regulation has not been issued yet. Level?", 4)]
    [InlineData(9, "Perbup audit TIK mengatur ketiga audit (infrastruktur, aplikasi, keamanan), sudah direviu tahun lalu, tapi perbup perubahannya belum ditetapkan. Level?", 4)]
    public void A_revision_not_issued_after_a_review_is_the_follow_up_not_made(int indicator, string question, int level)
    {
        var p = Place(indicator, question);
        Assert.Equal(level, p.Level);
        Assert.Contains(SituationReader.Element.FollowedUp, p.Denied);
    }

    [Theory]
    // A new or revised policy issued (not drafted, not pending) after a stated review is its follow-up with a new policy.
    [InlineData(6, "Our network regulation covers every OPD and its interconnection with the national government intranet; it was reviewed in 2024 and a new Mayor Regulation was enacted in 2025 after that review. Level?", 5)]
    [InlineData(6, "Perwal jaringan intra kami mengatur semua OPD dan interkoneksi dengan Jaringan Intra Pemerintah, direviu 2024, lalu terbit perwal baru tahun 2025 sesuai hasil reviu. Level?", 5)]
    // Not issued: the review level.
    [InlineData(6, "Perwal jaringan intra kami mengatur semua OPD dan interkoneksi dengan Jaringan Intra Pemerintah, direviu 2024; perwal baru masih menunggu penetapan. Level?", 4)]
    public void A_new_policy_issued_after_a_review_is_its_follow_up(int indicator, string question, int level) =>
        Assert.Equal(level, Place(indicator, question).Level);

    [Theory]
    // Branch wip-25sm: the review's recommendations, then a word of carrying them out or setting them, over commas and
    // sentences (the service ladder reads comma by comma): the follow-up of the review.
    [InlineData(42, "Aplikasi pengaduan kami terhubung dengan SP4N-LAPOR, disposisi otomatis ke OPD. Evaluasi dilakukan Mei 2025, rekomendasinya (respon 2 hari, kanal WA) sudah diterapkan. Level?", 5)]
    [InlineData(36, "SIMPEG kami sudah transaksi penuh dan terhubung dengan e-Kinerja. Direviu Juni 2025, rekomendasinya fitur TTE dan notifikasi, sudah dirilis Oktober 2025. Level?", 5)]
    [InlineData(10, "SK Tim Koordinasi SPBE mengatur tugas tim untuk semua perangkat daerah, termasuk koordinasi dengan Pemprov dan kementerian. Reviu Juni 2025 oleh Bagian Organisasi, rekomendasinya supaya dibentuk pokja data, dan itu sudah kami tetapkan dengan SK Bupati Maret 2026. Level?", 5)]
    // Put into service: "sudah berjalan", "dioperasikan", "remediated".
    [InlineData(46, "Layanan perizinan kami terintegrasi dengan OSS, transaksi penuh sampai TTE izin. Evaluasi Juli 2025 menghasilkan rekomendasi fitur lacak berkas via WA dan itu sudah berjalan sejak November 2025. Level?", 5)]
    [InlineData(31, "Our security audit was done in 2025 by an external certified auditor under our audit plan and per the audit standard, and all findings were remediated by January 2026. Level?", 5)]
    // Near misses: the recommendations not carried out, or no recommendation named.
    [InlineData(42, "Aplikasi pengaduan kami terhubung dengan SP4N-LAPOR, disposisi otomatis ke OPD. Evaluasi dilakukan Mei 2025, rekomendasinya (respon 2 hari, kanal WA) belum diterapkan. Level?", 4)]
    [InlineData(42, "Aplikasi pengaduan kami terhubung dengan SP4N-LAPOR, disposisi otomatis ke OPD. Evaluasi dilakukan Mei 2025. Aplikasi sudah diterapkan di semua OPD. Level?", 4)]
    // A word of putting into service before the recommendations is the thing reviewed, not their follow-up.
    [InlineData(19, "Program kerja tim koordinasi berjalan di seluruh perangkat daerah dan direviu Desember 2025 dengan rekomendasi penyesuaian jadwal. Level?", 4)]
    public void The_reviews_recommendations_carried_out_are_its_follow_up(int indicator, string question, int level) =>
        Assert.Equal(level, Place(indicator, question).Level);

    [Fact]
    public void Fixes_from_the_review_not_done_deny_only_the_follow_up_of_the_review() =>
        // Proses Bisnis: level 3's improvement (the redesign) and level 4's review stand; "fixes … not done" is level 5's.
        Assert.Equal(4, Place(14, "- Our business process map meets the standard - The permit process was redesigned as an innovation - It now runs in our permit app - Reviewed in June 2025 - Fixes from the review not done yet - Level?").Level);

    [Fact]
    public void A_revised_policy_issued_after_the_review_is_level_5() =>
        Assert.Equal(5, Place(9, "Our ICT audit regulation covers infrastructure, application and security audits, was reviewed in 2024, and the revised regulation was signed in 2025. Level?").Level);

    [Fact]
    public void The_review_in_English_is_the_Pemdas_own_review() =>
        Assert.Equal(5, Place(42, "Our complaints app validates and approves reports and is integrated with the national complaints system. We improved the app based on the review we held in March. Level?").Level);

    [Theory]
    // Another link stated, only the national one denied: the level adding the national link decides (18 and 17: level 5).
    [InlineData(18, "Our service gateway is used by every OPD, linked with the neighbouring regency's gateway and reviewed every year. It is not yet connected to the national SPLP. Level?", 4)]
    [InlineData(17, "Jaringan intra kami menjangkau semua OPD, tersambung ke jaringan provinsi, dan direviu setiap tahun; belum terhubung ke jaringan intra nasional. Level?", 4)]
    // With no other link stated, the denial is of the interconnection itself (level 4).
    [InlineData(17, "Jaringan intra kami menjangkau semua OPD dan direviu setiap tahun, tapi belum terhubung ke jaringan intra nasional. Level?", 3)]
    public void Only_the_national_link_denied_caps_below_the_national_level(int indicator, string question, int level) =>
        Assert.Equal(level, Place(indicator, question).Level);

    [Fact]
    public void The_national_link_denied_with_a_follow_up_stays_below_the_national_level() =>
        Assert.Equal(4, Place(17, "Our intranet reaches all OPDs and is linked with the provincial network; it was reviewed and the bandwidth was upgraded based on the review. It is not connected to the national government intranet yet. Level?").Level);

    [Theory]
    // Knowledge management level 3 asks for a "sistem aplikasi": a guideline and planning with no application is level 2.
    [InlineData(26, "Kegiatan berbagi pengetahuan direncanakan dan mengikuti pedoman, tetapi kami tidak punya aplikasi; semua di folder bersama. Level?", 2)]
    [InlineData(26, "Knowledge sharing is planned and follows our guideline, but there is no knowledge management app. Level?", 2)]
    // Not a denial of having one: others not using it, or not knowing whether it is integrated.
    [InlineData(26, "Kami punya pedoman dan aplikasi manajemen pengetahuan yang dipakai sesuai rencana; bagian lain belum memakai aplikasi itu. Level?", 3)]
    public void An_application_denied_where_the_criterion_asks_for_one(int indicator, string question, int level) =>
        Assert.Equal(level, Place(indicator, question).Level);

    [Theory]
    // Collaboration level 3 asks for a team "dibentuk secara formal": planned but informal is level 2.
    [InlineData("Kolaborasi antar OPD sudah ada jadwalnya di renja, tapi belum ada tim resmi, hanya koordinasi lewat chat. Level?")]
    [InlineData("Collaboration between agencies follows a yearly plan, but it is informal, only a few agencies join. Level?")]
    public void A_formal_team_denied_is_below_the_formal_level(string question) =>
        Assert.Equal(2, Place(20, question).Level);

    [Theory]
    // Data moving to a national platform or an "e-" application named after "from"/"ke" is the collaboration step (level 4).
    [InlineData(35, "Our procurement service validates and approves bids online and pulls the vendor list from SIRUP. Level?", 4)]
    [InlineData(40, "Aplikasi kinerja instansi kami memverifikasi dan menyetujui laporan OPD, dan menarik target dari e-planning. Level?", 4)]
    // "kirim lewat e-mail" is not another application.
    [InlineData(45, "Layanan izin menampilkan syarat dan bisa unduh formulir; berkas dikirim ke e-mail petugas. Level?", 2)]
    public void Data_moving_to_a_named_platform_or_e_application(int indicator, string question, int level) =>
        Assert.Equal(level, Place(indicator, question).Level);

    [Theory]
    // Tim Koordinasi level 4: "antar Instansi Pusat, antar Pemerintah Daerah": coordination with the regencies or the
    // central agencies is that step; denied, level 4 is not met.
    [InlineData("Perbup Tim Koordinasi SPBE mengatur tugas tim untuk semua OPD dan koordinasi dengan kabupaten tetangga, dan sudah direviu tahun ini. Level?", 4)]
    [InlineData("Our Tim Koordinasi decree covers every OPD and its work with central agencies, and it was reviewed this year. Level?", 4)]
    [InlineData("SK Tim Koordinasi SPBE kami mengatur tugas untuk semua OPD, tapi belum mengatur koordinasi dengan kabupaten lain. Level?", 3)]
    public void Coordination_with_other_governments_is_the_cross_agency_step(string question, int level) =>
        Assert.Equal(level, Place(10, question).Level);

    [Fact]
    public void A_new_e_module_after_the_review_is_still_the_follow_up() =>
        Assert.Equal(5, Place(34, "Our treasury service approves payment orders in the system and sends them to the bank; after the review last year we launched a new e-voucher module. Level?").Level);

    [Theory]
    // Peta Rencana level 4 counts "rencana kerja dan anggaran 3 (tiga) tahun terakhir": fewer years is level 3 at most,
    // and "baru" there limits the years, not the content.
    [InlineData("Peta Rencana SPBE kami memuat seluruh muatan dan sudah direviu; programnya baru masuk renja dan anggaran 2 tahun terakhir. Level?", 3)]
    [InlineData("Our SPBE roadmap covers every component and was reviewed this year, but it has only been used in the work plan and budget for two years (2025 and 2026). Level?", 3)]
    [InlineData("Peta Rencana SPBE kami memuat seluruh muatan, dituangkan dalam renja dan anggaran tiga tahun terakhir, dan direviu setiap tahun. Level?", 4)]
    // Years listed count one each: three listed years meet the count.
    [InlineData("Peta Rencana SPBE kami memuat seluruh muatan. Programnya ada di RKA 2023, 2024 dan 2025. Reviu dilakukan tiap tahun. Level?", 4)]
    [InlineData("Peta Rencana SPBE kami memuat seluruh muatan. Programnya ada di RKA 2024 dan 2025. Reviu dilakukan tiap tahun. Level?", 3)]
    // Years in a clause that ends denied are years the work plans missed: not counted (wip-32lv).
    [InlineData("Peta Rencana SPBE kami memuat seluruh muatan dan sudah direviu. Programnya masuk renja 2024 dan 2025, 2026 belum. Level?", 3)]
    [InlineData("Peta Rencana SPBE kami memuat seluruh muatan dan sudah direviu. Programnya baru ada di RKA 2026 saja, tahun 2024 dan 2025 belum. Level?", 3)]
    [InlineData("Peta Rencana SPBE kami memuat seluruh muatan dan sudah direviu. Programnya ada di RKA 2023, 2024 dan 2025, 2026 belum. Level?", 4)]
    // Only the years standing directly before the closing negator are denied; a clause ending on a denial of something
    // else keeps its years, and "tapi" starts a clause as a comma does (m32lv).
    [InlineData("Peta Rencana SPBE kami memuat seluruh muatan dan sudah direviu. Programnya masuk RKA 2024 dan 2025 tapi sosialisasinya belum. Level?", 3)]
    [InlineData("Peta Rencana SPBE kami memuat seluruh muatan dan sudah direviu. Programnya masuk RKA 2023, 2024 dan 2025 tapi sosialisasinya belum. Level?", 4)]
    [InlineData("Peta Rencana SPBE kami memuat seluruh muatan dan sudah direviu. Programnya masuk RKA 2023, 2024 dan 2025 tapi 2026 belum. Level?", 4)]
    [InlineData("Peta Rencana SPBE kami memuat seluruh muatan dan sudah direviu. Programnya masuk RKA 2025 sedangkan tahun 2023 dan 2024 belum. Level?", 3)]
    public void Fewer_years_of_work_plans_than_counted(string question, int level) =>
        Assert.Equal(level, Place(12, question).Level);
}
