using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using SpbeBot.Core.Evidence;
using SpbeBot.Core.People;
using SpbeBot.Dialogs.Common;
using SpbeBot.Host.Hosting;

namespace SpbeBot.Host.Channels.Teams;

/// <summary>
/// Files to Bot Framework users. Small ones go inline (a data URI attachment, which Teams and Web Chat show). Larger
/// ones, on Teams, go through the file-consent flow: a consent card, then on "Allow" the bot uploads the bytes to the
/// upload URL Teams gives (the user's OneDrive) and sends a file card. Each offer is a row answered once and only by the
/// user it was made to, so an invoke cannot fetch any other stored file.
/// </summary>
sealed class TeamsFiles(TeamsFileOfferStore offers, EvidenceIntake intake, PersonStore people, IHttpClientFactory httpClients, ILogger<TeamsFiles> log)
{
    /// <summary>The notes in the recipient's language (one language per person).</summary>
    async Task<ChannelFileTexts> TextsAsync(string userId, CancellationToken ct) =>
        ChannelFileTexts.For((await people.FindByChatAsync(ActivityMapper.Channel, userId, ct))?.Language);

    /// <summary>Teams refuses bot messages over about 100 KB; base64 grows a third.</summary>
    public const int InlineMaxBytes = 64 * 1024;
    const string ConsentCard = "application/vnd.microsoft.teams.card.file.consent";
    const string InfoCard = "application/vnd.microsoft.teams.card.file.info";

    /// <summary>
    /// A file a dialog made (a chart, a spreadsheet, a stored evidence file): a small one inline from where it is; a
    /// larger one stored (and counted) first, because the consent flow uploads it later.
    /// </summary>
    public async Task<JsonObject> ForReplyAsync(string channelId, string userId, ReplyFile file, CancellationToken ct)
    {
        if (new FileInfo(file.Path).Length <= InlineMaxBytes)
            return Inline(await File.ReadAllBytesAsync(file.Path, ct), file.ContentType, file.FileName);
        var (sha, _) = await intake.StoreAttachmentAsync(file.Path, ct);
        return sha is null
            ? Text((await TextsAsync(userId, ct)).CannotBeSent(file.FileName))
            : await ForStoredAsync(channelId, userId, sha, file.FileName, ct);
    }

    /// <summary>A file already in the evidence store (an outbox attachment).</summary>
    public async Task<JsonObject> ForStoredAsync(string channelId, string userId, string sha256, string name, CancellationToken ct)
    {
        var stored = await offers.FindStoredAsync(sha256, ct);
        if (stored is null || stored.Size == 0 || !intake.Files.Exists(sha256))
            return Text((await TextsAsync(userId, ct)).Missing(name));
        if (stored.Size <= InlineMaxBytes)
            return Inline(await File.ReadAllBytesAsync(intake.Files.PathOf(sha256), ct), stored.ContentType, name);
        if (channelId != "msteams")
            return Text((await TextsAsync(userId, ct)).TooLargeForChannel(name, stored.Size));
        var texts = await TextsAsync(userId, ct);
        var offer = await offers.OfferAsync(userId, sha256, name, stored.Size, ct);
        var context = new JsonObject { ["offer"] = offer.ToString() };
        return Attachment(new JsonObject
        {
            ["contentType"] = ConsentCard,
            ["name"] = name,
            ["content"] = new JsonObject
            {
                ["description"] = texts.OfferDescription(name),
                ["sizeInBytes"] = stored.Size,
                ["acceptContext"] = context,
                ["declineContext"] = context.DeepClone(),
            },
        });
    }

    /// <summary>The answer to a "fileConsent/invoke": upload and a file card on accept, a short note otherwise.</summary>
    public async Task<JsonObject> AnswerConsentAsync(JsonObject invoke, string userId, CancellationToken ct)
    {
        var value = invoke["value"];
        var accepted = (string?)value?["action"] == "accept";
        var texts = await TextsAsync(userId, ct);
        if (!Guid.TryParse((string?)value?["context"]?["offer"], out var id))
            return Text(texts.OfferUnknown);
        var offer = await offers.ClaimAsync(id, userId, ct);
        if (offer is null)
            return Text(texts.OfferExpired);
        if (!accepted)
            return Text(texts.Declined(offer.Name));

        var upload = value?["uploadInfo"];
        if ((string?)upload?["uploadUrl"] is { } uploadUrl && await UploadAsync(uploadUrl, offer.Sha256, offer.Size, ct))
            return Attachment(new JsonObject
            {
                ["contentType"] = InfoCard,
                ["name"] = (string?)upload!["name"] ?? offer.Name,
                ["contentUrl"] = (string?)upload["contentUrl"],
                ["content"] = new JsonObject { ["uniqueId"] = (string?)upload["uniqueId"], ["fileType"] = (string?)upload["fileType"] },
            });
        // Let the user try again from the same card.
        await offers.ReopenAsync(id, ct);
        return Text(texts.UploadFailed(offer.Name));
    }

    /// <summary>One PUT of the whole file to the pre-authorised upload session (our files are far below its 60 MB per request).</summary>
    async Task<bool> UploadAsync(string uploadUrl, string sha256, long size, CancellationToken ct)
    {
        try
        {
            await using var stream = intake.Files.OpenRead(sha256);
            using var request = new HttpRequestMessage(HttpMethod.Put, uploadUrl) { Content = new StreamContent(stream) };
            request.Content.Headers.ContentLength = size;
            request.Content.Headers.ContentRange = new ContentRangeHeaderValue(0, size - 1, size);
            using var response = await httpClients.CreateClient("teams-files").SendAsync(request, ct);
            if (response.IsSuccessStatusCode) return true;
            log.Warn(ServerLogTexts.TeamsUploadRefused, (int)response.StatusCode);
        }
        catch (HttpRequestException e)
        {
            log.Warn(e, ServerLogTexts.TeamsUploadFailed);
        }
        return false;
    }

    static JsonObject Inline(byte[] bytes, string contentType, string name) => Attachment(new JsonObject
    {
        ["contentType"] = contentType,
        ["name"] = name,
        ["contentUrl"] = $"data:{contentType};base64,{Convert.ToBase64String(bytes)}",
    });

    static JsonObject Attachment(JsonObject attachment) => new() { ["type"] = "message", ["attachments"] = new JsonArray(attachment) };

    static JsonObject Text(string text) => new() { ["type"] = "message", ["text"] = text, ["textFormat"] = "plain" };
}
