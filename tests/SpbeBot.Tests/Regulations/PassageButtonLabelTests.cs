using SpbeBot.Core.Regulations;
using SpbeBot.Dialogs.Process;

namespace SpbeBot.Tests.Regulations;

/// <summary>The passages' buttons: each label cut after a whole word, and no two buttons of one reply reading alike (wip-22cc's walk).</summary>
public class PassageButtonLabelTests
{
    static Passage P(string id, params string[] headings) => new(id, "x", "Peraturan Menteri PANRB Nomor 59 Tahun 2020", headings, "teks");

    [Fact]
    public void A_long_heading_is_cut_after_a_whole_word()
    {
        var label = ProcessAnswerer.Buttons([P("a", "BAB III", "1. Tahap Pelaksanaan pada Instansi Pusat dan Pemerintah Daerah")])[0].Label;
        Assert.Equal("1. Tahap Pelaksanaan pada Instansi Pusat dan…", label);
    }

    [Fact]
    public void Headings_that_read_alike_name_the_heading_above_and_parts_their_number()
    {
        var same = "1. Tahap Pelaksanaan pada Instansi Pusat dan Pemerintah Daerah";
        var buttons = ProcessAnswerer.Buttons([P("a", "B. Persiapan", same), P("b", "C. Pelaksanaan", same), P("c", "C. Pelaksanaan", same), P("d", "Pasal 9")]);
        Assert.Equal(["B. Persiapan › 1. Tahap Pelaksanaan pada…", "C. Pelaksanaan › 1. Tahap Pelaksanaan pada…", "C. Pelaksanaan › 1. Tahap Pelaksanaan pada… (2)", "Pasal 9"],
            buttons.Select(b => b.Label));
        Assert.Equal(4, buttons.Select(b => b.Label).Distinct().Count());
    }
}
