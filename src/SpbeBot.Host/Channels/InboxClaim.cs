using Microsoft.Extensions.Options;
using Npgsql;
using SpbeBot.Core.Messaging;
using SpbeBot.Core.Messaging.Inbox;
using SpbeBot.Core.Observability;
using SpbeBot.Core.Storage;

namespace SpbeBot.Host.Channels;

/// <summary>
/// One claim on a conversation held by a worker of this server (wip-17r): its generation, its token — cancelled when
/// the claim is lost — and its deadline, counted on this machine's monotonic clock from before the statement that
/// claimed or last renewed it, so it falls before the lease's expiry in the database.
/// </summary>
sealed class Claim : IDisposable
{
    readonly CancellationTokenSource _lost;
    readonly TimeSpan _valid;
    readonly TimeProvider _time;
    readonly Lock _gate = new();
    long _until = long.MinValue;
    bool _disposed;

    public Claim(string conversation, long lease, long from, TimeSpan valid, TimeProvider time)
    {
        Conversation = conversation;
        Lease = lease;
        _valid = valid;
        _time = time;
        _lost = new CancellationTokenSource(Timeout.InfiniteTimeSpan, time);
        Token = _lost.Token;
        ExtendFrom(from);
    }

    public string Conversation { get; }
    public long Lease { get; }

    /// <summary>Cancelled when the claim is lost.</summary>
    public CancellationToken Token { get; }

    /// <summary>True once the claim is no longer certain: the handling of its update must stop.</summary>
    public bool IsLost => Token.IsCancellationRequested;

    /// <summary>The fence: true while the deadline has not passed (read from the clock, not left to the timer); the claim is lost otherwise.</summary>
    public bool Fence()
    {
        if (!IsLost && _time.GetTimestamp() < Interlocked.Read(ref _until)) return true;
        Lose();
        return false;
    }

    /// <summary>The lease was renewed by a statement that began at <paramref name="start"/> (a timestamp of the time provider).</summary>
    public void ExtendFrom(long start)
    {
        var until = start + (long)(_valid.TotalSeconds * _time.TimestampFrequency);
        TimeSpan left;
        lock (_gate)
        {
            if (_disposed || IsLost || until <= Interlocked.Read(ref _until)) return;
            Interlocked.Exchange(ref _until, until);
            left = _time.GetElapsedTime(_time.GetTimestamp(), until);
        }
        // Outside the lock: cancelling runs the handler's cancellation callbacks.
        try
        {
            if (left <= TimeSpan.Zero) _lost.Cancel();
            else _lost.CancelAfter(left);
        }
        catch (ObjectDisposedException)
        {
        }
    }

    public void Lose()
    {
        lock (_gate)
            if (_disposed) return;
        try { _lost.Cancel(); }
        catch (ObjectDisposedException) { }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
        }
        _lost.Dispose();
    }
}
