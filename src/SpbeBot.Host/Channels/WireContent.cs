using System.Net;
using SpbeBot.Core.Messaging;

namespace SpbeBot.Host.Channels;

/// <summary>
/// A request body that says when it has left the process: it writes the wrapped content to the connection, flushes it
/// (SocketsHttpHandler's HTTP/1.1 request stream writes its buffer to the socket — through SslStream with TLS, whose
/// write completes once the encrypted record is in the socket), and only then calls <see cref="SendMark.Left"/>. The
/// kernel delivers what it accepted even if this process is killed the next moment (Linux closes the socket with FIN
/// and keeps sending; see bench/tcp_kill_experiment.py and docs/benchmarks.md). Only for HTTP/1.x: with HTTP/2 the body
/// goes into a shared connection's buffer first, so the mark would come too early — such requests are not wrapped.
/// </summary>
sealed class WireContent : HttpContent
{
    readonly HttpContent _inner;
    readonly SendMark _mark;

    WireContent(HttpContent inner, SendMark mark)
    {
        _inner = inner;
        _mark = mark;
        foreach (var header in inner.Headers) Headers.TryAddWithoutValidation(header.Key, header.Value);
    }

    /// <summary>The request with its body wrapped, when it has one and goes as HTTP/1.x; otherwise unchanged.</summary>
    public static void Wrap(HttpRequestMessage request, SendMark? mark)
    {
        if (mark is null || request.Content is null or WireContent || request.Version.Major >= 2) return;
        request.Content = new WireContent(request.Content, mark);
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        // The fence: the last moment before the body leaves. A claim that is no longer certain sends nothing (an
        // incomplete request — headers at most — is never carried out by the platform).
        if (!_mark.MayLeave)
        {
            cancellationToken.ThrowIfCancellationRequested();
            throw new OperationCanceledException("The claim on the conversation was lost: the request did not leave.");
        }
        await _inner.CopyToAsync(stream, context, cancellationToken);
        await stream.FlushAsync(cancellationToken);
        _mark.Left();
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override bool TryComputeLength(out long length)
    {
        if (_inner.Headers.ContentLength is { } known)
        {
            length = known;
            return true;
        }
        length = 0;
        return false;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _inner.Dispose();
        base.Dispose(disposing);
    }
}

/// <summary>
/// For clients that build their requests themselves (Telegram.Bot): the mark of the send under way reaches this
/// handler through <see cref="Current"/> (set by the sender around its one call, flowing with the async call), and the
/// request body is wrapped in a <see cref="WireContent"/>.
/// </summary>
sealed class WireMarkHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    static readonly AsyncLocal<SendMark?> Ambient = new();

    /// <summary>The mark for requests made by the current call (null: none).</summary>
    public static SendMark? Current
    {
        get => Ambient.Value;
        set => Ambient.Value = value;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        WireContent.Wrap(request, Current);
        var response = await base.SendAsync(request, cancellationToken);
        SendTicket.Current?.Answered();   // the pacer counts the send from its answer's headers, not from after the parsing
        return response;
    }
}
