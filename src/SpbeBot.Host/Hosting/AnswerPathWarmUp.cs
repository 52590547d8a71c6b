using System.Diagnostics;
using System.Text.Json;
using SpbeBot.Core.Questions;
using SpbeBot.Dialogs.Criteria;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace SpbeBot.Host.Hosting;

/// <summary>
/// Runs a few questions through the answer path once, on a thread of its own, when the server has answered nothing
/// <see cref="After"/> after it started (issue 17, 17y): the criteria parser and answer, the passage index (process
/// questions), the chat intents with their nearest labelled messages, and the Telegram update and request JSON. A
/// server that had answered nothing — the standby of two, which takes over when the other is killed — answered its
/// first questions 1.4 s late each (bench realistic crash2, wip-17y: claimed +0.7 s after the kill, handled at +2.1 s).
/// wip-17x ran this at start-up with the inbox workers waiting for it and reverted it: on two loaded cores it took the
/// CPU the start-up itself needed and delayed a restarted server's take-over. So it never runs at start-up, nobody
/// waits for it, and a server that already answered a question (its path is warm: a restarted server in the middle of
/// a broadcast) skips it. Answers nothing to anyone and writes nothing.
/// </summary>
sealed class AnswerPathWarmUp(TimeProvider time) : BackgroundService
{
    /// <summary>How long after start a server that answered nothing warms its answer path.</summary>
    public static readonly TimeSpan After = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Questions of each kind the answer path tells apart: a criteria level question (Indonesian and English), a
    /// process question (the passage index), small talk and one's own data (chat intents and their neighbours).
    /// </summary>
    internal static readonly string[] Questions =
    [
        "apa yang dibutuhkan untuk level 3 indikator 1?",
        "what is needed for level 2 of indicator 5?",
        "siapa yang menetapkan tim asesor internal?",
        "terima kasih banyak",
        "indeks spbe kita sekarang berapa?",
    ];

    const string SampleUpdate = """{"update_id":1,"message":{"message_id":1,"date":1764806400,"chat":{"id":1,"type":"private"},"from":{"id":1,"is_bot":false,"first_name":"A","language_code":"id"},"text":"apa yang dibutuhkan untuk level 3 indikator 1?"}}""";

    int _used;
    readonly TaskCompletionSource<bool> _ran = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Counted from when the server built this (its start), not from when the host got round to running it.</summary>
    readonly Task _due = Task.Delay(After, time);

    /// <summary>The inbox workers call this before they handle an update: the path warms itself, no warm-up needed.</summary>
    public void Used() => Volatile.Write(ref _used, 1);

    /// <summary>True once the warm-up ran, false when it was skipped (the server had answered something, or it stopped first).</summary>
    public Task<bool> Ran => _ran.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await _due.WaitAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            _ran.TrySetResult(false);
            return;
        }
        if (Volatile.Read(ref _used) == 1)
        {
            _ran.TrySetResult(false);
            return;
        }
        await Task.Factory.StartNew(() => Run(), stoppingToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        _ran.TrySetResult(true);
    }

    /// <summary>The warm-up itself: every question answered as a chat message would be (without a person or a database).</summary>
    /// <param name="mark">Where its two timeline marks go (done, failed); the server's timeline unless a test listens.</param>
    internal static TimeSpan Run(Action<string>? mark = null)
    {
        mark ??= Core.Observability.Timeline.Mark;
        var started = Stopwatch.GetTimestamp();
        try
        {
            // The chat intents build their nearest labelled messages only when the rules leave a message to them: built here
            // whichever of the questions below reaches them.
            _ = ChatNeighbours.Shipped;
            foreach (var question in Questions)
            {
                if (ChatIntents.Read(question).Intent != ChatIntent.None) continue;
                CriteriaAnswerer.Answer(question);
            }
            var update = JsonSerializer.Deserialize<Update>(SampleUpdate, JsonBotAPI.Options);
            JsonSerializer.SerializeToUtf8Bytes(new Telegram.Bot.Requests.SendMessageRequest { ChatId = update?.Message?.Chat.Id ?? 1, Text = "-" }, JsonBotAPI.Options);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Only the first question's speed depends on this; it is answered the ordinary way.
            mark($"host-warm-up-failed {e.GetType().Name}");
        }
        var took = Stopwatch.GetElapsedTime(started);
        mark($"host-warm-up-done ms={took.TotalMilliseconds:0}");
        return took;
    }
}
