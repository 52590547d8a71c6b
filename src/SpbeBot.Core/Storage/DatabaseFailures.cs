using Npgsql;

namespace SpbeBot.Core.Storage;

/// <summary>
/// Tells a database that is away for a moment from a real failure. "Too many clients" (53300: every connection
/// PostgreSQL allows is taken, e.g. several servers' pools at a burst), a dropped or refused connection, a failover, an
/// exhausted pool, a deadlock or serialization failure: the same work succeeds once tried again. Work an update was
/// acknowledged for must then wait and be tried again — never be answered "something went wrong" and counted as handled
/// (issue 17: what was acknowledged is durable).
/// </summary>
public static class DatabaseFailures
{
    /// <summary>True when <paramref name="e"/> (or an exception inside it) is a transient Npgsql/PostgreSQL failure.</summary>
    public static bool IsTransient(Exception? e)
    {
        for (var depth = 0; e is not null && depth < 8; e = e.InnerException, depth++)
            if (e is NpgsqlException { IsTransient: true }) return true;
        return false;
    }

    /// <summary>How long to wait before try <paramref name="tries"/> + 1: 0.5, 1, 2, 4, 8, then 10 s.</summary>
    public static TimeSpan Backoff(int tries) => TimeSpan.FromSeconds(Math.Min(10, 0.5 * Math.Pow(2, Math.Min(tries, 10))));
}
