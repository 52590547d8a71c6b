using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SpbeBot.Dialogs.Common;

namespace SpbeBot.Host.Channels.Teams;

/// <summary>Turns Bot Framework activities (Teams, Emulator, Web Chat) into neutral messages.</summary>
static partial class ActivityMapper
{
    public const string Channel = "teams";

    /// <summary>The Bot Framework channel id of Microsoft Teams: the only one whose sender ids Microsoft vouches for.</summary>
    public const string TeamsChannelId = "msteams";
    const string FileDownloadInfo = "application/vnd.microsoft.teams.file.download.info";

    [GeneratedRegex(@"<at>[^<]*</at>", RegexOptions.IgnoreCase)]
    private static partial Regex Mention();

    /// <summary>
    /// Null for what the dialogs do not take (typing, reactions, conversation updates). Installing the app in a personal
    /// chat counts as "/start": Teams expects a bot to greet whoever installs it.
    /// </summary>
    public static IncomingMessage? ToMessage(JsonObject activity, Func<string, Stream, CancellationToken, Task> download)
    {
        var chatId = (string?)activity["conversation"]?["id"];
        var from = activity["from"];
        var userId = UserId(activity);
        if (chatId is null || userId is null) return null;
        var name = (string?)from?["name"];
        var language = ((string?)activity["locale"])?.Split('-')[0];
        if ((string?)activity["type"] == "installationUpdate" && (string?)activity["action"] == "add"
            && (string?)activity["conversation"]?["conversationType"] is null or "personal")
            return new IncomingMessage(Channel, chatId, userId, name, IncomingKind.Command, "/start", LanguageCode: language);
        if ((string?)activity["type"] != "message") return null;

        // A press on an Adaptive Card button (Action.Submit) comes back as "value" with the payload we put there.
        if (activity["value"] is JsonObject value && (string?)value["payload"] is { Length: > 0 } payload)
            return new IncomingMessage(Channel, chatId, userId, name, IncomingKind.Button, payload, LanguageCode: language);

        var text = Mention().Replace((string?)activity["text"] ?? "", "").Trim();
        var file = (activity["attachments"] as JsonArray)?.OfType<JsonObject>().FirstOrDefault(a => (string?)a["contentType"] == FileDownloadInfo);
        // Only Teams puts file.download.info attachments in; from other channels the URL is the sender's choice
        // (the server would fetch any address for them), and never over plain http.
        if (file is not null && IsTeams(activity) && (string?)file["content"]?["downloadUrl"] is { } url
            && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps)
        {
            var incoming = new IncomingFile(url, (string?)file["name"], null, null)
            {
                CopyToAsync = (destination, ct) => download(url, destination, ct),
            };
            return new IncomingMessage(Channel, chatId, userId, name, IncomingKind.File, text, incoming, language);
        }
        if (text.Length == 0) return null;
        return new IncomingMessage(Channel, chatId, userId, name, text.StartsWith('/') ? IncomingKind.Command : IncomingKind.Text, text, LanguageCode: language);
    }

    /// <summary>
    /// Who sent the activity, as stored in chat_identity and conversation_reference under the channel "teams". A valid
    /// token proves the Bot Framework sent the activity for our bot, not that Teams did: on Web Chat, Direct Line and
    /// the Emulator the client fills in "from" itself. So only Teams activities give the Azure AD object id; the others
    /// are keyed "&lt;channelId&gt;:&lt;from.id&gt;" and can never be taken for a Teams user.
    /// </summary>
    public static string? UserId(JsonObject activity)
    {
        var from = activity["from"];
        if (IsTeams(activity)) return (string?)from?["aadObjectId"] ?? (string?)from?["id"];
        return (string?)from?["id"] is { Length: > 0 } id ? $"{(string?)activity["channelId"] ?? "unknown"}:{id}" : null;
    }

    static bool IsTeams(JsonObject activity) => string.Equals((string?)activity["channelId"], TeamsChannelId, StringComparison.OrdinalIgnoreCase);
}
