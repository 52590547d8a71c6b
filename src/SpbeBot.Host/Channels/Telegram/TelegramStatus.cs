namespace SpbeBot.Host.Channels.Telegram;

/// <summary>How this server's Telegram channel is doing, for /readyz: polling, standing by, or the webhook set.</summary>
sealed class TelegramStatus(TimeProvider clock)
{
    readonly Lock _gate = new();
    DateTimeOffset? _lastOk;
    string? _lastError;

    public string State { get; private set; } = "starting";

    public void Polled() => Set("polling", null);
    public void Standby() => Set("standby", null);
    public void WebhookSet() => Set("webhook", null);
    public void Failed(string reason) => Set(State, reason);

    /// <summary>Connected: a standby server or a set webhook is fine; a poller must have reached Telegram recently.</summary>
    public (bool Connected, string Description) Check(TimeSpan pollWindow)
    {
        lock (_gate)
        {
            var recent = _lastOk is { } ok && clock.GetUtcNow() - ok <= pollWindow;
            return State switch
            {
                "standby" => (true, "standby: another server polls Telegram"),
                "webhook" => (true, "webhook set"),
                "polling" when recent => (true, "polling"),
                _ => (false, _lastError is null ? State : $"{State}: {_lastError}"),
            };
        }
    }

    void Set(string state, string? error)
    {
        lock (_gate)
        {
            State = state;
            _lastError = error;
            if (error is null) _lastOk = clock.GetUtcNow();
        }
    }
}
