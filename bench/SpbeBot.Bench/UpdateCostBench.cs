using System.Diagnostics;
using System.Text;
using Dapper;
using SpbeBot.Core.Audit;
using SpbeBot.Core.Demo;
using SpbeBot.Core.Evidence;
using SpbeBot.Core.Messaging;
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
/// Usage: update-cost [--questions N] [--chats N] [--show] [--breakdown] [--quick-warmup] [--pgss] [--perf FILE] [--no-network] [--separate-claim] [--explain]
/// </summary>
static class UpdateCostBench
{
    static readonly string[] Questions = ["level 4 indikator 32", "level 3 indikator 5", "indikator 12 level 2", "level 5 indikator 47", "level 1 indikator 20"];

    public static async Task<int> Run(string[] args)
    {
        var n = BenchArgs.Int(args, "--questions", 2_000);
        var chatCount = BenchArgs.Int(args, "--chats", 200);
        var idleSeconds = BenchArgs.Int(args, "--idle-seconds", 10);
        var pgss = args.Contains("--pgss");
        var explain = args.Contains("--explain");
        // Extra connection-string settings for a trial (e.g. "Max Auto Prepare=20"), on the run's connections only.
        var extra = Array.IndexOf(args, "--conn") is >= 0 and var ci && ci + 1 < args.Length ? args[ci + 1] : null;
        await using var bench = await BenchDatabase.StartAsync("cost",
            string.Join(",", new[] { pgss ? "pg_stat_statements" : null, explain ? "auto_explain" : null }.OfType<string>()) is { Length: > 0 } preload ? preload : null);
        await DemoData.EnsureAsync(bench.Connections, DateOnly.FromDateTime(DateTime.UtcNow));
        var people = new PersonStore(bench.Connections);
        var demo = await people.ListAsync();
        for (var i = 0; i < chatCount; i++)
            await people.LinkChatAsync(demo[i % demo.Count].Id, new ChatIdentity("telegram", (700_000 + i).ToString()), Actor.System("bench"));
        Console.WriteLine($"PostgreSQL (embedded, fsync on) with demo data; {chatCount} Telegram chats linked to the {demo.Count} demo people; {n} questions one after another; {(args.Contains("--no-network") ? "no network (handler only, no send, no replied mark)" : "the production path: replies over HTTP to a fake Bot API in another process, the replied mark written" + (args.Contains("--separate-claim") ? ", add and claim separate" : ", add + claim in one statement"))}.");
        Console.WriteLine($"Load average at the start: {LoadAverage()}{(extra is null ? "" : $"; connection settings: {extra}")}{(pgss ? "; pg_stat_statements loaded" : "")}");

        // Statements are counted in a separate phase (Npgsql's activities): a listener costs this process CPU per
        // statement, which the timed phase must not carry.
        var statements = 0L;
        var counting = false;
        var shown = new Dictionary<string, int>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => Volatile.Read(ref counting) ? ActivitySamplingResult.AllData : ActivitySamplingResult.None,
            ActivityStarted = _ => Interlocked.Increment(ref statements),
            ActivityStopped = a => { if (args.Contains("--show")) lock (shown) { var text = (a.GetTagItem("db.query.text") ?? a.GetTagItem("db.statement"))?.ToString() ?? a.DisplayName; shown[text] = shown.GetValueOrDefault(text) + 1; } },
        };
        ActivitySource.AddActivityListener(listener);

        var run = new ConnectionFactory(extra is null ? bench.ConnectionString : bench.ConnectionString + ";" + extra);
        var handler = new ConversationHandler(ConversationServices.On(run, new EvidenceOptions(Path.Combine(bench.Root, "store"))));
        var inbox = new PostgresInbox(run, new InboxOptions());
        // The production path (issue 17p): the replies go through the real TelegramInbound → TelegramUpdateProcessor →
        // TelegramSender → Telegram.Bot over HTTP (WireMarkHandler) to a fake Bot API in a separate process (its CPU is
        // not this process's), so the update's replied mark is written once the request is in the kernel, as in
        // production. --no-network: the old path (handler only, no send, no mark).
        var network = !args.Contains("--no-network");
        await using var wire = network ? await WirePath.StartAsync(run, handler) : null;
        const string Owner = "bench";
        var updateId = 1;
        async Task AskAsync(int i)
        {
            long chat = 700_000 + i % chatCount;
            var id = updateId++;
            var json = $$$"""{"update_id":{{{id}}},"message":{"message_id":{{{id}}},"date":1700000000,"chat":{"id":{{{chat}}},"type":"private","first_name":"Budi"},"from":{"id":{{{chat}}},"is_bot":false,"first_name":"Budi","language_code":"id"},"text":"{{{Questions[i % Questions.Length]}}}"}}""";
            var update = System.Text.Json.JsonSerializer.Deserialize<global::Telegram.Bot.Types.Update>(json, global::Telegram.Bot.JsonBotAPI.Options)!;
            var inbound = TelegramInbound.From(update, Encoding.UTF8.GetBytes(json));
            InboxItem item;
            if (wire is not null && !args.Contains("--separate-claim"))
            {
                // As the webhook/poller does with an idle worker: add and claim in one statement, the item handed over.
                var (_, claimed) = await inbox.AddAndClaimAsync(inbound, Owner, default);
                item = claimed ?? throw new InvalidOperationException("not claimed on arrival");
            }
            else
            {
                await inbox.AddAsync(inbound, default);
                item = await inbox.ClaimAsync(Owner, ["telegram"], default) ?? throw new InvalidOperationException("nothing claimed");
            }
            if (wire is not null)
            {
                // As InboxWorkers does: the handler starts the sends, the mark is written once the request left, the
                // worker waits for both before it records the outcome.
                var sends = new PendingSends(new SendMark((replied, token) => inbox.MarkRepliedAsync(item.Id, replied, token),
                    e => throw new InvalidOperationException("mark not written", e)));
                // The handler runs fenced by its claim, as in InboxWorkers: every connection it opens reads the clock first.
                var deadline = Stopwatch.GetTimestamp() + 8 * Stopwatch.Frequency;
                var failure = await ClaimFence.RunAsync(() => Stopwatch.GetTimestamp() < deadline, () => wire.Inbound.HandleAsync(item, sends, default));
                await sends.WhenAllAsync();
                if (failure is not null || sends.Replied is not { IsSet: true }) throw new InvalidOperationException("not answered: " + failure);
                if (await inbox.CompleteAsync(item, Owner, null, more: true, default) is not null) throw new InvalidOperationException("more than one pending");
                return;
            }
            var read = System.Text.Json.JsonSerializer.Deserialize<global::Telegram.Bot.Types.Update>(item.Payload, global::Telegram.Bot.JsonBotAPI.Options)!;
            var message = UpdateMapper.FromMessage(read.Message!, null)!;
            var replies = await handler.HandleAsync(message, default);
            if (replies.Count == 0 || !replies[0].Text.Contains("ndikator", StringComparison.Ordinal)) throw new InvalidOperationException("no criteria answer: " + replies.FirstOrDefault()?.Text);
            if (await inbox.CompleteAsync(item, Owner, null, more: true, default) is not null) throw new InvalidOperationException("more than one pending");
        }

        // Warm-up: JIT (tiered: a method reaches its optimised code after 30 calls and a pause, through an instrumented
        // tier first), caches, connection pool. Rounds of 200 questions and a pause until a round compiles (almost)
        // nothing more: two fixed rounds (--quick-warmup, as before 17l) left ~4,000 methods to tier up inside the timed
        // run on a busy machine, a one-time cost a running server does not pay per question. Reported below.
        var warmRounds = 0;
        for (long before = -1; warmRounds < (args.Contains("--quick-warmup") ? 2 : 20); warmRounds++)
        {
            if (warmRounds >= 2 && !args.Contains("--quick-warmup") && System.Runtime.JitInfo.GetCompiledMethodCount() - before <= 10) break;
            before = System.Runtime.JitInfo.GetCompiledMethodCount();
            for (var i = 0; i < Math.Min(200, n); i++) await AskAsync(i);
            await Task.Delay(500);
        }
        if (args.Contains("--breakdown")) await BreakdownAsync(n, chatCount, run, handler, inbox);
        // Idle backends report their counters only after PostgreSQL's idle interval (10 s): wait it out, so the set-up's
        // and the warm-up's scans are not counted in the run (with a fast run they were: 5 of person, 2 of chat_identity).
        var scansBefore = await SeqScansAsync(bench, settleSeconds: 11);

        // Background: the same process and cluster doing nothing (timers, the LISTEN connection, walwriter,
        // checkpointer, autovacuum), measured before and after the run; a per-question figure subtracts its rate.
        var idleBefore = await IdleAsync(bench, idleSeconds);
        if (pgss) await using (var reset = await bench.Connections.OpenAsync()) await reset.ExecuteAsync("create extension if not exists pg_stat_statements; select pg_stat_statements_reset()");

        // --perf FILE: `perf record -g` of this process and the cluster's processes over the timed phase only.
        using var perf = Array.IndexOf(args, "--perf") is >= 0 and var pi && pi + 1 < args.Length ? StartPerf(bench, args[pi + 1]) : null;
        var walBefore = await WalAsync(bench);
        var jitBefore = (System.Runtime.JitInfo.GetCompiledMethodCount(), System.Runtime.JitInfo.GetCompilationTime());
        var gcBefore = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalAllocatedBytes(precise: true));
        var pgBefore = PostgresCpu(bench);
        var appBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < n; i++) await AskAsync(i);
        wall.Stop();
        if (perf is not null)
        {
            using (var stop = Process.Start("kill", ["-INT", perf.Id.ToString()])) await stop.WaitForExitAsync();
            await perf.WaitForExitAsync();
        }
        var appRun = (Process.GetCurrentProcess().TotalProcessorTime - appBefore).TotalMilliseconds;
        var jit = (System.Runtime.JitInfo.GetCompiledMethodCount() - jitBefore.Item1, (System.Runtime.JitInfo.GetCompilationTime() - jitBefore.Item2).TotalMilliseconds);
        var pgRun = Diff(PostgresCpu(bench), pgBefore);
        var gc = (GC.CollectionCount(0) - gcBefore.Item1, GC.CollectionCount(1) - gcBefore.Item2, GC.CollectionCount(2) - gcBefore.Item3, GC.GetTotalAllocatedBytes(precise: true) - gcBefore.Item4);
        var loadAfterRun = LoadAverage();
        var walAfter = await WalAsync(bench);
        string? statementsReport = pgss ? await StatementsAsync(bench, n) : null;
        var idleAfter = await IdleAsync(bench, idleSeconds);

        // The counted phase: statements per question, with the listener on.
        var counted = Math.Min(n, 300);
        var appCountedBefore = Process.GetCurrentProcess().TotalProcessorTime;
        Volatile.Write(ref counting, true);
        for (var i = 0; i < counted; i++) await AskAsync(i);
        Volatile.Write(ref counting, false);
        var appCounted = (Process.GetCurrentProcess().TotalProcessorTime - appCountedBefore).TotalMilliseconds / counted;
        var perQuestion = (double)Interlocked.Read(ref statements) / counted;

        // --explain: EXPLAIN (ANALYZE, BUFFERS) of every statement of a few more questions, by auto_explain (after the
        // counted phases, so it costs them nothing), with JIT's setting and its use over the run.
        if (explain) await ExplainAsync(bench, async () => { for (var i = 0; i < 3; i++) await AskAsync(counted + i); });

        // The control: one deliberate sequential scan of person on the run's connections must show up in the counters.
        await using (var control = await run.OpenAsync()) await control.ExecuteScalarAsync<long>("select count(*) from person");
        // Closing the connections makes their backends report their counters.
        await inbox.DisposeAsync();
        await run.DisposeAsync();
        var scansAfter = await SeqScansAsync(bench, settle: true);

        var seconds = wall.Elapsed.TotalSeconds;
        double IdleRate(string kind) => (idleBefore.Cpu.GetValueOrDefault(kind) + idleAfter.Cpu.GetValueOrDefault(kind)) / (idleBefore.Seconds + idleAfter.Seconds);
        var appIdle = (idleBefore.App + idleAfter.App) / (idleBefore.Seconds + idleAfter.Seconds);
        var pgGross = pgRun.Values.Sum() / n;
        var pgIdle = pgRun.Keys.Concat(idleBefore.Cpu.Keys).Distinct().Sum(IdleRate);
        var app = (appRun - appIdle * seconds) / n;
        var pg = (pgRun.Values.Sum() - pgIdle * seconds) / n;
        Console.WriteLine($"\nPer criteria question (inbox add + claim + handler + {(network ? "send + replied mark + " : "")}complete), mean of {n} (load average after the run: {loadAfterRun}):");
        Console.WriteLine($"  CPU app         {app:0.00} ms   (gross {appRun / n:0.00} ms, less the idle process's {appIdle:0.00} ms/s over {seconds:0.0} s)");
        Console.WriteLine($"  CPU PostgreSQL  {pg:0.00} ms   (gross {pgGross:0.00} ms, less the idle cluster's {pgIdle:0.00} ms/s)");
        Console.WriteLine($"  CPU total       {app + pg:0.00} ms   (target ≤ 3 ms)");
        Console.WriteLine($"  statements      {perQuestion:0.00}      (target ≤ 5; counted over {counted} more questions, whose app CPU with Npgsql's activities listened to is {appCounted:0.00} ms)");
        foreach (var table in new[] { "person", "chat_identity" })
            Console.WriteLine($"  seq scans {table,-14} {(scansAfter[table] - scansBefore[table] - (table == "person" ? 1 : 0)) / (double)(n + counted):0.000} per question ({scansAfter[table] - scansBefore[table]} in total over {n + counted}{(table == "person" ? ", 1 of them the control" : "")})");
        Console.WriteLine($"  wall            {wall.Elapsed.TotalMilliseconds / n:0.00} ms per question, one at a time ({n / seconds:0} questions/s)");
        Console.WriteLine($"  WAL             {(walAfter.Bytes - walBefore.Bytes) / n:0} bytes, {(walAfter.Records - walBefore.Records) / (double)n:0.0} records, {(walAfter.Syncs - walBefore.Syncs) / (double)n:0.00} flushes (fsync) per question (pg_stat_wal)");
        Console.WriteLine($"  JIT             {jit.Item1} methods compiled in the run, {jit.Item2 / n:0.000} ms per question ({jit.Item2:0} ms; warm-up {warmRounds} rounds of {Math.Min(200, n)}{(args.Contains("--quick-warmup") ? ", --quick-warmup" : "")})");
        Console.WriteLine($"  GC              {gc.Item4 / (double)n / 1024:0.0} KB allocated per question; collections gen0/1/2 {gc.Item1}/{gc.Item2}/{gc.Item3} in the run");
        Console.WriteLine("\nPostgreSQL CPU by process (ms per question during the run; ms per second idle before / after):");
        foreach (var kind in pgRun.Keys.Concat(idleBefore.Cpu.Keys).Concat(idleAfter.Cpu.Keys).Distinct().OrderByDescending(k => pgRun.GetValueOrDefault(k)))
            Console.WriteLine($"  {kind,-30} {pgRun.GetValueOrDefault(kind) / n,6:0.000}   idle {idleBefore.Cpu.GetValueOrDefault(kind) / idleBefore.Seconds,6:0.00} / {idleAfter.Cpu.GetValueOrDefault(kind) / idleAfter.Seconds,6:0.00} ms/s");
        Console.WriteLine($"  {"this process (app)",-30} {appRun / n,6:0.000}   idle {idleBefore.App / idleBefore.Seconds,6:0.00} / {idleAfter.App / idleAfter.Seconds,6:0.00} ms/s");
        Console.WriteLine($"  (CPU is counted in ticks of 10 ms: ±{20.0 / n:0.000} ms per question, ±{20.0 / idleSeconds:0.0} ms/s idle, per line)");
        if (statementsReport is not null) Console.WriteLine(statementsReport);

        foreach (var (text, count) in shown.OrderByDescending(e => e.Value))
            Console.WriteLine($"  {count / (double)counted:0.00}× {text.ReplaceLineEndings(" ")[..Math.Min(150, text.ReplaceLineEndings(" ").Length)]}");
        Console.WriteLine($"  seq_scan before {string.Join(", ", scansBefore)}; after {string.Join(", ", scansAfter)}");
        await using var connection = await bench.Connections.OpenAsync();
        Console.WriteLine("\nEXPLAIN of the sender look-up (a miss of the identity cache):");
        foreach (var line in await connection.QueryAsync<string>("explain select person_id, blocked_at is not null from chat_identity where channel = 'telegram' and external_id = '700001'"))
            Console.WriteLine("  " + line);
        return 0;
    }

    static Process StartPerf(BenchDatabase bench, string file)
    {
        var postmaster = int.Parse(File.ReadLines(Path.Combine(bench.Root, "pgdata", "postmaster.pid")).First());
        var pids = Directory.EnumerateDirectories("/proc").Select(Path.GetFileName).Where(d => int.TryParse(d, out _))
            .Where(d => { try { var stat = File.ReadAllText($"/proc/{d}/stat"); return stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1] == postmaster.ToString(); } catch (IOException) { return false; } })
            .Append(Environment.ProcessId.ToString()).Append(postmaster.ToString());
        return Process.Start(new ProcessStartInfo("perf", ["record", "-F", "1999", "-g", "-o", file, "-p", string.Join(",", pids)]) { RedirectStandardError = true })!;
    }

    static async Task<(long Records, decimal Bytes, long Syncs)> WalAsync(BenchDatabase bench)
    {
        await using var connection = await bench.Connections.OpenAsync();
        return await connection.QuerySingleAsync<(long, decimal, long)>("select wal_records, wal_bytes, wal_sync from pg_stat_wal");
    }

    static string LoadAverage() => string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

    static Dictionary<string, double> Diff(Dictionary<string, double> after, Dictionary<string, double> before) =>
        after.Keys.Concat(before.Keys).Distinct().ToDictionary(k => k, k => after.GetValueOrDefault(k) - before.GetValueOrDefault(k));

    /// <summary>CPU of this process and of each kind of the cluster's processes while nothing is asked.</summary>
    static async Task<(double App, Dictionary<string, double> Cpu, double Seconds)> IdleAsync(BenchDatabase bench, int seconds)
    {
        var pg = PostgresCpu(bench);
        var app = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        await Task.Delay(TimeSpan.FromSeconds(seconds));
        return ((Process.GetCurrentProcess().TotalProcessorTime - app).TotalMilliseconds, Diff(PostgresCpu(bench), pg), wall.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// --explain: auto_explain switched on for the whole cluster (log_min_duration 0, analyze, buffers, settings), a few
    /// questions asked, the plans read back from the server's log; JIT's settings and, with --pgss, its use in the run.
    /// </summary>
    static async Task ExplainAsync(BenchDatabase bench, Func<Task> ask)
    {
        await using var connection = await bench.Connections.OpenAsync();
        Console.WriteLine("\nJIT in PostgreSQL: " + string.Join(", ", await connection.QueryAsync<string>(
            "select name || '=' || setting from pg_settings where name in ('jit', 'jit_above_cost', 'jit_inline_above_cost', 'jit_optimize_above_cost') order by name")));
        try
        {
            Console.WriteLine("  statements JIT-compiled in the run (pg_stat_statements): " + await connection.ExecuteScalarAsync<long>(
                "select count(*) from pg_stat_statements where jit_functions > 0"));
        }
        catch (Npgsql.PostgresException)
        {
            Console.WriteLine("  (pg_stat_statements not loaded: add --pgss for JIT's use in the run)");
        }
        var log = Path.Combine(bench.Root, "pgdata", "spbebot-server.log");
        var start = new FileInfo(log).Length;
        await connection.ExecuteAsync(
            """
            alter system set auto_explain.log_min_duration = 0;
            alter system set auto_explain.log_analyze = on;
            alter system set auto_explain.log_buffers = on;
            alter system set auto_explain.log_settings = on;
            alter system set auto_explain.log_verbose = off;
            """);
        await connection.ExecuteAsync("select pg_reload_conf()");
        await Task.Delay(500);
        await ask();
        await connection.ExecuteAsync("alter system reset auto_explain.log_min_duration");
        await connection.ExecuteAsync("select pg_reload_conf()");
        await Task.Delay(500);
        await using var stream = new FileStream(log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        stream.Seek(start, SeekOrigin.Begin);
        var text = await new StreamReader(stream).ReadToEndAsync();
        Console.WriteLine("\nauto_explain of 3 questions (EXPLAIN ANALYZE, BUFFERS; the server's log):");
        Console.WriteLine(text);
    }

    /// <summary>pg_stat_statements over the run (--pgss): per statement, calls, mean time, buffers, WAL.</summary>
    static async Task<string> StatementsAsync(BenchDatabase bench, int n)
    {
        await using var connection = await bench.Connections.OpenAsync();
        var rows = await connection.QueryAsync<(long Calls, double Exec, double Plan, long Plans, long Hit, long Read, long Dirtied, long WalRecords, decimal WalBytes, long WalFpi, string Query)>(
            """
            select calls, total_exec_time, total_plan_time, plans, shared_blks_hit, shared_blks_read, shared_blks_dirtied, wal_records, wal_bytes, wal_fpi, query
            from pg_stat_statements where calls >= @min order by total_exec_time + total_plan_time desc limit 12
            """, new { min = n / 2 });
        var text = new StringBuilder("\npg_stat_statements over the run (per call: execution / planning ms (how often planned), shared buffers hit / read / dirtied, WAL records / bytes / full pages):\n");
        foreach (var r in rows)
            text.AppendLine($"  {r.Calls,5}× {r.Exec / r.Calls,6:0.000} / {r.Plan / r.Calls,6:0.000} ms ({r.Plans,5} plans)  buf {r.Hit / (double)r.Calls,5:0.0} / {r.Read / (double)r.Calls:0.0} / {r.Dirtied / (double)r.Calls:0.0}  WAL {r.WalRecords / (double)r.Calls:0.0} / {(double)r.WalBytes / r.Calls,6:0} B / {r.WalFpi / (double)r.Calls:0.00}  {r.Query.ReplaceLineEndings(" ")[..Math.Min(90, r.Query.ReplaceLineEndings(" ").Length)]}");
        return text.ToString();
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

    /// <summary>
    /// User + system CPU (ms) of the cluster's processes from /proc, by kind: the backends serving connections, each
    /// auxiliary process (walwriter, checkpointer, …), the postmaster, and the children it already reaped (its cutime:
    /// autovacuum workers and closed backends, whose CPU would otherwise vanish from the count).
    /// </summary>
    static Dictionary<string, double> PostgresCpu(BenchDatabase bench)
    {
        var postmaster = int.Parse(File.ReadLines(Path.Combine(bench.Root, "pgdata", "postmaster.pid")).First());
        var cpu = new Dictionary<string, double>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                // After "pid (comm) ": state ppid … utime is field 14, stime 15, cutime 16, cstime 17 of the full line (index 11–14 here).
                if (pid == postmaster)
                {
                    cpu["postmaster"] = cpu.GetValueOrDefault("postmaster") + (long.Parse(fields[11]) + long.Parse(fields[12])) * 10.0;
                    cpu["reaped (autovacuum workers, closed)"] = cpu.GetValueOrDefault("reaped (autovacuum workers, closed)") + (long.Parse(fields[13]) + long.Parse(fields[14])) * 10.0;
                }
                else if (int.Parse(fields[1]) == postmaster)
                {
                    var title = File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' ').Trim();
                    var kind = title.Contains('(') ? "backends" : title.StartsWith("postgres: ", StringComparison.Ordinal) ? title["postgres: ".Length..].Trim() : title;
                    cpu[kind] = cpu.GetValueOrDefault(kind) + (long.Parse(fields[11]) + long.Parse(fields[12])) * 10.0;   // USER_HZ is 100 on Linux
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
            {
            }
        }
        return cpu;
    }
}

/// <summary>
/// The send half of the production path for <see cref="UpdateCostBench"/>: the Telegram channel's real objects (inbound,
/// processor, sender, pipeline, Telegram.Bot with the WireMarkHandler) talking HTTP/1.1 to a fake Bot API that runs in a
/// child process ("fake-bot-api"), so its CPU is not counted as the app's. Limits are far above the bench's rate (the
/// pacing code still runs) and the flood guard lets the bench's 12 questions/s per chat through.
/// </summary>
sealed class WirePath : IAsyncDisposable
{
    readonly Process _fake;
    readonly Microsoft.Extensions.DependencyInjection.ServiceProvider _services;

    WirePath(Process fake, Microsoft.Extensions.DependencyInjection.ServiceProvider services)
    {
        _fake = fake;
        _services = services;
        Inbound = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<TelegramInbound>(services);
    }

    public TelegramInbound Inbound { get; }

    public static async Task<WirePath> StartAsync(ConnectionFactory run, ConversationHandler handler)
    {
        var fake = Process.Start(new ProcessStartInfo("dotnet", [typeof(WirePath).Assembly.Location, "fake-bot-api"])
        {
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
        })!;
        var url = await fake.StandardOutput.ReadLineAsync() ?? throw new InvalidOperationException("the fake Bot API did not start");
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        Microsoft.Extensions.DependencyInjection.LoggingServiceCollectionExtensions.AddLogging(services);
        var options = new TelegramOptions { Token = SpbeBot.Tests.Telegram.FakeBotApi.Token, ApiBaseUrl = url };
        Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton(services, Microsoft.Extensions.Options.Options.Create(options));
        Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<IConversationHandler>(services, handler);
        Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton(services, run);
        Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton(services, new PersonStore(run));
        Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton(services, typeof(SpbeBot.Host.Database.Deferred<>));
        Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<global::Telegram.Bot.ITelegramBotClient>(services,
            new global::Telegram.Bot.TelegramBotClient(new global::Telegram.Bot.TelegramBotClientOptions(options.Token, url) { RetryThreshold = 0 },
                new HttpClient(new SpbeBot.Host.Channels.WireMarkHandler(new SocketsHttpHandler()))));
        Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddKeyedSingleton(services, TelegramRegistration.PipelineKey,
            new SpbeBot.Core.Messaging.SendPipeline(new SpbeBot.Core.Messaging.SendRateLimiter(1000, 100, TimeProvider.System, 1000), options.MaxSendsInFlight));
        Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddKeyedSingleton(services, TelegramRegistration.PipelineKey,
            new SpbeBot.Core.Messaging.RateLimitScope(TimeProvider.System));
        Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<TelegramSender>(services);
        Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton(services, new TelegramBotIdentity { Username = SpbeBot.Tests.Telegram.FakeBotApi.BotUsername });
        Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton(services, new CallbackPayloads(database: () => run));
        Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<TelegramUpdateProcessor>(services);
        Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<SpbeBot.Host.Channels.ChatLanguage>(services);
        Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton(services,
            new SpbeBot.Host.Channels.ChatFloodGuard(TimeProvider.System, new SpbeBot.Host.Channels.ChatFloodOptions { FloodBurst = 1_000_000, FloodPerMinute = 1_000_000 }));
        Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<TelegramInbound>(services);
        return new WirePath(fake, Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions.BuildServiceProvider(services));
    }

    /// <summary>The child process: a fake Bot API on a loopback port; prints its address, runs until stdin closes.</summary>
    public static async Task<int> ServeFakeAsync(string[] args)
    {
        await using var fake = await SpbeBot.Tests.Telegram.FakeBotApi.StartAsync();
        Console.WriteLine(fake.BaseUrl);
        await Console.In.ReadToEndAsync();
        return 0;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        _fake.StandardInput.Close();
        if (!_fake.WaitForExit(5000)) _fake.Kill();
        _fake.Dispose();
    }
}
