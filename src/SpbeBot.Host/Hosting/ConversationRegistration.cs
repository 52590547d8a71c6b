using SpbeBot.Core.Conversations;
using SpbeBot.Core.People;
using SpbeBot.Core.Plans;
using SpbeBot.Dialogs.Common;
using SpbeBot.Dialogs.Conversation;
using SpbeBot.Host.Channels.Telegram;

namespace SpbeBot.Host.Hosting;

/// <summary>Registers the conversation handler on the stores of <c>AddSpbeDatabase</c>.</summary>
static class ConversationRegistration
{
    /// <summary>Where invite deep links point: https://t.me/&lt;username&gt;?start=&lt;code&gt;.</summary>
    public const string BotUsernameKey = "Spbebot:Telegram:BotUsername";

    public static IServiceCollection AddSpbeConversation(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(sp => new ConversationServices(
            sp.GetRequiredService<PersonStore>(),
            sp.GetRequiredService<InviteStore>(),
            sp.GetRequiredService<PlanStore>(),
            sp.GetRequiredService<OpdStore>(),
            sp.GetRequiredService<InstansiStore>(),
            sp.GetRequiredService<ConversationStateStore>(),
            // Configured name first; otherwise the one the Telegram channel learned from getMe (if it runs).
            () => configuration[BotUsernameKey] is { Length: > 0 } configured ? configured : sp.GetService<TelegramBotIdentity>()?.Username,
            sp.GetService<TimeProvider>()));
        services.AddSingleton<IConversationHandler, ConversationHandler>();
        return services;
    }
}
