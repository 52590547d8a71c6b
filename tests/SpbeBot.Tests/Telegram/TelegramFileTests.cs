using System.Collections.Concurrent;
using System.Security.Cryptography;
using SpbeBot.Dialogs.Common;
using SpbeBot.Tests.Infrastructure;
using Telegram.Bot.Exceptions;

namespace SpbeBot.Tests.Telegram;

/// <summary>
/// Files both ways through the real Telegram.Bot client against the fake Bot API: documents, photos and albums in
/// (getFile, then the download URL Telegram.Bot builds from the custom base URL), documents and photos out.
/// </summary>
public class TelegramFileTests
{
    const long Chat = 4343;

    /// <summary>
    /// Like the evidence dialog: on a file, copies its bytes into a stream of its own and answers with their SHA-256;
    /// anything else gets <paramref name="textReply"/> (or an echo).
    /// </summary>
    static ScriptedHandler Downloading(Reply? textReply = null) => new(async (m, ct) =>
    {
        if (m.File is null) return [textReply ?? Reply.Plain("echo: " + m.Text)];
        using var buffer = new MemoryStream();
        await m.File.CopyToAsync!(buffer, ct);
        return [Reply.Plain("sha256 " + Sha(buffer.ToArray()))];
    });

    static string Sha(byte[] content) => Convert.ToHexString(SHA256.HashData(content));

    static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        Random.Shared.NextBytes(bytes);
        return bytes;
    }

    /// <summary>A file on disk to reply with; deleted when the test is done.</summary>
    sealed class TempFile : IDisposable
    {
        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "spbebot-tg-" + Guid.NewGuid().ToString("N"));
        public byte[] Content { get; } = RandomBytes(70_000);   // several buffers' worth, so nothing is cut short unnoticed

        public TempFile() => File.WriteAllBytes(Path, Content);

        public void Dispose() => File.Delete(Path);
    }

    [Fact]
    public async Task A_document_reaches_the_dialogs_with_its_details_and_exactly_its_bytes()
    {
        var handler = Downloading();
        await using var bot = await TelegramHarness.StartAsync(handler);
        var content = RandomBytes(100_000);
        bot.Api.EnqueueDocument(Chat, "Notulen Rapat SPBE.pdf", "bukti 32 L4", content);

        await Eventually.HoldsAsync(() => bot.Api.Delivered(Chat).Count == 1, "the hash reply");
        Assert.Equal("sha256 " + Sha(content), bot.Api.Delivered(Chat)[0].Text);
        var message = Assert.Single(handler.Received);
        Assert.Equal((IncomingKind.File, "bukti 32 L4"), (message.Kind, message.Text));
        var file = message.File!;
        Assert.Equal(("Notulen Rapat SPBE.pdf", "application/pdf", (long?)content.Length, (string?)null), (file.FileName, file.MimeType, file.Size, file.GroupId));
        Assert.Equal(file.FileId, Assert.Single(bot.Api.CallsTo("getFile")).Params["file_id"]!.ToString());
    }

    [Fact]
    public async Task A_photo_is_downloaded_in_its_largest_size()
    {
        var handler = Downloading();
        await using var bot = await TelegramHarness.StartAsync(handler);
        var content = RandomBytes(30_000);
        bot.Api.EnqueuePhoto(Chat, content, "foto rapat");

        await Eventually.HoldsAsync(() => bot.Api.Delivered(Chat).Count == 1, "the hash reply");
        Assert.Equal("sha256 " + Sha(content), bot.Api.Delivered(Chat)[0].Text);
        var file = Assert.Single(handler.Received).File!;
        Assert.Null(file.FileName);   // Telegram gives photos no name
        Assert.Equal(("image/jpeg", (long?)content.Length), (file.MimeType, file.Size));
        Assert.StartsWith("PHOTO-L-", file.FileId);
    }

    [Fact]
    public async Task An_album_arrives_as_one_file_message_per_photo_sharing_the_group_with_the_caption_on_the_first()
    {
        var handler = Downloading();
        await using var bot = await TelegramHarness.StartAsync(handler);
        var photos = Enumerable.Range(0, 3).Select(_ => RandomBytes(5_000)).ToList();
        bot.Api.EnqueuePhoto(Chat, photos[0], "bukti 11 L4", mediaGroupId: "album-7");
        bot.Api.EnqueuePhoto(Chat, photos[1], mediaGroupId: "album-7");
        bot.Api.EnqueuePhoto(Chat, photos[2], mediaGroupId: "album-7");

        await Eventually.HoldsAsync(() => bot.Api.Delivered(Chat).Count == 3, "three hash replies");
        Assert.Equal(photos.Select(p => "sha256 " + Sha(p)), bot.Api.Delivered(Chat).Select(m => m.Text));
        Assert.All(handler.Received, m => Assert.Equal((IncomingKind.File, "album-7"), (m.Kind, m.File!.GroupId)));
        Assert.Equal(["bukti 11 L4", "", ""], handler.Received.Select(m => m.Text));
    }

    [Fact]
    public async Task A_reply_file_is_sent_as_a_document_after_the_text()
    {
        using var temp = new TempFile();
        var reply = Reply.Plain("Ini rekapnya.") with { File = new ReplyFile(temp.Path, "Rekap Rencana Aksi.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") };
        await using var bot = await TelegramHarness.StartAsync(Downloading(reply));
        bot.Api.EnqueueText(Chat, "/rekap");

        await Eventually.HoldsAsync(() => bot.Api.CallsTo("sendDocument").Count == 1, "the document");
        var calls = bot.Api.Calls.Where(c => c.Method is "sendMessage" or "sendDocument").Select(c => c.Method);
        Assert.Equal(["sendMessage", "sendDocument"], calls);   // the text first, then the file
        var sent = Assert.Single(bot.Api.CallsTo("sendDocument"));
        Assert.Equal((200, (long?)Chat), (sent.Status, sent.ChatId));
        Assert.Null(sent.Params["caption"]);
        var upload = Assert.Single(sent.Files);
        Assert.Equal(("document", "Rekap Rencana Aksi.xlsx"), (upload.Field, upload.FileName));
        Assert.Equal(temp.Content, upload.Content);
        Assert.Empty(bot.Api.CallsTo("sendPhoto"));
    }

    [Fact]
    public async Task An_image_reply_file_is_sent_as_a_photo()
    {
        using var temp = new TempFile();
        var reply = Reply.Plain("Grafik indeks:") with { File = new ReplyFile(temp.Path, "indeks.png", "image/png", IsImage: true) };
        await using var bot = await TelegramHarness.StartAsync(Downloading(reply));
        bot.Api.EnqueueText(Chat, "/grafik");

        await Eventually.HoldsAsync(() => bot.Api.CallsTo("sendPhoto").Count == 1, "the photo");
        var upload = Assert.Single(Assert.Single(bot.Api.CallsTo("sendPhoto")).Files);
        Assert.Equal(("photo", "indeks.png"), (upload.Field, upload.FileName));
        Assert.Equal(temp.Content, upload.Content);
        Assert.Empty(bot.Api.CallsTo("sendDocument"));
    }

    [Fact]
    public async Task A_failed_upload_is_retried_with_the_whole_file_again()
    {
        using var temp = new TempFile();
        var reply = Reply.Plain("Ini berkasnya.") with { File = new ReplyFile(temp.Path, "bukti.pdf", "application/pdf") };
        await using var bot = await TelegramHarness.StartAsync(Downloading(reply), api => api.FailNext("sendDocument", 502));
        bot.Api.EnqueueText(Chat, "/berkas");

        await Eventually.HoldsAsync(() => bot.Api.CallsTo("sendDocument").Any(c => c.Status == 200), "the retried document");
        var calls = bot.Api.CallsTo("sendDocument");
        Assert.Equal([502, 200], calls.Select(c => c.Status));
        // The retry opened the file afresh: a reused stream would have been sent from its end, i.e. empty.
        Assert.Equal(temp.Content, Assert.Single(calls[1].Files).Content);
    }

    [Fact]
    public async Task A_missing_reply_file_sends_only_the_text_and_the_channel_carries_on()
    {
        var missing = Path.Combine(Path.GetTempPath(), "spbebot-tg-missing-" + Guid.NewGuid().ToString("N") + ".pdf");
        var handler = new ScriptedHandler(m => m.Text == "/berkas"
            ? [Reply.Plain("Ini berkasnya.") with { File = new ReplyFile(missing, "hilang.pdf", "application/pdf") }]
            : [Reply.Plain("echo: " + m.Text)]);
        await using var bot = await TelegramHarness.StartAsync(handler);
        bot.Api.EnqueueText(Chat, "/berkas");
        bot.Api.EnqueueText(Chat, "masih hidup?");

        await Eventually.HoldsAsync(() => bot.Api.Delivered(Chat).Count == 2, "the text and the next answer");
        Assert.Equal(["Ini berkasnya.", "echo: masih hidup?"], bot.Api.Delivered(Chat).Select(m => m.Text));
        Assert.Empty(bot.Api.CallsTo("sendDocument"));
        Assert.Empty(bot.Api.CallsTo("sendPhoto"));
        Assert.Contains(bot.Logs.Lines, l => l.StartsWith("Warning") && l.Contains(ServerLogTexts.FileToSendMissing.Template(MachineLocale.English)));
        Assert.DoesNotContain(bot.Logs.Lines, l => l.StartsWith("Error"));
    }

    [Fact]
    public async Task A_file_telegram_will_not_hand_out_takes_the_dialogs_error_path_and_the_user_gets_the_polite_text()
    {
        var failures = new ConcurrentQueue<Exception>();
        var handler = new ScriptedHandler(async (m, ct) =>
        {
            try
            {
                await m.File!.CopyToAsync!(Stream.Null, ct);
            }
            catch (Exception e)
            {
                failures.Enqueue(e);
                throw;   // as the dialogs would, had they no message of their own for it
            }
            return [Reply.Plain("unexpected")];
        });
        await using var bot = await TelegramHarness.StartAsync(handler);
        bot.Api.EnqueueDocument(Chat, "hilang.pdf", "bukti 32 L4");   // no content: the fake does not know its file_id

        await Eventually.HoldsAsync(() => bot.Api.Delivered(Chat).Count == 1, "the polite error");
        Assert.Equal(ChatTexts.SomethingWentWrong("id"), bot.Api.Delivered(Chat)[0].Text);
        Assert.Equal(400, Assert.Single(bot.Api.CallsTo("getFile")).Status);
        // The Bot API's refusal reaches the dialogs as it is, so they can tell "too big" and the like apart.
        var failure = Assert.IsType<ApiRequestException>(Assert.Single(failures));
        Assert.Equal((400, "Bad Request: invalid file_id"), (failure.ErrorCode, failure.Message));
        Assert.Contains(bot.Logs.Lines, l => l.StartsWith("Error") && l.Contains(MachineLocale.English ? "The dialog failed for a File message" : "Dialog gagal untuk pesan File"));
    }
}
