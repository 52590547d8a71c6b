namespace SpbeBot.Core.Questions;

/// <summary>What kind of answer the asker wants.</summary>
public enum QuestionKind
{
    /// <summary>What a level requires (criterion, fulfilment, evidence).</summary>
    Level,
    /// <summary>What evidence (bukti dukung) a level needs.</summary>
    Evidence,
    /// <summary>Difference between two levels of one indicator.</summary>
    Compare,
    /// <summary>What an indicator is about.</summary>
    About,
    /// <summary>Weight of an indicator, aspect or domain.</summary>
    Weight,
    /// <summary>Predikat of an index value.</summary>
    Predikat,
    /// <summary>An index computed from levels given in the question.</summary>
    Index,
    /// <summary>What a level means in general (the ladders), no indicator named.</summary>
    LevelLadder,
    /// <summary>The topic fits several indicators: ask which one.</summary>
    Ambiguous,
    /// <summary>A described situation: which level it meets (<see cref="Understanding.Situation"/>), what the next still needs.</summary>
    Situation,
    /// <summary>Moving up to a level: what the target level (<see cref="Understanding.Level"/>) adds on top of the one below.</summary>
    MoveUp,
    /// <summary>The index from domain or aspect values given in the question (<see cref="Understanding.PartValues"/>).</summary>
    PartIndex,
    /// <summary>Nothing answerable: unknown indicator, level outside 1–5, off-topic, empty.</summary>
    NotFound,
}

/// <summary>"indeks di bawah 1,8", "an index above 4.2": a predikat asked for every value on one side of a bound.</summary>
public enum IndexSide { Below, Above }

/// <summary>
/// Why a question was not answerable, so the reply can say so honestly. <see cref="OtherScript"/>: not read, and the
/// message holds letters of another script than Latin.
/// </summary>
public enum NotFoundReason { None, Empty, TooLong, UnknownIndicator, LevelOutOfRange, OffTopic, MissingIndicator, IndexValueOutOfRange, IncompleteLevels, OtherScript }

/// <summary>The result of reading one chat question against one catalog. Pure data; the wording is in dialogs/.</summary>
public sealed record Understanding
{
    public required string Framework { get; init; }
    public required QuestionKind Kind { get; init; }
    public NotFoundReason Reason { get; init; }
    /// <summary>Nothing real in the message (code, markup, escapes, a random string): nothing is looked up or suggested.</summary>
    public bool Noise { get; init; }
    /// <summary>The identified indicator, if exactly one.</summary>
    public int? Indicator { get; init; }
    /// <summary>The identified level (the first one for comparisons).</summary>
    public int? Level { get; init; }
    /// <summary>The second level of a comparison.</summary>
    public int? OtherLevel { get; init; }
    /// <summary>Candidates for a clarifying question, or nearest suggestions when not found.</summary>
    public IReadOnlyList<int> Candidates { get; init; } = [];
    /// <summary>For weight questions about a domain or an aspect instead of an indicator.</summary>
    public int? Domain { get; init; }
    /// <summary>A weight question naming two or more domains ("bobot domain manajemen dan layanan"): each, in the catalog's order.</summary>
    public IReadOnlyList<int> Domains { get; init; } = [];
    public int? Aspect { get; init; }
    /// <summary>For predikat questions.</summary>
    public decimal? IndexValue { get; init; }
    /// <summary>For predikat questions asked of a range ("di bawah 1,8"): the side of <see cref="IndexValue"/> asked about.</summary>
    public IndexSide? IndexSide { get; init; }
    /// <summary>For index questions: indicator → level as given (all indicators when complete).</summary>
    public IReadOnlyDictionary<int, int>? Levels { get; init; }
    /// <summary>A number the asker gave that is not valid (indicator 52, level 7), for the reply.</summary>
    public int? InvalidNumber { get; init; }
    /// <summary>Moving up: the level the asker starts from, when said ("dari level 2 ke 3").</summary>
    public int? FromLevel { get; init; }
    /// <summary>A described situation placed against the indicator's level criteria.</summary>
    public SituationReader.Placement? Situation { get; init; }
    /// <summary>For <see cref="QuestionKind.PartIndex"/>: domain (or aspect) number → value as given.</summary>
    public IReadOnlyDictionary<int, decimal>? PartValues { get; init; }
    /// <summary>For <see cref="QuestionKind.PartIndex"/>: true when the values are per aspect, false per domain.</summary>
    public bool PartsAreAspects { get; init; }
    /// <summary>The other readings offered as buttons when the most likely one was answered (kebijakan vs penerapan).</summary>
    public IReadOnlyList<int> Alternatives { get; init; } = [];
    /// <summary>The indicator (or the choice asked) came from the learned model, not the rules' words (Questions/Learned).</summary>
    public bool ChosenByModel { get; init; }
    /// <summary>The asker wrote in English (labels of the reply follow).</summary>
    public bool English { get; init; }
}
