using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions;
using SpbeBot.Dialogs.Criteria;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Branch wip-22sm: the Pedoman counts a review only while it is valid ("&lt;2 tahun"). A review the description calls
/// its last one ("reviu terakhir 2022") three or more years before the instansi's evaluation year (configuration, never
/// the clock) or before the evaluation it names ("untuk evaluasi 2026") does not count, wherever its year stands in the
/// sentence; a review two years back, or one dated without "terakhir", still counts; a regulation's year is no review's
/// date. Each row is worded for the test, not copied from a set.
/// </summary>
public class ReviewAgeTests
{
    static readonly SituationReader Reader = new(CatalogStore.Get("spbe-2024"));
    static readonly QuestionParser Parser = new(CatalogStore.Get("spbe-2024"));

    const string Policy = "Perbup keamanan informasi kami mengatur seluruh cakupan dan berlaku untuk semua OPD. ";

    [Theory]
    [InlineData(Policy + "Reviu terakhir atas Perbup tersebut dilakukan oleh Inspektorat pada tahun 2022.", 2026, 3)]
    [InlineData(Policy + "reviunya terakhir 2023, level berapa?", 2026, 3)]
    [InlineData("Our information security regulation covers the whole scope and applies to all OPDs. The last review of it was in 2023.", 2026, 3)]
    // Two years back may be less than two years by the evaluation; a review dated without "terakhir" need not be the last.
    [InlineData(Policy + "Reviu terakhir dilakukan tahun 2024.", 2026, 4)]
    [InlineData(Policy + "Perbup itu direviu tahun 2022 oleh bagian hukum.", 2026, 4)]
    // No evaluation year configured and none said: the review's age is unknown, so it counts as stated.
    [InlineData(Policy + "Reviu terakhir dilakukan tahun 2022.", null, 4)]
    // "Nomor 3 Tahun 2019" is the regulation's year; the review is dated 2025.
    [InlineData(Policy + "Reviu terakhir atas Perbup Nomor 3 Tahun 2019 dilakukan Maret 2025.", 2026, 4)]
    public void The_last_review_three_years_before_the_evaluation_year_does_not_count(string question, int? evaluationYear, int level) =>
        Assert.Equal(level, Reader.Place(8, question, service: false, evaluationYear).Level);

    [Theory]
    // The evaluation named by its year is the year it is now, and no review of one's own.
    [InlineData(Policy + "Reviu terakhir dilakukan tahun 2022. Mohon penjelasan level untuk evaluasi 2026.", 3)]
    [InlineData(Policy + "Reviu terakhir 2023. Evaluasi 2026 bisa level 4?", 3)]
    // wip-23sm: "Evaluasi sekarang 2027" names the evaluation and the year now; it is no review dated 2027.
    [InlineData(Policy + "Reviu terakhir dilakukan tahun 2024. Evaluasi sekarang 2027, level berapa?", 3)]
    [InlineData(Policy + "Reviu terakhir dilakukan tahun 2025. Evaluasi sekarang 2026, level berapa?", 4)]
    public void The_evaluation_named_by_its_year_is_the_year_now(string question, int level) =>
        Assert.Equal(level, Reader.Place(8, question, service: false).Level);

    /// <summary>
    /// Branch wip-37sc: a month stated beside the last review's year dates it to the month. By the end of the evaluation
    /// year 2026, a last review of January–November 2024 is more than two years old; one of December 2024 or of 2025 is
    /// not; a review dated without "terakhir/last/only" still counts whatever its month.
    /// </summary>
    [Theory]
    [InlineData(Policy + "Reviu terakhir dilakukan Agustus 2024.", 2026, 3)]
    [InlineData(Policy + "reviunya terakhir bulan 10 tahun 2024. lvl brp?", 2026, 3)]
    [InlineData("Our information security regulation covers the whole scope and applies to all OPDs. The only review we ever did was in September 2024.", 2026, 3)]
    [InlineData(Policy + "Reviu terakhir dilakukan Desember 2024.", 2026, 4)]
    [InlineData(Policy + "Reviu terakhir dilakukan Agustus 2025.", 2026, 4)]
    [InlineData(Policy + "Perbup itu direviu Agustus 2024 oleh bagian hukum.", 2026, 4)]
    [InlineData(Policy + "Reviu terakhir dilakukan Agustus 2024.", 2027, 3)]
    [InlineData(Policy + "Reviu terakhir dilakukan Agustus 2024.", 2025, 4)]
    public void A_month_beside_the_last_review_dates_it_to_the_month(string question, int evaluationYear, int level) =>
        Assert.Equal(level, Reader.Place(8, question, service: false, evaluationYear).Level);

    /// <summary>
    /// Review m37sc (findings 2–5): of the dates after the review word the latest decides, whatever their order; a period
    /// is dated by its end; a document's date ("ditetapkan Agustus 2024") is no review's; the month's common short forms
    /// and an abbreviation's period are read. Each with a near miss that keeps its answer.
    /// </summary>
    [Theory]
    [InlineData(Policy + "Reviu terakhir terhadap Perbup yang ditetapkan Agustus 2024 itu dilaksanakan Oktober 2025.", 4)]
    [InlineData(Policy + "Reviu terakhir terhadap Perbup yang ditetapkan tahun 2020 itu dilaksanakan Agustus 2024.", 3)]
    [InlineData(Policy + "Reviu terakhir dilakukan Agustus 2024 s.d. Januari 2025.", 4)]
    [InlineData(Policy + "Reviu terakhir dilakukan Agustus 2024 sampai Januari 2025.", 4)]
    [InlineData(Policy + "Reviu terakhir dilakukan Februari 2024 s.d. Agustus 2024.", 3)]
    [InlineData(Policy + "Reviu terakhir dilakukan Februari 2024 dan Desember 2024.", 4)]
    [InlineData(Policy + "Reviu terakhir dilakukan Desember 2024 dan Februari 2024.", 4)]
    [InlineData(Policy + "Reviu terakhir dilakukan Februari 2024 dan Agustus 2024.", 3)]
    [InlineData(Policy + "Reviu terakhir dilakukan Agustus 2024 dan Februari 2024.", 3)]
    [InlineData(Policy + "Reviu terakhir dilakukan Agt. 2024.", 3)]
    [InlineData(Policy + "Reviu terakhir dilakukan Nop 2024.", 3)]
    [InlineData(Policy + "Reviu terakhir dilakukan Mrt 2024.", 3)]
    [InlineData(Policy + "Reviu terakhir dilakukan Des. 2024.", 4)]
    [InlineData(Policy + "Reviu terakhir dilakukan 08/2024.", 3)]
    [InlineData(Policy + "Reviu terakhir dilakukan 14.08.2024.", 3)]
    [InlineData(Policy + "Reviu terakhir dilakukan 14/08/2024.", 3)]
    [InlineData(Policy + "Reviu terakhir dilakukan 2024-08-14.", 3)]
    [InlineData(Policy + "Reviu terakhir dilakukan tahun 2024 bulan Agustus.", 3)]
    [InlineData(Policy + "Reviu terakhir dilakukan 14.12.2024.", 4)]
    // A regulation's number, not a month: "Perbup 5/2020" is no review's date; the review of 2025 counts.
    [InlineData(Policy + "Reviu terakhir atas Perbup 5/2020 dilakukan tahun 2025.", 4)]
    [InlineData("Our information security regulation covers the whole scope and applies to all OPDs. The last review was in Sept. 2024.", 3)]
    public void The_latest_date_of_the_last_review_decides(string question, int level) =>
        Assert.Equal(level, Reader.Place(8, question, service: false, evaluationYear: 2026).Level);

    /// <summary>Review m37sc finding 6: the month stated beside the year it is now counts as well; a last review 13 months old is valid.</summary>
    [Theory]
    [InlineData("Sekarang Januari 2026. " + Policy + "Reviu terakhir dilakukan Desember 2024.", 4)]
    [InlineData("Sekarang Januari 2026. " + Policy + "Reviu terakhir dilakukan Desember 2023.", 3)]
    [InlineData("Sekarang 2026. " + Policy + "Reviu terakhir dilakukan 2024.", 3)]
    public void The_month_said_now_dates_the_age_in_months(string question, int level) =>
        Assert.Equal(level, Reader.Place(8, question, service: false).Level);

    [Fact]
    public void The_reply_names_the_month_of_a_review_rejected_by_its_month()
    {
        var reply = CriteriaAnswerer.Answer("indikator 8: " + Policy + "Reviu terakhir dilakukan Agustus 2024. Level berapa?", evaluationYear: 2026).FullText;
        Assert.Contains("(Agustus 2024) sudah lebih dari dua tahun pada akhir tahun 2026", reply);
        Assert.Contains("mohon sebutkan bulan dan tahunnya", reply);
        var english = CriteriaAnswerer.Answer("indicator 8: Our information security regulation covers the whole scope and applies to all OPDs. The last review was in August 2024. Which level?", evaluationYear: 2026).FullText;
        Assert.Contains("(August 2024) is more than two years old by the end of 2026", english);
    }

    /// <summary>Review m37sc finding 7: the evaluation named by its year dates an external audit too, with no year configured; "the 2026 evaluation" names it as well.</summary>
    [Theory]
    [InlineData(31, "Untuk evaluasi 2026: audit keamanan SPBE oleh auditor eksternal bersertifikat terakhir dilakukan tahun 2022 sesuai standar.", 3)]
    [InlineData(31, "Untuk evaluasi 2026: audit keamanan SPBE oleh auditor eksternal bersertifikat terakhir dilakukan Agustus 2024 sesuai standar.", 3)]
    [InlineData(31, "Untuk evaluasi 2026: audit keamanan SPBE oleh auditor eksternal bersertifikat terakhir dilakukan Desember 2024 sesuai standar.", 4)]
    [InlineData(8, "For the 2026 evaluation: our information security management policy covers the whole scope and applies to all OPDs. The last review was in 2022. Which level?", 3)]
    [InlineData(8, "For the 2026 evaluation: our information security management policy covers the whole scope and applies to all OPDs. The last review was in 2025. Which level?", 4)]
    public void The_evaluation_named_by_its_year_dates_an_audit_and_the_year_before_the_noun(int indicator, string question, int level) =>
        Assert.Equal(level, Reader.Place(indicator, question, service: false).Level);

    [Fact]
    public void The_last_external_audit_dated_by_month_two_years_back_does_not_count() =>
        Assert.Equal(3, Reader.Place(31, "Audit keamanan SPBE oleh auditor eksternal bersertifikat terakhir dilakukan Agustus 2024 sesuai standar.", service: false, evaluationYear: 2026).Level);

    [Fact]
    public void The_year_said_now_comes_before_the_configured_one() =>
        Assert.Equal(4, Reader.Place(8, Policy + "Reviu terakhir 2023, sekarang 2024.", service: false, evaluationYear: 2026).Level);

    [Fact]
    public void The_parser_and_the_reply_take_the_evaluation_year_and_say_why_the_review_is_not_counted()
    {
        const string question = "indikator 8: " + Policy + "Reviu terakhir dilakukan tahun 2022. Level berapa?";
        Assert.Equal(3, Parser.Parse(question, evaluationYear: 2026).Level);
        Assert.Equal(4, Parser.Parse(question).Level);
        var reply = CriteriaAnswerer.Answer(question, evaluationYear: 2026).FullText;
        Assert.Contains("(2022) sudah lebih dari dua tahun sebelum 2026", reply);
        var english = CriteriaAnswerer.Answer("indicator 8: Our information security regulation covers the whole scope and applies to all OPDs. The last review was in 2022. Which level?", evaluationYear: 2026).FullText;
        Assert.Contains("(2022) is more than two years before 2026", english);
    }
}
