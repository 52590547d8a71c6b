namespace SpbeBot.Host.Channels.Telegram;

/// <summary>How this server's Telegram channel is doing, for /readyz: polling, standing by, or the webhook set.</summary>
sealed class TelegramStatus(TimeProvider clock)
{
    readonly Lock _gate = new();
    DateTimeOffset? _lastOk;
    string? _lastError;
    int _failuresInARow;

    public string State { get; private set; } = "starting";

    bool _introduced;

    public void Polled() => Set("polling", null);

    /// <summary>getMe succeeded: the token is good and Telegram is reachable.</summary>
    public void Introduced() { lock (_gate) _introduced = true; }

    /// <summary>
    /// The first long poll is under way. Its answer may take the whole poll timeout (~25 s) when nobody writes, so once
    /// getMe has succeeded the channel counts as polling from here, not only when that first poll returns.
    /// </summary>
    public void PollStarted()
    {
        bool introduced;
        lock (_gate) introduced = _introduced;
        if (introduced) Set("polling", null);
        else lock (_gate) State = "polling";
    }
    public void Standby() => Set("standby", null);
    public void WebhookSet() => Set("webhook", null);
    public void Failed(string reason) => Set(State, reason);

    /// <summary>
    /// Connected: a standby server or a set webhook is fine; a poller must have reached Telegram recently, and one
    /// failed round is not yet a problem (networks blink), three in a row are.
    /// </summary>
    public (bool Connected, string Description) Check(TimeSpan pollWindow)
    {
        lock (_gate)
        {
            var recent = _lastOk is { } ok && clock.GetUtcNow() - ok <= pollWindow;
            return State switch
            {
                "standby" => (true, "standby: another server polls Telegram"),
                "webhook" => (true, "webhook set"),
                "polling" when recent && _failuresInARow < 3 => (true, "polling"),
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
            _failuresInARow = error is null ? 0 : _failuresInARow + 1;
            if (error is null) _lastOk = clock.GetUtcNow();
        }
    }
}
