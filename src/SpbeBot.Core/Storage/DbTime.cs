namespace SpbeBot.Core.Storage;

/// <summary>Npgsql reads timestamptz as a DateTime of unspecified kind in UTC; this makes it the moment it is.</summary>
public static class DbTime
{
    public static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
