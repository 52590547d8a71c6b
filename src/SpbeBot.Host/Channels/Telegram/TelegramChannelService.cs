using Microsoft.Extensions.Options;
using SpbeBot.Dialogs.Common;
using SpbeBot.Host.Hosting;
using SpbeBot.Core.People;
using SpbeBot.Host.Database;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace SpbeBot.Host.Channels.Telegram;

/// <summary>
/// Runs the Telegram channel for the life of the server: introduce the bot (getMe, command menu), then
/// receive updates by long polling (into the inbox) or let the webhook endpoint receive them. Whatever Telegram refuses at start is
/// logged and the channel carries on; the server keeps running even if Telegram cannot be reached.
/// </summary>
/// <remarks>The sender exists only with a token, the update processor and the poller only once the database is open: resolved after start.</remarks>
sealed class TelegramChannelService(IOptions<TelegramOptions> options, Deferred<TelegramSender> telegramSender, TelegramStatus status,
    TelegramBotIdentity identity, Deferred<TelegramPolling> polling,
    Deferred<TelegramBotNames> botNames, ILogger<TelegramChannelService> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            log.Info(ServerLogTexts.TelegramOff);
            return;
        }
        try
        {
            var sender = telegramSender.Value;
            await IntroduceAsync(sender, settings, stoppingToken);
            if (settings.UsesWebhook)
            {
                if (await sender.TryAsync("setWebhook", (bot, ct) => bot.SetWebhook(settings.WebhookUrl!,
                        allowedUpdates: TelegramRegistration.AllowedUpdates, secretToken: settings.WebhookSecret, cancellationToken: ct), stoppingToken))
                    status.WebhookSet();
                else
                    status.Failed("setWebhook refused");
                log.Info(ServerLogTexts.TelegramWebhookOn, TelegramWebhook.Path);
                // The endpoint puts updates into the inbox; the inbox workers handle them.
                await Task.Delay(Timeout.Infinite, stoppingToken);
            }
            else
            {
                // getUpdates is refused while a webhook is set, e.g. left over from an earlier webhook run.
                await sender.TryAsync("deleteWebhook", (bot, ct) => bot.DeleteWebhook(cancellationToken: ct), stoppingToken);
                await polling.Value.RunAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            // A crashed BackgroundService would stop the whole server; the other channels and jobs should live on.
            log.Error(e, ServerLogTexts.TelegramStopped);
        }
    }

    async Task IntroduceAsync(TelegramSender sender, TelegramOptions settings, CancellationToken cancellationToken)
    {
        identity.Username = settings.BotUsername?.TrimStart('@');
        // getMe always: it proves the token (readiness counts from here) and gives the username invite links need.
        string? learned = null;
        if (await sender.TryAsync("getMe", async (bot, ct) => learned = (await bot.GetMe(ct)).Username, cancellationToken))
            status.Introduced();
        if (string.IsNullOrWhiteSpace(identity.Username)) identity.Username = learned;
        if (!string.IsNullOrWhiteSpace(learned) && TelegramBotNames.BotId(settings.Token) is { } botId)
        {
            // Kept in the database so that `spbebot invite create` / `people import` print links for this very bot.
            try { await botNames.Value.RememberAsync(botId, learned, cancellationToken); }
            catch (Exception e) when (e is InvalidOperationException or Npgsql.NpgsqlException)
            {
                log.Warn(ServerLogTexts.BotNameNotStored, e.Message);
            }
        }
        if (!string.IsNullOrWhiteSpace(identity.Username))
            log.Info(ServerLogTexts.TelegramBot, identity.Username);

        // The menu in Indonesian for everyone, and in English for users whose Telegram is set to English.
        await sender.TryAsync("setMyCommands", (bot, ct) => bot.SetMyCommands(
            ChatTexts.Commands.Select(c => new BotCommand(c.Name, c.DescriptionId)), cancellationToken: ct), cancellationToken);
        await sender.TryAsync("setMyCommands", (bot, ct) => bot.SetMyCommands(
            ChatTexts.Commands.Select(c => new BotCommand(c.Name, c.DescriptionEn)), languageCode: "en", cancellationToken: ct), cancellationToken);
    }
}
