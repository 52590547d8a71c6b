using SpbeBot.Host.Observability;
using SpbeBot.Core.Messaging;
using SpbeBot.Core.Storage;
using SpbeBot.Dialogs.Common;
using SpbeBot.Host.Hosting;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace SpbeBot.Host.Channels.Telegram;

/// <summary>
/// Handles one update from the inbox, whichever way it arrived (polling or webhook; repeats never reach it): map it to
/// a neutral message, ask the conversation handler, hand the replies to the sender and put them into the worker's
/// <see cref="PendingSends"/> (not waited for here). Never throws except on shutdown, so
/// one bad update cannot stop its conversation; a failure is returned (and kept with the update). Logs carry update
/// ids, not what people wrote.
/// </summary>
sealed class TelegramUpdateProcessor(
    IConversationHandler handler,
    TelegramSender sender,
    CallbackPayloads payloads,
    TelegramBotIdentity identity,
    ChatFloodGuard flood,
    ChatLanguage languages,
    ILogger<TelegramUpdateProcessor> log)
{
    /// <returns>Null when handled; otherwise why it failed.</returns>
    public async Task<string?> ProcessAsync(Update update, PendingSends sends, CancellationToken cancellationToken)
    {
        try
        {
            if (update.CallbackQuery is { } query) await OnButtonAsync(query, sends, cancellationToken);
            else if (update.Message is { } message) await OnMessageAsync(message, sends, cancellationToken);
            return null;
        }
        // A database away for a moment is no failure of the update: the inbox worker tries it again (issue 17).
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && !DatabaseFailures.IsTransient(e))
        {
            log.Error(e, ServerLogTexts.TelegramUpdateFailed, update.Id);
            return e.GetType().Name;
        }
    }

    async Task OnMessageAsync(Message message, PendingSends sends, CancellationToken cancellationToken)
    {
        var incoming = UpdateMapper.FromMessage(message, identity.Username);
        // The dialogs download a file only once they have decided to keep it (and never for a stranger).
        if (incoming?.File is { } file)
            incoming = incoming with { File = file with { CopyToAsync = (destination, ct) => sender.DownloadAsync(file.FileId, destination, ct) } };
        if (incoming is not null)
            await ConverseAsync(message.Chat.Id, incoming, sends, cancellationToken);
        else if (message.Chat.Type == ChatType.Private && ExpectsAnswer(message))
        {
            var language = await languages.OfAsync(UpdateMapper.Channel, message.From?.Id.ToString(), message.From?.LanguageCode, cancellationToken);
            await DeliverAsync(message.Chat.Id, [Reply.Plain(ChatTexts.UnsupportedMessage(language))], sends, cancellationToken);
        }
    }

    async Task OnButtonAsync(CallbackQuery query, PendingSends sends, CancellationToken cancellationToken)
    {
        // Answer first: it stops the button's spinner right away, and nothing below can then prevent it.
        await sender.TryAsync("answerCallbackQuery", (bot, ct) => bot.AnswerCallbackQuery(query.Id, cancellationToken: ct), cancellationToken);
        var chatId = UpdateMapper.ChatOf(query);
        if (query.Data is null) return;   // game buttons and the like; we never send those
        if (await payloads.ResolveAsync(query.Data, cancellationToken) is not { } payload)
        {
            var language = await languages.OfAsync(UpdateMapper.Channel, query.From.Id.ToString(), query.From.LanguageCode, cancellationToken);
            await DeliverAsync(chatId, [Reply.Plain(ChatTexts.ButtonExpired(language))], sends, cancellationToken);
            return;
        }
        await ConverseAsync(chatId, UpdateMapper.FromButton(query, payload), sends, cancellationToken);
    }

    async Task ConverseAsync(long chatId, IncomingMessage incoming, PendingSends sends, CancellationToken cancellationToken)
    {
        switch (flood.Check(incoming.Channel, incoming.UserId))
        {
            case FloodVerdict.SlowDown:
                log.Info(ServerLogTexts.ChatFloods);
                await DeliverAsync(chatId, [Reply.Plain(ChatTexts.SlowDown(incoming.LanguageCode))], sends, cancellationToken);
                return;
            case FloodVerdict.Silent:
                return;
        }
        IReadOnlyList<Reply> replies;
        try
        {
            replies = await handler.HandleMeasuredAsync(incoming, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && !DatabaseFailures.IsTransient(e))
        {
            // The user gets a polite line, never the exception; the log has the details. Not for a database that is
            // away for a moment (too many clients, a failover): the question would be lost behind an apology, so the
            // update stays pending and the inbox worker asks again.
            log.Error(e, ServerLogTexts.TelegramDialogFailed, incoming.Kind);
            replies = [Reply.Plain(ChatTexts.SomethingWentWrong(await languages.OfAsync(incoming.Channel, incoming.UserId, incoming.LanguageCode, cancellationToken)))];
        }
        await DeliverAsync(chatId, replies, sends, cancellationToken);
    }

    async Task DeliverAsync(long chatId, IReadOnlyList<Reply> replies, PendingSends sends, CancellationToken cancellationToken)
    {
        var rendered = replies.SelectMany(r => ReplyRenderer.Render(r, payloads)).ToList();
        // Long button payloads are stored before the buttons exist anywhere: any server resolves them, also after a restart.
        await payloads.SaveAsync(cancellationToken);
        // The sends go on without the worker (it waits for them before the update counts as handled).
        sends.Add(SendInOrderAsync(chatId, rendered, replies, sends.Replied, cancellationToken));
    }

    /// <summary>
    /// The rendered messages one after another, then the files; stops at a message that could not be sent. The last
    /// part carries the update's replied mark: set once the whole answer is on the wire (a kill before that answers
    /// the update again, parts already sent included — twice rather than half).
    /// </summary>
    async Task SendInOrderAsync(long chatId, List<OutgoingMessage> rendered, IReadOnlyList<Reply> replies, SendMark? replied, CancellationToken cancellationToken)
    {
        var files = replies.Select(r => r.File).OfType<ReplyFile>().Where(f => System.IO.File.Exists(f.Path)).ToList();
        if (files.Count < replies.Count(r => r.File is not null))
            log.Warn(ServerLogTexts.FileToSendMissing);
        for (var i = 0; i < rendered.Count; i++)
        {
            var last = i == rendered.Count - 1 && files.Count == 0;
            var sent = await sender.SendTextAsync(chatId, rendered[i], cancellationToken, mark: last ? replied : null) == DeliveryOutcome.Sent;
            // A missing middle part would make the rest confusing; the sender has logged why.
            if (!sent) return;
        }
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            await sender.SendFileAsync(chatId, () => System.IO.File.OpenRead(file.Path), file.FileName, file.IsImage, cancellationToken,
                mark: i == files.Count - 1 ? replied : null);
        }
    }

    /// <summary>Something a person sent to the bot (a voice note, a sticker…), unlike joins, pins and other service messages.</summary>
    static bool ExpectsAnswer(Message message) => message.Type is MessageType.Sticker or MessageType.Voice
        or MessageType.Audio or MessageType.Video or MessageType.VideoNote or MessageType.Animation
        or MessageType.Location or MessageType.Contact or MessageType.Venue or MessageType.Poll or MessageType.Dice;
}

/// <summary>The bot's own @username: from configuration, else from getMe at start; used to recognise "/cmd@ThisBot".</summary>
sealed class TelegramBotIdentity
{
    public string? Username { get; set; }
}
