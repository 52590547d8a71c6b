using System.Text.Json.Nodes;
using SpbeBot.Dialogs.Common;
using SpbeBot.Host.Channels.Teams;

namespace SpbeBot.Tests.Security;

/// <summary>
/// A valid Bot Framework token proves the activity came through the Bot Framework for our bot, not through Teams: on
/// Web Chat, Direct Line and the Emulator the client writes "from" and the attachments itself.
/// </summary>
public class TeamsSecurityTests
{
    static JsonObject Activity(string channelId, JsonObject? attachment = null) => new()
    {
        ["type"] = "message",
        ["channelId"] = channelId,
        ["conversation"] = new JsonObject { ["id"] = "conv-1" },
        ["from"] = new JsonObject { ["id"] = "29:attacker", ["aadObjectId"] = "aad-of-the-coordinator", ["name"] = "Rina Kartika" },
        ["text"] = attachment is null ? "/semuaopd" : "bukti 32 L4",
        ["attachments"] = attachment is null ? new JsonArray() : new JsonArray(attachment),
    };

    static JsonObject FileAttachment(string url) => new()
    {
        ["contentType"] = "application/vnd.microsoft.teams.file.download.info",
        ["name"] = "notulen.pdf",
        ["content"] = new JsonObject { ["downloadUrl"] = url },
    };

    static readonly Func<string, Stream, CancellationToken, Task> NoDownload = (_, _, _) => throw new InvalidOperationException("no download in this test");

    [Fact]
    public void A_web_chat_user_cannot_claim_a_teams_users_identity()
    {
        // Teams: the Azure AD object id is the identity (Teams fills it in, not the client).
        Assert.Equal("aad-of-the-coordinator", ActivityMapper.ToMessage(Activity("msteams"), NoDownload)!.UserId);
        Assert.Equal("aad-of-the-coordinator", ActivityMapper.UserId(Activity("msteams")));
        // Other channels: the client's own id, prefixed by the channel, so it never equals a Teams user's key —
        // neither for the conversation nor for the stored conversation reference (both use UserId).
        foreach (var channel in new[] { "webchat", "directline", "emulator" })
        {
            var message = ActivityMapper.ToMessage(Activity(channel), NoDownload)!;
            Assert.Equal($"{channel}:29:attacker", message.UserId);
            Assert.Equal(message.UserId, ActivityMapper.UserId(Activity(channel)));
        }
        var noChannel = Activity("msteams");
        noChannel.Remove("channelId");
        Assert.Equal("unknown:29:attacker", ActivityMapper.UserId(noChannel));
    }

    [Fact]
    public void File_attachments_are_fetched_only_from_teams_over_https()
    {
        var teams = ActivityMapper.ToMessage(Activity("msteams", FileAttachment("https://contoso.sharepoint.com/f/notulen.pdf")), NoDownload)!;
        Assert.Equal(IncomingKind.File, teams.Kind);
        Assert.Equal("https://contoso.sharepoint.com/f/notulen.pdf", teams.File!.FileId);

        // From Web Chat the URL is whatever the sender wrote: the server must not fetch it (internal addresses).
        var webchat = ActivityMapper.ToMessage(Activity("webchat", FileAttachment("http://169.254.169.254/latest/meta-data/")), NoDownload)!;
        Assert.NotEqual(IncomingKind.File, webchat.Kind);
        Assert.Null(webchat.File);
        // Not over plain http, not another scheme, even from Teams.
        foreach (var url in new[] { "http://contoso.sharepoint.com/f.pdf", "file:///etc/passwd", "not a url" })
        {
            var refused = ActivityMapper.ToMessage(Activity("msteams", FileAttachment(url)), NoDownload)!;
            Assert.Null(refused.File);
        }
    }
}
