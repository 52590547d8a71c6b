namespace SpbeBot.Core.Plans;

/// <summary>Lifecycle of a follow-up action (rencana aksi / tindak lanjut).</summary>
public enum PlanStatus { Open, InProgress, Done, Cancelled }

/// <summary>
/// A plan item as it comes from outside (spreadsheet import, chat, demo data) before it is stored.
/// OPD names are as written; the store resolves them to canonical OPDs (by name, abbreviation or alias).
/// </summary>
public sealed record PlanItemDraft
{
    public required string Framework { get; init; }
    public required int Year { get; init; }
    public required int Indicator { get; init; }
    /// <summary>Public service name where the indicator is scored per service (e.g. 2018's indicator 35).</summary>
    public string? ServiceName { get; init; }
    public int? CurrentLevel { get; init; }
    public int? TargetLevel { get; init; }
    public string? Recommendation { get; init; }
    public string? Action { get; init; }
    public DateOnly? Deadline { get; init; }
    public IReadOnlyList<string> Opds { get; init; } = [];
    public PlanStatus Status { get; init; } = PlanStatus.Open;
    /// <summary>The spreadsheet row it came from, for messages (null: not from a file).</summary>
    public int? Row { get; init; }
}

/// <summary>A stored plan item.</summary>
public sealed record PlanItem
{
    public required long Id { get; init; }
    public required string Framework { get; init; }
    public required int Year { get; init; }
    public required int Indicator { get; init; }
    public string? ServiceName { get; init; }
    public int? CurrentLevel { get; init; }
    public int? TargetLevel { get; init; }
    public string? Recommendation { get; init; }
    public string? Action { get; init; }
    public DateOnly? Deadline { get; init; }
    /// <summary>Canonical OPD names (abbreviation where one exists), in the order given.</summary>
    public IReadOnlyList<string> Opds { get; init; } = [];
    public PlanStatus Status { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
}
