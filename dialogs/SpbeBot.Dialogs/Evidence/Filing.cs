using System.Text.Json.Serialization;
using SpbeBot.Core.Evidence;
using SpbeBot.Core.People;
using SpbeBot.Dialogs.Conversation.Steps;

namespace SpbeBot.Dialogs.Evidence;

/// <summary>
/// Where the chat is in filing a batch of uploaded files, kept as the chat's dialog step so it survives restarts:
/// what is known so far of indicator, level, item and plan item (null = not yet known; plan item 0 = none), and the
/// album (<paramref name="Group"/>) whose later files follow the first one's filing.
/// </summary>
sealed record Filing(string Batch, int? Indicator, int? Level, int? Item, long? OpdId, long? PlanItemId, bool PlanAsked, string? Group) : DialogStep
{
    /// <summary>
    /// Files may be uploaded by operators (for their own OPD only) and coordinators (for any); a filing for another OPD
    /// (or for none) stops when its person is no longer a coordinator, or was moved to another OPD.
    /// </summary>
    public override bool Permits(Person person) => person.Role switch
    {
        PersonRole.Coordinator or PersonRole.Admin => true,
        PersonRole.Operator => person.OpdId is not null && OpdId == person.OpdId,
        _ => false,
    };

    /// <summary>Indicator, level and item are known.</summary>
    [JsonIgnore]
    public bool Located => Indicator is not null && Level is not null && Item is not null;

    /// <summary>Everything is known; the files can be filed.</summary>
    [JsonIgnore]
    public bool Complete => Located && PlanAsked;

    [JsonIgnore]
    public EvidenceTarget Target => new(Indicator!.Value, Level!.Value, Item!.Value, PlanItemId is > 0 ? PlanItemId : null, OpdId);

    /// <summary>Album ids come from the platform: keep them short and plain.</summary>
    public static string? SafeGroup(string? group) => group is null ? null : new string(group.Where(char.IsLetterOrDigit).Take(64).ToArray());
}
