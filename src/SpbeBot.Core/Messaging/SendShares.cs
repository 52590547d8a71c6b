using Dapper;
using Npgsql;
using SpbeBot.Core.Storage;

namespace SpbeBot.Core.Messaging;

/// <summary>
/// Splits a platform's per-bot limit (Telegram's 30 messages/s) among the servers that send for one bot (issue 17).
/// Each server beats every half second (table send_pacer, migration 0022) with its demand — the sends it started
/// since its last beat plus those waiting in its pipeline — and takes the limit in proportion to its demand among the
/// servers that beat within <see cref="Alive"/>. The share is computed from the demands as they stood before this beat
/// by the others and, for itself, the lower of its previous and its new demand (the others may still count it with
/// either), so the shares the servers hold at any one moment add up to at most the limit, though they beat apart;
/// a server never goes below a small floor, so its first reply after a quiet time is not held for long. A server that
/// stops leaves (its row deleted); one that dies stops beating, and its share returns to the others within
/// <see cref="Alive"/>. One statement per beat, none on the send path.
/// </summary>
public sealed class SendShares(ConnectionFactory db)
{
    /// <summary>A server that has not beaten for this long no longer counts.</summary>
    public static readonly TimeSpan Alive = TimeSpan.FromSeconds(1.5);

    /// <summary>How often a server beats.</summary>
    public static readonly TimeSpan Beat = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// The demand every server counts with at least: a quiet server still gets about 1.5/(1.5 + others' demand) of the
    /// limit, about 1.4 messages a second next to a server sending at the limit (whose demand is capped at the limit).
    /// It was 1 (0.97/s): a server answering half of 2 questions a second next to a broadcasting one then ran at its
    /// share with no room, its answers queued, and their p99 reached 1.3 s (bench realistic crash2, 2026-12-03). At 1.5
    /// the answers use about 70 % of it; the broadcasting server keeps 30/31.5 = 95 % of the limit (was 97 %).
    /// </summary>
    public const double MinDemand = 1.5;

    /// <summary>
    /// Records this server's beat and <paramref name="demand"/>; returns the fraction of the limit it may use until the
    /// next beat (1 when it is alone).
    /// </summary>
    public async Task<double> BeatAsync(string owner, string channel, double demand, CancellationToken ct) =>
        await BeatAsync(owner, channel, demand, null, ct);

    /// <summary>
    /// Like <see cref="BeatAsync(string, string, double, CancellationToken)"/>, through <paramref name="session"/>, a
    /// connection the caller keeps open for as long as it sends: the row records the session's backend, and should the
    /// server die, PostgreSQL ends the session and the others stop counting the row at their next beat (migration 0023)
    /// instead of after <see cref="Alive"/> — a take-over gets the whole limit about a second sooner. Null: a pooled
    /// connection, the row counted by its heartbeat alone.
    /// </summary>
    public async Task<double> BeatAsync(string owner, string channel, double demand, NpgsqlConnection? session, CancellationToken ct)
    {
        await using var pooled = session is null ? await db.OpenAsync(ct) : null;
        var connection = session ?? pooled!;
        var (mine, all) = await connection.QuerySingleAsync<(double Mine, double All)>(new CommandDefinition(
            """
            with live as (
                select owner, demand from send_pacer
                where channel = @channel
                  and (owner = @owner
                       or heartbeat_at > now() - make_interval(secs => @alive)
                          -- Beaten through a session that has ended: that server is gone (its backend pid reused by
                          -- another session is harmless: the row then counts until its heartbeat grows old, as before).
                          and (backend_pid is null or backend_pid in (select pid from pg_stat_activity)))
            ), beat as (
                insert into send_pacer (owner, channel, demand, backend_pid)
                values (@owner, @channel, @demand, case when @session then pg_backend_pid() end)
                on conflict (owner) do update set demand = excluded.demand, heartbeat_at = now(), backend_pid = excluded.backend_pid
                  -- A beat needs no fsync: lost in a crash, the server simply counts a little later.
                  where set_config('synchronous_commit', 'off', true) is not null
                returning 1
            ), gone as (
                -- (Data-modifying parts run whether or not the result reads them.)
                delete from send_pacer where heartbeat_at < now() - interval '10 minutes' returning 1
            )
            , mine as (
                -- Its own weight: the lower of the demand it published last time and now (what the others may still
                -- count it with), so the shares the servers hold at any moment add up to at most the limit.
                select least(coalesce((select greatest(demand, @min) from live where owner = @owner), @min), @demand) as weight
            )
            select (select weight from mine)::float8,
                   (coalesce((select sum(greatest(demand, @min)) from live where owner <> @owner), 0) + (select weight from mine))::float8
            """, new { owner, channel, demand = Math.Max(MinDemand, demand), alive = Alive.TotalSeconds, min = MinDemand, session = session is not null }, cancellationToken: ct));
        return all <= 0 ? 1 : Math.Clamp(mine / all, 0, 1);
    }

    /// <summary>This server stops sending for the channel: its share goes back to the others at their next beat.</summary>
    public async Task LeaveAsync(string owner, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition("delete from send_pacer where owner = @owner", new { owner }, cancellationToken: ct));
    }
}
