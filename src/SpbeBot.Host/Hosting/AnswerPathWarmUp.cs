using System.Diagnostics;
using System.Text.Json;
using SpbeBot.Core.Questions;
using SpbeBot.Dialogs.Criteria;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace SpbeBot.Host.Hosting;

/// <summary>
/// Runs a few questions through the answer path once at start-up, on a thread of its own, while the database opens
/// (issue 17, wip-17x): the criteria parser and answer, the passage index (process questions), the chat intents with
/// their nearest labelled messages, and the Telegram update and request JSON. A process restarted in the middle of a
/// broadcast answered its first questions a second or more late (each first use builds an index or compiles code:
/// bench realistic crash, replies p99 1.5 s on a quiet machine, 17w); the inbox workers wait for this (at most
/// <see cref="MaxWait"/>) before they take conversations. Answers nothing to anyone and writes nothing.
/// </summary>
sealed class AnswerPathWarmUp
{
    /// <summary>The inbox workers never wait longer than this: a slow warm-up must not hold a server's questions.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(5);

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

    readonly Task<TimeSpan> _done = Task.Run(() => Run());

    /// <summary>Completes with how long the warm-up took (never throws: a failed warm-up only leaves the first question slower).</summary>
    public Task<TimeSpan> Done => _done;

    /// <summary>Waits for the warm-up, at most <see cref="MaxWait"/>.</summary>
    public async Task WaitAsync(CancellationToken ct)
    {
        try { await _done.WaitAsync(MaxWait, ct); }
        catch (TimeoutException) { }
    }

    /// <summary>The warm-up itself: every question answered as a chat message would be (without a person or a database).</summary>
    /// <param name="mark">Where its two timeline marks go (done, failed); the server's timeline unless a test listens.</param>
    internal static TimeSpan Run(Action<string>? mark = null)
    {
        mark ??= Core.Observability.Timeline.Mark;
        var started = Stopwatch.GetTimestamp();
        try
        {
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
