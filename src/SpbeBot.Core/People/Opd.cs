namespace SpbeBot.Core.People;

/// <summary>An OPD (perangkat daerah) with every name it is known by.</summary>
public sealed record Opd
{
    public required long Id { get; init; }
    /// <summary>Canonical full name, e.g. "Dinas Komunikasi, Informatika dan Statistik".</summary>
    public required string Name { get; init; }
    /// <summary>Usual short name, e.g. "DKIS"; null when it has none.</summary>
    public string? Abbreviation { get; init; }
    /// <summary>Other spellings as entered (the name and abbreviation not repeated).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>How lists show it: the abbreviation where one exists, else the name.</summary>
    public string DisplayName => Abbreviation ?? Name;
}

/// <summary>
/// A name or alias is already used by another OPD. The name and the owner are data; the person's words are in dialogs/
/// (<c>OpdCommandTexts.NameTaken</c>), the message is for logs.
/// </summary>
public sealed class OpdNameTakenException(string name, Opd owner) : Exception($"The name '{name}' is already used by the OPD {owner.DisplayName} ({owner.Name}).")
{
    public string TakenName { get; } = name;
    public Opd Owner { get; } = owner;
}
