using System.Text.Json;
using SpbeBot.Core.Criteria;
using SpbeBot.Core.Demo;
using SpbeBot.Core.Evidence.Checking;
using SpbeBot.Dialogs.Evidence;
using SpbeBot.Core.People;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// The pre-check with the real OCR (tesseract + pdftoppm, installed by scripts/ensure-ocr) on one small page, and
/// <c>spbebot evidence check FILE --indicator N --json</c> through spbebot's entry point (<see cref="Cli.Run"/>) over the demo Pemda.
/// </summary>
[Trait("Kind", "Slow")]
public class EvidenceCheckSlowTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    static string Dev(string name) => File.ReadAllText(Path.Combine(RepoFiles.Find("tests/SpbeBot.Tests/Data/EvidenceDev"), name + ".txt"));

    static async Task<EvidenceCheck> Check(byte[] content, string name, int indicator)
    {
        var dir = Directory.CreateTempSubdirectory("spbebot-ocr-test-");
        try
        {
            var path = Path.Combine(dir.FullName, name);
            await File.WriteAllBytesAsync(path, content);
            // No OCR time limit that a loaded machine could reach: these tests are about what is read, not about the limit.
            var checker = new EvidenceChecker(_ => Task.FromResult<string?>(DemoData.InstansiName), new ReadLimits(OcrTimeLimit: TimeSpan.FromHours(1)));
            return await checker.CheckAsync(new EvidenceCheckRequest(path, name, "spbe-2024", indicator, null, 2026, AllowOcr: true), CancellationToken.None);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public async Task A_printed_and_scanned_one_page_decree_is_read_by_ocr_and_judged()
    {
        Assert.Null(Ocr.Missing());
        var check = await Check(DocumentRenderer.ScannedPdf(Dev("E09"), seed: 9), "sk-tim-pindai.pdf", 10);
        Assert.True(check.Ocr);
        Assert.False(check.NeedsOcr);
        Assert.Equal(1, check.Pages);
        Assert.Equal("Keputusan Bupati", check.Document.Kind);
        Assert.Equal("Kabupaten Sukamaju", check.Document.Instansi);
        Assert.True(check.Document.Signed);
        Assert.Equal(3, check.Level);
        Assert.Empty(check.Flags);

        // The same page as a photo (JPEG).
        var photo = await Check(DocumentRenderer.ScannedJpeg(Dev("E09"), seed: 3), "foto-sk.jpg", 10);
        Assert.True(photo.Ocr);
        Assert.Equal("Keputusan Bupati", photo.Document.Kind);
    }

    [Fact]
    public async Task An_empty_page_scanned_is_unreadable_with_a_note()
    {
        var check = await Check(DocumentRenderer.ScannedJpeg("", seed: 1), "kosong.jpg", 1);
        Assert.True(check.Ocr);
        Assert.Equal([EvidenceCheckFlags.Unreadable], check.Flags);
        Assert.Null(check.Level);
        Assert.Contains("kosong", PrecheckTexts.Id.NoteText(check));
    }

    [Fact]
    public async Task The_cli_prints_the_verdict_in_indonesian_and_as_json()
    {
        await db.ResetAsync();
        await DemoData.EnsureAsync(db.Connections, TimeZones.Today(TimeZones.Wib, TimeProvider.System));
        var work = Directory.CreateTempSubdirectory("spbebot-evidence-check-cli-");
        try
        {
            var env = new Dictionary<string, string?>
            {
                ["SPBEBOT__DATABASE__CONNECTIONSTRING"] = db.ConnectionString,
                ["SPBEBOT__EVIDENCE__ROOT"] = Path.Combine(work.FullName, "store"),
            };
            var pdf = Path.Combine(work.FullName, "perbup-arsitektur.pdf");
            await File.WriteAllBytesAsync(pdf, DocumentRenderer.TextPdf(Dev("E02")));

            var json = Cli.Run(["evidence", "check", pdf, "--indicator", "1", "--level", "3", "--year", "2026", "--json"], environment: env);
            Assert.True(json.ExitCode == 0, json.Err);
            var root = JsonDocument.Parse(json.Out).RootElement;
            Assert.Equal(1, root.GetProperty("indicator").GetInt32());
            Assert.Equal(2, root.GetProperty("level").GetInt32());
            Assert.False(root.GetProperty("ocr").GetBoolean());
            Assert.Equal(0, root.GetProperty("flags").GetArrayLength());
            Assert.Contains(root.GetProperty("found").EnumerateArray(), f => f.GetProperty("element").GetString() == "Proses Bisnis" && f.GetProperty("page").GetInt32() == 2);
            Assert.Contains(root.GetProperty("missing").EnumerateArray(), m => m.GetString() == "Level 3: mengatur Layanan SPBE");
            Assert.Equal("Peraturan Bupati", root.GetProperty("document").GetProperty("kind").GetString());
            Assert.Equal("7", root.GetProperty("document").GetProperty("number").GetString());
            Assert.Equal(2023, root.GetProperty("document").GetProperty("year").GetInt32());
            Assert.Equal("2023-05-02", root.GetProperty("document").GetProperty("date").GetString());

            var text = Cli.Run(["evidence", "check", pdf, "--indicator", "1", "--year", "2026"], environment: env);
            Assert.True(text.ExitCode == 0, text.Err);
            Assert.Contains("Level yang didukung teks: 2", text.Out);
            Assert.Contains("Yang masih diperlukan:", text.Out);
            Assert.Contains("Level 3: mengatur Layanan SPBE", text.Out);
            Assert.DoesNotContain(" / ", text.Out.Replace("Instansi Pusat/Pemerintah", "", StringComparison.Ordinal));

            // Another Pemda's policy is flagged against the configured instansi (the demo's Kabupaten Sukamaju).
            var other = Path.Combine(work.FullName, "perwal.pdf");
            await File.WriteAllBytesAsync(other, DocumentRenderer.TextPdf(Dev("E07")));
            var flagged = JsonDocument.Parse(Cli.Run(["evidence", "check", other, "--indicator", "1", "--json"], environment: env).Out).RootElement;
            Assert.Equal("other-instansi", flagged.GetProperty("flags")[0].GetString());

            // A reviu's two years are counted to --as-of, as the bot's precheck counts them to its day (m32ev): the reviu of
            // 16 December 2024 is valid on 7 December 2026 and stale on its second anniversary; before, the command
            // passed no date and counted by year (stale in 2026).
            var reviu = Path.Combine(work.FullName, "reviu.pdf");
            await File.WriteAllBytesAsync(reviu, DocumentRenderer.TextPdf(EvidenceReviewAgeTests.Reviu));
            JsonElement Reviu(string asOf) => JsonDocument.Parse(Cli.Run(["evidence", "check", reviu, "--indicator", "13", "--year", "2026",
                "--as-of", asOf, "--json"], environment: env).Out).RootElement;
            var valid = Reviu("2026-12-07");
            Assert.Equal(4, valid.GetProperty("level").GetInt32());
            Assert.DoesNotContain(valid.GetProperty("flags").EnumerateArray(), f => f.GetString() == EvidenceCheckFlags.Stale);
            Assert.Contains(Reviu("2026-12-16").GetProperty("flags").EnumerateArray(), f => f.GetString() == EvidenceCheckFlags.Stale);

            // Bad input: a clear message, exit 0 with the unreadable flag; a missing file or indicator: exit 2.
            var zip = Path.Combine(work.FullName, "bukti.zip");
            await File.WriteAllBytesAsync(zip, SampleFiles.Zip(("a.pdf", SampleFiles.Pdf())));
            var zipped = Cli.Run(["evidence", "check", zip, "--indicator", "1"], environment: env);
            Assert.Equal(0, zipped.ExitCode);
            Assert.Contains("ZIP", zipped.Out);
            Assert.Equal(2, Cli.Run(["evidence", "check", Path.Combine(work.FullName, "tidak-ada.pdf"), "--indicator", "1"], environment: env).ExitCode);
            Assert.Contains("--indicator", Cli.Run(["evidence", "check", pdf], environment: env).Err);
            Assert.Contains("tidak ada", Cli.Run(["evidence", "check", pdf, "--indicator", "99"], environment: env).Err);
            // A reference date only in the ISO form: "07-12-2026" would be read month first (12 July), "kemarin" not at all.
            foreach (var bad in new[] { "07-12-2026", "kemarin" })
            {
                var refused = Cli.Run(["evidence", "check", reviu, "--indicator", "13", "--as-of", bad], environment: env);
                Assert.Equal(2, refused.ExitCode);
                Assert.Contains("TTTT-BB-HH", refused.Err);
            }

            // Without a file, "evidence check" is still the reconciliation of the file store.
            Assert.Contains("Penyimpanan:", Cli.Run(["evidence", "check"], environment: env).Out);
        }
        finally
        {
            work.Delete(true);
        }
    }

    [Fact]
    public async Task On_an_english_machine_the_verdict_and_the_help_are_english_only()
    {
        await db.ResetAsync();
        await DemoData.EnsureAsync(db.Connections, TimeZones.Today(TimeZones.Wib, TimeProvider.System));
        var work = Directory.CreateTempSubdirectory("spbebot-evidence-check-en-");
        try
        {
            var env = new Dictionary<string, string?>
            {
                ["SPBEBOT__DATABASE__CONNECTIONSTRING"] = db.ConnectionString,
                ["SPBEBOT__EVIDENCE__ROOT"] = Path.Combine(work.FullName, "store"),
                ["LC_ALL"] = "", ["LC_MESSAGES"] = "", ["LANG"] = "en_GB.UTF-8",
            };
            var pdf = Path.Combine(work.FullName, "perbup-arsitektur.pdf");
            await File.WriteAllBytesAsync(pdf, DocumentRenderer.TextPdf(Dev("E02")));
            string[] args = ["evidence", "check", pdf, "--indicator", "1", "--year", "2026"];
            Assert.True(InProcessCli.Fits(args, null, env, null));   // the locale is the run's own, in the test host too

            var text = Cli.Run(args, environment: env);
            Assert.True(text.ExitCode == 0, text.Err);
            Assert.Contains("Document: perbup-arsitektur.pdf (", text.Out);
            Assert.Contains("Level supported by the text: 2", text.Out);
            Assert.Contains("Still needed:", text.Out);
            Assert.Contains("This pre-check is advice only", text.Out);
            // The criterion's own words stay as the Pedoman writes them.
            Assert.Contains("Level 3: mengatur Layanan SPBE", text.Out);
            foreach (var word in (string[])["Dokumen:", "Jenis:", "halaman", "Level yang didukung", "Yang masih diperlukan", "Ditemukan:", "Pemeriksaan awal", "Catatan:", "tidak ada"])
                Assert.DoesNotContain(word, text.Out);

            var help = Cli.Run(["evidence", "check", "--help"], environment: env);
            Assert.Contains("Pre-check a document's content against the indicator's criteria", help.Out);
            Assert.DoesNotContain("Pemeriksaan awal", help.Out);
            Assert.DoesNotContain("Nomor indikator", help.Out);
            // The test host's own locale is back after the runs.
            Assert.NotEqual("en_GB.UTF-8", Environment.GetEnvironmentVariable("LANG"));
        }
        finally
        {
            work.Delete(true);
        }
    }
}
