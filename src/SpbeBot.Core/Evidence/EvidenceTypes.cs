namespace SpbeBot.Core.Evidence;

/// <summary>
/// Where an upload is in its life: a draft while the uploader is still choosing where it belongs, pending until a
/// coordinator decides, then approved or rejected; superseded when a newer file took its place (history is kept).
/// </summary>
public enum EvidenceStatus { Draft, Pending, Approved, Rejected, Superseded }

/// <summary>Where a file is filed: an indicator, a level, and the level's evidence item (0 = "lainnya").</summary>
public sealed record EvidenceTarget(int Indicator, int Level, int Item, long? PlanItemId = null, long? OpdId = null);

/// <summary>One stored upload with what the chat and the export need to show it.</summary>
public sealed record EvidenceRecord
{
    public required long Id { get; init; }
    public required string Sha256 { get; init; }
    public required long Size { get; init; }
    public required string Kind { get; init; }
    public required string ContentType { get; init; }
    public required string Framework { get; init; }
    public required int Year { get; init; }
    public int? Indicator { get; init; }
    public int? Level { get; init; }
    public int? Item { get; init; }
    public long? PlanItemId { get; init; }
    public long? OpdId { get; init; }
    public string? OpdName { get; init; }
    public long? UploaderId { get; init; }
    public required string Uploader { get; init; }
    public required string OriginalName { get; init; }
    public required string Channel { get; init; }
    public required string Batch { get; init; }
    public required EvidenceStatus Status { get; init; }
    public long? SupersededBy { get; init; }
    public long? ReviewerId { get; init; }
    public string? Reviewer { get; init; }
    public DateTimeOffset? ReviewedAt { get; init; }
    public string? ReviewNote { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>What a new upload is: its stored bytes, who sent it, and where it is filed (null target = draft).</summary>
public sealed record NewEvidence
{
    public required StagedFile File { get; init; }
    public required FileInspection Inspection { get; init; }
    public required string Framework { get; init; }
    public required int Year { get; init; }
    public required long? UploaderId { get; init; }
    public required string Uploader { get; init; }
    public required long? OpdId { get; init; }
    public required string OriginalName { get; init; }
    public required string Channel { get; init; }
    public required string Batch { get; init; }
    public EvidenceTarget? Target { get; init; }

    /// <summary>The inbox update this upload came with (issue 17, 17y): filed once per update and file, however often the update is handled.</summary>
    public long? InboxUpdate { get; init; }
}

/// <summary>Filters for listing uploads; null fields do not filter.</summary>
public sealed record EvidenceFilter
{
    public string? Framework { get; init; }
    public int? Year { get; init; }
    public int? Indicator { get; init; }
    public int? Level { get; init; }
    public EvidenceStatus? Status { get; init; }
    public long? OpdId { get; init; }
    /// <summary>False (default) hides superseded files: the current state, not the history.</summary>
    public bool IncludeSuperseded { get; init; }
    public int Limit { get; init; } = 1000;
}
