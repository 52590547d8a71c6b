using System.Text.Json.Nodes;
using SpbeBot.Dialogs.Common;

namespace SpbeBot.Host.Channels.Teams;

/// <summary>
/// A neutral reply as Bot Framework message activities: the text, and the buttons as an Adaptive Card (written as
/// data) whose Action.Submit buttons send their payload back as the activity's "value". Files: see <see cref="TeamsFiles"/>.
/// </summary>
static class AdaptiveCards
{
    /// <summary>Teams shows a limited number of actions per set; more go into further sets.</summary>
    const int ActionsPerSet = 6;
    const int MaxActions = 60;

    public static IReadOnlyList<JsonObject> Activities(Reply reply)
    {
        var texts = new[] { reply.Text }.Concat(reply.More).Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
        var activities = texts.Select(t => new JsonObject { ["type"] = "message", ["text"] = t, ["textFormat"] = "plain" }).ToList();
        if (reply.Buttons.Count > 0)
        {
            if (activities.Count == 0) activities.Add(new JsonObject { ["type"] = "message" });
            activities[^1]["attachments"] = new JsonArray(new JsonObject
            {
                ["contentType"] = "application/vnd.microsoft.card.adaptive",
                ["content"] = Card(reply.Buttons),
            });
        }
        return activities;
    }

    public static JsonObject Card(IReadOnlyList<ReplyButton> buttons) => new()
    {
        ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
        ["type"] = "AdaptiveCard",
        ["version"] = "1.4",
        ["body"] = new JsonArray(buttons.Take(MaxActions).Chunk(ActionsPerSet).Select(set => (JsonNode)new JsonObject
        {
            ["type"] = "ActionSet",
            ["actions"] = new JsonArray(set.Select(b => (JsonNode)new JsonObject
            {
                ["type"] = "Action.Submit",
                ["title"] = b.Label,
                ["data"] = new JsonObject { ["payload"] = b.Payload },
            }).ToArray()),
        }).ToArray()),
    };
}
