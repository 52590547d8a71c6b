using SpbeBot.Core.Regulations;
using SpbeBot.Core.Regulations.Build;
using SpbeBot.Dialogs.Criteria;

namespace SpbeBot.Tests.Regulations;

/// <summary>
/// Cutting a long section into passages keeps a list with the line that introduces it ("3) Pelaksana Entri Data memiliki
/// tugas:"), and the general rules of the indicator tables include what a review's result holds and when the follow-up
/// policy is set. The texts and questions are our own (not from the dev or hold-out sets).
/// </summary>
public class ListLeadInTests
{
    static readonly string Filler = string.Join(" ", Enumerable.Repeat("Kalimat pengantar yang panjang tentang tata kerja tim.", 11));

    static string Item(char letter, string words) => $"{letter}) {words} {string.Join(" ", Enumerable.Repeat("dengan rincian kerja", 3))};";

    [Fact]
    public void A_short_list_is_cut_with_its_lead_in_not_after_it()
    {
        var text = string.Join("\n",
            Filler,
            "3) Petugas Arsip memiliki tugas:",
            Item('a', "menyimpan berkas"), Item('b', "menata rak"), Item('c', "mencatat pinjaman"),
            "4) Petugas Lain memiliki tugas:",
            Item('a', "menyapu lantai"));

        var parts = PassageBuilder.Split(text);

        Assert.True(parts.Count > 1);
        var withItems = parts.Single(p => p.Contains("b) menata rak", StringComparison.Ordinal));
        Assert.StartsWith("3) Petugas Arsip memiliki tugas:\na) menyimpan berkas", withItems);
        Assert.Contains("c) mencatat pinjaman", withItems);
        // The next role's lead-in ends the list and stays with its own items.
        Assert.Contains(parts, p => p.Contains("4) Petugas Lain memiliki tugas:\na) menyapu lantai", StringComparison.Ordinal));
        Assert.DoesNotContain(parts, p => p.EndsWith("memiliki tugas:", StringComparison.Ordinal));
        Assert.All(parts, p => Assert.InRange(p.Length, 1, PassageBuilder.MaxPassageLength));
        Assert.Equal(Words(text), Words(string.Join(" ", parts)));
    }

    [Fact]
    public void A_closing_remark_run_into_the_last_item_is_left_out_of_the_list_and_kept_in_order()
    {
        var closing = string.Join(" ", Enumerable.Repeat("Sedangkan pada tahun berikutnya kegiatan itu diulang kembali.", 8));
        var text = string.Join("\n",
            Filler,
            "d. penyusunan laporan akhir. Dalam hal tertentu, tim juga melakukan:",
            "1. analisis tambahan; dan",
            "2. penyusunan saran perbaikan bagi unit kerja. " + closing);

        var parts = PassageBuilder.Split(text);

        var list = parts.Single(p => p.Contains("1. analisis tambahan", StringComparison.Ordinal));
        Assert.Contains("Dalam hal tertentu, tim juga melakukan:\n1. analisis tambahan; dan\n2. penyusunan saran perbaikan bagi unit kerja.", list);
        Assert.All(parts, p => Assert.InRange(p.Length, 1, PassageBuilder.MaxPassageLength));
        Assert.Equal(Words(text), Words(string.Join(" ", parts)));
    }

    [Fact]
    public void Shipped_passages_keep_each_roles_duties_and_the_evaluations_extra_analyses_with_their_lead_in()
    {
        var passages = PassageFile.Shipped.Passages;
        var entry = passages.Single(p => p.Text.Contains("b) memasukkan data atas rumusan penilaian", StringComparison.Ordinal));
        Assert.StartsWith("3) Pelaksana Entri Data memiliki tugas:", entry.Text);
        var extra = passages.Single(p => p.Text.Contains("1. analisis keunggulan dan kelemahan", StringComparison.Ordinal));
        Assert.Contains("juga melakukan:\n1. analisis keunggulan dan kelemahan; dan\n2. penyusunan rekomendasi", extra.Text);
    }

    [Fact]
    public void Shipped_passages_state_what_a_review_holds_and_when_the_follow_up_policy_is_set()
    {
        var holds = PassageIndex.Shipped.Find("pedoman-3-2024/tabel/hasil-reviu-berisi");
        Assert.NotNull(holds);
        Assert.Contains("berisi konten isu/permasalahan dan rekomendasi perbaikan", holds.Text);
        var when = PassageIndex.Shipped.Find("pedoman-3-2024/tabel/turunan-setelah-reviu");
        Assert.NotNull(when);
        Assert.Contains("ditetapkan 1 tahun setelah reviu dilakukan", when.Text);
        Assert.Contains(when.Headings, h => h.Contains("Indikator 1 (tercantum pada indikator 1, 2,", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("tugas pelaksana entri data apa saja?", "memasukkan data atas rumusan penilaian")]
    [InlineData("isi laporan reviu kebijakan harus memuat apa?", "berisi konten isu/permasalahan")]
    [InlineData("kebijakan turunan untuk level 5 ditetapkan berapa lama sesudah reviu?", "1 tahun setelah reviu dilakukan")]
    public void Questions_about_them_quote_the_passage_that_holds_the_answer(string question, string words)
    {
        var answer = CriteriaAnswerer.Answer(question);

        Assert.NotNull(answer.Process);
        Assert.Equal("process", answer.Process.Kind);
        Assert.Contains(answer.Process.Quoted, p => p.Text.Contains(words, StringComparison.Ordinal));
    }

    static string Words(string text) => ProcessQuestionSet.Comparable(text);
}
