using System.Security.Cryptography;

namespace SpbeBot.Core.People;

/// <summary>A single-use invitation: whoever redeems it joins with this role (and OPD) until it expires.</summary>
public sealed record Invite
{
    public required string Code { get; init; }
    public required PersonRole Role { get; init; }
    public long? OpdId { get; init; }
    public string? OpdName { get; init; }
    public required DateTimeOffset ExpiresAt { get; init; }
    /// <summary>Set for a personal invite (people import, /undangan): whoever redeems it becomes this person.</summary>
    public long? PersonId { get; init; }
}

/// <summary>Someone who was imported (or invited personally) and has no chat account yet, with their newest invite.</summary>
public sealed record PendingPerson(long PersonId, string Name, PersonRole Role, string? OpdName, string? InviteCode, DateTimeOffset? InviteExpiresAt);

public enum RedeemStatus { Joined, NotFound, AlreadyUsed, Expired, IdentityTaken, TooManyGuesses }

/// <summary>Outcome of redeeming an invite; <see cref="Person"/> is set when <see cref="Status"/> is Joined.</summary>
public sealed record InviteRedemption(RedeemStatus Status, Person? Person = null);

/// <summary>
/// Invite codes: 16 characters from a 32-letter alphabet without look-alikes (0/O, 1/I), drawn from the
/// cryptographic random generator — 80 bits, not guessable — and valid as a Telegram /start parameter.
/// </summary>
public static class InviteCode
{
    const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // 32 characters: no 0, 1, I, O
    public const int Length = 16;

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>Upper-cases and strips spaces/dashes people add when typing a code.</summary>
    public static string Clean(string code) => new(code.Trim().ToUpperInvariant().Where(char.IsLetterOrDigit).ToArray());
}
