using System.Text.Json;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.CommandLine;

/// <summary>`spbebot ask` (no person): small talk answered, own data pointed to the command that shows it.</summary>
[Trait("Kind", "Slow")]
public class AskChatIntentCliTests
{
    [Fact]
    public void Ask_answers_small_talk_and_says_which_command_shows_own_data()
    {
        var thanks = Cli.Run(["ask", "makasih min"]);
        Assert.Equal(0, thanks.ExitCode);
        Assert.Contains("Sama-sama", thanks.Out);
        Assert.DoesNotContain("belum menemukan", thanks.Out);

        var spbe = Cli.Run(["ask", "SPBE itu apa"]);
        Assert.Contains("penyelenggaraan pemerintahan dengan memanfaatkan teknologi", spbe.Out);

        var index = Cli.Run(["ask", "--json", "indeks spbe kita skrg brp?"]);
        Assert.Equal(0, index.ExitCode);
        using var json = JsonDocument.Parse(index.Out);
        Assert.Equal("index-now", json.RootElement.GetProperty("intent").GetString());
        Assert.Contains("./spbebot index --plan", json.RootElement.GetProperty("text").GetString());

        // Batch mode: one JSON line per question; criteria questions keep their answer.
        var batch = Cli.Run(["ask"], stdin: "halo\nsyarat indikator 32 level 4\n");
        var lines = batch.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal("greeting", JsonDocument.Parse(lines[0]).RootElement.GetProperty("intent").GetString());
        Assert.Equal(32, JsonDocument.Parse(lines[1]).RootElement.GetProperty("indicator").GetInt32());
    }

    [Fact]
    public void Ask_heads_the_follow_up_commands_in_the_replys_language()
    {
        var english = Cli.Run(["ask", "what does level 4 of indicator 32 require?"]);
        Assert.Equal(0, english.ExitCode);
        Assert.Contains("Follow-up questions:", english.Out);
        Assert.DoesNotContain("Pertanyaan lanjutan", english.Out);

        var indonesian = Cli.Run(["ask", "apa yang dibutuhkan untuk level 4 indikator 32?"]);
        Assert.Contains("Pertanyaan lanjutan:", indonesian.Out);
        Assert.DoesNotContain("Follow-up questions", indonesian.Out);
    }
}
