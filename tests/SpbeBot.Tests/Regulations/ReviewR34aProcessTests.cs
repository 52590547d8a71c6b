using SpbeBot.Core.Regulations;
using SpbeBot.Dialogs.Criteria;

namespace SpbeBot.Tests.Regulations;

/// <summary>
/// Review r34a of wip-34ps, findings 1 and 2: questions the texts do not answer are refused, not quoted from a passage
/// near in words; a template's "&lt;…&gt;" placeholders state no bound. The questions are the reviewer's.
/// </summary>
public class ReviewR34aProcessTests
{
    [Theory]
    [InlineData("Apakah asesor bawa drone saat visitasi?")]
    [InlineData("Apa itu interviu, apakah asesor bawa drone?")]
    [InlineData("Siapa pelaksana penilaian mandiri? harus PNS atau tenaga honorer juga bisa?")]
    [InlineData("Siapa pelaksana penilaian mandiri, apakah harus PNS atau boleh tenaga honorer?")]
    // Near miss: refused before the filler rule, and still.
    [InlineData("Apakah asesor bawa laptop sendiri saat visitasi?")]
    public void A_new_word_that_is_the_point_of_the_question_is_not_found(string question)
    {
        var answer = CriteriaAnswerer.Answer(question);
        Assert.True(answer.Process is null || answer.Process.Kind == "process-not-found", answer.Process?.Id);
    }

    [Theory]
    [InlineData("Berdasarkan kemampuan aplikasi <<Nama aplikasi SPBE>> yang kami terapkan", false)]
    [InlineData("<Unsur Pemenuhan Aspek> telah dipenuhi", false)]
    [InlineData("indeks kurang dari 2,60", true)]
    [InlineData("nilai < 2,60 berarti kurang", true)]
    [InlineData("bukti dukung (<2 tahun)", true)]
    [InlineData("rapat dilaksanakan secara berkala", false)]
    public void Placeholders_state_no_bound(string text, bool bound)
    {
        Assert.Equal(bound, PassageIndex.StatesBound(text));
    }

    [Theory]
    [InlineData("Ada maksimal tingkatan kapabilitas layanan?")]
    [InlineData("Is there a maximum maturity level for each indicator?")]
    public void A_maximum_level_asked_is_not_answered_by_a_template(string question)
    {
        Assert.True(PassageIndex.AsksBound(question));
        var answer = CriteriaAnswerer.Answer(question);
        if (answer.Process is not { Kind: not "process-not-found" } process) return;
        Assert.DoesNotContain(process.Quoted, p => p.Text.Contains("<<") || p.Text.Contains("<Unsur"));
    }
}
