using SpbeBot.Core.Conversations;
using SpbeBot.Core.People;
using SpbeBot.Core.Plans;

namespace SpbeBot.Dialogs.Conversation;

/// <summary>What the dialogs use from Core, in one place so the handler has one constructor argument.</summary>
/// <param name="BotUsername">
/// The Telegram bot's username for invite deep links, asked at the moment of use (the server learns it from getMe
/// after start); null or empty: invites show the code and "/start &lt;code&gt;" only.
/// </param>
public sealed record ConversationServices(
    PersonStore People,
    InviteStore Invites,
    PlanStore Plans,
    OpdStore Opds,
    InstansiStore Instansi,
    ConversationStateStore State,
    Func<string?>? BotUsername = null,
    TimeProvider? Clock = null);
