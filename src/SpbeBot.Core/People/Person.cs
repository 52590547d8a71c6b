namespace SpbeBot.Core.People;

/// <summary>The bot's roles (see DESIGN.md "People and roles").</summary>
public enum PersonRole { Operator, Coordinator, TimKoordinasi, Admin }

/// <summary>An account on a chat channel: ("telegram", "123456789"), ("teams", "&lt;aad object id&gt;").</summary>
public sealed record ChatIdentity(string Channel, string ExternalId);

public sealed record Person
{
    public required long Id { get; init; }
    public required string Name { get; init; }
    public required PersonRole Role { get; init; }
    public long? OpdId { get; init; }
    /// <summary>The OPD's display name (abbreviation where one exists).</summary>
    public string? OpdName { get; init; }
    /// <summary>"id" (Bahasa Indonesia, default) or "en".</summary>
    public string Language { get; init; } = "id";
    /// <summary>No reminders between these local times (instansi's zone); may wrap midnight. Both null = none.</summary>
    public TimeOnly? QuietStart { get; init; }
    public TimeOnly? QuietEnd { get; init; }
    public bool Muted { get; init; }
    public IReadOnlyList<ChatIdentity> Identities { get; init; } = [];
}

/// <summary>What is needed to add a person.</summary>
public sealed record PersonDraft
{
    public required string Name { get; init; }
    public required PersonRole Role { get; init; }
    public long? OpdId { get; init; }
    public string Language { get; init; } = "id";
    public TimeOnly? QuietStart { get; init; }
    public TimeOnly? QuietEnd { get; init; }
    public bool Muted { get; init; }
}

/// <summary>
/// The chat identity already belongs to another person. The words a person or an operator reads are dialogs/'s
/// (<c>TerminalTexts.IdentityTaken</c>; a chat's invite says it as <see cref="RedeemStatus.IdentityTaken"/>);
/// <see cref="Exception.Message"/> is English, for logs.
/// </summary>
public sealed class ChatIdentityTakenException(ChatIdentity identity) : Exception(
    $"The {identity.Channel} account {identity.ExternalId} already belongs to someone else.")
{
    public ChatIdentity Identity { get; } = identity;
}
