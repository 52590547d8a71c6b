using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using SpbeBot.Core.Messaging;
using SpbeBot.Core.Messaging.Inbox;
using SpbeBot.Dialogs.Common;
using SpbeBot.Host.Channels;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Telegram;

/// <summary>
/// Issue 17, the InboxKillTests flake: a server restarted after a kill opened connections while two other servers
/// held theirs, and PostgreSQL refused some with "53300: sorry, too many clients already". An update whose dialog met
/// that refusal was answered "something went wrong" and recorded as handled — the question lost behind an apology;
/// an update whose completion met it left its conversation claimed by the live server, whose heartbeat renewed the
/// claim for ever — the conversation's updates never handled until a restart. A database away for a moment must
/// be waited out: the update stays pending and is handled (once its replies went out, recorded) when it is back.
/// </summary>
public class InboxDatabaseAwayTests
{
    const long Chat = 5353;

    /// <summary>What PostgreSQL says when every connection it allows is taken (Npgsql counts it transient).</summary>
    static PostgresException TooManyClients() => new("sorry, too many clients already", "FATAL", "FATAL", "53300");

    [Fact]
    public async Task A_question_the_database_refused_for_a_moment_is_answered_not_apologised_for()
    {
        var refusals = 2;
        var handler = new ScriptedHandler(m =>
        {
            if (m.Text == "pertanyaan" && Interlocked.Decrement(ref refusals) >= 0) throw TooManyClients();
            return [Reply.Plain("echo: " + m.Text)];
        });
        await using var bot = await TelegramHarness.StartAsync(handler);
        bot.Api.EnqueueText(Chat, "pertanyaan");
        await Eventually.HoldsAsync(() => bot.Api.Delivered(Chat).Any(m => m.Text == "echo: pertanyaan"), "the question answered once the database is back",
            diagnose: () => "delivered: " + string.Join(" | ", bot.Api.Delivered(Chat).Select(m => m.Text)));
        // A sentinel: had the question also been answered otherwise (an apology), it would have come before this.
        bot.Api.EnqueueText(Chat, "sentinel");
        await Eventually.HoldsAsync(() => bot.Api.Delivered(Chat).Any(m => m.Text == "echo: sentinel"), "the sentinel");

        Assert.Equal(["echo: pertanyaan", "echo: sentinel"], bot.Api.Delivered(Chat).Select(m => m.Text));
        Assert.Equal(3, handler.Received.Count(m => m.Text == "pertanyaan"));   // refused twice, then handled
    }

    /// <summary>The in-memory inbox whose <see cref="IInbox.CompleteAsync"/> the database refuses the first time.</summary>
    sealed class RefusingInbox(MemoryInbox inner) : IInbox
    {
        int _refusals = 1;
        public Task<bool> AddAsync(InboundUpdate update, CancellationToken ct) => inner.AddAsync(update, ct);
        public Task<int> AddManyAsync(IReadOnlyList<InboundUpdate> updates, CancellationToken ct) => inner.AddManyAsync(updates, ct);
        public Task<InboxItem?> ClaimAsync(string owner, IReadOnlyCollection<string> channels, CancellationToken ct) => inner.ClaimAsync(owner, channels, ct);
        public Task<InboxItem?> CompleteAsync(InboxItem item, string owner, string? failure, bool more, CancellationToken ct, TimeSpan replyGap = default) =>
            Interlocked.Decrement(ref _refusals) >= 0 ? throw TooManyClients() : inner.CompleteAsync(item, owner, failure, more, ct, replyGap);
        public Task ReleaseAsync(string conversation, string owner, CancellationToken ct) => inner.ReleaseAsync(conversation, owner, ct);
        public Task RenewAsync(string owner, CancellationToken ct) => inner.RenewAsync(owner, ct);
        public Task MarkRepliedAsync(long id, bool replied, CancellationToken ct) => inner.MarkRepliedAsync(id, replied, ct);
        public Task WaitForWorkAsync(TimeSpan max, CancellationToken ct) => inner.WaitForWorkAsync(max, ct);
    }

    sealed class Recorder : IInboxHandler
    {
        public readonly System.Collections.Concurrent.ConcurrentQueue<string> Handled = new();
        public string Channel => "test";
        public bool Enabled => true;

        public Task<string?> HandleAsync(InboxItem item, PendingSends sends, CancellationToken ct)
        {
            Handled.Enqueue(item.ExternalId);
            return Task.FromResult<string?>(null);
        }
    }

    [Fact]
    public async Task A_completion_the_database_refused_for_a_moment_does_not_strand_the_conversation()
    {
        var memory = new MemoryInbox();
        var inbox = new RefusingInbox(memory);
        var options = Options.Create(new InboxOptions { Workers = 2, Conversations = 4, PollSeconds = 0.05 });
        var provider = new InboxProvider(new ServiceCollection().AddSingleton<IInbox>(inbox).BuildServiceProvider(), options);
        var handler = new Recorder();
        using var workers = new InboxWorkers(provider, [handler], options, NullLogger<InboxWorkers>.Instance);
        await inbox.AddManyAsync([new("test", "a1", "a", 1, [1]), new("test", "a2", "a", 2, [1])], default);
        await workers.StartAsync(default);
        try
        {
            await Eventually.HoldsAsync(() => handler.Handled.Contains("a2"), "a2 handled after a1's completion was refused once",
                diagnose: () => "handled: " + string.Join(", ", handler.Handled));
            // A sentinel in the same conversation: nothing of it may be handled twice or out of order.
            await inbox.AddAsync(new("test", "a3", "a", 3, [1]), default);
            await Eventually.HoldsAsync(() => handler.Handled.Contains("a3"), "the sentinel a3");
            Assert.Equal(["a1", "a2", "a3"], handler.Handled);
            Assert.Empty(memory.Failed);
        }
        finally
        {
            await workers.StopAsync(default);
        }
    }
}
