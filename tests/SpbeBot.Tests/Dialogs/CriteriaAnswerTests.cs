using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions;
using SpbeBot.Dialogs.Common;
using SpbeBot.Dialogs.Criteria;

namespace SpbeBot.Tests.Dialogs;

public class CriteriaAnswerTests
{
    static readonly CriteriaCatalog Catalog = CatalogStore.Get("spbe-2024");

    [Fact]
    public void Level_4_indicator_32_quotes_the_pedoman_criterion_and_evidence()
    {
        var answer = CriteriaAnswerer.Answer("apa yang dibutuhkan untuk level 4 indikator 32?");
        var level = Catalog.FindIndicator(32)!.Level(4)!;

        Assert.True(answer.Answered);
        Assert.Equal((32, 4), (answer.Indicator!.Value, answer.Level!.Value));
        var text = answer.Reply.Text;
        Assert.Contains("Layanan Perencanaan", text);
        Assert.Contains(level.Criterion, text);
        Assert.All(level.Evidence, item => Assert.Contains(item, text));
        Assert.Contains("level 1–3", text);
        Assert.Contains("Pedoman", text);
        Assert.Contains("2,75%", text);
    }

    [Fact]
    public void Every_level_answer_fits_telegram_and_keeps_every_catalog_text()
    {
        foreach (var indicator in Catalog.Indicators)
            foreach (var level in indicator.Levels)
            {
                var answer = CriteriaAnswerer.Answer($"indikator {indicator.Number} level {level.Level}");
                Assert.True(answer.Answered);
                var parts = new[] { answer.Reply.Text }.Concat(answer.Reply.More).ToList();
                Assert.All(parts, p => Assert.InRange(p.Length, 1, Reply.MaxMessageLength));
                // Summary first: the criterion and the evidence are in the first message.
                // Quoted with the PDF's typographic slips mended (issue 20: "diberlakukan. .", sentences run together).
                Assert.Contains(Format.Quote(level.Criterion), answer.Reply.Text);
                var all = string.Join("\n", parts);
                Assert.All(level.Fulfilment.Concat(level.Evidence), item => Assert.Contains(Format.Quote(item), all));
            }
    }

    [Fact]
    public void About_and_evidence_answers_fit_telegram()
    {
        foreach (var indicator in Catalog.Indicators)
        {
            foreach (var question in new[] { $"indikator {indicator.Number} tentang apa", $"bukti dukung indikator {indicator.Number}", $"beda level 1 dan 5 indikator {indicator.Number}" })
            {
                var answer = CriteriaAnswerer.Answer(question);
                Assert.True(answer.Answered, question);
                Assert.All(new[] { answer.Reply.Text }.Concat(answer.Reply.More), p => Assert.InRange(p.Length, 1, Reply.MaxMessageLength));
            }
        }
    }

    [Fact]
    public void Ambiguous_topic_offers_buttons_for_each_candidate_keeping_the_level()
    {
        // Asked, or (since the 16:03 UTC retirement's training questions) planning answered with the others as buttons.
        var answer = CriteriaAnswerer.Answer("sipd level 4");
        var offered = answer.Reply.Buttons.Select(b => b.Payload).Where(p => p.StartsWith("indikator 3") && p.EndsWith(" level 4")).ToList();
        if (answer.Answered) offered.Add($"indikator {answer.Indicator} level 4");
        Assert.Equal(["indikator 32 level 4", "indikator 33 level 4", "indikator 34 level 4"], offered.Order());
        if (!answer.Answered) Assert.Contains("Bapak/Ibu", answer.Reply.Text);
        // A kebijakan twin named bare is answered (implementation member), the policy member one tap away.
        var twin = CriteriaAnswerer.Answer("pusat data level 3");
        Assert.True(twin.Answered);
        Assert.Contains(twin.Reply.Buttons, b => b.Payload == "indikator 5 level 3");
    }

    [Fact]
    public void Compare_shows_both_criteria()
    {
        var answer = CriteriaAnswerer.Answer("beda level 3 dan 4 indikator 21");
        var indicator = Catalog.FindIndicator(21)!;
        Assert.Contains(indicator.Level(3)!.Criterion, answer.Reply.Text);
        Assert.Contains(indicator.Level(4)!.Criterion, answer.Reply.Text);
    }

    [Fact]
    public void Weight_predikat_and_index_answers_carry_the_numbers()
    {
        Assert.Contains("2,50%", CriteriaAnswerer.Answer("berapa bobot indikator 11?").Reply.Text);
        Assert.Contains("45,50%", CriteriaAnswerer.Answer("bobot domain layanan").Reply.Text);
        Assert.Contains("Baik", CriteriaAnswerer.Answer("indeks 3,28 predikatnya apa?").Reply.Text);
        var index = CriteriaAnswerer.Answer("kalau semua indikator level 3 indeksnya berapa").Reply.Text;
        Assert.Contains("3,00", index);
        Assert.Contains("Baik", index);
    }

    [Fact]
    public void Two_domains_asked_get_both_weights_first_then_the_table()
    {
        var u = QuestionParser.For("spbe-2024").Parse("bobot domain tata kelola dan kebijakan itu berapa ya?");
        Assert.Equal([1, 2], u.Domains);
        var first = CriteriaAnswerer.Answer("bobot domain tata kelola dan kebijakan itu berapa ya?").Reply.Text.Split('\n')[0];
        Assert.Contains("Kebijakan Internal SPBE: bobot 13,00%", first);
        Assert.Contains("Tata Kelola SPBE: bobot 25,00%", first);
        var english = CriteriaAnswerer.Answer("weights of the services and management domains, please").Reply.Text.Split('\n')[0];
        Assert.Contains("16.50%", english);
        Assert.Contains("45.50%", english);
        // No domain named: the table alone, as before.
        Assert.DoesNotContain("%", CriteriaAnswerer.Answer("bobot tiap domain berapa?").Reply.Text.Split('\n')[0]);
    }

    [Fact]
    public void English_questions_get_english_labels()
    {
        var answer = CriteriaAnswerer.Answer("what evidence is needed for level 3 of indicator 23?");
        Assert.Contains("Evidence to prepare", answer.Reply.Text);
        Assert.Equal((23, 3), (answer.Indicator!.Value, answer.Level!.Value));
    }

    [Theory]
    [InlineData("indikator 52", "indikator 52 tidak ada")]
    [InlineData("level 7 indikator 3", "level 7 tidak ada")]
    [InlineData("jadwal rapat besok", "belum menemukan")]
    [InlineData("", "Silakan tulis pertanyaan")]
    public void Unanswerable_questions_get_an_honest_reply(string question, string expected)
    {
        var answer = CriteriaAnswerer.Answer(question);
        Assert.False(answer.Answered);
        Assert.Contains(expected, answer.Reply.Text);
    }

    [Fact]
    public void Bad_input_gets_a_clear_reply_without_exception_text()
    {
        foreach (var input in new[] { new string('x', 10_240), "'; DROP TABLE x; --", "<script>", "\u0000\u0007", "🙂", "индикатор" })
        {
            var answer = CriteriaAnswerer.Answer(input);
            Assert.False(string.IsNullOrWhiteSpace(answer.Reply.Text));
            Assert.DoesNotContain("Exception", answer.Reply.Text);
            Assert.DoesNotContain("   at ", answer.Reply.Text);
        }
        Assert.Contains("terlalu panjang", CriteriaAnswerer.Answer(new string('x', 10_240)).Reply.Text);
    }
}
