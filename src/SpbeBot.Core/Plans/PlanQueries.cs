namespace SpbeBot.Core.Plans;

/// <summary>Filters for <see cref="PlanStore.ListAsync"/>; every one optional, all combined with AND.</summary>
public sealed record PlanFilter
{
    /// <summary>An OPD's name, abbreviation or alias; items where it is one of the responsible OPDs.</summary>
    public string? Opd { get; init; }
    public PlanStatus? Status { get; init; }
    /// <summary>Only items still open or in progress whose deadline is before this date.</summary>
    public DateOnly? OverdueAsOf { get; init; }
    public int? Year { get; init; }
    public string? Framework { get; init; }
    public int? Indicator { get; init; }
}

/// <summary>How <see cref="PlanStore.UpsertAsync"/> treats unknown OPDs and the status of existing items.</summary>
public sealed record PlanUpsertOptions
{
    /// <summary>Create OPDs the store does not know (name as written) instead of refusing the batch.</summary>
    public bool CreateMissingOpds { get; init; }
    /// <summary>Work out the counts, then roll back: what `plan import --dry-run` shows.</summary>
    public bool DryRun { get; init; }
    /// <summary>
    /// Overwrite the status of existing items with the draft's. Off by default: status is kept up to date in the bot
    /// (progress updates), and a re-imported spreadsheet without a status column would otherwise reset it to open.
    /// New items always take the draft's status.
    /// </summary>
    public bool ApplyStatus { get; init; }
}

/// <summary>Why a draft of a batch cannot be stored.</summary>
public enum PlanRowProblemKind { FrameworkEmpty, YearInvalid, IndicatorInvalid, CurrentLevelInvalid, TargetLevelInvalid, StatusUnknown, Duplicate }

/// <summary>
/// A draft of a batch that cannot be stored: its spreadsheet row (the draft's <see cref="PlanItemDraft.Row"/>), what is
/// wrong and the value concerned. The words, in the reader's language, are dialogs/'s.
/// </summary>
public sealed record PlanRowProblem(int? Row, PlanRowProblemKind Kind)
{
    /// <summary>The year, indicator or level that is not valid; the duplicate's indicator.</summary>
    public int? Number { get; init; }
    /// <summary>For a duplicate: the row of the first draft with the same key (null: not from a file).</summary>
    public int? FirstRow { get; init; }
}

/// <summary>
/// Outcome of an upsert. When <see cref="Succeeded"/> is false nothing was written: see
/// <see cref="UnknownOpds"/> and <see cref="Problems"/>.
/// </summary>
public sealed record PlanUpsertResult
{
    public int Created { get; init; }
    public int Updated { get; init; }
    public int Unchanged { get; init; }
    public IReadOnlyList<string> UnknownOpds { get; init; } = [];
    public IReadOnlyList<PlanRowProblem> Problems { get; init; } = [];
    public bool Succeeded => UnknownOpds.Count == 0 && Problems.Count == 0;
}

/// <summary>One entry of a plan item's progress log.</summary>
public sealed record ProgressUpdate
{
    public required long Id { get; init; }
    public required long PlanItemId { get; init; }
    public long? PersonId { get; init; }
    public required string Actor { get; init; }
    public required DateTimeOffset At { get; init; }
    public required PlanStatus OldStatus { get; init; }
    public required PlanStatus NewStatus { get; init; }
    public string? Note { get; init; }
}
