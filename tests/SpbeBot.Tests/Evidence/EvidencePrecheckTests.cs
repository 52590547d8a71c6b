using ClosedXML.Excel;
using Dapper;
using SpbeBot.Core.Evidence;
using SpbeBot.Core.Evidence.Checking;
using SpbeBot.Core.Messaging;
using SpbeBot.Dialogs.Common;
using SpbeBot.Dialogs.Digest;
using SpbeBot.Dialogs.Evidence;
using SpbeBot.Tests.Conversation;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// The pre-check of filed evidence (issue 22, point 5) through the conversation handler on a real database, with a test
/// double of the checker: the receipt's lines, scans read by the background job and answered through the outbox, a
/// failing checker, bad input, the coordinator's queue, the weekly digest and the export's draft explanation.
/// </summary>
[Trait("Kind", "Slow")]
public class EvidencePrecheckTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    static readonly EvidenceTexts E = EvidenceTexts.Id;
    static readonly PrecheckTexts P = PrecheckTexts.Id;

    static readonly FoundElement Domains = new("enam domain arsitektur", "Pasal 3 Arsitektur SPBE meliputi domain proses bisnis, data dan informasi, infrastruktur, aplikasi, keamanan, dan layanan", 2);
    static readonly FoundElement Enacted = new("ditetapkan", "Ditetapkan di Sukamaju pada tanggal 3 Maret 2025 BUPATI SUKAMAJU", 5);
    static readonly FoundElement Review = new("reviu", "Pasal 10 Reviu Arsitektur SPBE dilaksanakan paling sedikit 1 (satu) kali dalam 2 (dua) tahun", 4);
    static readonly string[] NextNeeds = ["reviu Arsitektur SPBE yang memuat isu dan rekomendasi, paling lama dua tahun", "kebijakan baru hasil reviu"];

    async Task<ConversationDriver> StartAsync(IEvidenceChecker checker, PrecheckOptions? options = null)
    {
        await db.ResetAsync();
        var driver = new ConversationDriver(db.Connections, checker, options);
        await driver.LoadDemoAsync();
        return driver;
    }

    /// <summary>Sends a file and, where the filing asks which action plan item it belongs to, answers "none": the receipt(s).</summary>
    static async Task<IReadOnlyList<Reply>> FileAsync(ConversationDriver bot, string key, byte[] content, string name, string caption)
    {
        var replies = await bot.DemoFile(key, content, name, caption);
        var asksPlan = replies.Count == 1 && (replies[0].Text.Contains(E.AskPlan) || replies[0].Text.Contains(EvidenceTexts.En.AskPlan));
        return asksPlan ? await bot.AsDemo(key, "/berkas rencana 0") : replies;
    }

    Task<IReadOnlyList<EvidenceRecord>> AllAsync() => new EvidenceStore(db.Connections).ListAsync(new EvidenceFilter { Limit = 10_000 });

    static string Block(Reply receipt) => receipt.Text[receipt.Text.IndexOf("\n\n🔎", StringComparison.Ordinal)..].Trim();

    async Task<IReadOnlyList<OutboxMessage>> OutboxOfAsync(ConversationDriver bot, string key, string kind)
    {
        var person = (await bot.People.FindByChatAsync("demo", key))!;
        return (await new Outbox(db.Connections).ListForAsync(person.Id)).Select(m => m.Message).Where(m => m.Kind == kind).ToList();
    }

    [Fact]
    public async Task A_filed_text_document_gets_its_pre_check_in_the_receipt_in_the_persons_language_and_the_verdict_is_stored()
    {
        var checker = new ScriptedChecker(r => ScriptedChecker.Verdict(r, 2, [EvidenceCheckFlags.Draft], [Domains, Enacted], NextNeeds));
        var bot = await StartAsync(checker);
        var pdf = SampleFiles.Pdf("Perbup Arsitektur SPBE");

        var receipt = Assert.Single(await FileAsync(bot, "operator-bappeda", pdf, "Perbup Arsitektur.pdf", "bukti 1 L3"));
        Assert.Contains("Tanda terima bukti dukung", receipt.Text);
        var lines = Block(receipt).Split('\n');
        Assert.InRange(lines.Length, 3, 5);
        Assert.Equal("🔎 Pemeriksaan awal (saran, bukan keputusan): isi dokumen mendukung level 2.", lines[0]);
        Assert.Equal("⚠️ Catatan: masih draf/rancangan, belum ditetapkan", lines[1]);
        Assert.StartsWith("➡️ Untuk level 3 masih perlu: reviu Arsitektur SPBE yang memuat isu", lines[2]);
        Assert.Equal($"📌 enam domain arsitektur: «{Domains.Quote}» (hlm. 2)", lines[3]);

        // Asked in the chat's path without OCR, for the file as stored and the slot it was filed in.
        var record = Assert.Single(await AllAsync());
        var request = Assert.Single(checker.Requests);
        Assert.Equal((false, 1, (int?)3, record.Framework, record.Year), (request.AllowOcr, request.Indicator, request.Level, request.Framework, request.Year));
        Assert.Equal(pdf, await File.ReadAllBytesAsync(request.FilePath));
        Assert.Equal("Perbup Arsitektur.pdf", request.FileName);

        // Stored with its main columns; the filing itself is as it always was.
        var stored = (await bot.Services.Precheck!.Store.GetAsync(record.Id))!;
        Assert.Equal((EvidenceCheckStatus.Done, 2, true), (stored.Status, stored.Verdict!.Level, stored.Matches(record)));
        Assert.Equal([EvidenceCheckFlags.Draft], stored.Verdict.Flags);
        Assert.Equal([Domains, Enacted], stored.Verdict.Found);
        Assert.Equal(EvidenceStatus.Pending, record.Status);
        await using (var connection = await db.Connections.OpenAsync())
        {
            var row = await connection.QuerySingleAsync<(short Level, string[] Flags, bool Ocr, bool NeedsOcr, string Status, bool Checked)>(
                "select level, flags, ocr, needs_ocr, status, checked_at is not null from evidence_check where evidence_id = @id", new { id = record.Id });
            Assert.Equal((2, false, false, "done", true), (row.Level, row.Ocr, row.NeedsOcr, row.Status, row.Checked));
            Assert.Equal([EvidenceCheckFlags.Draft], row.Flags);
        }

        // An English-speaking operator reads the same verdict in English only.
        await bot.AsDemo("operator-bkpsdm", "/bahasa en");
        var english = Assert.Single(await FileAsync(bot, "operator-bkpsdm", SampleFiles.Pdf("SK Tim"), "SK Tim.pdf", "bukti 2 L3"));
        var block = Block(english);
        Assert.StartsWith("🔎 Pre-check (advice, not a decision): the document's text supports level 2.", block);
        Assert.Contains("⚠️ Flags: still a draft, not formally enacted", block);
        Assert.Contains("➡️ Level 3 still needs:", block);
        Assert.Contains("(p. 2)", block);
        Assert.DoesNotContain("Pemeriksaan awal", english.Text);
        Assert.DoesNotContain("Catatan", block);
    }

    [Fact]
    public async Task Drafts_filed_through_the_questions_are_checked_once_they_are_filed()
    {
        var checker = new ScriptedChecker(r => ScriptedChecker.Verdict(r, 4, found: [Review]));
        var bot = await StartAsync(checker);
        await bot.DemoFile("operator-bappeda", SampleFiles.Pdf("notulen"), "notulen.pdf");
        Assert.Empty(checker.Requests);   // a draft has no indicator yet: nothing to check against
        await bot.AsDemo("operator-bappeda", "11");
        await bot.AsDemo("operator-bappeda", "/berkas lvl 4");
        var replies = await bot.AsDemo("operator-bappeda", "2");
        if (replies.Count == 1 && replies[0].Text.Contains(E.AskPlan)) replies = await bot.AsDemo("operator-bappeda", "/berkas rencana 0");
        var receipt = Assert.Single(replies);
        Assert.Contains("Indikator 11 · Level 4 · butir 2", receipt.Text);
        Assert.Contains("isi dokumen mendukung level 4.", receipt.Text);
        Assert.Contains("📌 reviu: «Pasal 10 Reviu", receipt.Text);
        Assert.Equal((11, (int?)4), (Assert.Single(checker.Requests).Indicator, checker.Requests.Single().Level));
    }

    [Fact]
    public async Task A_scan_is_being_read_and_its_result_reaches_the_uploader_through_the_outbox_once_the_job_has_run()
    {
        var checker = new ScriptedChecker(r => ScriptedChecker.Scan(r, o => ScriptedChecker.Verdict(o, 1, [EvidenceCheckFlags.Unsigned], [Enacted], ocr: true)));
        var bot = await StartAsync(checker);

        var receipt = Assert.Single(await FileAsync(bot, "operator-bappeda", SampleFiles.Pdf("pindaian"), "scan0001.pdf", "bukti 1 L3"));
        Assert.EndsWith("\n\n" + P.Reading, receipt.Text);
        Assert.DoesNotContain("mendukung level", receipt.Text);
        var record = Assert.Single(await AllAsync());
        Assert.Equal(EvidenceCheckStatus.Queued, (await bot.Services.Precheck!.Store.GetAsync(record.Id))!.Status);
        Assert.Empty(await OutboxOfAsync(bot, "operator-bappeda", "evidence-check"));
        Assert.Contains("sedang dibaca (OCR)", Assert.Single(await bot.AsDemo("koordinator", "/verifikasi")).Text);

        // The background job (Hangfire runs it in the server; here its work directly): read with OCR, result to the outbox.
        Assert.Equal(1, await PrecheckDelivery.RunDueAsync(bot.Services, default));
        Assert.Equal([false, true], checker.Requests.Select(r => r.AllowOcr));
        await using (var connection = await db.Connections.OpenAsync())
            Assert.Equal((true, true, "done"), await connection.QuerySingleAsync<(bool, bool, string)>(
                "select needs_ocr, ocr, status from evidence_check where evidence_id = @id", new { id = record.Id }));
        var notice = Assert.Single(await OutboxOfAsync(bot, "operator-bappeda", "evidence-check"));
        Assert.StartsWith($"Hasil pemeriksaan awal bukti #{record.Id} \"scan0001.pdf\" (Indikator 1 · Level 3):\n", notice.Text);
        Assert.Contains("isi dokumen mendukung level 1 (dibaca dengan OCR).", notice.Text);
        Assert.Contains("tidak ditemukan blok penetapan/tanda tangan", notice.Text);
        Assert.Contains("📌 ditetapkan: «Ditetapkan di Sukamaju", notice.Text);

        // Once done, a second run finds nothing and tells nobody twice; the coordinator now sees the verdict.
        Assert.Equal(0, await PrecheckDelivery.RunDueAsync(bot.Services, default));
        Assert.Single(await OutboxOfAsync(bot, "operator-bappeda", "evidence-check"));
        Assert.Equal(2, checker.Requests.Count);
        var queue = Assert.Single(await bot.AsDemo("koordinator", "/verifikasi")).Text;
        Assert.Contains("isi dokumen mendukung level 1 (dibaca dengan OCR).", queue);
        Assert.Equal(EvidenceStatus.Pending, Assert.Single(await AllAsync()).Status);

        // The same scan sent again for the same slot is not read again: its verdict is in the receipt at once.
        var again = Assert.Single(await FileAsync(bot, "operator-bappeda", SampleFiles.Pdf("pindaian"), "scan0001-lagi.pdf", "bukti 1 L3"));
        Assert.Contains("isi dokumen mendukung level 1 (dibaca dengan OCR).", again.Text);
        Assert.DoesNotContain(P.Reading, again.Text);
        Assert.Equal(2, checker.Requests.Count);
        var second = (await AllAsync()).Single(e => e.OriginalName == "scan0001-lagi.pdf");
        Assert.Equal(EvidenceCheckStatus.Done, (await bot.Services.Precheck.Store.GetAsync(second.Id))!.Status);
        // Filed for another level it is read afresh.
        Assert.Contains(P.Reading, Assert.Single(await FileAsync(bot, "operator-bappeda", SampleFiles.Pdf("pindaian"), "scan-l2.pdf", "bukti 1 L2")).Text);
        Assert.Equal(3, checker.Requests.Count);
    }

    [Fact]
    public async Task The_background_reading_is_tried_a_bounded_number_of_times_then_the_uploader_is_told_it_is_not_available()
    {
        var checker = new ScriptedChecker((r, _) => r.AllowOcr
            ? Task.FromException<EvidenceCheck>(new IOException("tesseract crashed"))
            : Task.FromResult(ScriptedChecker.Verdict(r, null, needsOcr: true)));
        var bot = await StartAsync(checker);
        await FileAsync(bot, "operator-bappeda", SampleFiles.Pdf("pindaian"), "scan0002.pdf", "bukti 1 L3");
        var record = Assert.Single(await AllAsync());

        var max = bot.Services.Precheck!.Options.MaxAttempts;
        for (var attempt = 1; attempt <= max; attempt++)
        {
            Assert.Equal(attempt == max ? 1 : 0, await PrecheckDelivery.RunDueAsync(bot.Services, default));
            // A failed try waits a minute or more before the next: the test makes it due now.
            await using var connection = await db.Connections.OpenAsync();
            await connection.ExecuteAsync("update evidence_check set not_before = now() where evidence_id = @id", new { id = record.Id });
        }
        Assert.Equal(0, await PrecheckDelivery.RunDueAsync(bot.Services, default));
        Assert.Equal(max, checker.Requests.Count(r => r.AllowOcr));
        var stored = (await bot.Services.Precheck.Store.GetAsync(record.Id))!;
        Assert.Equal((EvidenceCheckStatus.Failed, max), (stored.Status, stored.Attempts));
        Assert.Contains("tesseract crashed", stored.Error);
        var notice = Assert.Single(await OutboxOfAsync(bot, "operator-bappeda", "evidence-check"));
        Assert.EndsWith(P.Unavailable, notice.Text);
        Assert.Equal(EvidenceStatus.Pending, Assert.Single(await AllAsync()).Status);
    }

    [Fact]
    public async Task A_reading_interrupted_by_a_stopping_server_is_queued_again_without_counting_the_try()
    {
        var started = new TaskCompletionSource();
        var checker = new ScriptedChecker(async (r, ct) =>
        {
            if (!r.AllowOcr) return ScriptedChecker.Verdict(r, null, needsOcr: true);
            started.TrySetResult();
            await Task.Delay(Timeout.Infinite, ct);
            throw new InvalidOperationException("not reached");
        });
        var bot = await StartAsync(checker);
        await FileAsync(bot, "operator-bappeda", SampleFiles.Pdf("pindaian"), "scan0003.pdf", "bukti 1 L3");
        var record = Assert.Single(await AllAsync());

        using var stopping = new CancellationTokenSource();
        var run = PrecheckDelivery.RunDueAsync(bot.Services, stopping.Token);
        await started.Task.WaitAsync(TimeSpan.FromMinutes(5));   // only a guard against a hang
        await stopping.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);

        var stored = (await bot.Services.Precheck!.Store.GetAsync(record.Id))!;
        Assert.Equal((EvidenceCheckStatus.Queued, 0), (stored.Status, stored.Attempts));
        Assert.Equal([record.Id], await bot.Services.Precheck.Store.DueAsync(bot.Services.Precheck.Options.StuckAfter));
        Assert.Empty(await OutboxOfAsync(bot, "operator-bappeda", "evidence-check"));
    }

    [Fact]
    public async Task A_text_document_whose_reading_outlasts_the_chats_wait_is_read_in_the_background_and_its_verdict_follows()
    {
        // In the chat's path the reader outlasts the wait (a loaded server, a cold start); in the background it answers.
        var checker = new ScriptedChecker(async (r, ct) =>
        {
            if (r.AllowOcr) return ScriptedChecker.Verdict(r, 3, found: [Domains, Enacted], missing: NextNeeds);
            await Task.Delay(Timeout.Infinite, ct);
            throw new InvalidOperationException("not reached");
        });
        var bot = await StartAsync(checker, PrecheckOptions.Default with { ChatTimeout = TimeSpan.FromMilliseconds(200) });

        var receipt = Assert.Single(await FileAsync(bot, "operator-bappeda", SampleFiles.Pdf("lambat"), "perbup-lambat.pdf", "bukti 1 L3"));
        Assert.Contains("Tanda terima bukti dukung", receipt.Text);
        Assert.EndsWith("\n\n" + P.Later, receipt.Text);
        Assert.DoesNotContain(P.Unavailable, receipt.Text);
        var record = Assert.Single(await AllAsync());
        var queued = (await bot.Services.Precheck!.Store.GetAsync(record.Id))!;
        Assert.Equal((EvidenceCheckStatus.Queued, false), (queued.Status, queued.NeedsOcr));
        Assert.Contains("🔎 Pemeriksaan awal: dokumen sedang dibaca.", Assert.Single(await bot.AsDemo("koordinator", "/verifikasi")).Text);

        // The background reading (the server's job, the terminal chat's sweep): the verdict to the uploader and the queue.
        Assert.Equal(1, await PrecheckDelivery.RunDueAsync(bot.Services, default));
        var notice = Assert.Single(await OutboxOfAsync(bot, "operator-bappeda", "evidence-check"));
        Assert.StartsWith($"Hasil pemeriksaan awal bukti #{record.Id} \"perbup-lambat.pdf\" (Indikator 1 · Level 3):\n", notice.Text);
        Assert.Contains("isi dokumen mendukung level 3.", notice.Text);
        Assert.Contains("isi dokumen mendukung level 3.", Assert.Single(await bot.AsDemo("koordinator", "/verifikasi")).Text);
        Assert.Equal(EvidenceStatus.Pending, Assert.Single(await AllAsync()).Status);
    }

    [Fact]
    public async Task A_failing_or_hanging_checker_leaves_the_filing_done_with_a_short_line()
    {
        var hang = new TaskCompletionSource<EvidenceCheck>();   // never ends, and ignores its token
        var checker = new ScriptedChecker((r, _) => r.FileName.StartsWith("macet", StringComparison.Ordinal)
            ? hang.Task
            : Task.FromException<EvidenceCheck>(new InvalidOperationException("checker bug")));
        var options = PrecheckOptions.Default with { ChatTimeout = TimeSpan.FromMilliseconds(300) };
        var bot = await StartAsync(checker, options);

        var failed = Assert.Single(await FileAsync(bot, "operator-bappeda", SampleFiles.Pdf("a"), "perbup.pdf", "bukti 1 L3"));
        Assert.Contains("Tanda terima bukti dukung", failed.Text);
        Assert.EndsWith("\n\n" + P.Unavailable, failed.Text);

        // The checker never ends (and ignores its token): the receipt comes all the same, through the chat's timeout,
        // and the reading is left to the background (which has its own limit and tries).
        // The wait below only guards against a hang; the proof is the receipt with the checker still unfinished.
        var hung = Assert.Single(await FileAsync(bot, "operator-bkpsdm", SampleFiles.Pdf("b"), "macet.pdf", "bukti 2 L3")
            .WaitAsync(TimeSpan.FromMinutes(5)));
        Assert.False(hang.Task.IsCompleted);
        Assert.EndsWith("\n\n" + P.Later, hung.Text);

        var all = await AllAsync();
        Assert.Equal(2, all.Count);
        Assert.All(all, e => Assert.Equal(EvidenceStatus.Pending, e.Status));
        var checks = await bot.Services.Precheck!.Store.ForEvidenceAsync(all.Select(e => e.Id).ToList());
        Assert.Equal((EvidenceCheckStatus.Failed, EvidenceCheckStatus.Queued),
            (checks[all.Single(e => e.OriginalName == "perbup.pdf").Id].Status, checks[all.Single(e => e.OriginalName == "macet.pdf").Id].Status));
        Assert.Contains("checker bug", checks[all.Single(e => e.OriginalName == "perbup.pdf").Id].Error);

        // The coordinator sees that there is no pre-check, and decides as always.
        var queue = Assert.Single(await bot.AsDemo("koordinator", "/verifikasi"));
        Assert.Contains("🔎 Pemeriksaan awal: tidak tersedia untuk berkas ini.", queue.Text);
        var id = all.Min(e => e.Id);
        await bot.AsDemo("koordinator", $"/setujui {id}");
        Assert.Equal(EvidenceStatus.Approved, (await bot.Services.Evidence.GetAsync(id))!.Status);
    }

    [Fact]
    public async Task Bad_input_keeps_the_filed_document_and_tells_the_person_what_could_not_be_read_in_their_language()
    {
        // The reader's notes are codes; the chat words them in the person's language.
        const string note = "Hanya 40 halaman pertama yang dibaca; halaman 41–500 dilewati. Tidak ada teks yang terbaca (halaman kosong, foto layar, atau gambar terlalu buram).";
        var checker = new ScriptedChecker(r => ScriptedChecker.Verdict(r, null, [EvidenceCheckFlags.Unreadable], pages: 500,
            reading: [new ReadNote(ReadNote.PageCap, 40, 500), new ReadNote(ReadNote.NoText)]));
        var bot = await StartAsync(checker);

        var receipt = Assert.Single(await FileAsync(bot, "operator-bappeda", SampleFiles.Pdf("rusak"), "hasil-scan-500.pdf", "bukti 1 L3"));
        var block = Block(receipt);
        Assert.StartsWith("🔎 Pemeriksaan awal (saran, bukan keputusan): level belum dapat dinilai dari dokumen ini.", block);
        Assert.Contains("⚠️ Catatan: teks dokumen tidak dapat dibaca", block);
        Assert.Contains("ℹ️ " + note, block);

        await bot.AsDemo("operator-bkpsdm", "/bahasa en");
        var zip = SampleFiles.Zip(("notulen.pdf", SampleFiles.Pdf("notulen")));
        var english = Assert.Single(await FileAsync(bot, "operator-bkpsdm", zip, "bukti.zip", "bukti 2 L3"));
        Assert.Contains("the level cannot be judged from this document", english.Text);
        Assert.Contains("ℹ️ Only the first 40 pages were read; pages 41–500 were skipped. No readable text was found", english.Text);
        Assert.DoesNotContain(note, english.Text);

        // Both files are filed, untouched, waiting for the coordinator like any other.
        var all = await AllAsync();
        Assert.Equal(2, all.Count);
        Assert.All(all, e => Assert.Equal(EvidenceStatus.Pending, e.Status));
        Assert.Equal(zip, await File.ReadAllBytesAsync(bot.Services.Intake.Files.PathOf(all.Single(e => e.Kind == "zip").Sha256)));
    }

    [Fact]
    public async Task The_coordinators_queue_shows_level_flags_and_quotes_and_deciding_is_unchanged()
    {
        var checker = new ScriptedChecker(r => ScriptedChecker.Verdict(r, 2, [EvidenceCheckFlags.Draft, EvidenceCheckFlags.OtherInstansi],
            [Domains, Enacted, Review, new("integrasi", "tidak ditampilkan: keempat", 9)], NextNeeds,
            document: ScriptedChecker.NoFacts with { Instansi = "Kabupaten Lain Jaya" }));
        var bot = await StartAsync(checker);
        await FileAsync(bot, "operator-bappeda", SampleFiles.Pdf("x"), "Perbup.pdf", "bukti 1 L3");
        var record = Assert.Single(await AllAsync());

        var queue = Assert.Single(await bot.AsDemo("koordinator", "/verifikasi"));
        Assert.Contains($"#{record.Id}", queue.Text);
        Assert.Contains("isi dokumen mendukung level 2.", queue.Text);
        Assert.Contains("⚠️ Catatan: masih draf/rancangan, belum ditetapkan; menyebut instansi lain (Kabupaten Lain Jaya)", queue.Text);
        Assert.Contains("(hlm. 2)", queue.Text);
        Assert.Contains("(hlm. 5)", queue.Text);
        Assert.Contains("(hlm. 4)", queue.Text);
        Assert.DoesNotContain("keempat", queue.Text);
        Assert.Contains($"/setujui {record.Id}", queue.Buttons.Select(b => b.Payload));

        // Advice only: a flagged upload is approved like any other, and the verdict stays as it was.
        await bot.AsDemo("koordinator", $"/setujui {record.Id}");
        Assert.Equal(EvidenceStatus.Approved, (await bot.Services.Evidence.GetAsync(record.Id))!.Status);
        Assert.Equal(EvidenceCheckStatus.Done, (await bot.Services.Precheck!.Store.GetAsync(record.Id))!.Status);
    }

    [Fact]
    public async Task The_weekly_digest_counts_flagged_uploads_per_opd_in_its_text_and_workbook_and_a_replaced_file_is_checked_again()
    {
        var checker = new ScriptedChecker(r => r.FileName switch
        {
            "draf-lama.pdf" => ScriptedChecker.Verdict(r, 1, [EvidenceCheckFlags.Draft, EvidenceCheckFlags.Stale]),
            "salah.pdf" => ScriptedChecker.Verdict(r, null, [EvidenceCheckFlags.OffTopic], seems: 5),
            _ => ScriptedChecker.Verdict(r, 3, found: [Domains]),
        });
        var bot = await StartAsync(checker);
        await FileAsync(bot, "operator-bappeda", SampleFiles.Pdf("1"), "draf-lama.pdf", "bukti 1 L3");
        await FileAsync(bot, "operator-bappeda", SampleFiles.Pdf("2"), "sop.pdf", "bukti 2 L3");
        await FileAsync(bot, "operator-bkpsdm", SampleFiles.Pdf("3"), "salah.pdf", "bukti 3 L3");
        await FileAsync(bot, "operator-bkpsdm", SampleFiles.Pdf("4"), "draf-lama.pdf", "bukti 4 L3");

        var digest = (await bot.Services.Digests.BuildAsync(bot.Today))!;
        Assert.Equal([("BKPSDM", 2), ("Bappeda", 1)], digest.Flagged.Select(f => (f.Opd, f.Items)));
        Assert.Equal([("draft", 1), ("off-topic", 1), ("stale", 1)], digest.Flagged[0].ByFlag);
        var text = DigestTexts.Message(digest);
        Assert.Contains("Pemeriksaan awal — bukti bertanda per OPD (3 bukti):\n• BKPSDM: 2 (draf 1, salah indikator 1, > 2 tahun 1)\n• Bappeda: 1 (draf 1, > 2 tahun 1)", text);

        using (var workbook = new XLWorkbook(new MemoryStream(DigestWorkbook.Xlsx(digest))))
        {
            var sheet = workbook.Worksheet("Pemeriksaan Awal");
            Assert.Equal(("OPD", "Bukti bertanda"), (sheet.Cell(1, 1).GetString(), sheet.Cell(1, 2).GetString()));
            Assert.Equal(("BKPSDM", 2), (sheet.Cell(2, 1).GetString(), sheet.Cell(2, 2).GetValue<int>()));
            Assert.Equal(("Bappeda", 1), (sheet.Cell(3, 1).GetString(), sheet.Cell(3, 2).GetValue<int>()));
            Assert.Equal(("Jumlah", 3), (sheet.Cell(4, 1).GetString(), sheet.Cell(4, 2).GetValue<int>()));
        }

        // Bappeda replaces its draft with the enacted version: the new file is checked, the old one no longer counts.
        var replaced = Assert.Single(await FileAsync(bot, "operator-bappeda", SampleFiles.Pdf("5"), "perbup-final.pdf", "bukti 1 L3"));
        Assert.Contains("isi dokumen mendukung level 3.", replaced.Text);
        Assert.Contains("menggantikan bukti #", replaced.Text);
        digest = (await bot.Services.Digests.BuildAsync(bot.Today))!;
        Assert.Equal([("BKPSDM", 2)], digest.Flagged.Select(f => (f.Opd, f.Items)));

        // The digest as sent: the coordinator's message carries the count.
        Assert.True(await DigestDelivery.SendWeeklyAsync(bot.Services, bot.Today, default) > 0);
        var sent = await OutboxOfAsync(bot, "koordinator", "digest");
        Assert.Contains(sent, m => m.Text.Contains("• BKPSDM: 2 (draf 1, salah indikator 1, > 2 tahun 1)"));
    }

    [Fact]
    public async Task The_exports_draft_explanation_quotes_the_found_elements_with_pasal_and_page()
    {
        var checker = new ScriptedChecker(r => ScriptedChecker.Verdict(r, 1, found: [Domains, Review, Enacted],
            document: new DocumentFacts("Peraturan Bupati", "12", 2025, new DateOnly(2025, 3, 3), true, false, "Kabupaten Sukamaju")));
        var bot = await StartAsync(checker);
        await FileAsync(bot, "operator-bappeda", SampleFiles.Pdf("perbup"), "Perbup Arsitektur SPBE.pdf", "bukti 1 L1");
        var record = Assert.Single(await AllAsync());
        await bot.AsDemo("koordinator", $"/setujui {record.Id}");

        var work = Directory.CreateTempSubdirectory("spbebot-precheck-export-");
        try
        {
            var env = new Dictionary<string, string?>
            {
                ["SPBEBOT__DATABASE__CONNECTIONSTRING"] = db.ConnectionString,
                ["SPBEBOT__EVIDENCE__ROOT"] = bot.Services.Intake.Options.Root,
            };
            var folder = Path.Combine(work.FullName, "bundel");
            var export = Cli.Run(["evidence", "export", folder], environment: env);
            Assert.True(export.ExitCode == 0, export.Out + export.Err);
            var draft = await File.ReadAllTextAsync(Path.Combine(folder, "Indikator-01", "Penjelasan-Indikator-01.txt"));
            var file = Path.GetFileName(Assert.Single(Directory.GetFiles(Path.Combine(folder, "Indikator-01"), "1.a.*.pdf")));
            Assert.Contains("tercantum dalam Peraturan Bupati Nomor 12 Tahun 2025 tentang", draft);
            Assert.Contains($"pada Pasal 3 halaman 2 ({file}) tentang enam domain arsitektur: «{Domains.Quote}»", draft);
            Assert.Contains($"pada Pasal 10 halaman 4 ({file}) tentang reviu: «{Review.Quote}»", draft);
            // A quote that names no Pasal keeps the Pasal for the assessor, with the page filled in.
            Assert.Contains($"pada pasal «nomor pasal» halaman 5 ({file}) tentang ditetapkan: «{Enacted.Quote}»", draft);
            Assert.DoesNotContain("«nomor halaman»", draft);
            Assert.Contains($"  · enam domain arsitektur: Pasal 3 halaman 2 — «{Domains.Quote}»", draft);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_digest_names_the_five_opds_with_most_flagged_uploads_and_leaves_the_rest_to_the_workbook()
    {
        var flagged = Enumerable.Range(1, 7).Select(i => new Core.Digest.FlaggedOpd($"OPD-{i}", 8 - i, [(EvidenceCheckFlags.Draft, 8 - i)])).ToList();
        var digest = new Core.Digest.WeeklyDigest { Instansi = "Kabupaten Uji", Framework = "spbe-2024", Year = 2026, Today = new(2026, 12, 7), Week = new(2026, 12, 7), Flagged = flagged };
        var text = DigestTexts.Message(digest);
        Assert.Contains("Pemeriksaan awal — bukti bertanda per OPD (28 bukti):\n• OPD-1: 7 (draf 7)", text);
        Assert.Contains("• OPD-5: 3 (draf 3)\n• … dan 2 OPD lain (rincian di XLSX)", text);
        Assert.DoesNotContain("OPD-6", text);
        using var workbook = new XLWorkbook(new MemoryStream(DigestWorkbook.Xlsx(digest)));
        Assert.Equal("OPD-7", workbook.Worksheet("Pemeriksaan Awal").Cell(8, 1).GetString());
    }
}
