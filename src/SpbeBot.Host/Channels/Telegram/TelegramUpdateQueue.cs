using System.Threading.Channels;
using Telegram.Bot.Types;

namespace SpbeBot.Host.Channels.Telegram;

/// <summary>Updates received by the webhook, waiting to be processed in the background.</summary>
sealed class TelegramUpdateQueue
{
    // Bounded so a flood cannot exhaust memory; when full the endpoint answers 503 and Telegram retries later.
    readonly Channel<Update> _updates = Channel.CreateBounded<Update>(new BoundedChannelOptions(1_000) { SingleReader = true });

    public bool TryAdd(Update update) => _updates.Writer.TryWrite(update);

    public IAsyncEnumerable<Update> ReadAllAsync(CancellationToken cancellationToken) => _updates.Reader.ReadAllAsync(cancellationToken);
}
