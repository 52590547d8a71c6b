using SpbeBot.Core.Audit;
using SpbeBot.Core.Demo;
using SpbeBot.Core.Evidence;
using SpbeBot.Core.People;
using SpbeBot.Dialogs.Evidence;
using SpbeBot.Tests.Infrastructure;
using SpbeBot.Tests.Telegram;

namespace SpbeBot.Tests.Evidence;

/// <summary>Evidence through the real server and the real Telegram.Bot client against the fake Bot API.</summary>
[Trait("Kind", "Slow")]
public class EvidenceTelegramTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    const long Budi = 7001, Rina = 7002;
    static readonly EvidenceTexts E = EvidenceTexts.Id;

    async Task<TelegramHarness> StartAsync()
    {
        await db.ResetAsync();
        await DemoData.EnsureAsync(db.Connections, TimeZones.Today(TimeZones.Wib, TimeProvider.System));
        var people = new PersonStore(db.Connections);
        var all = await people.ListAsync();
        await people.LinkChatAsync(all.Single(p => p.Name == "Budi Santoso").Id, new ChatIdentity("telegram", Budi.ToString()), new Actor("test"));
        await people.LinkChatAsync(all.Single(p => p.Name == "Rina Kartika").Id, new ChatIdentity("telegram", Rina.ToString()), new Actor("test"));
        return await TelegramHarness.StartAsync(databaseConnectionString: db.ConnectionString);
    }

    Task<IReadOnlyList<EvidenceRecord>> AllAsync() => new EvidenceStore(db.Connections).ListAsync(new EvidenceFilter { Limit = 1000 });

    [Fact]
    public async Task A_document_for_32_L4_is_filed_approved_the_uploader_told_and_the_coordinator_can_fetch_it()
    {
        await using var bot = await StartAsync();
        var pdf = SampleFiles.Pdf("lewat telegram");
        bot.Api.EnqueueDocument(Budi, "Integrasi SIPD.pdf", "bukti 32 L4", pdf);
        await Eventually.HoldsAsync(() => bot.Api.Delivered(Budi).Count >= 1, "the receipt");
        Assert.Contains("Indikator 32 · Level 4 · butir 1", bot.Api.Delivered(Budi)[0].Text);
        var stored = Assert.Single(await AllAsync());
        Assert.Equal("Integrasi SIPD.pdf", stored.OriginalName);
        Assert.Equal("telegram", stored.Channel);

        bot.Api.EnqueueText(Rina, "/verifikasi");
        await Eventually.HoldsAsync(() => bot.Api.Delivered(Rina).Count >= 1, "the queue");
        var buttons = bot.Api.Delivered(Rina)[0].Keyboard.SelectMany(r => r).ToList();
        bot.Api.EnqueueButton(Rina, buttons.Single(b => b.Label == E.ViewFile).Data);
        await Eventually.HoldsAsync(() => bot.Api.CallsTo("sendDocument").Count >= 1, "the file");
        var sent = Assert.Single(Assert.Single(bot.Api.CallsTo("sendDocument")).Files);
        Assert.Equal("Integrasi SIPD.pdf", sent.FileName);
        Assert.Equal(pdf, sent.Content);

        bot.Api.EnqueueButton(Rina, buttons.Single(b => b.Label == E.Approve).Data);
        // The uploader's notice goes out through the outbox, in Budi's private chat.
        await Eventually.HoldsAsync(() => bot.Api.Delivered(Budi).Any(m => m.Text!.Contains("telah disetujui oleh Rina Kartika")), "the notice", TimeSpan.FromSeconds(15));
        Assert.Equal(EvidenceStatus.Approved, Assert.Single(await AllAsync()).Status);
    }

    [Fact]
    public async Task A_photo_album_is_filed_together_and_oversized_or_undownloadable_files_are_refused_without_storing()
    {
        await using var bot = await StartAsync();
        bot.Api.EnqueuePhoto(Budi, SampleFiles.Png(), "bukti 11 L4 butir 1", mediaGroupId: "album-1");
        bot.Api.EnqueuePhoto(Budi, [.. SampleFiles.Png(), 0], mediaGroupId: "album-1");
        await Eventually.HoldsAsync(() => bot.Api.Delivered(Budi).Count >= 2, "two receipts");
        var album = await AllAsync();
        // Seen once under a load of 40 on 2 cores (2 replies, 0 rows): say what the bot answered if it happens again.
        Assert.True(album.Count == 2, $"{album.Count} stored; the bot answered: {string.Join(" | ", bot.Api.Delivered(Budi).Select(m => m.Text))}");
        Assert.All(album, e => Assert.Equal((11, 4, 1, "png"), (e.Indicator!.Value, e.Level!.Value, e.Item!.Value, e.Kind)));

        var getFiles = bot.Api.CallsTo("getFile").Count;
        bot.Api.EnqueueDocument(Budi, "besar.pdf", "bukti 32 L4", announcedSize: 25L * 1024 * 1024);
        // Found by its text, not its position: the pictures' pre-check results (read by OCR in the background) arrive
        // through the outbox whenever their job ends.
        var tooLarge = E.Problem(FileProblem.TooLarge, EvidenceOptions.DefaultMaxBytes);
        await Eventually.HoldsAsync(() => bot.Api.Delivered(Budi).Any(m => m.Text == tooLarge), "the size refusal");
        Assert.Equal(getFiles, bot.Api.CallsTo("getFile").Count);   // refused before downloading anything

        bot.Api.EnqueueDocument(Budi, "hilang.pdf", "bukti 32 L4");   // a file id the Bot API does not know
        await Eventually.HoldsAsync(() => bot.Api.Delivered(Budi).Any(m => m.Text == E.DownloadFailed), "the download refusal");
        Assert.Equal(2, (await AllAsync()).Count);
    }
}
