namespace SpbeBot.Core.Messaging;

/// <summary>
/// "This message has left the machine": the one mark that decides, after a SIGKILL, whether a send is settled or must be
/// sent again — an inbox update's replies (<c>inbox_update.replied_at</c>) and an outbox row (<c>outbox_message.attempted_at</c>).
/// <see cref="Left"/> is called by the HTTP layer once the request's bytes were handed to the kernel (written and
/// flushed to the connection: see the channels' <c>WireContent</c>), never before — so a set mark means the request was
/// on the wire, and the kernel delivers what it accepted even after the process is killed (the socket is closed with
/// FIN; an RST — unread received data — only comes after the platform had answered, i.e. had the request). After a kill:
/// marked ⇒ not sent again; unmarked ⇒ never left ⇒ sent again. The duplicate window left is this mark's own write
/// (about a millisecond, no fsync) instead of the call's round trip; the loss window is a request that left and that the
/// platform refused (429, 5xx), for the time until its answer came back: <see cref="Refused"/> clears the mark as soon as
/// the answer is read, so the retry (or the restart) sends it again.
/// </summary>
/// <remarks>
/// The writes happen in the order of the calls, one after another, without holding the caller (the HTTP write path):
/// <see cref="Settled"/> completes once every mark written so far is committed (or failed: a mark that cannot be written
/// leaves the send at least once, never lost). Wait for it before recording the outcome.
/// </remarks>
/// <param name="mayLeave">
/// The fence (issue 17, wip-17r): asked by the HTTP layer just before the request's body is written; false when the
/// sender's claim on the conversation is no longer certain (its lease may have run out and another server may be
/// answering), and the request is then not sent. Null: always.
/// </param>
public sealed class SendMark(Func<bool, CancellationToken, Task> write, Action<Exception>? failed = null, Func<bool>? mayLeave = null)
{
    readonly Lock _gate = new();
    Task _last = Task.CompletedTask;
    bool _set;

    /// <summary>True once the request left and was not refused since.</summary>
    public bool IsSet { get { lock (_gate) return _set; } }

    /// <summary>False once the request must no longer leave (the claim it answers for was lost).</summary>
    public bool MayLeave => mayLeave?.Invoke() ?? true;

    /// <summary>The request's bytes are in the kernel: mark it (once; again after a refusal).</summary>
    public void Left() => Change(true);

    /// <summary>The platform answered "not taken" (429, 5xx): clear the mark, the send is tried again.</summary>
    public void Refused() => Change(false);

    /// <summary>Completes when every mark written so far is committed (never throws).</summary>
    public Task Settled { get { lock (_gate) return _last; } }

    void Change(bool set)
    {
        lock (_gate)
        {
            if (_set == set) return;
            _set = set;
            var previous = _last;
            _last = WriteAfterAsync(previous, set);
        }
    }

    async Task WriteAfterAsync(Task previous, bool set)
    {
        await previous;
        try
        {
            // Not cancelled: the request is on the wire whatever happens to the caller now.
            await write(set, CancellationToken.None);
        }
        catch (Exception e)
        {
            failed?.Invoke(e);
        }
    }
}
