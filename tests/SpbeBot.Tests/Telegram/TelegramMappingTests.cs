using System.Text;
using SpbeBot.Dialogs.Cli;
using SpbeBot.Dialogs.Common;
using SpbeBot.Host.Channels.Telegram;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace SpbeBot.Tests.Telegram;

/// <summary>The adapter's pure parts: mapping updates, rendering replies, button payloads, repeats, settings.</summary>
public class TelegramMappingTests
{
    static Message Message(Action<Message> fill)
    {
        var message = new Message { Id = 1, Date = DateTime.UtcNow, Chat = new Chat { Id = 42, Type = ChatType.Private }, From = new User { Id = 7, FirstName = "Siti", LastName = "Aminah", LanguageCode = "id" } };
        fill(message);
        return message;
    }

    [Theory]
    [InlineData("/start", "SpbeBot", "/start")]
    [InlineData("/start@SpbeBot", "SpbeBot", "/start")]
    [InlineData("/tanya@spbebot level 4 indikator 32", "SpbeBot", "/tanya level 4 indikator 32")]
    [InlineData("/start@OtherBot", "SpbeBot", null)]
    [InlineData("/start@AnyBot abc", null, "/start abc")]
    public void Commands_lose_the_bot_name(string text, string? botUsername, string? expected) =>
        Assert.Equal(expected, UpdateMapper.Command(text, botUsername));

    [Fact]
    public void Text_and_commands_map_to_their_kinds()
    {
        var text = UpdateMapper.FromMessage(Message(m => m.Text = "bobot indikator 43"), "SpbeBot")!;
        Assert.Equal((IncomingKind.Text, "bobot indikator 43", "42", "7", "Siti Aminah", "id"), (text.Kind, text.Text, text.ChatId, text.UserId, text.UserDisplayName, text.LanguageCode));
        Assert.Equal("telegram", text.Channel);
        var command = UpdateMapper.FromMessage(Message(m => m.Text = "/bantuan@SpbeBot"), "SpbeBot")!;
        Assert.Equal((IncomingKind.Command, "/bantuan"), (command.Kind, command.Text));
    }

    [Fact]
    public void A_photo_maps_to_its_largest_size_with_the_caption()
    {
        var photo = UpdateMapper.FromMessage(Message(m =>
        {
            m.Caption = "foto rapat";
            m.Photo = [new PhotoSize { FileId = "small", Width = 90, Height = 60 }, new PhotoSize { FileId = "large", Width = 1280, Height = 853, FileSize = 200_000 }, new PhotoSize { FileId = "mid", Width = 320, Height = 213 }];
        }), null)!;
        Assert.Equal((IncomingKind.File, "foto rapat", "large", 200_000L), (photo.Kind, photo.Text, photo.File!.FileId, photo.File.Size));
    }

    [Fact]
    public void A_document_maps_to_a_file()
    {
        var doc = UpdateMapper.FromMessage(Message(m => m.Document = new Document { FileId = "D1", FileName = "1.a.Pergub-1-2020.pdf", MimeType = "application/pdf", FileSize = 5 }), null)!;
        Assert.Equal((IncomingKind.File, "", "1.a.Pergub-1-2020.pdf", "application/pdf"), (doc.Kind, doc.Text, doc.File!.FileName, doc.File.MimeType));
    }

    [Fact]
    public void A_document_keeps_its_name_type_size_caption_and_album()
    {
        var doc = UpdateMapper.FromMessage(Message(m =>
        {
            m.Caption = "bukti 32 L4";
            m.MediaGroupId = "g1";
            m.Document = new Document { FileId = "D2", FileName = "Notulen.pdf", MimeType = "application/pdf", FileSize = 123_456 };
        }), null)!;
        Assert.Equal((IncomingKind.File, "bukti 32 L4"), (doc.Kind, doc.Text));
        Assert.Equal(new IncomingFile("D2", "Notulen.pdf", "application/pdf", 123_456, "g1"), doc.File);
        Assert.Null(doc.File!.CopyToAsync);   // the processor adds the download; the mapper has no client
    }

    [Fact]
    public void A_photo_has_no_name_a_jpeg_type_and_no_album_unless_sent_in_one()
    {
        var photo = UpdateMapper.FromMessage(Message(m => m.Photo = [new PhotoSize { FileId = "P", Width = 800, Height = 600 }]), null)!;
        Assert.Equal(new IncomingFile("P", null, "image/jpeg", null, null), photo.File);
        Assert.Equal("", photo.Text);
    }

    [Fact]
    public void An_album_maps_to_files_sharing_the_group_with_the_caption_on_the_first_only()
    {
        // Telegram delivers an album as separate messages with one media_group_id; only the first has the caption.
        var album = new[] { "foto rapat", null, null }.Select((caption, i) => UpdateMapper.FromMessage(Message(m =>
        {
            m.Caption = caption;
            m.MediaGroupId = "album-9";
            m.Photo = [new PhotoSize { FileId = "P" + i, Width = 1280, Height = 960, FileSize = 1000 + i }];
        }), null)!).ToList();
        Assert.All(album, m => Assert.Equal((IncomingKind.File, "album-9", "image/jpeg"), (m.Kind, m.File!.GroupId, m.File.MimeType)));
        Assert.Equal(["foto rapat", "", ""], album.Select(m => m.Text));
        Assert.Equal(["P0", "P1", "P2"], album.Select(m => m.File!.FileId));
        Assert.Equal([1000L, 1001L, 1002L], album.Select(m => m.File!.Size!.Value));
    }

    [Fact]
    public void Stickers_map_to_nothing()
    {
        Assert.Null(UpdateMapper.FromMessage(Message(m => m.Sticker = new Sticker { FileId = "S" }), null));
    }

    [Fact]
    public void Long_payloads_get_short_keys_that_resolve_and_expire()
    {
        var payloads = new CallbackPayloads(capacity: 2);
        Assert.Equal("indikator 32 level 4", payloads.ToCallbackData("indikator 32 level 4"));
        var longs = Enumerable.Range(1, 3).Select(i => new string('é', 40) + i).ToList();   // 81 bytes each
        var keys = longs.Select(payloads.ToCallbackData).ToList();
        Assert.All(keys, k => Assert.InRange(Encoding.UTF8.GetByteCount(k), 3, 64));
        Assert.Equal(keys[2], payloads.ToCallbackData(longs[2]));    // the same payload keeps its key
        Assert.False(payloads.TryResolve(keys[0], out _));           // the oldest was forgotten
        Assert.True(payloads.TryResolve(keys[2], out var payload));
        Assert.Equal(longs[2], payload);
        Assert.StartsWith("p:", payloads.ToCallbackData("p:looks-like-a-key"));
    }

    [Fact]
    public async Task The_memory_inbox_recognises_repeats_and_keeps_unreadable_updates_as_failed()
    {
        var inbox = new SpbeBot.Core.Messaging.Inbox.MemoryInbox(remember: 2);
        static SpbeBot.Core.Messaging.Inbox.InboundUpdate Update(int id, string? failed = null) =>
            new("telegram", id.ToString(), failed is null ? "telegram:1" : null, id, [], failed);
        Assert.True(await inbox.AddAsync(Update(1), default));
        Assert.False(await inbox.AddAsync(Update(1), default));
        Assert.True(await inbox.AddAsync(Update(2, "unreadable: JsonException"), default));
        Assert.Equal("unreadable: JsonException", Assert.Single(inbox.Failed).Reason);
        Assert.True(await inbox.AddAsync(Update(3), default));
        var first = await inbox.ClaimAsync("a", ["telegram"], default);
        Assert.Equal("1", first!.ExternalId);
        Assert.Null(await inbox.ClaimAsync("b", ["telegram"], default));   // one worker per conversation
        Assert.Equal("3", (await inbox.CompleteAsync(first, "a", null, more: true, default))!.ExternalId);
        Assert.True(await inbox.AddAsync(Update(1), default));   // fell out of the bounded memory (the database keeps days)
    }

    [Fact]
    public void Rendering_keeps_buttons_under_the_last_message_and_skips_empty_parts()
    {
        var reply = new Reply("Pertama", [new("A", "a"), new("B", "b"), new("C", "c")], ["", "Kedua"]);
        var messages = ReplyRenderer.Render(reply, new CallbackPayloads());
        Assert.Equal(["Pertama", "Kedua"], messages.Select(m => m.Text));
        Assert.Null(messages[0].Keyboard);
        Assert.Equal([2, 1], messages[1].Keyboard!.InlineKeyboard.Select(row => row.Count()));

        var onlyButtons = ReplyRenderer.Render(new Reply("", [new("A", "a")], []), new CallbackPayloads());
        Assert.Equal(ChatTexts.ChooseOne, Assert.Single(onlyButtons).Text);
        Assert.Empty(ReplyRenderer.Render(new Reply(" ", [], []), new CallbackPayloads()));
    }

    [Fact]
    public void Webhook_mode_needs_an_address_and_a_well_formed_secret()
    {
        var settings = new TelegramOptions { Token = "123:abc", Mode = "Webhook" };
        Assert.Equal([TelegramSettingProblem.WebhookUrlMissing, TelegramSettingProblem.WebhookSecretInvalid], settings.Problems());
        settings.WebhookUrl = "http://spbe.example.go.id/telegram/webhook";
        Assert.Equal(2, settings.Problems().Count);   // Telegram posts only to HTTPS
        settings.WebhookUrl = "https://spbe.example.go.id/telegram/webhook";
        settings.WebhookSecret = "bad secret!";
        Assert.Single(settings.Problems());
        settings.WebhookSecret = "good_Secret-1";
        Assert.Empty(settings.Problems());
        Assert.Single(new TelegramOptions { Token = "not-a-token" }.Problems());
        Assert.Equal(TelegramSettingProblem.UnknownMode, Assert.Single(new TelegramOptions { Token = "123:abc", Mode = "webhok" }.Problems()));
        // `serve` prints them in the machine's language, one language each (they were Indonesian under every locale).
        Assert.Equal("SPBEBOT__TELEGRAM__MODE must be polling or webhook, not \"webhok\".", ServeCommandTexts.En.TelegramSetting(TelegramSettingProblem.UnknownMode, "webhok"));
        Assert.Equal("SPBEBOT__TELEGRAM__MODE harus polling atau webhook, bukan \"webhok\".", ServeCommandTexts.Id.TelegramSetting(TelegramSettingProblem.UnknownMode, "webhok"));
        Assert.Empty(new TelegramOptions { Token = "123:abc", Mode = "" }.Problems());   // empty: the default, polling
        Assert.Empty(new TelegramOptions().Problems());   // no token: off, nothing to fix
    }

    [Fact]
    public void Very_long_button_lists_are_capped_so_telegram_accepts_the_message()
    {
        var buttons = Enumerable.Range(1, 150).Select(n => new ReplyButton($"Item {n}", $"/aksi item {n}")).ToList();
        var message = Assert.Single(ReplyRenderer.Render(new Reply("Daftar", buttons, []), new CallbackPayloads()));
        Assert.Equal(ReplyRenderer.MaxButtons, message.Keyboard!.InlineKeyboard.SelectMany(row => row).Count());
    }
}
