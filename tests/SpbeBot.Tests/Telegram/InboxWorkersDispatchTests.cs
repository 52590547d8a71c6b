using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SpbeBot.Core.Messaging;
using SpbeBot.Core.Messaging.Inbox;
using SpbeBot.Host.Channels;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Telegram;

/// <summary>
/// The inbox workers' dispatch (issue 17), on the in-memory inbox: a reply still travelling (the network's latency,
/// the chat's own pace) holds its conversation — its next update waits, and the update is not completed — but not the
/// worker, which goes on with other conversations.
/// </summary>
public class InboxWorkersDispatchTests
{
    sealed class Handler : IInboxHandler
    {
        public readonly ConcurrentQueue<string> Handled = new();
        public readonly TaskCompletionSource ReplyOfA1 = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public string Channel => "test";
        public bool Enabled => true;

        public Task<string?> HandleAsync(InboxItem item, PendingSends sends, CancellationToken ct)
        {
            Handled.Enqueue(item.ExternalId);
            // a1's reply is "on its way" until the test lets it arrive: handed to the worker, which waits for it.
            if (item.ExternalId == "a1") sends.Add(ReplyOfA1.Task);
            return Task.FromResult<string?>(null);
        }
    }

    static InboundUpdate Update(string conversation, string id, long seq) => new("test", id, conversation, seq, [1]);

    [Fact]
    public async Task A_reply_on_its_way_holds_its_conversation_but_not_the_only_worker()
    {
        var handler = new Handler();
        var options = Options.Create(new InboxOptions { Workers = 1, Conversations = 4, PollSeconds = 0.05 });
        var provider = new InboxProvider(new ServiceCollection().BuildServiceProvider(), options);
        var inbox = Assert.IsType<MemoryInbox>(provider.Inbox);
        using var workers = new InboxWorkers(provider, [handler], options, NullLogger<InboxWorkers>.Instance);
        await inbox.AddManyAsync([Update("a", "a1", 1), Update("a", "a2", 2), Update("b", "b1", 1)], default);
        await workers.StartAsync(default);
        try
        {
            // One worker: b1 can only be handled if a1's unfinished reply does not hold it.
            await Eventually.HoldsAsync(() => handler.Handled.Contains("b1"), "b1 handled while a1's reply is on its way");
            // A sentinel in b: once it is handled, a2 had every chance to be handled too — it must still wait for a1's reply.
            await inbox.AddAsync(Update("b", "b2", 2), default);
            await Eventually.HoldsAsync(() => handler.Handled.Contains("b2"), "the sentinel b2 handled");
            Assert.DoesNotContain("a2", handler.Handled);
            // a1 is not completed while its reply travels: nobody else may claim conversation a.
            Assert.Null(await inbox.ClaimAsync("another server", ["test"], default));

            handler.ReplyOfA1.SetResult();
            await Eventually.HoldsAsync(() => handler.Handled.Contains("a2"), "a2 handled once a1's reply went out");
            var order = handler.Handled.ToList();
            Assert.True(order.IndexOf("a1") < order.IndexOf("a2"));
            Assert.Equal(4, order.Count);   // each once
        }
        finally
        {
            handler.ReplyOfA1.TrySetResult();
            await workers.StopAsync(default);
        }
    }
}
