using System.Text.Json;
using ClosedXML.Excel;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.CommandLine;

/// <summary>The criteria CLI end to end, through spbebot's entry point (<see cref="Cli.Run"/>; input on stdin through the real executable).</summary>
[Trait("Kind", "Slow")]
public class CriteriaCliTests
{
    [Fact]
    public void Ask_prints_the_answer_as_a_chat_user_sees_it()
    {
        var r = Cli.Run(["ask", "apa yang dibutuhkan untuk level 4 indikator 32?"]);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("Indikator 32 · Tingkat Kematangan Layanan Perencanaan", r.Out);
        Assert.Contains("LEVEL 4", r.Out);
        Assert.Contains("Bukti dukung yang perlu disiapkan", r.Out);
        // Buttons nobody can press on a command line come as the follow-up commands that ask the same.
        Assert.DoesNotContain("[Level 3]", r.Out);
        Assert.Contains("→ ./spbebot ask \"indikator 32 level 3\"", r.Out);
        var old = Cli.Run(["ask", "--framework", "spbe-2018", "indikator 33"]);
        Assert.Contains("→ ./spbebot ask --framework spbe-2018 ", old.Out);
    }

    [Fact]
    public void Ask_on_an_incomplete_catalog_adds_one_line_and_where_to_read_the_whole_note()
    {
        var r = Cli.Run(["ask", "--framework", "spbe-2018", "indikator 33"]);
        Assert.Equal(0, r.ExitCode);
        var note = Assert.Single(r.Out.Split('\n'), l => l.StartsWith("Catatan katalog:", StringComparison.Ordinal));
        Assert.True(note.Length < 200, note);
        Assert.Contains("./spbebot catalog list --notes", r.Out);
        Assert.DoesNotContain("(1) Bobot", r.Out);                 // the ~3,000-character note itself is not printed
        Assert.DoesNotContain("This catalog is incomplete", r.Out);
        var notes = Cli.Run(["catalog", "list", "--notes"]);
        Assert.Contains("(1) Bobot domain", notes.Out);            // … and the command named does show it
    }

    [Theory]
    [InlineData(new[] { "invite", "create", "--role", "operatr" }, "Peran \"operatr\" tidak dikenal", "coordinator")]
    [InlineData(new[] { "evidence", "list", "--status", "aproved" }, "Status \"aproved\" tidak dikenal", "approved")]
    [InlineData(new[] { "plan", "list", "--status", "jalan" }, "Status \"jalan\" tidak dikenal", "berjalan")]
    [InlineData(new[] { "ask", "--lang", "fr", "indikator 1" }, "Bahasa \"fr\" tidak dikenal", "id, en")]
    public void A_mistyped_choice_is_refused_in_Indonesian_with_the_choices(string[] args, string message, string choice)
    {
        var r = Cli.Run(args);
        Assert.NotEqual(0, r.ExitCode);
        Assert.Contains(message, r.Err + r.Out);
        Assert.Contains(choice, r.Err + r.Out);
        Assert.DoesNotContain("not recognized", r.Err + r.Out);
        Assert.DoesNotContain("Must be one of", r.Err + r.Out);
    }

    [Fact]
    public void Ask_json_prints_one_object_with_the_agreed_fields()
    {
        var r = Cli.Run(["ask", "--json", "bukti dukung ind 12 l3"]);
        using var doc = JsonDocument.Parse(r.Out);
        var root = doc.RootElement;
        Assert.Equal("spbe-2024", root.GetProperty("framework").GetString());
        Assert.Equal(12, root.GetProperty("indicator").GetInt32());
        Assert.Equal(3, root.GetProperty("level").GetInt32());
        Assert.True(root.GetProperty("answered").GetBoolean());
        Assert.Contains("Bukti dukung", root.GetProperty("text").GetString());
    }

    [Fact]
    public void Ask_without_argument_answers_each_stdin_line_as_json()
    {
        var r = Cli.Run(["ask"], stdin: "level 4 indikator 32\njadwal rapat besok\n\npusat data level 3\n");
        var lines = r.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        var docs = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(32, docs[0].GetProperty("indicator").GetInt32());
        Assert.False(docs[1].GetProperty("answered").GetBoolean());
        Assert.Equal(JsonValueKind.Null, docs[1].GetProperty("indicator").ValueKind);
        Assert.False(docs[2].GetProperty("answered").GetBoolean());
        // A bare twin ("pusat data") is answered with its implementation indicator, the policy one offered as a button.
        Assert.True(docs[3].GetProperty("answered").GetBoolean());
        Assert.Equal(16, docs[3].GetProperty("indicator").GetInt32());
        Assert.Equal(3, docs[3].GetProperty("level").GetInt32());
    }

    [Fact]
    public void Ask_under_the_2018_framework()
    {
        var r = Cli.Run(["ask", "--json", "--framework", "spbe-2018", "indikator 33"]);
        using var doc = JsonDocument.Parse(r.Out);
        Assert.Equal("spbe-2018", doc.RootElement.GetProperty("framework").GetString());
        Assert.Equal(33, doc.RootElement.GetProperty("indicator").GetInt32());
    }

    [Fact]
    public void Unknown_framework_is_refused_clearly()
    {
        var r = Cli.Run(["ask", "--framework", "spbe-1999", "indikator 1"]);
        Assert.NotEqual(0, r.ExitCode);
        Assert.Contains("tidak dikenal", r.Err + r.Out);
    }

    [Fact]
    public void Criteria_show_prints_one_level_and_refuses_bad_numbers()
    {
        var r = Cli.Run(["criteria", "show", "32", "--level", "4"]);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("LEVEL 4", r.Out);
        Assert.Equal(2, Cli.Run(["criteria", "show", "48"]).ExitCode);
        Assert.Equal(2, Cli.Run(["criteria", "show", "32", "--level", "6"]).ExitCode);
    }

    [Fact]
    public void Index_from_csv_and_xlsx_gives_index_and_predikat()
    {
        var dir = Directory.CreateTempSubdirectory("spbebot-index-");
        try
        {
            var csv = Path.Combine(dir.FullName, "levels.csv");
            File.WriteAllLines(csv, new[] { "indikator,level" }.Concat(Enumerable.Range(1, 47).Select(i => $"{i},{(i <= 10 ? 4 : 3)}")));
            var fromCsv = Cli.Run(["index", csv]);
            Assert.Equal(0, fromCsv.ExitCode);
            Assert.Contains("Indeks SPBE: 3,13 — Baik", fromCsv.Out);

            var xlsx = Path.Combine(dir.FullName, "levels.xlsx");
            using (var wb = new XLWorkbook())
            {
                var ws = wb.AddWorksheet("Level");
                ws.Cell(1, 1).Value = "Penilaian mandiri 2025";
                ws.Cell(2, 1).Value = "Indikator"; ws.Cell(2, 2).Value = "Level";
                for (var i = 1; i <= 47; i++) { ws.Cell(i + 2, 1).Value = i; ws.Cell(i + 2, 2).Value = 2; }
                wb.SaveAs(xlsx);
            }
            var fromXlsx = Cli.Run(["index", xlsx]);
            Assert.Equal(0, fromXlsx.ExitCode);
            Assert.Contains("Indeks SPBE: 2,00 — Cukup", fromXlsx.Out);
        }
        finally { dir.Delete(recursive: true); }
    }

    [Fact]
    public void Index_with_a_target_column_is_a_what_if()
    {
        var dir = Directory.CreateTempSubdirectory("spbebot-index-");
        try
        {
            var csv = Path.Combine(dir.FullName, "what-if.csv");
            File.WriteAllLines(csv, new[] { "indikator,level,target" }.Concat(Enumerable.Range(1, 47).Select(i => $"{i},2,{(i >= 32 ? 4 : 2)}")));
            var r = Cli.Run(["index", csv]);
            Assert.Equal(0, r.ExitCode);
            Assert.Contains("Saat ini: 2,00 — Cukup", r.Out);
            // Only the Layanan domain (45,50 %) rises to 4: 2 + 2 × 0,455 = 2,91.
            Assert.Contains("Bila semua target tercapai: 2,91 — Baik", r.Out);
            Assert.Contains("Perubahan: +0,91", r.Out);
            Assert.Contains("4. Layanan SPBE: 2,00 → 4,00", r.Out);
        }
        finally { dir.Delete(recursive: true); }
    }

    [Fact]
    public void Index_refuses_bad_files_with_a_message()
    {
        var dir = Directory.CreateTempSubdirectory("spbebot-index-");
        try
        {
            var missing = Path.Combine(dir.FullName, "partial.csv");
            File.WriteAllText(missing, "1,3\n2,4\n");
            var r1 = Cli.Run(["index", missing]);
            Assert.Equal(2, r1.ExitCode);
            Assert.Contains("Level belum diisi", r1.Err);

            var bad = Path.Combine(dir.FullName, "bad.csv");
            File.WriteAllText(bad, "1,9\n");
            Assert.Contains("di luar 1–5", Cli.Run(["index", bad]).Err);

            var broken = Path.Combine(dir.FullName, "broken.xlsx");
            File.WriteAllBytes(broken, [(byte)'P', (byte)'K', 3, 4, 1, 2, 3, 4, 5]);
            var r3 = Cli.Run(["index", broken]);
            Assert.Equal(2, r3.ExitCode);
            Assert.Contains("tidak dapat dibaca", r3.Err);
            Assert.DoesNotContain("Exception", r3.Err);
        }
        finally { dir.Delete(recursive: true); }
    }
}
