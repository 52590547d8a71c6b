using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15 point 2 (branch wip-26sm): "punya kami" is "ours", not "we have"; a review's reported finding is no doubt of
/// the asker's; a derivative policy after a review is its follow-up; recommendations set down in minutes are not carried
/// out; a list's shared head named once; "dipadukan" and "dikendalikan"; "evaluasinya tahun 2026"; an external audit too old; work "di excel" or "ga lewat sistem" is outside the system; data
/// pulled from Dukcapil; "menambah" after a review. Rows worded for the test.
/// </summary>
public class SituationFindingsAndRecordsTests
{
    static readonly SituationReader Reader = new(CatalogStore.Get("spbe-2024"));

    static SituationReader.Placement Place(int indicator, string question) => Reader.Place(indicator, question, service: indicator >= 32);

    [Fact]
    public void A_policy_called_ours_is_not_said_to_be_established()
    {
        var p = Place(9, "Kebijakan audit TIK punya kami kira-kira masih butuh lampiran apa lagi, supaya aman waktu wawancara asesor?");
        Assert.DoesNotContain(SituationReader.Element.Established, p.Asserted);
        Assert.True(p.Level is null or 1, $"placed {p.Level}");
    }

    [Fact]
    public void A_policy_we_have_is_still_established()
    {
        var p = Place(9, "Kami sudah punya Perbup audit TIK. Level berapa?");
        Assert.Contains(SituationReader.Element.Established, p.Asserted);
        Assert.Equal(2, p.Level);
    }

    [Theory]
    // What the review found unclear is its finding: the review stands.
    [InlineData("Perbup audit TIK kami mengatur audit infrastruktur, aplikasi dan keamanan. Direviu Mei 2025, hasil reviu menyatakan pembagian peran auditor tidak jelas. Level?", 4)]
    [InlineData("Our ICT audit regulation covers all three audits (infrastructure, application, security). We reviewed it in May 2025 and the review said the audit calendar was unclear. Level?", 4)]
    // The asker's own doubt of the review: not stated.
    [InlineData("Perbup audit TIK kami mengatur audit infrastruktur, aplikasi dan keamanan. Reviunya saya tidak jelas sudah atau belum. Level?", 3)]
    public void A_reviews_reported_finding_is_no_doubt(string question, int level) =>
        Assert.Equal(level, Place(9, question).Level);

    [Theory]
    [InlineData("Our ICT audit regulation covers all three audits (infrastructure, application, security). It was reviewed in March 2025 and in October 2025 a Bupati decree was issued as a derivative policy fixing the findings. Level?", 5)]
    [InlineData("Perbup audit TIK kami mengatur ketiga audit (infrastruktur, aplikasi, keamanan), direviu Maret 2025, lalu diterbitkan kebijakan turunan berupa Keputusan Bupati sesuai hasil reviu. Level?", 5)]
    public void A_derivative_policy_after_a_review_is_its_follow_up(string question, int level) =>
        Assert.Equal(level, Place(9, question).Level);

    [Theory]
    // Set down in minutes: recorded, not carried out (was placed 5).
    [InlineData("Perbup audit TIK kami sudah mengatur seluruh audit TIK dan direviu Juni 2025, rekomendasinya ditetapkan dalam berita acara. Level berapa?", 4)]
    // Set with a regulation: carried out.
    [InlineData("Perbup audit TIK kami sudah mengatur seluruh audit TIK dan direviu Juni 2025, rekomendasinya sudah ditetapkan dengan Perbup perubahan. Level berapa?", 5)]
    public void Recommendations_recorded_are_not_carried_out(string question, int level) =>
        Assert.Equal(level, Place(9, question).Level);

    [Theory]
    // "(Audit Infrastruktur SPBE, Audit Aplikasi SPBE, dan Audit Keamanan SPBE)" named with "audit" once: all of them.
    [InlineData("perbup audit TIK udah atur ketiga audit (infra, aplikasi, keamanan). lvl?", 3)]
    [InlineData("Perbup audit TIK kami mengatur audit infrastruktur, aplikasi dan keamanan. Level?", 3)]
    // One of the three: level 2.
    [InlineData("Perbup audit TIK kami mengatur audit keamanan. Level?", 2)]
    public void A_lists_shared_head_is_named_once(string question, int level) =>
        Assert.Equal(level, Place(9, question).Level);

    [Theory]
    // Level 4 of Pembangunan Aplikasi: "terpadu dan dapat dikendalikan"; control said by its verb is that criterion.
    [InlineData("sekarang semua OPD wajib konsultasi ke Diskominfo sebelum bangun aplikasi, dikendalikan satu pintu, sesuai siklus, reviu pembangunan aplikasi Oktober 2025. lvl?", 4)]
    [InlineData("sekarang semua OPD wajib konsultasi ke Diskominfo sebelum bangun aplikasi dan sesuai siklus, tapi Diskominfo belum mengendalikan pembangunannya. lvl?", 3)]
    public void Development_controlled_from_one_place_is_integrated(string question, int level) =>
        Assert.Equal(level, Place(15, question).Level);

    [Fact]
    public void Information_security_controls_are_the_subject_not_integration() =>
        Assert.DoesNotContain(Reader.ElementsOf(22), l => l.Elements.Contains(SituationReader.Element.Integrated));

    [Fact]
    public void The_evaluation_named_as_its_evaluation_this_year_dates_the_last_review() =>
        Assert.Equal(3, Place(4, "Perbup aplikasi kami mewajibkan semua perangkat daerah konsultasi ke Diskominfo, dan Diskominfo berwenang mengendalikan supaya aplikasi terpadu. Reviu Perbup itu terakhir kami lakukan Maret 2023, sesudah itu belum pernah lagi. Level berapa, mengingat evaluasinya tahun 2026 ini?").Level);

    [Theory]
    // The last external audit three years before the evaluation no longer counts: the internal audit's level.
    [InlineData("audit keamanan SPBE kami: eksternal bersertifikat terakhir 2022. tahun 2025 ada audit internal sesuai standar oleh tim persandian, terencana. level?", 3)]
    // A recent one counts.
    [InlineData("audit keamanan SPBE kami: eksternal bersertifikat terakhir 2025, sesuai standar dan terencana. level?", 4)]
    public void An_external_audit_too_old_no_longer_counts(string question, int level) =>
        Assert.Equal(level, Reader.Place(31, question, service: false, evaluationYear: 2026).Level);

    [Fact]
    public void Applications_merged_and_controlled_in_one_place_are_integrated() =>
        Assert.Equal(4, Place(15, "Pembangunan aplikasi kami mengikuti siklus pembangunan, dikonsultasikan ke Diskominfo, dan seluruhnya dipadukan serta dikendalikan Diskominfo dalam satu repositori. Direviu Agustus 2025. Level?").Level);

    [Theory]
    // Work done in a spreadsheet, or not through the system, is outside it: no transaction.
    [InlineData(33, "e-budgeting kami cuma tempat OPD upload dan download dokumen RKA, ada pencarian dokumen. input dan validasi anggaran masih di excel. lvl?", 2)]
    [InlineData(35, "web pengadaan kami cuma pengumuman dan dokumen RUP yang bisa dicari dan diunduh. transaksi pengadaan ga lewat sistem. lvl?", 2)]
    // An Excel file uploaded is a file: the approval in the system stands.
    [InlineData(33, "e-budgeting kami: OPD upload file RKA excel, TAPD verifikasi dan persetujuan di sistem. lvl?", 3)]
    public void Work_outside_the_system_is_no_transaction(int indicator, string question, int level) =>
        Assert.Equal(level, Place(indicator, question).Level);

    [Fact]
    public void Data_pulled_from_dukcapil_is_collaboration() =>
        Assert.Equal(4, Place(47, "layanan PPDB online kami ada seleksi otomatis, validasi, pengumuman, dan tarik data dari dukcapil. lvl?").Level);

    [Theory]
    [InlineData("Pusat data kami dipakai seluruh perangkat daerah dengan SOP baku, terkoneksi dengan Pusat Data Nasional, dan direviu Juni 2025. Dari hasil reviu itu kami menambah kapasitas penyimpanan. Level?", 5)]
    // A change still to come is no follow-up.
    [InlineData("Pusat data kami dipakai seluruh perangkat daerah dengan SOP baku, terkoneksi dengan Pusat Data Nasional, dan direviu Juni 2025. Tahun depan kami akan menambah kapasitas penyimpanan. Level?", 4)]
    public void A_change_made_after_a_review_is_its_follow_up(string question, int level) =>
        Assert.Equal(level, Place(16, question).Level);
}
