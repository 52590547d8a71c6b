using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace SpbeBot.Host.Channels.Telegram;

/// <summary>
/// Long polling: getUpdates with the offset of the next unseen update, waiting up to PollTimeoutSeconds
/// for news. Updates are handled one after another: Telegram's limits are per bot, so when one send must
/// wait for a 429 the others would have to wait anyway. Runs until shutdown; failures back off and retry.
/// </summary>
sealed class TelegramPolling(
    ITelegramBotClient bot,
    TelegramUpdateProcessor processor,
    IOptions<TelegramOptions> options,
    ILogger<TelegramPolling> log)
{
    static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        int? offset = null;
        var failures = 0;
        log.LogInformation("Telegram aktif (long polling). / Telegram is on (long polling).");
        while (!cancellationToken.IsCancellationRequested)
        {
            Update[] updates;
            try
            {
                updates = await bot.GetUpdates(offset, limit: 100, timeout: options.Value.PollTimeoutSeconds,
                    allowedUpdates: TelegramRegistration.AllowedUpdates, cancellationToken: cancellationToken);
                failures = 0;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }
            catch (ApiRequestException e) when (e.ErrorCode == 429)
            {
                await Task.Delay(TimeSpan.FromSeconds(Math.Max(1, e.Parameters?.RetryAfter ?? 1)), cancellationToken);
                continue;
            }
            catch (Exception e)
            {
                // 409 Conflict: another instance polls with the same token, or a webhook is set.
                var wait = TimeSpan.FromSeconds(Math.Min(MaxBackoff.TotalSeconds, Math.Pow(2, failures++)));
                log.LogWarning("Telegram getUpdates gagal ({Reason}); coba lagi dalam {Wait}s. / failed; retrying.", e.Message, wait.TotalSeconds);
                await Task.Delay(wait, cancellationToken);
                continue;
            }
            foreach (var update in updates)
            {
                // Telegram forgets updates below the offset on the next call: at-least-once, hence the deduplicator.
                offset = update.Id + 1;
                await processor.ProcessAsync(update, cancellationToken);
            }
        }
    }
}
