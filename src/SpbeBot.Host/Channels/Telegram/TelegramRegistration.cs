using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SpbeBot.Core.Messaging;
using SpbeBot.Dialogs.Cli;
using Telegram.Bot;
using Telegram.Bot.Types.Enums;

namespace SpbeBot.Host.Channels.Telegram;

/// <summary>The Telegram channel's services. Always registered; it only runs when a token is configured.</summary>
static class TelegramRegistration
{
    /// <summary>What the bot asks Telegram for; everything else (edits, reactions, joins) is not sent at all.</summary>
    /// <summary>The key of the Telegram channel's <see cref="SendPipeline"/> and <see cref="RateLimitScope"/>.</summary>
    public const string PipelineKey = "telegram";

    public static readonly UpdateType[] AllowedUpdates = [UpdateType.Message, UpdateType.CallbackQuery];

    public static IServiceCollection AddTelegramChannel(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>();

        services.AddSingleton<ITelegramBotClient>(sp =>
        {
            var o = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;
            var clientOptions = new TelegramBotClientOptions(o.Token!, string.IsNullOrWhiteSpace(o.ApiBaseUrl) ? null : o.ApiBaseUrl)
            {
                RetryThreshold = 0,   // retries live in TelegramSender, in one place
            };
            // A plain HttpClient on purpose: IHttpClientFactory's logging would write request URLs, and every
            // Bot API URL contains the token. Its handler marks a send as left once its body is in the kernel (SendMark).
            return new TelegramBotClient(clientOptions, new HttpClient(new WireMarkHandler(new SocketsHttpHandler())));
        });
        // The channel's one send pipeline. Pacing measures real elapsed time, never the business clock (a test may set
        // that to a fixed date).
        services.AddKeyedSingleton(PipelineKey, (sp, _) =>
        {
            var o = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;
            return new SendPipeline(new SendRateLimiter(o.MessagesPerSecond, o.MessagesPerSecondPerChat, TimeProvider.System, o.MessagesPerMinutePerGroup),
                o.MaxSendsInFlight);
        });
        services.AddKeyedSingleton(PipelineKey, (_, _) => new RateLimitScope(TimeProvider.System));
        services.AddSingleton<TelegramSender>();
        services.AddSingleton<TelegramBotIdentity>();
        services.AddSingleton(sp => new CallbackPayloads(database: () => sp.GetRequiredService<SpbeBot.Core.Storage.ConnectionFactory>()));
        services.AddSingleton<TelegramUpdateProcessor>();
        services.TryAddSingleton<ChatLanguage>();
        services.AddSingleton<TelegramPolling>();
        services.AddSingleton<TelegramRawUpdates>();
        services.AddChatFloodGuard();
        services.AddSingleton(_ => new TelegramStatus(TimeProvider.System));   // how long polling has waited: real time
        services.AddInbox();
        services.AddSingleton<TelegramInbound>();
        services.AddSingleton<IInboxHandler>(sp => sp.GetRequiredService<TelegramInbound>());
        services.AddHostedService<TelegramChannelService>();
        services.AddHostedService<TelegramOutboxDelivery>();
        services.AddHostedService<TelegramSendShare>();
        return services;
    }

    /// <summary>Lists every problem in the settings (never the token itself) so the operator can fix them in one go.</summary>
    sealed class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
    {
        public ValidateOptionsResult Validate(string? name, TelegramOptions options) =>
            options.Problems() is { Count: > 0 } problems
                ? ValidateOptionsResult.Fail(problems.Select(p => ServeCommandTexts.Machine.TelegramSetting(p, options.Mode)))   // `serve` prints them
                : ValidateOptionsResult.Success;
    }
}
