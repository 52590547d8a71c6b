using System.Net;
using System.Text;
using SpbeBot.Core.Messaging;
using SpbeBot.Host.Channels;

namespace SpbeBot.Tests.Telegram;

/// <summary>
/// Issue 17, "N answered, each exactly once": a send is marked as left only once its request body was written and
/// flushed to the connection, and the marks are written in order (set, cleared after a refusal, set again).
/// </summary>
public class SendMarkTests
{
    /// <summary>Stands in for the connection: records every write and flush and whether the mark was set at that moment.</summary>
    sealed class RecordingStream(SendMark mark) : MemoryStream
    {
        public readonly List<string> Events = [];

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Events.Add($"write {count} marked={mark.IsSet}");
            return base.WriteAsync(buffer, offset, count, cancellationToken);
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Events.Add($"write {buffer.Length} marked={mark.IsSet}");
            return base.WriteAsync(buffer, cancellationToken);
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            Events.Add($"write {count} marked={mark.IsSet}");
            base.Write(buffer, offset, count);
        }

        public override Task FlushAsync(CancellationToken cancellationToken)
        {
            Events.Add($"flush marked={mark.IsSet}");
            return Task.CompletedTask;
        }
    }

    /// <summary>The transport: copies the body to the recording stream the way SocketsHttpHandler copies it to the connection.</summary>
    sealed class RecordingTransport(RecordingStream connection) : HttpMessageHandler
    {
        public bool? MarkedBeforeCopy;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            MarkedBeforeCopy = request.Content is null ? null : connection.Events.Count > 0;
            if (request.Content is not null) await request.Content.CopyToAsync(connection, cancellationToken);
            return new HttpResponseMessage(HttpStatusCode.OK);
        }
    }

    static (HttpMessageInvoker Client, SendMark Mark, RecordingStream Connection, List<bool> Writes) Arrange()
    {
        var writes = new List<bool>();
        var mark = new SendMark((set, _) => { lock (writes) writes.Add(set); return Task.CompletedTask; });
        var connection = new RecordingStream(mark);
        return (new HttpMessageInvoker(new WireMarkHandler(new RecordingTransport(connection))), mark, connection, writes);
    }

    [Fact]
    public async Task A_request_is_marked_only_after_its_whole_body_was_written_and_flushed()
    {
        var (client, mark, connection, writes) = Arrange();
        var body = new string('x', 100_000);
        WireMarkHandler.Current = mark;
        using var request = new HttpRequestMessage(HttpMethod.Post, "http://telegram.invalid/bot1:x/sendMessage")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        Assert.False(mark.IsSet);
        using var response = await client.SendAsync(request, default);
        await mark.Settled;

        Assert.True(mark.IsSet);
        Assert.Equal([true], writes);
        Assert.Equal(100_000, connection.Length);
        Assert.Equal(100_000, request.Content.Headers.ContentLength);   // the length is kept: no chunked encoding
        Assert.Equal("application/json", request.Content.Headers.ContentType?.MediaType);
        // Every write and the flush happened before the mark; the flush came after the last byte.
        Assert.All(connection.Events, e => Assert.EndsWith("marked=False", e));
        Assert.StartsWith("flush", connection.Events[^1]);
    }

    [Fact]
    public async Task A_request_without_a_body_or_over_http2_or_without_a_mark_is_not_wrapped()
    {
        var (client, mark, _, writes) = Arrange();
        WireMarkHandler.Current = mark;
        using (var get = new HttpRequestMessage(HttpMethod.Get, "http://telegram.invalid/file/bot1:x/a.pdf"))
            (await client.SendAsync(get, default)).Dispose();
        using (var http2 = new HttpRequestMessage(HttpMethod.Post, "http://telegram.invalid/x") { Version = HttpVersion.Version20, Content = new StringContent("{}") })
        {
            (await client.SendAsync(http2, default)).Dispose();
            Assert.IsNotType<WireContent>(http2.Content);
        }
        WireMarkHandler.Current = null;
        using (var unmarked = new HttpRequestMessage(HttpMethod.Post, "http://telegram.invalid/x") { Content = new StringContent("{}") })
        {
            (await client.SendAsync(unmarked, default)).Dispose();
            Assert.IsNotType<WireContent>(unmarked.Content);
        }
        await mark.Settled;
        Assert.Empty(writes);
        Assert.False(mark.IsSet);
    }

    [Fact]
    public async Task Marks_are_written_in_order_once_each_and_a_failed_write_leaves_the_send_at_least_once()
    {
        var writes = new List<bool>();
        var slow = new TaskCompletionSource();
        var mark = new SendMark(async (set, _) =>
        {
            if (writes.Count == 0) await slow.Task;   // the first write is slow: the later ones must wait for it
            writes.Add(set);
        });
        mark.Left();
        mark.Left();   // once
        mark.Refused();   // a 429 came back: cleared
        mark.Left();   // the retry left
        Assert.False(mark.Settled.IsCompleted);
        slow.SetResult();
        await mark.Settled;
        Assert.Equal([true, false, true], writes);

        var failures = new List<Exception>();
        var broken = new SendMark((_, _) => throw new InvalidOperationException("the database is away"), failures.Add);
        broken.Left();
        await broken.Settled;   // never throws: the send itself went out
        Assert.Single(failures);
    }
}
