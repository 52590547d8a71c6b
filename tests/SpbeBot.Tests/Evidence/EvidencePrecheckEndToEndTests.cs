using System.Diagnostics;
using System.Text;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using SpbeBot.Core.Audit;
using SpbeBot.Core.Evidence.Checking;
using SpbeBot.Core.People;
using SpbeBot.Dialogs.Evidence;
using SpbeBot.Tests.Infrastructure;
using SpbeBot.Tests.Telegram;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// The pre-check end to end with the REAL checker (the one AddSpbeCore registers; no test double): a text-layer Perbup
/// filed on Telegram gets its verdict in the receipt; the same Perbup printed and scanned is filed with "sedang dibaca",
/// read by tesseract in the Hangfire job, and the result reaches the operator through the outbox.
/// </summary>
[Trait("Kind", "Slow")]
public class EvidencePrecheckEndToEndTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    const long Budi = 8102;

    [Fact]
    public async Task A_text_perbup_gets_its_verdict_in_the_receipt_and_its_scan_is_read_by_tesseract_in_the_job()
    {
        Assert.Null(Ocr.Missing());
        await PrecheckHost.ResetWithDemoAsync(db);
        var people = new PersonStore(db.Connections);
        var budi = (await people.ListAsync()).Single(p => p.Name == "Budi Santoso");
        await people.LinkChatAsync(budi.Id, new ChatIdentity("telegram", Budi.ToString()), new Actor("test"));

        // The chat's path gives up on the text layer after ChatTimeout (5 s); a loaded test machine once took longer and the
        // receipt had no verdict. This test is about the verdict; giving up is proven with a hanging checker in
        // EvidencePrecheckTests.A_failing_or_hanging_checker_leaves_the_filing_done_with_a_short_line (a slow one: A_text_document_whose_reading_outlasts_the_chats_wait_is_read_in_the_background_and_its_verdict_follows).
        await using var bot = await TelegramHarness.StartAsync(databaseConnectionString: db.ConnectionString, services: PrecheckHost.Patient);
        Assert.IsType<EvidenceChecker>(bot.App.Services.GetService(typeof(IEvidenceChecker)));

        // 1. The text layer: read in the chat's path, the verdict is in the receipt.
        bot.Api.EnqueueDocument(Budi, "perbup-arsitektur.pdf", "bukti 1 L3", DocumentRenderer.TextPdf(PrecheckHost.Perbup));
        await Eventually.HoldsAsync(() => bot.Api.Delivered(Budi).Any(m => m.Text!.Contains("Tanda terima")), "the receipt", TimeSpan.FromSeconds(60));
        var receipt = bot.Api.Delivered(Budi).Single(m => m.Text!.Contains("Tanda terima"));
        Assert.Contains("🔎 Pemeriksaan awal (saran, bukan keputusan): isi dokumen mendukung level 2.", receipt.Text);
        Assert.Contains("➡️ Untuk level 3 masih perlu:", receipt.Text);
        Assert.Matches(@"📌 [^\n]+: «[^»]+» \(hlm\. 1\)", receipt.Text);
        Assert.DoesNotContain(PrecheckTexts.Id.Reading, receipt.Text);

        // 2. The same Perbup printed and scanned (one page): "sedang dibaca" first, then the OCR result from the job.
        bot.Api.EnqueueDocument(Budi, "perbup-arsitektur-pindai.pdf", "bukti 1 L3", DocumentRenderer.ScannedPdf(PrecheckHost.Perbup, seed: 22));
        await Eventually.HoldsAsync(() => bot.Api.Delivered(Budi).Count(m => m.Text!.Contains("Tanda terima")) == 2, "the scan's receipt", TimeSpan.FromSeconds(60));
        var scanReceipt = bot.Api.Delivered(Budi).Where(m => m.Text!.Contains("Tanda terima")).Last();
        Assert.Contains(PrecheckTexts.Id.Reading, scanReceipt.Text);
        Assert.DoesNotContain("isi dokumen mendukung", scanReceipt.Text);

        await Eventually.HoldsAsync(() => bot.Api.Delivered(Budi).Any(m => m.Text!.StartsWith("Hasil pemeriksaan awal")), "the OCR result on Telegram",
            TimeSpan.FromMinutes(10));   // OCR: ~3 s a page quiet, minutes at load 90
        var result = bot.Api.Delivered(Budi).Single(m => m.Text!.StartsWith("Hasil pemeriksaan awal"));
        Assert.Contains("\"perbup-arsitektur-pindai.pdf\" (Indikator 1 · Level 3)", result.Text);
        Assert.Contains("isi dokumen mendukung level 2 (dibaca dengan OCR).", result.Text);
        Assert.Matches(@"📌 [^\n]+: «[^»]+» \(hlm\. 1\)", result.Text);

        await using var connection = await db.Connections.OpenAsync();
        var checks = (await connection.QueryAsync<(string Status, int? Level, bool Ocr)>(
            "select status, level::int, ocr from evidence_check order by evidence_id")).ToList();
        Assert.Equal([("done", 2, false), ("done", 2, true)], checks);
        // Advice only: the scan replaced the text PDF in the same slot (as any later upload does) and waits for the coordinator.
        Assert.Equal(["superseded", "pending"], await connection.QueryAsync<string>("select status from evidence order by id"));
    }
    [Fact]
    public async Task The_same_in_spbebot_chat_the_text_verdict_in_the_receipt_and_the_scan_result_before_a_later_prompt()
    {
        Assert.Null(Ocr.Missing());
        await PrecheckHost.ResetWithDemoAsync(db);
        var work = Directory.CreateTempSubdirectory("spbebot-precheck-chat-");
        using var process = Process.Start(Cli.StartInfo(["chat", "--as", "Budi"], PrecheckHost.CliEnvironment(db, work)))!;
        var output = new StringBuilder();
        string Output() { lock (output) return output.ToString(); }
        var reading = Task.Run(async () =>
        {
            var buffer = new char[4096];
            int n;
            while ((n = await process.StandardOutput.ReadAsync(buffer)) > 0)
                lock (output) output.Append(buffer, 0, n);
        });
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            var text = Path.Combine(work.FullName, "perbup-arsitektur.pdf");
            var scan = Path.Combine(work.FullName, "perbup-arsitektur-pindai.pdf");
            await File.WriteAllBytesAsync(text, DocumentRenderer.TextPdf(PrecheckHost.Perbup));
            await File.WriteAllBytesAsync(scan, DocumentRenderer.ScannedPdf(PrecheckHost.Perbup, seed: 23));

            await process.StandardInput.WriteLineAsync($"/unggah \"{text}\" bukti 1 L3");
            await process.StandardInput.FlushAsync();
            await Eventually.HoldsAsync(() => Output().Contains("isi dokumen mendukung level 2."), "the text verdict in the terminal", diagnose: Output);

            await process.StandardInput.WriteLineAsync($"/unggah \"{scan}\" bukti 1 L3");
            await process.StandardInput.FlushAsync();
            await Eventually.HoldsAsync(() => Output().Contains(PrecheckTexts.Id.Reading), "\"sedang dibaca\" in the terminal", TimeSpan.FromSeconds(60));
            Assert.DoesNotContain("Hasil pemeriksaan awal", Output());

            // The reading runs beside the chat; once it is done, the result is shown before the next prompt (a sentinel).
            await using var connection = await db.Connections.OpenAsync();
            await Eventually.HoldsAsync(() => connection.ExecuteScalar<int>("select count(*) from evidence_check where status = 'done' and ocr") == 1,
                "the scan read by tesseract beside the chat", TimeSpan.FromMinutes(10));   // OCR: ~3 s a page quiet, minutes at load 90
            await process.StandardInput.WriteLineAsync("/bantuan");
            await process.StandardInput.FlushAsync();
            await Eventually.HoldsAsync(() => Output().Contains("Hasil pemeriksaan awal"), "the OCR result in the terminal", TimeSpan.FromSeconds(60));
            var result = Output()[Output().IndexOf("Hasil pemeriksaan awal", StringComparison.Ordinal)..];
            Assert.Contains("\"perbup-arsitektur-pindai.pdf\" (Indikator 1 · Level 3)", result);
            Assert.Contains("isi dokumen mendukung level 2 (dibaca dengan OCR).", result);

            await process.StandardInput.WriteLineAsync("keluar");
            process.StandardInput.Close();
            Assert.True(process.WaitForExit(600_000), "the chat ends");   // only a guard against a hang
            await reading;
            Assert.True(process.ExitCode == 0, await errors);
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            work.Delete(true);
        }
    }
}
