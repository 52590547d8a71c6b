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
/// Issue 17u: long network-bound work (a file's download) steps out of its inbox worker (<see cref="WorkerSlot"/>): the
/// only worker goes on with other conversations while the download runs, the downloading conversation stays held (its
/// next update waits, nobody else can claim it), and the rest of the handler takes a worker again.
/// </summary>
public class InboxWorkerSlotTests
{
    sealed class Handler : IInboxHandler
    {
        public readonly ConcurrentQueue<string> Events = new();
        public readonly TaskCompletionSource DownloadOfA1 = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public int Running;
        public int MostRunning;
        public string Channel => "test";
        public bool Enabled => true;

        public async Task<string?> HandleAsync(InboxItem item, PendingSends sends, CancellationToken ct)
        {
            Enter();
            Events.Enqueue("start " + item.ExternalId);
            if (item.ExternalId == "a1")
            {
                Exit();
                await using (await WorkerSlot.StepAsideAsync(ct))
                    await DownloadOfA1.Task.WaitAsync(ct);   // "downloading"
                Enter();
            }
            Events.Enqueue("end " + item.ExternalId);
            Exit();
            return null;
        }

        // Handlers running on a worker at once (outside the download).
        void Enter()
        {
            var now = Interlocked.Increment(ref Running);
            int most;
            while (now > (most = Volatile.Read(ref MostRunning)) && Interlocked.CompareExchange(ref MostRunning, now, most) != most) { }
        }

        void Exit() => Interlocked.Decrement(ref Running);
    }

    static InboundUpdate Update(string conversation, string id, long seq) => new("test", id, conversation, seq, [1]);

    [Fact]
    public async Task A_download_steps_out_of_the_only_worker_and_keeps_its_conversation_in_order()
    {
        var handler = new Handler();
        var options = Options.Create(new InboxOptions { Workers = 1, Conversations = 4, Aside = 2, PollSeconds = 0.05 });
        var provider = new InboxProvider(new ServiceCollection().BuildServiceProvider(), options);
        var inbox = Assert.IsType<MemoryInbox>(provider.Inbox);
        using var workers = new InboxWorkers(provider, [handler], options, NullLogger<InboxWorkers>.Instance);
        await inbox.AddManyAsync([Update("a", "a1", 1), Update("a", "a2", 2)], default);
        await workers.StartAsync(default);
        try
        {
            await Eventually.HoldsAsync(() => handler.Events.Contains("start a1"), "a1 started");
            // One worker, held by nobody while a1 downloads: b is handled.
            await inbox.AddManyAsync([Update("b", "b1", 1), Update("b", "b2", 2)], default);
            await Eventually.HoldsAsync(() => handler.Events.Contains("end b2"), "b handled while a1 downloads");
            Assert.DoesNotContain("start a2", handler.Events);
            // a stays claimed by its worker during the download.
            Assert.Null(await inbox.ClaimAsync("another server", ["test"], default));

            handler.DownloadOfA1.SetResult();
            await Eventually.HoldsAsync(() => handler.Events.Contains("end a2"), "a2 handled after a1");
            var order = handler.Events.ToList();
            Assert.True(order.IndexOf("end a1") < order.IndexOf("start a2"), string.Join(", ", order));
            Assert.Equal(8, order.Count);   // each once
            Assert.Equal(1, handler.MostRunning);   // the worker bound held outside the download
        }
        finally
        {
            handler.DownloadOfA1.TrySetResult();
            await workers.StopAsync(default);
        }
    }

    [Fact]
    public async Task Outside_an_inbox_worker_stepping_aside_does_nothing()
    {
        await using (await WorkerSlot.StepAsideAsync(default))
        {
        }
        using var workers = new SemaphoreSlim(1);
        using var lane = new SemaphoreSlim(1);
        var slot = new WorkerSlot(workers, lane);
        await slot.EnterAsync(default);
        var inside = await slot.RunAsync(async () =>
        {
            await using (await WorkerSlot.StepAsideAsync(default))
            {
                // Out of the worker, in the lane.
                Assert.Equal(1, workers.CurrentCount);
                Assert.Equal(0, lane.CurrentCount);
                await using (await WorkerSlot.StepAsideAsync(default))   // nested: nothing more
                    Assert.Equal(0, lane.CurrentCount);
            }
            return workers.CurrentCount;
        });
        Assert.Equal(0, inside);   // the worker taken again after the download
        Assert.True(slot.Held);
        Assert.Equal(1, slot.StepsAside);
        slot.Leave();
        Assert.Equal(1, workers.CurrentCount);
        Assert.Equal(1, lane.CurrentCount);
    }
}
