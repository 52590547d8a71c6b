using SpbeBot.Core.Evidence;

namespace SpbeBot.Dialogs.Evidence;

/// <summary>
/// Where the chat is in filing a batch of uploaded files, kept as the chat's dialog step so it survives restarts:
/// what is known so far of indicator, level, item and plan item. Stored as
/// "evidence:&lt;batch&gt;|&lt;indicator&gt;|&lt;level&gt;|&lt;item&gt;|&lt;opd&gt;|&lt;plan&gt;|&lt;group&gt;" ("-" = not yet known; plan "0" = none).
/// </summary>
sealed record Filing(string Batch, int? Indicator, int? Level, int? Item, long? OpdId, long? PlanItemId, bool PlanAsked, string? Group)
{
    public const string StepPrefix = "evidence:";

    /// <summary>Indicator, level and item are known.</summary>
    public bool Located => Indicator is not null && Level is not null && Item is not null;

    /// <summary>Everything is known; the files can be filed.</summary>
    public bool Complete => Located && PlanAsked;

    public EvidenceTarget Target => new(Indicator!.Value, Level!.Value, Item!.Value, PlanItemId is > 0 ? PlanItemId : null, OpdId);

    public string ToStep() => StepPrefix + string.Join('|', Batch, Text(Indicator), Text(Level), Text(Item), Text(OpdId),
        PlanAsked ? (PlanItemId ?? 0).ToString() : "-", Group ?? "-");

    public static Filing? Parse(string step)
    {
        if (!step.StartsWith(StepPrefix, StringComparison.Ordinal)) return null;
        var p = step[StepPrefix.Length..].Split('|');
        if (p.Length != 7 || p[0].Length == 0) return null;
        return new Filing(p[0], Int(p[1]), Int(p[2]), Int(p[3]), Long(p[4]), Long(p[5]), p[5] != "-", p[6] == "-" ? null : p[6]);
    }

    /// <summary>Album ids come from the platform; keep them from breaking the step format.</summary>
    public static string? SafeGroup(string? group) => group is null ? null : new string(group.Where(char.IsLetterOrDigit).Take(64).ToArray());

    static string Text<T>(T? value) where T : struct => value?.ToString() ?? "-";
    static int? Int(string s) => int.TryParse(s, out var v) ? v : null;
    static long? Long(string s) => long.TryParse(s, out var v) ? v : null;
}
