namespace SpbeBot.Core.Digest;

/// <summary>Where an OPD stands: its actions and its evidence.</summary>
public sealed record OpdProgress(string Opd, int Done, int InProgress, int Open, int Overdue, int EvidenceApproved, int EvidencePending, int EvidenceRejected);

/// <param name="DaysLate">Days past the deadline (in the instansi's zone).</param>
public sealed record OverdueItem(long PlanItemId, int Indicator, string? Action, string Opds, DateOnly Deadline, int DaysLate);

/// <summary>An indicator whose action is due within 14 days while the evidence for its target level is incomplete.</summary>
public sealed record AtRiskIndicator(int Indicator, string Name, DateOnly Deadline, int TargetLevel, int Approved, int Required);

/// <summary>An OPD's current uploads whose pre-check raised a flag: how many, and each flag with how many raised it.</summary>
public sealed record FlaggedOpd(string Opd, int Items, IReadOnlyList<(string Flag, int Count)> ByFlag);

/// <summary>The index of one week as it was reported (from the snapshot table).</summary>
public sealed record WeekIndex(DateOnly Week, decimal? Now, decimal? Target);

/// <summary>
/// Everything the weekly digest says, as numbers; the dialogs turn it into a message, a chart and a workbook.
/// Index values are null when the plan does not give every indicator a level.
/// </summary>
public sealed record WeeklyDigest
{
    public required string Instansi { get; init; }
    public required string Framework { get; init; }
    public required int Year { get; init; }
    /// <summary>The index's name as the catalog states it ("Indeks SPBE", "Indeks Pemdi").</summary>
    public string IndexName { get; init; } = "Indeks SPBE";
    /// <summary>
    /// True when the framework has no domain level (pemdi-2026): then <see cref="Domains"/> holds the aspects and every
    /// rendering says "aspek", not "domain".
    /// </summary>
    public bool ByAspect { get; init; }
    public required DateOnly Today { get; init; }
    public required DateOnly Week { get; init; }
    public decimal? IndexNow { get; init; }
    public string? PredikatNow { get; init; }
    public decimal? IndexTarget { get; init; }
    public string? PredikatTarget { get; init; }
    /// <summary>Last week's snapshot, for the change; null in the first week.</summary>
    public WeekIndex? LastWeek { get; init; }
    /// <summary>Per domain (per aspect when <see cref="ByAspect"/>): number, name, index now and if targets are met.</summary>
    public IReadOnlyList<(int Number, string Name, decimal? Now, decimal? Target)> Domains { get; init; } = [];
    public IReadOnlyList<OpdProgress> Opds { get; init; } = [];
    public IReadOnlyList<OverdueItem> MostOverdue { get; init; } = [];
    public IReadOnlyList<AtRiskIndicator> AtRisk { get; init; } = [];
    /// <summary>Per OPD, the current uploads the pre-check flagged (draft, unsigned, stale, …); only OPDs with any.</summary>
    public IReadOnlyList<FlaggedOpd> Flagged { get; init; } = [];
    /// <summary>Earlier weeks' snapshots (oldest first), for the trend chart.</summary>
    public IReadOnlyList<WeekIndex> History { get; init; } = [];
    public int OverdueTotal { get; init; }
}
