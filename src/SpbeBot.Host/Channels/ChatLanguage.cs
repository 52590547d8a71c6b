using Npgsql;
using SpbeBot.Core.People;
using SpbeBot.Host.Database;
using SpbeBot.Dialogs.Common;
using SpbeBot.Host.Hosting;

namespace SpbeBot.Host.Channels;

/// <summary>
/// The language of a channel's own notices (button expired, unsupported message, something went wrong), which are sent
/// outside the dialogs: the person's setting when the chat account is linked to a person, else the platform's language
/// hint (Telegram's language_code, Teams' locale), else Indonesian. One language, never both.
/// </summary>
sealed class ChatLanguage(Deferred<PersonStore> people, ILogger<ChatLanguage> log)
{
    /// <returns>"en" or "id".</returns>
    public async Task<string> OfAsync(string channel, string? externalId, string? hint, CancellationToken ct)
    {
        if (externalId is not null)
        {
            try
            {
                if (await people.Value.FindByChatAsync(channel, externalId, ct) is { } person) return person.Language == "en" ? "en" : "id";
            }
            catch (Exception e) when (e is InvalidOperationException or NpgsqlException && !ct.IsCancellationRequested)
            {
                // No database in this process (or briefly away): the platform's hint still gives one language.
                log.Debug(e, ServerLogTexts.LanguageNotFound);
            }
        }
        return Hint(hint);
    }

    /// <summary>"en" for an English hint ("en", "en-GB"), else "id".</summary>
    public static string Hint(string? hint) => hint is not null && hint.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "id";
}
