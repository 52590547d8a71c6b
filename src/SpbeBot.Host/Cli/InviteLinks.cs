using SpbeBot.Core.People;
using SpbeBot.Host.Channels.Telegram;
using SpbeBot.Host.Database;
using SpbeBot.Host.Hosting;

namespace SpbeBot.Host.Cli;

/// <summary>
/// Which Telegram bot the CLI's invite links point at: the configured SPBEBOT__TELEGRAM__BOTUSERNAME, else the username
/// the server learned from getMe and stored (for this token's bot when a token is set). Never a guessed name: a
/// "t.me/SpbeBot" link may lead to a bot someone else owns.
/// </summary>
static class InviteLinks
{
    public sealed record BotName(string? Username, bool TelegramConfigured);

    public static async Task<BotName> ResolveAsync(CliServices cli, CancellationToken ct)
    {
        var config = cli.Get<IConfiguration>();
        var token = config[$"{TelegramOptions.Section}:Token"];
        var configured = !string.IsNullOrWhiteSpace(token);
        if (config[ConversationRegistration.BotUsernameKey] is { Length: > 0 } name) return new(name.TrimStart('@'), configured);
        var learned = await cli.Get<TelegramBotNames>().FindAsync(TelegramBotNames.BotId(token), ct);
        return new(learned, configured);
    }
}
