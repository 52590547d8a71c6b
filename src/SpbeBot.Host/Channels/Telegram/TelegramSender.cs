using SpbeBot.Core.Evidence;
using SpbeBot.Core.Messaging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using SpbeBot.Dialogs.Common;
using SpbeBot.Host.Hosting;

namespace SpbeBot.Host.Channels.Telegram;

/// <summary>
/// Every outbound Bot API call goes through here, so rate limits and outages are handled in one place
/// (the client's own 429 retry is switched off in <see cref="TelegramRegistration"/>). Messages and files to a chat —
/// replies and outbox traffic alike — go through the channel's one <see cref="SendPipeline"/> (paced, several in
/// flight, in order per chat, replies first); other calls (getMe, answerCallbackQuery…) go straight out.
/// 429 waits the retry_after Telegram asks for, for that chat or the whole bot (<see cref="RateLimitScope"/>) without
/// holding anyone else; 5xx and network failures are retried with a short backoff;
/// 403 means the user blocked the bot or left the chat — nothing to retry; anything else is logged and dropped.
/// </summary>
sealed class TelegramSender(ITelegramBotClient bot, ILogger<TelegramSender> log,
    [FromKeyedServices(TelegramRegistration.PipelineKey)] SendPipeline pipeline, [FromKeyedServices(TelegramRegistration.PipelineKey)] RateLimitScope scope)
{
    const int MaxTransientTries = 4;
    const int MaxRateLimitTries = 5;
    /// <summary>Longer waits mean a flood ban; holding the whole queue that long would be worse than dropping one call.</summary>
    static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(60);
    static readonly TimeSpan[] Backoff = [TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1)];

    /// <summary>
    /// Downloads a file a user sent (getFile, then the file URL). Not retried: a second attempt would append to what
    /// the first one wrote. Failures throw, and the upload is refused with a "please send it again" message.
    /// </summary>
    public async Task DownloadAsync(string fileId, Stream destination, CancellationToken cancellationToken)
    {
        TGFile file;
        try
        {
            file = await bot.GetFile(fileId, cancellationToken);
        }
        catch (ApiRequestException e) when (e.Message.Contains("file is too big", StringComparison.OrdinalIgnoreCase))
        {
            // Telegram hands bots no file above 20 MB, whether or not the message announced the size (F12).
            throw new FileTooLargeException(TelegramFileLimit);
        }
        try
        {
            await bot.DownloadFile(file.FilePath!, destination, cancellationToken);
        }
        catch (RequestException e) when (e.InnerException is FileTooLargeException tooLarge)
        {
            // The destination counts the bytes and stops at the limit; that is "too large", not "could not be fetched".
            throw tooLarge;
        }
    }

    /// <summary>The largest file the cloud Bot API lets a bot download.</summary>
    public const long TelegramFileLimit = 20L * 1024 * 1024;

    /// <summary>One rendered text message (no link previews: answers quote regulations, not web pages).</summary>
    /// <param name="mark">Set once the request is in the kernel, cleared when Telegram refuses it (429, 5xx): see <see cref="SendMark"/>.</param>
    public Task<DeliveryOutcome> SendTextAsync(long chatId, OutgoingMessage message, CancellationToken ct, SendPriority priority = SendPriority.Reply,
        SendMark? mark = null) =>
        SendToChatAsync(chatId, priority, "sendMessage", (bot, token) => bot.SendMessage(chatId, message.Text, replyMarkup: message.Keyboard,
            linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true }, cancellationToken: token), ct, mark);

    /// <summary>A file as a photo or a document. It is opened inside the retried call: a stream cannot be sent twice.</summary>
    public Task<DeliveryOutcome> SendFileAsync(long chatId, Func<Stream> open, string fileName, bool isImage, CancellationToken ct, SendPriority priority = SendPriority.Reply,
        SendMark? mark = null) =>
        SendToChatAsync(chatId, priority, isImage ? "sendPhoto" : "sendDocument", async (bot, token) =>
        {
            await using var stream = open();
            var input = InputFile.FromStream(stream, fileName);
            if (isImage) await bot.SendPhoto(chatId, input, cancellationToken: token);
            else await bot.SendDocument(chatId, input, cancellationToken: token);
        }, ct, mark);

    /// <summary>A message to a chat, through the pipeline; its outcome once sent, refused or given up (and its mark written).</summary>
    async Task<DeliveryOutcome> SendToChatAsync(long chatId, SendPriority priority, string method, Func<ITelegramBotClient, CancellationToken, Task> call, CancellationToken ct,
        SendMark? mark)
    {
        var chatKey = chatId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var isGroup = chatId < 0;   // groups, supergroups and channels have negative ids
        var outcome = DeliveryOutcome.Failed;
        var rateLimits = 0;
        try
        {
            await pipeline.SendAsync(chatKey, priority, token => AttemptInPipelineAsync(token), ct, isGroup);
        }
        finally
        {
            if (mark is not null) await mark.Settled;
        }
        return outcome;

        async Task<RateLimited?> AttemptInPipelineAsync(CancellationToken token)
        {
            var attempt = await AttemptAsync(method, call, token, mark);
            if (attempt.RetryAfter is not { } wait)
            {
                outcome = attempt.Outcome;
                return null;
            }
            if (++rateLimits >= MaxRateLimitTries || wait > MaxRetryAfter)
            {
                log.Warn(ServerLogTexts.RateLimitedGivenUp, method, wait.TotalSeconds);
                outcome = DeliveryOutcome.Failed;
                return null;
            }
            var wholeBot = scope.IsWholeBot(chatKey, isGroup);
            log.Info(wholeBot ? ServerLogTexts.RateLimitedEveryChatWaits : ServerLogTexts.RateLimitedThisChatWaits, method, wait.TotalSeconds);
            return new RateLimited(wait, wholeBot);
        }
    }

    /// <summary>
    /// One call with the transient-failure retries; a 429 is handed back to the caller with its retry_after. The call's
    /// requests carry <paramref name="mark"/> (set when one is in the kernel); a refusal (429, 5xx) clears it.
    /// </summary>
    async Task<(DeliveryOutcome Outcome, TimeSpan? RetryAfter)> AttemptAsync(string method, Func<ITelegramBotClient, CancellationToken, Task> call, CancellationToken cancellationToken,
        SendMark? mark = null)
    {
        var transientFailures = 0;
        while (true)
        {
            try
            {
                // Flows into the HTTP handler with this call only (an async method restores it on return).
                WireMarkHandler.Current = mark;
                await call(bot, cancellationToken);
                return (DeliveryOutcome.Sent, null);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (ApiRequestException e) when (e.ErrorCode == 429)
            {
                mark?.Refused();
                return (DeliveryOutcome.Failed, TimeSpan.FromSeconds(Math.Max(1, e.Parameters?.RetryAfter ?? 1)));
            }
            catch (ApiRequestException e) when (e.ErrorCode == 403)
            {
                log.Info(ServerLogTexts.Forbidden, method, e.Message);
                return (DeliveryOutcome.Blocked, null);
            }
            catch (RequestException e) when (IsTransient(e))
            {
                // Telegram answered 5xx: not taken. No answer at all (the connection failed): it may have arrived, the mark stays.
                if (e.HttpStatusCode is not null || e is ApiRequestException) mark?.Refused();
                if (++transientFailures >= MaxTransientTries)
                {
                    log.Warn(ServerLogTexts.FailedAfterTries, method, transientFailures, e.Message);
                    return (DeliveryOutcome.Failed, null);
                }
                await Task.Delay(Backoff[transientFailures - 1], cancellationToken);
            }
            catch (Exception e)
            {
                // 400 and the like: retrying the same request cannot help.
                log.Warn(ServerLogTexts.Refused, method, e.Message);
                return (DeliveryOutcome.Failed, null);
            }
        }
    }

    /// <summary>Runs <paramref name="call"/> with retries; false when it finally failed (already logged). Throws only on cancellation.</summary>
    public async Task<bool> TryAsync(string method, Func<ITelegramBotClient, CancellationToken, Task> call, CancellationToken cancellationToken) =>
        await SendAsync(method, call, cancellationToken) == DeliveryOutcome.Sent;

    /// <summary>
    /// Like <see cref="TryAsync"/>, telling a refusal for good (403: the user blocked the bot) from a failure. For calls
    /// that are not messages to a chat (getMe, setWebhook, answerCallbackQuery…): not paced; a 429 waits here.
    /// </summary>
    public async Task<DeliveryOutcome> SendAsync(string method, Func<ITelegramBotClient, CancellationToken, Task> call, CancellationToken cancellationToken)
    {
        for (var rateLimits = 1; ; rateLimits++)
        {
            var (outcome, retryAfter) = await AttemptAsync(method, call, cancellationToken);
            if (retryAfter is not { } wait) return outcome;
            if (rateLimits >= MaxRateLimitTries || wait > MaxRetryAfter)
            {
                log.Warn(ServerLogTexts.RateLimitedGivenUp, method, wait.TotalSeconds);
                return DeliveryOutcome.Failed;
            }
            log.Info(ServerLogTexts.RateLimitedWaiting, method, wait.TotalSeconds);
            await Task.Delay(wait, cancellationToken);
        }
    }

    /// <summary>Server errors and failures to reach the server at all (no status code) may pass; client errors will not.</summary>
    static bool IsTransient(RequestException e) => e switch
    {
        ApiRequestException api => api.ErrorCode >= 500,
        _ => e.HttpStatusCode is null || (int)e.HttpStatusCode >= 500,
    };
}
