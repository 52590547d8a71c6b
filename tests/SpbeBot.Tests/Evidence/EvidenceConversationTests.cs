using System.Security.Cryptography;
using Dapper;
using SpbeBot.Core.Evidence;
using SpbeBot.Core.Messaging;
using SpbeBot.Dialogs.Common;
using SpbeBot.Dialogs.Conversation;
using SpbeBot.Dialogs.Evidence;
using SpbeBot.Tests.Conversation;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Evidence;

/// <summary>Evidence through the conversation: upload, filing dialog, verification, checklist, and every refusal.</summary>
[Trait("Kind", "Slow")]
public class EvidenceConversationTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    static readonly EvidenceTexts E = EvidenceTexts.Id;

    async Task<ConversationDriver> StartAsync()
    {
        await db.ResetAsync();
        var driver = new ConversationDriver(db.Connections);
        await driver.LoadDemoAsync();
        return driver;
    }

    Task<IReadOnlyList<EvidenceRecord>> AllAsync(bool withHistory = false) =>
        new EvidenceStore(db.Connections).ListAsync(new EvidenceFilter { IncludeSuperseded = withHistory, Limit = 10_000 });

    static string Sha(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    static IEnumerable<string> Payloads(IReadOnlyList<Reply> replies) => replies.SelectMany(r => r.Buttons).Select(b => b.Payload);

    [Fact]
    public async Task Operator_uploads_32_L4_coordinator_approves_and_checklist_answer_and_actions_show_it()
    {
        var bot = await StartAsync();
        var pdf = SampleFiles.Pdf("Integrasi SIPD");
        var item32 = (await bot.ItemsOfAsync("Bappeda")).Single(i => i.Indicator == 32);

        var receipt = Assert.Single(await bot.DemoFile("operator-bappeda", pdf, "Integrasi SIPD.pdf", "bukti 32 L4"));
        Assert.Contains("Indikator 32 · Level 4 · butir 1", receipt.Text);
        Assert.Contains(Sha(pdf), receipt.Text);
        Assert.Contains($"#{item32.Id}", receipt.Text);
        Assert.Contains(E.StatusName(EvidenceStatus.Pending), receipt.Text);
        var stored = Assert.Single(await AllAsync());
        Assert.Equal((32, 4, 1, item32.Id, EvidenceStatus.Pending), (stored.Indicator, stored.Level, stored.Item, stored.PlanItemId!.Value, stored.Status));
        Assert.Equal("Bappeda", stored.OpdName);
        Assert.Equal(pdf, await File.ReadAllBytesAsync(bot.Services.Intake.Files.PathOf(stored.Sha256)));

        var before = (await bot.AsDemo("operator-bappeda", "/bukti 32 4"))[0].Text;
        Assert.Contains("0 dari 1 bukti sudah disetujui, 1 menunggu verifikasi", before);

        var queue = Assert.Single(await bot.AsDemo("koordinator", "/verifikasi"));
        Assert.Contains($"#{stored.Id}", queue.Text);
        Assert.Contains("Budi Santoso (Bappeda)", queue.Text);
        Assert.Contains($"/setujui {stored.Id}", Payloads([queue]));
        var approved = await bot.AsDemo("koordinator", $"/setujui {stored.Id}");
        Assert.Equal(E.Approved(stored with { Status = EvidenceStatus.Approved }), approved[0].Text);
        Assert.Equal(E.QueueEmpty, approved[1].Text);

        // The uploader is told (through the outbox), and the decision is audited.
        var budi = (await bot.People.FindByChatAsync("demo", "operator-bappeda"))!;
        var notice = Assert.Single(await new Outbox(db.Connections).ListForAsync(budi.Id));
        Assert.Contains("telah disetujui oleh Rina Kartika", notice.Message.Text);
        await using (var connection = await db.Connections.OpenAsync())
            Assert.Equal(["upload", "approve"], (await connection.QueryAsync<string>(
                "select action from audit_log where entity = 'evidence' and entity_id = @id order by id", new { id = stored.Id.ToString() })).ToList());

        Assert.Contains("1 dari 1 bukti sudah disetujui", (await bot.AsDemo("operator-bappeda", "/bukti 32 4"))[0].Text);
        var answer = await bot.AsDemo("operator-bappeda", "apa yang dibutuhkan untuk level 4 indikator 32?");
        Assert.Contains("Level 4: 1 dari 1 bukti sudah disetujui", answer[0].Text);
        Assert.Contains("/bukti 32 4", Payloads(answer));
        var detail = (await bot.AsDemo("operator-bappeda", $"/item {item32.Id}"))[0].Text;
        Assert.Contains($"Level {item32.TargetLevel ?? 1}:", detail);
    }

    [Fact]
    public async Task Without_a_caption_the_dialog_asks_indicator_level_and_item_and_files_every_file_sent_meanwhile()
    {
        var bot = await StartAsync();
        var first = Assert.Single(await bot.DemoFile("operator-bappeda", SampleFiles.Pdf("satu"), "notulen.pdf"));
        Assert.Contains(E.AskIndicator, first.Text);
        Assert.Contains("/berkas ind 32", Payloads([first]));
        Assert.Equal(EvidenceStatus.Draft, Assert.Single(await AllAsync()).Status);

        var second = Assert.Single(await bot.DemoFile("operator-bappeda", SampleFiles.Png(), null));
        Assert.StartsWith("Berkas ke-2", second.Text);

        var level = Assert.Single(await bot.AsDemo("operator-bappeda", "11"));
        Assert.Contains("/berkas lvl 4", Payloads([level]));
        var item = Assert.Single(await bot.AsDemo("operator-bappeda", "/berkas lvl 4"));
        Assert.Contains("/berkas butir 2", Payloads([item]));
        Assert.Contains("/berkas butir 0", Payloads([item]));
        Assert.Contains(E.NotAnAnswer, Assert.Single(await bot.AsDemo("operator-bappeda", "yang kemarin")).Text);
        var receipts = await bot.AsDemo("operator-bappeda", "2");

        Assert.Equal(2, receipts.Count);
        Assert.All(receipts, r => Assert.Contains("Indikator 11 · Level 4 · butir 2", r.Text));
        var filed = await AllAsync();
        Assert.Equal(2, filed.Count);
        Assert.All(filed, f => Assert.Equal((11, 4, 2, EvidenceStatus.Pending), (f.Indicator!.Value, f.Level!.Value, f.Item!.Value, f.Status)));
        Assert.EndsWith(".png", filed.Single(f => f.Kind == "png").OriginalName);
    }

    [Fact]
    public async Task A_caption_names_the_item_by_words_and_an_album_is_filed_together_by_its_first_caption()
    {
        var bot = await StartAsync();
        var notulen = Assert.Single(await bot.DemoFile("operator-bappeda", SampleFiles.Pdf("notulen"), "notulen.pdf", "ind 11 lvl 4 notulen reviu"));
        Assert.Contains("Indikator 11 · Level 4 · butir 2", notulen.Text);

        await bot.DemoFile("koordinator", SampleFiles.Pdf("a1"), "a1.pdf", "bukti 11 L4 butir 1", group: "777");
        await bot.DemoFile("koordinator", SampleFiles.Pdf("a2"), "a2.pdf", group: "777");
        await bot.DemoFile("koordinator", SampleFiles.Pdf("a3"), "a3.pdf", group: "777");
        var album = (await AllAsync()).Where(e => e.OriginalName.StartsWith('a')).ToList();
        Assert.Equal(3, album.Count);
        Assert.All(album, e => Assert.Equal((11, 4, 1, EvidenceStatus.Pending), (e.Indicator!.Value, e.Level!.Value, e.Item!.Value, e.Status)));
    }

    [Fact]
    public async Task Bad_files_and_bad_captions_get_a_clear_message_and_store_nothing()
    {
        var bot = await StartAsync();
        var max = bot.Services.Intake.Options.MaxBytes;
        var filesBefore = bot.Services.Intake.Files.Usage();
        var cases = new (string Who, byte[] Content, string Name, string Caption, long? Announced, string Expected)[]
        {
            ("operator-bappeda", SampleFiles.Pdf(), "besar.pdf", "bukti 32 L4", max + 1, E.Problem(FileProblem.TooLarge, max)),
            ("operator-bappeda", SampleFiles.Exe(), "laporan.pdf", "bukti 32 L4", -1, E.Problem(FileProblem.NotAllowed, max)),
            ("operator-bappeda", SampleFiles.Png(), "laporan.pdf", "bukti 32 L4", -1, E.Problem(FileProblem.Disguised, max)),
            ("operator-bappeda", SampleFiles.Pdf()[..^8], "potong.pdf", "bukti 32 L4", -1, E.Problem(FileProblem.CorruptPdf, max)),
            ("operator-bappeda", [], "kosong.pdf", "bukti 32 L4", -1, E.Problem(FileProblem.Empty, max)),
            ("operator-bappeda", [], "kosong-tanpa-ukuran.pdf", "bukti 32 L4", null, E.Problem(FileProblem.Empty, max)),
            ("operator-bappeda", SampleFiles.ZipBomb(), "arsip.zip", "bukti 32 L4", -1, E.Problem(FileProblem.ZipBomb, max)),
            // Polyglots and protected files (outside review, issue 18: F5, F6, F7).
            ("operator-bappeda", SampleFiles.PdfFollowedByZip(), "laporan.pdf", "bukti 32 L4", -1, E.Problem(FileProblem.CorruptPdf, max)),
            ("operator-bappeda", SampleFiles.HtmlWithPdf(), "laporan.pdf", "bukti 32 L4", -1, E.Problem(FileProblem.NotAllowed, max)),
            ("operator-bappeda", SampleFiles.EncryptedPdf(), "SK Bupati.pdf", "bukti 32 L4", -1, E.Problem(FileProblem.Encrypted, max)),
            ("operator-bappeda", SampleFiles.Zip(("../../x", SampleFiles.Pdf())), "arsip.zip", "bukti 32 L4", -1, E.Problem(FileProblem.UnsafeEntryName, max)),
            ("operator-bappeda", SampleFiles.Zip(("/etc/x", SampleFiles.Pdf())), "arsip.zip", "bukti 32 L4", -1, E.Problem(FileProblem.UnsafeEntryName, max)),
            ("operator-bappeda", SampleFiles.Pdf(), "x.pdf", "bukti 99 L4", -1, E.UnknownIndicator(99, 47)),
            ("operator-bappeda", SampleFiles.Pdf(), "x.pdf", "bukti 32 L7", -1, E.InvalidLevel(7)),
            ("operator-bappeda", SampleFiles.Pdf(), "x.pdf", "bukti 32 L4 butir 5", -1, E.InvalidItem(5, 1)),
            ("operator-bappeda", SampleFiles.Pdf(), "x.pdf", "bukti 32 L4 opd BKPSDM", -1, E.OtherOpd("BKPSDM")),
            ("koordinator", SampleFiles.Pdf(), "x.pdf", "bukti 32 L4 opd Dinas Antah Berantah", -1, E.UnknownOpd("Dinas Antah Berantah")),
            ("tim-koordinasi", SampleFiles.Pdf(), "x.pdf", "bukti 32 L4", -1, E.UploadNotAllowed),
        };
        foreach (var c in cases)
        {
            var reply = Assert.Single(await bot.SendFile("demo", c.Who, c.Content, c.Name, c.Caption, announcedSize: c.Announced));
            Assert.True(c.Expected == reply.Text, $"{c.Name} \"{c.Caption}\": {reply.Text}");
        }
        // A stranger's file is not even looked at.
        Assert.Equal(ConversationTexts.Id.OnboardingHelp, Assert.Single(await bot.SendFile("telegram", "4242", SampleFiles.Pdf(), "x.pdf", "bukti 32 L4")).Text);

        Assert.Empty(await AllAsync(withHistory: true));
        Assert.Equal(filesBefore, bot.Services.Intake.Files.Usage());
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(bot.Services.Intake.Files.Root, "tmp")));
    }

    [Fact]
    public async Task A_rejection_asks_for_a_note_tells_the_uploader_and_a_corrected_upload_supersedes_it_keeping_history()
    {
        var bot = await StartAsync();
        await bot.DemoFile("operator-bappeda", SampleFiles.Pdf("buram"), "scan.pdf", "bukti 32 L4");
        var first = Assert.Single(await AllAsync());
        Assert.Equal(E.TypeRejectNote, Assert.Single(await bot.AsDemo("koordinator", $"/tolak {first.Id}")).Text);
        var rejected = await bot.AsDemo("koordinator", "Hasil pindai buram, mohon unggah ulang");
        Assert.Equal(E.Rejected(first), rejected[0].Text);
        var budi = (await bot.People.FindByChatAsync("demo", "operator-bappeda"))!;
        Assert.Contains("Hasil pindai buram", Assert.Single(await new Outbox(db.Connections).ListForAsync(budi.Id)).Message.Text);
        Assert.Contains("ditolak", (await bot.AsDemo("operator-bappeda", "/bukti 32 4"))[0].Text);

        await bot.DemoFile("operator-bappeda", SampleFiles.Pdf("jelas"), "scan-ulang.pdf", "bukti 32 L4");
        var history = await AllAsync(withHistory: true);
        var old = history.Single(e => e.Id == first.Id);
        var fresh = history.Single(e => e.Id != first.Id);
        Assert.Equal(EvidenceStatus.Superseded, old.Status);
        Assert.Equal(fresh.Id, old.SupersededBy);
        Assert.Equal("Hasil pindai buram, mohon unggah ulang", old.ReviewNote);
        Assert.Equal(EvidenceStatus.Pending, fresh.Status);
    }

    [Fact]
    public async Task Approving_a_newer_file_supersedes_the_older_approved_one_and_a_second_decision_changes_nothing()
    {
        var bot = await StartAsync();
        await bot.DemoFile("operator-bappeda", SampleFiles.Pdf("v1"), "v1.pdf", "bukti 32 L4");
        var v1 = Assert.Single(await AllAsync());
        await bot.AsDemo("koordinator", $"/setujui {v1.Id}");
        Assert.Equal(E.AlreadyDecided(v1 with { Status = EvidenceStatus.Approved }), Assert.Single(await bot.AsDemo("koordinator", $"/setujui {v1.Id}")).Text);
        Assert.Equal(ConversationTexts.Id.NotAllowed, Assert.Single(await bot.AsDemo("operator-bappeda", $"/setujui {v1.Id}")).Text);

        await bot.DemoFile("operator-bappeda", SampleFiles.Pdf("v2"), "v2.pdf", "bukti 32 L4");
        var v2 = (await AllAsync()).Single(e => e.Id != v1.Id);
        Assert.Equal(EvidenceStatus.Approved, (await AllAsync()).Single(e => e.Id == v1.Id).Status);
        await bot.AsDemo("koordinator", $"/setujui {v2.Id}");
        var history = await AllAsync(withHistory: true);
        Assert.Equal(EvidenceStatus.Superseded, history.Single(e => e.Id == v1.Id).Status);
        Assert.Equal(EvidenceStatus.Approved, history.Single(e => e.Id == v2.Id).Status);
    }

    [Fact]
    public async Task The_same_content_is_stored_once_and_linked_twice_and_cancel_drops_unfiled_drafts()
    {
        var bot = await StartAsync();
        var pdf = SampleFiles.Pdf("sama");
        await bot.DemoFile("operator-bappeda", pdf, "a.pdf", "bukti 32 L4");
        var files = bot.Services.Intake.Files.Usage();
        var again = Assert.Single(await bot.DemoFile("koordinator", pdf, "b.pdf", "bukti 11 L2"));
        Assert.Contains("disimpan sekali", again.Text);
        Assert.Equal(files, bot.Services.Intake.Files.Usage());
        Assert.Equal(2, (await AllAsync()).Count(e => e.Sha256 == Sha(pdf)));

        await bot.DemoFile("operator-bappeda", SampleFiles.Pdf("batal"), "batal.pdf");
        Assert.Equal(E.DraftsDiscarded(1), Assert.Single(await bot.AsDemo("operator-bappeda", "/batal")).Text);
        Assert.DoesNotContain(await AllAsync(), e => e.OriginalName == "batal.pdf");
    }

    [Fact]
    public async Task Moving_on_keeps_drafts_and_berkas_resumes_filing_them()
    {
        var bot = await StartAsync();
        await bot.DemoFile("operator-bappeda", SampleFiles.Pdf("nanti"), "nanti.pdf");
        var moved = await bot.AsDemo("operator-bappeda", "/aksi");
        Assert.Equal(E.DraftsKept, moved[0].Text);
        Assert.Contains(E.AskIndicator, Assert.Single(await bot.AsDemo("operator-bappeda", "/berkas")).Text);
        await bot.AsDemo("operator-bappeda", "32");
        var receipt = Assert.Single(await bot.AsDemo("operator-bappeda", "/berkas lvl 4"));
        Assert.Contains("Indikator 32 · Level 4 · butir 1", receipt.Text);
    }

    [Fact]
    public async Task A_coordinator_can_open_the_stored_file_and_an_operator_only_their_own_opds()
    {
        var bot = await StartAsync();
        var pdf = SampleFiles.Pdf("lihat");
        await bot.DemoFile("operator-bappeda", pdf, "lihat.pdf", "bukti 32 L4");
        var e = Assert.Single(await AllAsync());
        var view = Assert.Single(await bot.AsDemo("koordinator", $"/lihatberkas {e.Id}"));
        Assert.Equal(pdf, await File.ReadAllBytesAsync(view.File!.Path));
        Assert.Equal("lihat.pdf", view.File.FileName);
        Assert.NotNull(Assert.Single(await bot.AsDemo("operator-bappeda", $"/lihatberkas {e.Id}")).File);
        Assert.Equal(ConversationTexts.Id.NotAllowed, Assert.Single(await bot.AsDemo("operator-bkpsdm", $"/lihatberkas {e.Id}")).Text);
        Assert.Equal(ConversationTexts.Id.NotFound, Assert.Single(await bot.AsDemo("koordinator", "/lihatberkas 99999")).Text);
    }
}
