using Dapper;
using Npgsql;
using SpbeBot.Core.Storage;

namespace SpbeBot.Core.Messaging;

/// <summary>
/// Splits a platform's per-bot limit (Telegram's 30 messages/s) among the servers that send for one bot (issue 17).
/// Each server beats every half second (table send_pacer, migrations 0022, 0023, 0026) with what it wants and the share
/// it holds; the split itself — whole messages a second, by demand, a share growing only into room the others gave up
/// — is <see cref="ShareSplit"/>'s. A beat is one short transaction under a lock on the channel (pg_advisory_xact_lock),
/// so two servers never both take the same freed room. Only servers that beat within <see cref="Alive"/> through a
/// session still open count (migration 0023): a server that dies stops holding its share at the others' next beat, and
/// a share that grows that way ramps in the limiter (SendRateLimiter.SetRate assumes the dead server's last second).
/// A server that stops leaves (its row deleted). None of this is on the send path.
/// </summary>
public sealed class SendShares(ConnectionFactory db)
{
    /// <summary>A server that has not beaten for this long no longer counts.</summary>
    public static readonly TimeSpan Alive = TimeSpan.FromSeconds(1.5);

    /// <summary>
    /// The reply reserve (ShareSplit.Reserve) is taken at most once in this long, by all servers together: a second (0.87 a second),
    /// room for a grant used up to SendPipeline.ReserveValidFor after its ask (wip-17c; after its statement came back
    /// in 17b, which a late answer turned into less than a second) and for the ways in of two sends differing (one
    /// server's own reserve sends are also kept a second apart where they arrive: SendRateLimiter.ReserveReadyAt).
    /// </summary>
    public static readonly TimeSpan ReserveGap = TimeSpan.FromSeconds(1.15);

    /// <summary>How often a server beats.</summary>
    public static readonly TimeSpan Beat = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Records this server's beat with <paramref name="want"/> (see <see cref="ShareSplit.Want"/>) and returns the share,
    /// in whole messages a second, it may use until the next beat (the limit when it is alone). Through
    /// <paramref name="session"/>, a connection the caller keeps open for as long as it sends, the row records the
    /// session's backend, and should the server die the others stop counting it at their next beat; null: a pooled
    /// connection, the row counted by its heartbeat alone.
    /// </summary>
    public async Task<int> BeatAsync(string owner, string channel, ShareSplit split, int want, NpgsqlConnection? session, CancellationToken ct)
    {
        await using var pooled = session is null ? await db.OpenAsync(ct) : null;
        var connection = session ?? pooled!;
        await using var tx = await connection.BeginTransactionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            // A beat needs no fsync: lost in a crash, the server simply counts a beat later.
            "select pg_advisory_xact_lock(hashtext('send_pacer:' || @channel)); set local synchronous_commit = off",
            new { channel }, tx, cancellationToken: ct));
        var others = (await connection.QueryAsync<(double Want, int Held)>(new CommandDefinition(
            """
            select demand, held from send_pacer
            where channel = @channel and owner <> @owner
              and heartbeat_at > now() - make_interval(secs => @alive)
              -- Beaten through a session that has ended: that server is gone (its backend pid reused by another
              -- session is harmless: the row then counts until its heartbeat grows old).
              and (backend_pid is null or backend_pid in (select pid from pg_stat_activity))
            """, new { channel, owner, alive = Alive.TotalSeconds }, tx, cancellationToken: ct)))
            .Select(o => ((int)Math.Round(o.Want), o.Held)).ToList();
        var (share, held) = split.Decide(want, others);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            insert into send_pacer (owner, channel, demand, held, backend_pid)
            values (@owner, @channel, @want, @held, case when @session then pg_backend_pid() end)
            on conflict (owner) do update
                set demand = excluded.demand, held = excluded.held, heartbeat_at = now(), backend_pid = excluded.backend_pid;
            delete from send_pacer where heartbeat_at < now() - interval '10 minutes';
            """, new { owner, channel, want, held, session = session is not null }, tx, cancellationToken: ct));
        await tx.CommitAsync(ct);
        Observability.Timeline.Share(want, share, held, split.ReserveOpen, others);
        return share;
    }

    /// <summary>
    /// Takes the reply reserve of <paramref name="channel"/> if nobody took it within <paramref name="gap"/>
    /// (<see cref="ReserveGap"/>; by the database's clock, the same for every server): granted, and a reply may leave now
    /// outside this server's share. Refused, it says how long until the reserve frees (the last take + the gap, by the
    /// database's clock), so a waiting reply asks again then (17b). One statement on a pooled connection, no lock held.
    /// </summary>
    public async Task<ReserveAnswer> TakeReserveAsync(string channel, TimeSpan gap, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var (granted, freeIn) = await connection.QuerySingleAsync<(bool, double)>(new CommandDefinition(
            """
            with taken as (
                insert into send_reserve (channel, taken_at) values (@channel, clock_timestamp())
                on conflict (channel) do update set taken_at = excluded.taken_at
                    where send_reserve.taken_at <= excluded.taken_at - make_interval(secs => @gap)
                returning 1)
            select exists (select from taken) as granted,
                   coalesce((select extract(epoch from r.taken_at - clock_timestamp())::float8 + @gap
                             from send_reserve r where r.channel = @channel), 0) as free_in
            """, new { channel, gap = gap.TotalSeconds }, cancellationToken: ct));
        return granted ? ReserveAnswer.Granted : ReserveAnswer.Refused(TimeSpan.FromSeconds(Math.Max(0, freeIn)));
    }

    /// <summary>
    /// This server stops sending for the channel: its row stops counting once its heartbeat is <see cref="Alive"/> old
    /// (no longer through its session), when its last sends have left every window at the platform; then its share
    /// goes back to the others (a row deleted at once would let them grow into the second those sends still count in).
    /// </summary>
    public async Task LeaveAsync(string owner, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            "update send_pacer set demand = 1, backend_pid = null, heartbeat_at = now() where owner = @owner", new { owner }, cancellationToken: ct));
    }
}
