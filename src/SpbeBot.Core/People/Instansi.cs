namespace SpbeBot.Core.People;

public enum InstansiKind { Provinsi, Kabupaten, Kota, InstansiPusat }

/// <summary>The Pemda (or central agency) this deployment serves. One per deployment.</summary>
public sealed record Instansi
{
    public required string Name { get; init; }
    public required InstansiKind Kind { get; init; }
    /// <summary>IANA zone: Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT).</summary>
    public string TimeZone { get; init; } = TimeZones.Wib;
    /// <summary>The framework edition the instansi is evaluated under, e.g. "spbe-2024".</summary>
    public string Framework { get; init; } = "spbe-2024";
    public required int EvaluationYear { get; init; }
}

/// <summary>Indonesia's three zones, stored as IANA names and shown as WIB/WITA/WIT.</summary>
public static class TimeZones
{
    public const string Wib = "Asia/Jakarta";
    public const string Wita = "Asia/Makassar";
    public const string Wit = "Asia/Jayapura";

    /// <summary>"WIB"/"WITA"/"WIT" or an IANA name → IANA name; null when it is not one of the three.</summary>
    public static string? Parse(string text) => text.Trim().ToUpperInvariant() switch
    {
        "WIB" or "ASIA/JAKARTA" => Wib,
        "WITA" or "ASIA/MAKASSAR" => Wita,
        "WIT" or "ASIA/JAYAPURA" => Wit,
        _ => null,
    };

    /// <summary>The moment in the zone's local time.</summary>
    public static DateTimeOffset ToLocal(DateTimeOffset moment, string ianaZone) =>
        TimeZoneInfo.ConvertTime(moment, TimeZoneInfo.FindSystemTimeZoneById(ianaZone));

    /// <summary>Today's date in the zone (deadlines are dates in the Pemda's zone). The clock is an input, never the system's by default.</summary>
    public static DateOnly Today(string ianaZone, TimeProvider clock) =>
        DateOnly.FromDateTime(ToLocal(clock.GetUtcNow(), ianaZone).DateTime);

    public static string Abbreviation(string ianaZone) => ianaZone switch
    {
        Wita => "WITA",
        Wit => "WIT",
        _ => "WIB",
    };
}
