using System.Collections.Concurrent;
using SpbeBot.Dialogs.Common;

namespace SpbeBot.Tests.Telegram;

/// <summary>A conversation handler whose replies the test decides; it remembers every message it was given.</summary>
public sealed class ScriptedHandler(Func<IncomingMessage, CancellationToken, Task<IReadOnlyList<Reply>>> script) : IConversationHandler
{
    readonly ConcurrentQueue<IncomingMessage> _received = new();

    /// <summary>A script that needs no awaiting (most tests).</summary>
    public ScriptedHandler(Func<IncomingMessage, IReadOnlyList<Reply>> script) : this((m, _) => Task.FromResult(script(m))) { }

    public IReadOnlyList<IncomingMessage> Received => _received.ToList();

    /// <summary>Answers every message with "echo: " and its text.</summary>
    public static ScriptedHandler Echo() => new(m => [Reply.Plain("echo: " + m.Text)]);

    public Task<IReadOnlyList<Reply>> HandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        _received.Enqueue(message);
        return script(message, cancellationToken);
    }
}
