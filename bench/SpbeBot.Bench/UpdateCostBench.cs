using System.Diagnostics;
using System.Text;
using Dapper;
using SpbeBot.Core.Audit;
using SpbeBot.Core.Demo;
using SpbeBot.Core.Evidence;
using SpbeBot.Core.Messaging.Inbox;
using SpbeBot.Core.People;
using SpbeBot.Core.Storage;
using SpbeBot.Dialogs.Common;
using SpbeBot.Dialogs.Conversation;
using SpbeBot.Host.Channels.Telegram;

namespace SpbeBot.Bench;

/// <summary>
/// What one criteria question costs (issue 17.5): the path of an update through the server without the network — into
/// the inbox, claimed, the Telegram update read back, the conversation handler, completed — on the embedded PostgreSQL
/// with the demo data and 200 linked Telegram chats. Reports per question: CPU of this process (app) and of the
/// PostgreSQL server processes (from /proc), the statements sent (Npgsql's activity per command), and the sequential
/// scans of person and chat_identity (pg_stat_user_tables), with EXPLAIN of the sender look-up.
/// Usage: update-cost [--questions N] [--chats N] [--show] [--breakdown]
/// </summary>
static class UpdateCostBench
{
    static readonly string[] Questions = ["level 4 indikator 32", "level 3 indikator 5", "indikator 12 level 2", "level 5 indikator 47", "level 1 indikator 20"];

    public static async Task<int> Run(string[] args)
    {
        var n = BenchArgs.Int(args, "--questions", 2_000);
        var chatCount = BenchArgs.Int(args, "--chats", 200);
        await using var bench = await BenchDatabase.StartAsync("cost");
        await DemoData.EnsureAsync(bench.Connections, DateOnly.FromDateTime(DateTime.UtcNow));
        var people = new PersonStore(bench.Connections);
        var demo = await people.ListAsync();
        for (var i = 0; i < chatCount; i++)
            await people.LinkChatAsync(demo[i % demo.Count].Id, new ChatIdentity("telegram", (700_000 + i).ToString()), Actor.System("bench"));
        Console.WriteLine($"PostgreSQL (embedded, fsync on) with demo data; {chatCount} Telegram chats linked to the {demo.Count} demo people; {n} questions one after another.");

        var statements = 0L;
        var shown = new Dictionary<string, int>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStarted = _ => Interlocked.Increment(ref statements),
            ActivityStopped = a => { if (args.Contains("--show")) lock (shown) { var text = (a.GetTagItem("db.query.text") ?? a.GetTagItem("db.statement"))?.ToString() ?? a.DisplayName; shown[text] = shown.GetValueOrDefault(text) + 1; } },
        };
        ActivitySource.AddActivityListener(listener);

        var run = new ConnectionFactory(bench.ConnectionString);
        var handler = new ConversationHandler(ConversationServices.On(run, new EvidenceOptions(Path.Combine(bench.Root, "store"))));
        var inbox = new PostgresInbox(run, new InboxOptions());
        var updateId = 1;
        async Task AskAsync(int i)
        {
            long chat = 700_000 + i % chatCount;
            var id = updateId++;
            var json = $$$"""{"update_id":{{{id}}},"message":{"message_id":{{{id}}},"date":1700000000,"chat":{"id":{{{chat}}},"type":"private","first_name":"Budi"},"from":{"id":{{{chat}}},"is_bot":false,"first_name":"Budi","language_code":"id"},"text":"{{{Questions[i % Questions.Length]}}}"}}""";
            var update = System.Text.Json.JsonSerializer.Deserialize<global::Telegram.Bot.Types.Update>(json, global::Telegram.Bot.JsonBotAPI.Options)!;
            await inbox.AddAsync(TelegramInbound.From(update, Encoding.UTF8.GetBytes(json)), default);
            var item = await inbox.ClaimAsync("bench", ["telegram"], default) ?? throw new InvalidOperationException("nothing claimed");
            var read = System.Text.Json.JsonSerializer.Deserialize<global::Telegram.Bot.Types.Update>(item.Payload, global::Telegram.Bot.JsonBotAPI.Options)!;
            var message = UpdateMapper.FromMessage(read.Message!, null)!;
            var replies = await handler.HandleAsync(message, default);
            if (replies.Count == 0 || !replies[0].Text.Contains("ndikator", StringComparison.Ordinal)) throw new InvalidOperationException("no criteria answer: " + replies.FirstOrDefault()?.Text);
            if (await inbox.CompleteAsync(item, "bench", null, more: true, default) is not null) throw new InvalidOperationException("more than one pending");
        }

        for (var i = 0; i < Math.Min(200, n); i++) await AskAsync(i);   // warm-up: JIT, caches, connection pool
        if (args.Contains("--breakdown")) await BreakdownAsync(n, chatCount, run, handler, inbox);
        // Idle backends report their counters only after PostgreSQL's idle interval (10 s): wait it out, so the set-up's
        // and the warm-up's scans are not counted in the run (with a fast run they were: 5 of person, 2 of chat_identity).
        var scansBefore = await SeqScansAsync(bench, settleSeconds: 11);
        var pgBefore = PostgresCpu(bench);
        var appBefore = Process.GetCurrentProcess().TotalProcessorTime;
        statements = 0;
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < n; i++) await AskAsync(i);
        wall.Stop();
        var app = (Process.GetCurrentProcess().TotalProcessorTime - appBefore).TotalMilliseconds / n;
        var pg = (PostgresCpu(bench) - pgBefore).TotalMilliseconds / n;
        var perQuestion = (double)Interlocked.Read(ref statements) / n;
        // The control: one deliberate sequential scan of person on the run's connections must show up in the counters.
        await using (var control = await run.OpenAsync()) await control.ExecuteScalarAsync<long>("select count(*) from person");
        // Closing the connections makes their backends report their counters.
        await inbox.DisposeAsync();
        await run.DisposeAsync();
        var scansAfter = await SeqScansAsync(bench, settle: true);

        Console.WriteLine($"\nPer criteria question (inbox add + claim + handler + complete), mean of {n}:");
        Console.WriteLine($"  CPU app         {app:0.00} ms");
        Console.WriteLine($"  CPU PostgreSQL  {pg:0.00} ms");
        Console.WriteLine($"  CPU total       {app + pg:0.00} ms   (target ≤ 3 ms)");
        Console.WriteLine($"  statements      {perQuestion:0.00}      (target ≤ 5; inbox 3 of them: add, claim, complete)");
        foreach (var table in new[] { "person", "chat_identity" })
            Console.WriteLine($"  seq scans {table,-14} {(scansAfter[table] - scansBefore[table] - (table == "person" ? 1 : 0)) / (double)n:0.000} per question ({scansAfter[table] - scansBefore[table]} in total{(table == "person" ? ", 1 of them the control" : "")})");
        Console.WriteLine($"  wall            {wall.Elapsed.TotalMilliseconds / n:0.00} ms per question, one at a time ({n / wall.Elapsed.TotalSeconds:0} questions/s)");

        foreach (var (text, count) in shown.OrderByDescending(e => e.Value))
            Console.WriteLine($"  {count / (double)(n + Math.Min(200, n)):0.00}× {text.ReplaceLineEndings(" ")[..Math.Min(150, text.ReplaceLineEndings(" ").Length)]}");
        Console.WriteLine($"  seq_scan before {string.Join(", ", scansBefore)}; after {string.Join(", ", scansAfter)}");
        await using var connection = await bench.Connections.OpenAsync();
        Console.WriteLine("\nEXPLAIN of the sender look-up (a miss of the identity cache):");
        foreach (var line in await connection.QueryAsync<string>("explain select person_id, blocked_at is not null from chat_identity where channel = 'telegram' and external_id = '700001'"))
            Console.WriteLine("  " + line);
        return 0;
    }

    /// <summary>
    /// Where the app's CPU goes: each part of the path on its own, <paramref name="n"/> times, this process's CPU per
    /// call (the parts without the database are pure CPU; the others include Npgsql's and the thread pool's share).
    /// </summary>
    static async Task BreakdownAsync(int n, int chatCount, ConnectionFactory run, ConversationHandler handler, PostgresInbox inbox)
    {
        Console.WriteLine($"\nApp CPU per call, each part on its own ({n} calls):");
        static TimeSpan Cpu() => Process.GetCurrentProcess().TotalProcessorTime;
        async Task Part(string name, Func<int, Task> part)
        {
            var before = Cpu();
            var wall = Stopwatch.StartNew();
            for (var i = 0; i < n; i++) await part(i);
            Console.WriteLine($"  {name,-50} {(Cpu() - before).TotalMilliseconds / n:0.000} ms   (wall {wall.Elapsed.TotalMilliseconds / n:0.000} ms)");
        }
        string Json(int i, int id) => $$$"""{"update_id":{{{id}}},"message":{"message_id":{{{id}}},"date":1700000000,"chat":{"id":{{{700_000 + i % chatCount}}},"type":"private","first_name":"Budi"},"from":{"id":{{{700_000 + i % chatCount}}},"is_bot":false,"first_name":"Budi","language_code":"id"},"text":"{{{Questions[i % Questions.Length]}}}"}}""";
        IncomingMessage Message(int i) => UpdateMapper.FromMessage(System.Text.Json.JsonSerializer.Deserialize<global::Telegram.Bot.Types.Update>(Json(i, 1), global::Telegram.Bot.JsonBotAPI.Options)!.Message!, null)!;
        await Part("Telegram JSON → update → message", i => { _ = Message(i); return Task.CompletedTask; });
        var opds = await new OpdStore(run).ListAsync();
        await Part("ChatIntents.Read (with the OPD names)", i => { _ = SpbeBot.Core.Questions.ChatIntents.Read(Questions[i % Questions.Length], opds.SelectMany(o => new[] { o.Name, o.Abbreviation }.Concat(o.Aliases).Where(w => !string.IsNullOrWhiteSpace(w)).Select(w => SpbeBot.Core.Questions.TextNormalizer.Normalize(w!)))); return Task.CompletedTask; });
        await Part("CriteriaAnswerer.Answer (the matcher)", i => { _ = SpbeBot.Dialogs.Criteria.CriteriaAnswerer.Answer(Questions[i % Questions.Length]); return Task.CompletedTask; });
        var services = ConversationServices.On(run, new EvidenceOptions(Path.GetTempPath()));
        await Part("People.FindSenderAsync (cached: the version)", i => services.People.FindSenderAsync("telegram", (700_000 + i % chatCount).ToString(), default));
        await Part("Instansi.GetAsync", _ => services.Instansi.GetAsync(default));
        await Part("State.GetAsync", i => services.State.GetAsync("telegram", (700_000 + i % chatCount).ToString(), (700_000 + i % chatCount).ToString(), default));
        await Part("Opds.ListAsync", _ => services.Opds.ListAsync(default));
        await Part("Evidence.ListAsync (indicator)", i => services.Evidence.ListAsync(new EvidenceFilter { Framework = "spbe-2024", Year = 2026, Indicator = 1 + i % 47 }, default));
        await Part("Plans.ListAsync (OPD, indicator)", i => services.Plans.ListAsync(new SpbeBot.Core.Plans.PlanFilter { Opd = opds[i % opds.Count].Name, Framework = "spbe-2024", Year = 2026, Indicator = 1 + i % 47 }, default));
        var messages = Enumerable.Range(0, n).Select(Message).ToList();
        await Part("ConversationHandler.HandleAsync (with its reads)", i => handler.HandleAsync(messages[i], default));
        await Part("one statement: select 1", async _ => { await using var c = await run.OpenAsync(); await c.ExecuteScalarAsync<int>("select 1"); });
        var id = 5_000_000;
        await Part("inbox add + claim + complete", async i =>
        {
            var json = Json(i, ++id);
            var update = System.Text.Json.JsonSerializer.Deserialize<global::Telegram.Bot.Types.Update>(json, global::Telegram.Bot.JsonBotAPI.Options)!;
            await inbox.AddAsync(TelegramInbound.From(update, Encoding.UTF8.GetBytes(json)), default);
            var item = await inbox.ClaimAsync("bench", ["telegram"], default) ?? throw new InvalidOperationException("nothing claimed");
            await inbox.CompleteAsync(item, "bench", null, more: true, default);
        });
    }

    static async Task<Dictionary<string, long>> SeqScansAsync(BenchDatabase bench, bool settle = false, double settleSeconds = 0)
    {
        if (settle) await Task.Delay(TimeSpan.FromSeconds(1.5));   // exited backends flush their statistics
        if (settleSeconds > 0) await Task.Delay(TimeSpan.FromSeconds(settleSeconds));
        await using var connection = await bench.Connections.OpenAsync();
        await connection.ExecuteAsync("select pg_stat_clear_snapshot()");
        return (await connection.QueryAsync<(string, long)>("select relname, seq_scan from pg_stat_user_tables where relname in ('person', 'chat_identity')"))
            .ToDictionary(r => r.Item1, r => r.Item2);
    }

    /// <summary>User + system CPU of every process of the cluster (the postmaster's children), from /proc.</summary>
    static TimeSpan PostgresCpu(BenchDatabase bench)
    {
        var postmaster = int.Parse(File.ReadLines(Path.Combine(bench.Root, "pgdata", "postmaster.pid")).First());
        long ticks = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out _)) continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                // After "pid (comm) ": state ppid … utime is field 14, stime 15 of the full line (index 11, 12 here).
                if (int.Parse(fields[1]) == postmaster || Path.GetFileName(dir) == postmaster.ToString())
                    ticks += long.Parse(fields[11]) + long.Parse(fields[12]);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
            {
            }
        }
        return TimeSpan.FromMilliseconds(ticks * 10.0);   // USER_HZ is 100 on Linux
    }
}
