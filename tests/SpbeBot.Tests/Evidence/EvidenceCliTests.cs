using System.IO.Compression;
using System.Text.Json;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// The "done when", through spbebot's entry point (<see cref="Cli.Run"/>; the terminal chat as the real executable): an operator uploads evidence for 32 L4 in the terminal chat,
/// the coordinator approves it there, the operator is told, the checklist and the criteria answer show it, and the
/// export writes the renamed bundle with its explanation draft.
/// </summary>
[Trait("Kind", "Slow")]
public class EvidenceCliTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Upload_in_the_terminal_chat_approve_and_export_the_bundle()
    {
        await PrecheckHost.ResetWithDemoAsync(db);
        var work = Directory.CreateTempSubdirectory("spbebot-evidence-cli-");
        try
        {
            var env = PrecheckHost.CliEnvironment(db, work);
            var pdf = Path.Combine(work.FullName, "Integrasi SIPD.pdf");
            await File.WriteAllBytesAsync(pdf, SampleFiles.Pdf("integrasi"));

            var upload = Cli.Run(["chat", "--as", "Budi"], $"/unggah \"{pdf}\" bukti 32 L4\nkeluar\n", env);
            Assert.True(upload.ExitCode == 0, upload.Err);
            Assert.Contains("Indikator 32 · Level 4 · butir 1", upload.Out);
            Assert.Contains("menunggu verifikasi", upload.Out);
            Assert.Contains("Berkas tidak ditemukan", Cli.Run(["chat", "--as", "Budi"], "/unggah /tidak/ada.pdf bukti 32 L4\nkeluar\n", env).Out);

            // The coordinator's queue: the first button approves.
            var approve = Cli.Run(["chat"], "/verifikasi\na\nkeluar\n", env);
            Assert.Contains("Integrasi SIPD.pdf", approve.Out);
            Assert.Contains("disetujui", approve.Out);

            var told = Cli.Run(["chat", "--as", "Budi"], "apa yang dibutuhkan untuk level 4 indikator 32?\nkeluar\n", env).Out;
            Assert.Contains("📬", told);
            Assert.Contains("telah disetujui oleh Rina Kartika", told);
            Assert.Contains("Level 4: 1 dari 1 bukti sudah disetujui", told);

            var checklist = Cli.Run(["evidence", "checklist", "32"], environment: env);
            Assert.Contains("Level 4: 1/1", checklist.Out);
            // Counts match the rows listed: indicator 1 level 4 has 4 items, one of them optional.
            var one = Cli.Run(["evidence", "checklist", "1"], environment: env).Out;
            Assert.Contains("Level 4: 0/3 butir wajib disetujui, 1 butir opsional", one);
            var level4 = one[one.IndexOf("Level 4:", StringComparison.Ordinal)..].Split('\n').Skip(1).TakeWhile(l => l.StartsWith("  [", StringComparison.Ordinal)).ToList();
            Assert.Equal(4, level4.Count);
            Assert.Single(level4, l => l.EndsWith("(opsional)", StringComparison.Ordinal));
            Assert.All(level4, l => Assert.StartsWith("  [belum ada]", l));
            Assert.DoesNotContain("[missing]", one + checklist.Out);
            Assert.DoesNotContain(" / ", one + checklist.Out);

            var zip = Path.Combine(work.FullName, "bundel.zip");
            var export = Cli.Run(["evidence", "export", zip], environment: env);
            Assert.True(export.ExitCode == 0, export.Out + export.Err);
            using (var archive = ZipFile.OpenRead(zip))
            {
                var names = archive.Entries.Select(e => e.FullName).ToList();
                Assert.Contains(names, n => n.StartsWith("Indikator-32/32.a.") && n.EndsWith(".pdf"));
                var draft = archive.Entries.Single(e => e.FullName.StartsWith("Indikator-32/Penjelasan"));
                using var reader = new StreamReader(draft.Open());
                var text = reader.ReadToEnd();
                Assert.Contains("(FAKTA)", text);
                Assert.Contains("(ANALISIS)", text);
                Assert.Contains("32.a.", text);
                Assert.Contains(names, n => n.EndsWith(".xlsx"));
            }
            var folder = Path.Combine(work.FullName, "bundel");
            Assert.Equal(0, Cli.Run(["evidence", "export", folder], environment: env).ExitCode);
            Assert.Single(Directory.GetFiles(Path.Combine(folder, "Indikator-32"), "32.a.*.pdf"));
            // A second export into the same, now non-empty folder is refused rather than mixed.
            Assert.Equal(2, Cli.Run(["evidence", "export", folder], environment: env).ExitCode);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task The_exports_draft_explanation_names_the_pasal_each_quote_stands_under()
    {
        await PrecheckHost.ResetWithDemoAsync(db);
        var work = Directory.CreateTempSubdirectory("spbebot-evidence-pasal-");
        try
        {
            var env = PrecheckHost.CliEnvironment(db, work);
            var pdf = Path.Combine(work.FullName, "perbup-arsitektur.pdf");
            await File.WriteAllBytesAsync(pdf, DocumentRenderer.TextPdf(PrecheckHost.Perbup));
            var add = Cli.Run(["evidence", "add", pdf, "--indicator", "1", "--level", "2", "--item", "1", "--opd", "Bappeda", "--json"], environment: env);
            Assert.True(add.ExitCode == 0, add.Out + add.Err);
            var id = JsonDocument.Parse(add.Out.Trim()).RootElement.GetProperty("id").GetInt64();
            Assert.Equal(0, Cli.Run(["evidence", "approve", id.ToString()], environment: env).ExitCode);

            var folder = Path.Combine(work.FullName, "bundel");
            var export = Cli.Run(["evidence", "export", folder], environment: env);
            Assert.True(export.ExitCode == 0, export.Out + export.Err);
            var draft = await File.ReadAllTextAsync(Path.Combine(folder, "Indikator-01", "Penjelasan-Indikator-01.txt"));
            var file = Path.GetFileName(Assert.Single(Directory.GetFiles(Path.Combine(folder, "Indikator-01"), "1.a.*.pdf")));
            // Each domain quoted with the article it stands under — not the next article whose heading follows the quote.
            Assert.Contains($"pada Pasal 2 halaman 1 ({file}) tentang Proses Bisnis: «a. domain arsitektur proses bisnis;", draft);
            Assert.Contains("  · Infrastruktur SPBE: Pasal 2 halaman 1 — «c. domain arsitektur infrastruktur SPBE.", draft);
            Assert.DoesNotContain("Pasal 3 halaman", draft);
            Assert.DoesNotContain("«nomor pasal»", draft);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Evidence_add_refuses_bad_files_and_unknown_indicators_and_stores_the_rest()
    {
        await db.ResetAsync();
        var work = Directory.CreateTempSubdirectory("spbebot-evidence-add-");
        try
        {
            var env = PrecheckHost.CliEnvironment(db, work);
            var good = Path.Combine(work.FullName, "notulen.pdf");
            var exe = Path.Combine(work.FullName, "laporan.pdf");
            await File.WriteAllBytesAsync(good, SampleFiles.Pdf("notulen"));
            await File.WriteAllBytesAsync(exe, SampleFiles.Exe());

            var add = Cli.Run(["evidence", "add", good, exe, "--indicator", "11", "--level", "4", "--item", "2", "--json"], environment: env);
            Assert.Equal(1, add.ExitCode);
            var lines = add.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            Assert.True(lines[0].TryGetProperty("id", out _));
            Assert.Equal("not-allowed", lines[1].GetProperty("problem").GetString());   // JSON keeps the code for scripts
            // The text output says it in words, as the chat does, without the internal code.
            var words = Cli.Run(["evidence", "add", exe, "--indicator", "11", "--level", "4", "--item", "2"], environment: env);
            Assert.Equal(1, words.ExitCode);
            Assert.Contains("jenis berkas ini tidak diterima", words.Out);
            Assert.DoesNotContain("not-allowed", words.Out);
            Assert.DoesNotContain("→", words.Out);

            Assert.Equal(2, Cli.Run(["evidence", "add", good, "--indicator", "99", "--level", "4"], environment: env).ExitCode);
            var noItem = Cli.Run(["evidence", "add", good, "--indicator", "11", "--level", "4"], environment: env);
            Assert.Equal(2, noItem.ExitCode);
            Assert.Contains("--item", noItem.Err);

            var list = Cli.Run(["evidence", "list"], environment: env);
            Assert.Contains("notulen.pdf", list.Out);
            Assert.DoesNotContain("laporan.pdf", list.Out);
            Assert.DoesNotContain("pending", list.Out);      // statuses in Indonesian, as the chat names them
            Assert.DoesNotContain("approved", list.Out);
            Assert.DoesNotContain(" / ", list.Out);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
