using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.AspNetCore.Http;
using SpbeBot.Core.Audit;
using SpbeBot.Core.Broadcasts;
using SpbeBot.Core.Demo;
using SpbeBot.Core.Evidence.Checking;
using SpbeBot.Core.People;
using SpbeBot.Core.Storage;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Bench;

/// <summary>
/// The messaging engine under the network's real latency (issue 17). A fake Bot API adds a delay L to every call (half
/// on the way in, half on the way out), serves files at a set bandwidth, and enforces Telegram's limits (30 messages/s
/// per bot, 1/s per chat, 20/min per group) with 429 + retry_after. The real server (this program's "broadcast-server",
/// i.e. ServerApp, long polling, the real Telegram.Bot client) runs as a child process on an embedded PostgreSQL with
/// the demo data, so it can be killed with SIGKILL. Scenarios, each at every L:
///   burst      1,000 questions from 200 chats queued at once → questions/s until the last reply;
///   steady     20 questions/s for 20 s → p50/p99 from the update's enqueue to its reply's arrival;
///   download   a 20 MB upload (downloaded at 5 MB/s) during 20 questions/s → the other chats' p99;
///   bcast1000 / bcast5000  a broadcast while 2 questions/s arrive → messages/s, 429s, duplicates, lost, reply delay;
///   crash      the sending server killed (SIGKILL) half way through a 5,000 broadcast and restarted;
///   webhook1 / webhook2  1,000 questions from 200 chats posted to the webhook of one server / of two servers in turn
///              (a round-robin balancer in front of one address), each chat's updates one after another as Telegram
///              does, up to 40 at once → questions/s, 429s, and per chat: every question answered once, in order;
///   crash2     two servers running; the one sending is killed (SIGKILL) half way through a 5,000 broadcast, the other takes over;
///   idle2      (not in the default set) two webhook servers; one sends a broadcast to --recipients (5,000), questions (2/s) are
///              posted to the other → that server's reply delays next to the broadcast (RealisticBench.IdleReplies.cs);
///   scan       (not in the default set) an operator files a 30-page scanned Perbup: the real checker's background job
///              reads it with tesseract while questions arrive (5/s by default) → the other chats' p99 against the quiet p99, OCR
///              seconds a page, CPU time and load average.
/// Usage: realistic [--latencies 0,50,150,300] [--scenarios burst,steady,download,uploads,digest,bcast1000,bcast5000,crash,crash2,webhook1,webhook2,scan,idle2] [--recipients 5000 (idle2)] [--bandwidth-mb 5] [--uploads 16,32] [--scan-pages 30] [--scan-rate 5] [--jitter-ms 0] [--webhook-minutes 10] [--repeat 1 (webhook2 runs)]
/// (--jitter-ms J: each way of every call takes L/2 plus a uniform random −J…+J ms, independently: a call L ± 2J.)
/// A webhook run names every chat that went wrong (up to 10): its posts, the fake's log of its sends (time, server,
/// status, text), each server's inbox steps for it (claim, handled, sent, complete; SPBEBOT_TIMELINE) and its inbox rows.
/// </summary>
static partial class RealisticBench
{
    const string Token = "123456:BENCH-token";
    const long QuestionChat = 700_000, DownloadChat = 690_000, RecipientChat = 1_000_000;
    /// <summary>The chats of the simultaneous uploads (issue 17u): DownloadChat + 1 … + 64, and the chat asking for a digest.</summary>
    const int UploaderChats = 64;
    const long DigestChat = 680_000;
    static readonly string[] Questions = ["level 4 indikator 32", "level 3 indikator 5", "indikator 12 level 2", "level 5 indikator 47", "level 1 indikator 20"];

    public static async Task<int> Run(string[] args)
    {
        var latencies = Option(args, "--latencies", "0,50,150,300").Split(',').Select(int.Parse).ToList();
        var scenarios = Option(args, "--scenarios", "burst,steady,download,bcast1000,bcast5000,crash").Split(',').ToHashSet();
        var bandwidth = BenchArgs.Int(args, "--bandwidth-mb", 5) * 1_000_000;
        LatencyBotApi.Jitter = TimeSpan.FromMilliseconds(BenchArgs.Int(args, "--jitter-ms", 0));
        await using var bench = await BenchDatabase.StartAsync("realistic");
        var db = bench.Connections;
        await DemoData.EnsureAsync(db, DateOnly.FromDateTime(DateTime.UtcNow));
        var people = new PersonStore(db);
        var demo = await people.ListAsync();
        // Question chats belong to people who get no operator broadcast; the upload comes from an operator with an OPD.
        var askers = demo.Where(p => p.Role != PersonRole.Operator).ToList();
        for (var i = 0; i < 200; i++)
            await people.LinkChatAsync(askers[i % askers.Count].Id, new ChatIdentity("telegram", (QuestionChat + i).ToString()), Actor.System("bench"));
        await people.LinkChatAsync(demo.First(p => p.Role == PersonRole.Operator && p.OpdId is not null).Id, new ChatIdentity("telegram", DownloadChat.ToString()), Actor.System("bench"));
        var operators = demo.Where(p => p.Role == PersonRole.Operator && p.OpdId is not null).ToList();
        for (var i = 1; i <= UploaderChats; i++)
            await people.LinkChatAsync(operators[i % operators.Count].Id, new ChatIdentity("telegram", (DownloadChat + i).ToString()), Actor.System("bench"));
        await people.LinkChatAsync(demo.First(p => p.Role is PersonRole.Coordinator).Id, new ChatIdentity("telegram", DigestChat.ToString()), Actor.System("bench"));
        await using (var c = await db.OpenAsync())
            await c.ExecuteAsync("insert into person (name, role) select 'Penerima ' || g, 'operator' from generate_series(1, 5000) g");
        Console.WriteLine($"Embedded PostgreSQL with the demo data; 200 question chats; a 20 MB upload at {bandwidth / 1e6:0.#} MB/s; jitter ±{LatencyBotApi.Jitter.TotalMilliseconds:0} ms each way; " +
                          "the fake enforces 30/s per bot, 1/s per chat, 20/min per group with 429 + retry_after.");

        var rows = new List<string>();
        foreach (var latency in latencies)
        {
            var l = TimeSpan.FromMilliseconds(latency);
            if (scenarios.Contains("burst")) rows.Add(await Burst(bench, l, BenchArgs.Int(args, "--burst", 1000)));
            if (scenarios.Contains("steady")) rows.Add(await Steady(bench, l));
            if (scenarios.Contains("download")) rows.Add(await Download(bench, l, bandwidth));
            if (scenarios.Contains("uploads"))
                foreach (var k in Option(args, "--uploads", "16,32").Split(',').Select(int.Parse))
                    rows.Add(await Uploads(bench, l, bandwidth, k));
            if (scenarios.Contains("digest")) rows.Add(await OnDemandDigest(bench, l));
            if (scenarios.Contains("bcast1000")) rows.Add(await Broadcast(bench, l, 1000, crash: false));
            if (scenarios.Contains("bcast5000")) rows.Add(await Broadcast(bench, l, 5000, crash: false));
            if (scenarios.Contains("crash")) rows.Add(await Broadcast(bench, l, 5000, crash: true));
            if (scenarios.Contains("webhook1")) rows.Add(await Webhook(bench, l, BenchArgs.Int(args, "--burst", 1000), servers: 1));
            for (var r = 0; r < BenchArgs.Int(args, "--repeat", 1); r++)
                if (scenarios.Contains("webhook2")) rows.Add(await Webhook(bench, l, BenchArgs.Int(args, "--burst", 1000), servers: 2));
            if (scenarios.Contains("crash2")) rows.Add(await Broadcast(bench, l, 5000, crash: true, survivor: true));
            if (scenarios.Contains("idle2")) rows.Add(await IdleServerReplies(bench, l, BenchArgs.Int(args, "--recipients", 5000)));
            if (scenarios.Contains("scan")) rows.Add(await Scan(bench, l, BenchArgs.Int(args, "--scan-pages", 30), BenchArgs.Int(args, "--scan-rate", 5)));
        }
        Console.WriteLine();
        Console.WriteLine("| L | scenario | figure | ratio to the limit |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var row in rows) Console.WriteLine(row);
        return 0;
    }

    static async Task WaitFor(Func<bool> condition, string what, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("timed out waiting for: " + what);
            await Task.Delay(20);
        }
    }

    static string Option(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }

    static List<(long, string)> Batch(int n, int stride = 1) =>
        Enumerable.Range(0, n).Select(i => (QuestionChat + i * stride % 200, Questions[i % Questions.Length])).ToList();

    static async Task<string> Burst(BenchDatabase bench, TimeSpan l, int n)
    {
        await using var fake = await LatencyBotApi.StartAsync(l);
        using var server = await Server.StartAsync(bench, fake);
        await fake.AskAsync(Batch(100), null, TimeSpan.FromMinutes(2));   // warm-up
        fake.ResetCounters();
        var sw = Stopwatch.StartNew();
        await fake.AskAsync(Batch(n), null, TimeSpan.FromMinutes(10));
        var rate = n / sw.Elapsed.TotalSeconds;
        Console.WriteLine($"L={l.TotalMilliseconds} burst: {n:N0} questions from 200 chats in {sw.Elapsed.TotalSeconds:0.0} s = {rate:0.0}/s; 429s {fake.TooManyRequests}; sends {fake.Accepted}; {Split(fake)}; load {Machine().Load:0.0}");
        return $"| {l.TotalMilliseconds} ms | {n:N0} questions from 200 chats queued at once | {rate:0.0} questions/s ({fake.TooManyRequests} × 429) | {rate / 30:0.00}× of 30/s |";
    }

    /// <summary>Where the time went: until the update reached the server, and from there until its reply reached the fake.</summary>
    static string Split(LatencyBotApi fake)
    {
        var (inbound, server) = fake.Breakdown;
        if (inbound.Count == 0) return "no breakdown";
        return $"update → server p50 {QuestionsBench.Percentile(inbound, 50):0} / p99 {QuestionsBench.Percentile(inbound, 99):0} ms, " +
               $"server → reply at the fake p50 {QuestionsBench.Percentile(server, 50):0} / p99 {QuestionsBench.Percentile(server, 99):0} ms";
    }

    static async Task<string> Steady(BenchDatabase bench, TimeSpan l)
    {
        await using var fake = await LatencyBotApi.StartAsync(l);
        using var server = await Server.StartAsync(bench, fake);
        await fake.AskAsync(Batch(100), null, TimeSpan.FromMinutes(2));
        fake.ResetCounters();
        var times = await fake.AskAsync(Batch(400, 7), 20, TimeSpan.FromMinutes(5));
        var (p50, p99) = (QuestionsBench.Percentile(times, 50), QuestionsBench.Percentile(times, 99));
        Console.WriteLine($"L={l.TotalMilliseconds} steady: 20 questions/s for 20 s: p50 {p50:0} ms, p99 {p99:0} ms, max {times.Max():0} ms; 429s {fake.TooManyRequests}; {Split(fake)}; load {Machine().Load:0.0}");
        return $"| {l.TotalMilliseconds} ms | 20 questions/s for 20 s, p50 / p99 | {p50:0} / {p99:0} ms ({fake.TooManyRequests} × 429) | 0.67× of 30/s offered; p99 {p99 / Math.Max(1, l.TotalMilliseconds):0.0}× L |";
    }

    /// <summary>
    /// The set-up of the scenarios that put long work into steady traffic: a warm-up, the quiet latencies (200 questions
    /// at 20/s), then 400 more at 20/s started (returned unfinished) and 3 s of them before the long work begins.
    /// <paramref name="beforeSteady"/> runs once the counters are reset, just before the steady questions start.
    /// </summary>
    static async Task<(List<double> Quiet, Task<List<double>> Steady)> QuietThenSteadyAsync(LatencyBotApi fake, Action? beforeSteady = null)
    {
        await fake.AskAsync(Batch(100), null, TimeSpan.FromMinutes(2));
        var quiet = await fake.AskAsync(Batch(200, 7), 20, TimeSpan.FromMinutes(5));
        fake.ResetCounters();
        beforeSteady?.Invoke();
        var steady = fake.AskAsync(Batch(400, 7), 20, TimeSpan.FromMinutes(5));
        await Task.Delay(TimeSpan.FromSeconds(3));
        return (quiet, steady);
    }

    static async Task<string> Download(BenchDatabase bench, TimeSpan l, int bandwidth)
    {
        await using var fake = await LatencyBotApi.StartAsync(l, bandwidth);
        using var server = await Server.StartAsync(bench, fake);
        var (quiet, asking) = await QuietThenSteadyAsync(fake);
        fake.Upload(DownloadChat, 20_000_000);
        var busy = await asking;
        await WaitFor(() => fake.UploadAnswered, "the upload was answered", TimeSpan.FromMinutes(2));
        var (quietP99, busyP99) = (QuestionsBench.Percentile(quiet, 99), QuestionsBench.Percentile(busy, 99));
        var target = Math.Max(300, 3 * quietP99);
        Console.WriteLine($"L={l.TotalMilliseconds} download: quiet p99 {quietP99:0} ms; during the 20 MB download p50 {QuestionsBench.Percentile(busy, 50):0} ms, p99 {busyP99:0} ms, max {busy.Max():0} ms (target ≤ {target:0} ms); download took {fake.DownloadSeconds:0.0} s; {Split(fake)}; load {Machine().Load:0.0}");
        return $"| {l.TotalMilliseconds} ms | other chats' p99 during a 20 MB download ({fake.DownloadSeconds:0.0} s) at 20 questions/s | {busyP99:0} ms (quiet {quietP99:0} ms) | {busyP99 / target:0.00}× of the target max(300 ms, 3 × quiet p99) |";
    }

    /// <summary>
    /// Issue 17u: <paramref name="k"/> chats upload a 20 MB file at the same moment (each served at the set bandwidth)
    /// while 20 questions/s arrive from the question chats; the questions' latencies before (quiet) and during, every
    /// uploader's answers (each must be answered, once), and the handlers stopped at their claim's deadline.
    /// </summary>
    static async Task<string> Uploads(BenchDatabase bench, TimeSpan l, int bandwidth, int k)
    {
        if (k > UploaderChats) throw new ArgumentException($"at most {UploaderChats} uploads");
        await using var fake = await LatencyBotApi.StartAsync(l, bandwidth);
        using var server = await Server.StartAsync(bench, fake);
        var lostBefore = 0;
        var (quiet, asking) = await QuietThenSteadyAsync(fake,
            () => lostBefore = Server.Timeline.Count(line => line.Contains(" inbox-lost ", StringComparison.Ordinal)));
        var uploaders = Enumerable.Range(1, k).Select(i => DownloadChat + i).ToList();
        var sent = Stopwatch.GetTimestamp();
        fake.UploadFrom(uploaders, 20_000_000);
        var busy = await asking;
        var split = Split(fake);   // the questions' (the sentinel's own would replace it)
        await WaitFor(() => uploaders.All(c => fake.TextsTo(c).Count > 0), "every upload was answered", TimeSpan.FromMinutes(5));
        // A sentinel question after the last answer: whatever an upload still sends arrives before its reply.
        await fake.AskAsync([(QuestionChat, Questions[0])], null, TimeSpan.FromMinutes(1));
        var answers = uploaders.Select(c => fake.TextsTo(c)).ToList();
        var lastAnswer = answers.Max(a => a[^1].At);
        var counts = answers.Select(a => a.Count).ToList();
        var lost = Server.Timeline.Count(line => line.Contains(" inbox-lost ", StringComparison.Ordinal)) - lostBefore;
        var (quietP99, busyP99) = (QuestionsBench.Percentile(quiet, 99), QuestionsBench.Percentile(busy, 99));
        var target = Math.Max(300, 3 * quietP99);
        var first = answers.Select(a => a[0].Text.Split('\n')[0]).GroupBy(t => t).OrderByDescending(g => g.Count()).First().Key;
        Console.WriteLine($"L={l.TotalMilliseconds} uploads: {k} × 20 MB at once: quiet p50 {QuestionsBench.Percentile(quiet, 50):0} / p99 {quietP99:0} ms; during p50 {QuestionsBench.Percentile(busy, 50):0} ms, p99 {busyP99:0} ms, max {busy.Max():0} ms (target ≤ {target:0} ms); " +
                          $"all {k} uploads answered {Stopwatch.GetElapsedTime(sent, lastAnswer).TotalSeconds:0.0} s after they were posted; messages per uploader {counts.Min()}–{counts.Max()}; claims lost (handler stopped, handled again) {lost}; " +
                          $"first answer \"{first}\"; {split}; load {Machine().Load:0.0}");
        return $"| {l.TotalMilliseconds} ms | other chats' p99 while {k} chats upload 20 MB each at once, 20 questions/s | {busyP99:0} ms (quiet {quietP99:0} ms); uploads answered within {Stopwatch.GetElapsedTime(sent, lastAnswer).TotalSeconds:0.0} s, {counts.Min()}–{counts.Max()} messages each; {lost} claims lost | {busyP99 / target:0.00}× of the target max(300 ms, 3 × quiet p99) |";
    }

    /// <summary>Issue 17u: one on-demand digest ("/ringkasan": chart, trend and workbook) asked during 20 questions/s.</summary>
    static async Task<string> OnDemandDigest(BenchDatabase bench, TimeSpan l)
    {
        await using var fake = await LatencyBotApi.StartAsync(l);
        using var server = await Server.StartAsync(bench, fake);
        var (quiet, asking) = await QuietThenSteadyAsync(fake);
        var asked = Stopwatch.GetTimestamp();
        fake.Say(DigestChat, "/ringkasan");
        var busy = await asking;
        await WaitFor(() => fake.TextsTo(DigestChat).Count >= 3, "the digest's three messages", TimeSpan.FromMinutes(2));
        var took = Stopwatch.GetElapsedTime(asked, fake.TextsTo(DigestChat)[^1].At).TotalSeconds;
        var (quietP99, busyP99) = (QuestionsBench.Percentile(quiet, 99), QuestionsBench.Percentile(busy, 99));
        var target = Math.Max(300, 3 * quietP99);
        Console.WriteLine($"L={l.TotalMilliseconds} digest: quiet p50 {QuestionsBench.Percentile(quiet, 50):0} / p99 {quietP99:0} ms; during p50 {QuestionsBench.Percentile(busy, 50):0} ms, p99 {busyP99:0} ms, max {busy.Max():0} ms (target ≤ {target:0} ms); " +
                          $"the digest's {fake.TextsTo(DigestChat).Count} messages arrived {took:0.0} s after it was asked; {Split(fake)}; load {Machine().Load:0.0}");
        return $"| {l.TotalMilliseconds} ms | other chats' p99 during an on-demand digest (chart, trend, workbook), 20 questions/s | {busyP99:0} ms (quiet {quietP99:0} ms); digest in {took:0.0} s | {busyP99 / target:0.00}× of the target max(300 ms, 3 × quiet p99) |";
    }

    /// <summary>A Perbup of <paramref name="pages"/> pages, printed and scanned (page 1 the regulation, then its lampiran).</summary>
    static byte[] ScannedPerbup(int pages)
    {
        var text = new System.Text.StringBuilder(string.Join('\n',
            "BUPATI SUKAMAJU", "PERATURAN BUPATI SUKAMAJU", "NOMOR 11 TAHUN 2025", "TENTANG",
            "ARSITEKTUR SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK DAERAH", "MEMUTUSKAN:",
            "Menetapkan : PERATURAN BUPATI TENTANG ARSITEKTUR SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK DAERAH.",
            "Pasal 1", "Arsitektur SPBE Daerah memuat domain arsitektur proses bisnis, domain arsitektur data dan informasi,",
            "dan domain arsitektur infrastruktur SPBE.", "Pasal 2", "Peraturan Bupati ini mulai berlaku pada tanggal diundangkan.",
            "Ditetapkan di Sukamaju", "pada tanggal 10 Maret 2025", "BUPATI SUKAMAJU,", "ttd", "H. ARIFIN SETIAWAN", ""));
        for (var page = 2; page <= pages; page++)
        {
            text.Append('\f').AppendLine($"LAMPIRAN PERATURAN BUPATI SUKAMAJU NOMOR 11 TAHUN 2025 — halaman {page}");
            for (var line = 0; line < 40; line++)
                text.AppendLine($"{line + 1}. Peta proses bisnis dan katalog data untuk layanan nomor {page * 100 + line}.");
        }
        return DocumentRenderer.ScannedPdf(text.ToString(), seed: pages);
    }

    /// <summary>The machine's CPU (busy and total jiffies over every core) and 1-minute load average.</summary>
    static (long Busy, long Total, double Load) Machine()
    {
        var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(long.Parse).ToArray();
        var idle = cpu[3] + cpu[4];
        var load = double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        return (cpu.Sum() - idle, cpu.Sum(), load);
    }

    /// <summary>CPU seconds of a process and of its children that ended (tesseract and pdftoppm are the server's children).</summary>
    static double ProcessCpuSeconds(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        // After "(comm) ": state, ppid, … utime stime cutime cstime are the 12th to 15th fields (proc(5) fields 14–17).
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return Enumerable.Range(11, 4).Sum(i => long.Parse(fields[i])) / 100.0;
    }

    static string Cores(long busy, long total) => $"{busy / (double)Math.Max(1, total) * Environment.ProcessorCount:0.00} of {Environment.ProcessorCount} cores busy";

    static async Task<string> Scan(BenchDatabase bench, TimeSpan l, int pages, int rate)
    {
        var scan = ScannedPerbup(pages);
        using (var pdf = UglyToad.PdfPig.PdfDocument.Open(scan))
            if (pdf.NumberOfPages != pages) throw new InvalidOperationException($"the scan has {pdf.NumberOfPages} pages, not {pages}");
        // OCR alone, in this process, on three pages: seconds a page.
        double perPage;
        {
            var dir = Directory.CreateTempSubdirectory("spbebot-bench-ocr-");
            var three = Path.Combine(dir.FullName, "tiga.pdf");
            var page = "Pasal 1\nArsitektur SPBE memuat domain proses bisnis dan data dan informasi.\n" + string.Join('\n',
                Enumerable.Range(1, 40).Select(i => $"{i}. Peta proses bisnis dan katalog data untuk layanan nomor {i}."));
            await File.WriteAllBytesAsync(three, DocumentRenderer.ScannedPdf(string.Join('\f', page, page, page), 3));
            var checker = new EvidenceChecker(_ => Task.FromResult<string?>(DemoData.InstansiName));
            var load = Machine().Load;
            var sw0 = Stopwatch.StartNew();
            var check = await checker.CheckAsync(new EvidenceCheckRequest(three, "tiga.pdf", "spbe-2024", 1, null, 2026, AllowOcr: true), CancellationToken.None);
            perPage = sw0.Elapsed.TotalSeconds / 3;
            dir.Delete(true);
            if (!check.Ocr || check.Pages != 3) throw new InvalidOperationException($"the three-page scan was not read by OCR ({check.Pages} pages, ocr {check.Ocr}): {SpbeBot.Dialogs.Evidence.PrecheckTexts.Id.NoteText(check)}");
            Console.WriteLine($"OCR alone (this process, pdftoppm 150 dpi + tesseract -l ind, one thread): {perPage:0.00} s a page over 3 pages; load average {load:0.00} → {Machine().Load:0.00}");
        }

        await using var fake = await LatencyBotApi.StartAsync(l);
        using var server = await Server.StartAsync(bench, fake);
        await fake.AskAsync(Batch(100), null, TimeSpan.FromMinutes(2));
        var m0 = Machine();
        var quiet = await fake.AskAsync(Batch(30 * rate, 7), rate, TimeSpan.FromMinutes(5));   // 30 s
        var m1 = Machine();
        fake.ResetCounters();

        var uploaderBefore = fake.UploaderTexts.Count;
        var cpuBefore = ProcessCpuSeconds(server.Pid);
        using var stopAsking = new CancellationTokenSource();
        var asking = fake.AskWhileAsync(rate, stopAsking.Token);
        await Task.Delay(TimeSpan.FromSeconds(3));
        fake.Upload(DownloadChat, scan.Length, scan, "bukti 1 L3", $"perbup-arsitektur-pindai-{pages}.pdf");
        await WaitFor(() => fake.UploaderTexts.Count > uploaderBefore, "the scan's receipt", TimeSpan.FromMinutes(2));
        var readingFrom = Stopwatch.GetTimestamp();
        var m2 = Machine();
        await WaitFor(() => fake.UploaderTexts.Count > uploaderBefore + 1, "the OCR result", TimeSpan.FromMinutes(30));
        var readingTo = Stopwatch.GetTimestamp();
        var m3 = Machine();
        var cpuAfter = ProcessCpuSeconds(server.Pid);
        await stopAsking.CancelAsync();
        await asking;
        var receipt = fake.UploaderTexts[uploaderBefore];
        var result = fake.UploaderTexts[uploaderBefore + 1];
        if (!receipt.Contains("sedang dibaca")) throw new InvalidOperationException("the receipt does not say the scan is being read: " + receipt);
        if (!result.StartsWith("Hasil pemeriksaan awal", StringComparison.Ordinal)) throw new InvalidOperationException("not the pre-check result: " + result);
        // The questions asked while the job was reading (enqueued between the receipt and the result).
        var busy = fake.Timed.Where(t => t.Enqueued >= readingFrom && t.Enqueued <= readingTo).Select(t => t.Ms).ToList();
        var seconds = Stopwatch.GetElapsedTime(readingFrom, readingTo).TotalSeconds;
        var (quietP99, busyP99) = (QuestionsBench.Percentile(quiet, 99), QuestionsBench.Percentile(busy, 99));
        Console.WriteLine($"L={l.TotalMilliseconds} scan at {rate} questions/s: quiet p50 {QuestionsBench.Percentile(quiet, 50):0} ms, p99 {quietP99:0} ms ({Cores(m1.Busy - m0.Busy, m1.Total - m0.Total)}, load {m1.Load:0.00}); " +
                          $"while the {pages}-page scan was read ({seconds:0.0} s from receipt to result = {seconds / pages:0.00} s a page): {busy.Count} questions, " +
                          $"p50 {QuestionsBench.Percentile(busy, 50):0} ms, p99 {busyP99:0} ms, max {busy.Max():0} ms ({Cores(m3.Busy - m2.Busy, m3.Total - m2.Total)}, load {m3.Load:0.00}); " +
                          $"server CPU incl. tesseract/pdftoppm {cpuAfter - cpuBefore:0.0} s; 429s {fake.TooManyRequests}");
        Console.WriteLine("  result: " + result.ReplaceLineEndings(" | "));
        // When the slow answers came: seconds after the receipt (is it one stall or a steady slowdown?).
        var slow = fake.Timed.Where(t => t.Enqueued >= readingFrom && t.Enqueued <= readingTo && t.Ms > 4 * quietP99)
            .Select(t => $"{Stopwatch.GetElapsedTime(readingFrom, t.Enqueued).TotalSeconds:0.0} s: {t.Ms:0} ms").ToList();
        Console.WriteLine($"  answers slower than 4 × the quiet p99 ({slow.Count}): {string.Join(", ", slow.Take(40))}");
        // The server's own timeline around the receipt (seconds from the receipt's arrival), and every lag while reading.
        var window = (long)(5 * Stopwatch.Frequency);
        Console.WriteLine("  server timeline, receipt = 0 s (first 60 lines from 5 s before to 5 s after, then lags only):");
        foreach (var line in Server.TimelineBetween(readingFrom, readingFrom - window, readingFrom + window).Take(60)) Console.WriteLine("    " + line);
        foreach (var line in Server.TimelineBetween(readingFrom, readingFrom + window, readingTo).Where(l => l.Contains(" lag-", StringComparison.Ordinal)).Take(40))
            Console.WriteLine("    " + line);
        return $"| {l.TotalMilliseconds} ms | other chats' p99 while a {pages}-page scan is read by the background job ({seconds:0} s, {seconds / pages:0.0} s/page; OCR alone {perPage:0.0} s/page) at {rate} questions/s | {busyP99:0} ms (quiet {quietP99:0} ms) | {busyP99 / Math.Max(1, quietP99):0.00}× the quiet p99 |";
    }

    const string WebhookSecret = "rahasia-Bench_17";

    /// <summary>
    /// Questions delivered by webhook to one or two servers on one database (the fake posts to each in turn, as a
    /// round-robin balancer in front of one address would); each chat's updates one after another (the next only after
    /// the previous one's 200), up to 40 requests at once (Telegram's default max_connections), L/2 on the way in.
    /// </summary>
    static async Task<string> Webhook(BenchDatabase bench, TimeSpan l, int n, int servers)
    {
        await using var fake = await LatencyBotApi.StartAsync(l);
        var started = new List<(Server Server, HttpClient Http)>();
        try
        {
            for (var i = 0; i < servers; i++)
            {
                var port = FreePort.BelowEphemeralRange();
                var server = await Server.StartAsync(bench, fake, waitForPoll: false, webhookPort: port, tag: $"s{i + 1}");
                var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
                started.Add((server, http));
                await WaitFor(() => Listening(http), "the webhook server up", TimeSpan.FromMinutes(3));
            }
            var next = 0;
            var unavailable = 0;
            // Every post of the measured batch: chat, update_id, indicator, to which server, when sent and answered, status.
            var posts = new ConcurrentQueue<(long Chat, int UpdateId, string Indicator, string Server, long At, long Answered, int Status)>();
            async Task PostAll(List<(long Chat, string Text)> questions)
            {
                using var gate = new SemaphoreSlim(40);
                await Task.WhenAll(questions.Select((q, i) => (q, i)).GroupBy(x => x.q.Chat).Select(async chat =>
                {
                    foreach (var (q, _) in chat.OrderBy(x => x.i))
                    {
                        var update = fake.Question(q.Chat, q.Text);
                        await gate.WaitAsync();
                        try
                        {
                            if (l > TimeSpan.Zero) await Task.Delay(l / 2);
                            // A 503 (the database could not take the update in time: a loaded machine) is posted
                            // again after a second, as Telegram does with any answer but 200; counted in the output.
                            for (var attempt = 1; ; attempt++)
                            {
                                var to = Interlocked.Increment(ref next) % started.Count;
                                var http = started[to].Http;
                                var at = Stopwatch.GetTimestamp();
                                using var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/webhook") { Content = new StringContent(update.ToJsonString(), System.Text.Encoding.UTF8, "application/json") };
                                request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", WebhookSecret);
                                using var response = await http.SendAsync(request);
                                posts.Enqueue((q.Chat, update["update_id"]!.GetValue<int>(), IndicatorOf(q.Text), $"s{to + 1}", at, Stopwatch.GetTimestamp(), (int)response.StatusCode));
                                if (response.StatusCode == System.Net.HttpStatusCode.OK) break;
                                if (response.StatusCode != System.Net.HttpStatusCode.ServiceUnavailable || attempt >= 5)
                                    throw new InvalidOperationException($"webhook answered {(int)response.StatusCode}");
                                Interlocked.Increment(ref unavailable);
                                await Task.Delay(1000);
                            }
                        }
                        finally { gate.Release(); }
                    }
                }));
            }
            var warmUp = Batch(100);
            var asked = fake.Expect(warmUp.Count);
            await PostAll(warmUp);
            await asked.WaitAsync(TimeSpan.FromMinutes(3));
            fake.ResetCounters();
            fake.ResetAnswers();
            posts.Clear();
            var questions = Batch(n, 7);
            asked = fake.Expect(questions.Count);
            var sw = Stopwatch.StartNew();
            await PostAll(questions);
            var complete = true;
            try
            {
                await asked.WaitAsync(TimeSpan.FromMinutes(BenchArgs.Int(Environment.GetCommandLineArgs(), "--webhook-minutes", 10)));
            }
            catch (TimeoutException)
            {
                // Said, and the chats left unanswered explained below (the row says so too).
                complete = false;
                Console.WriteLine($"L={l.TotalMilliseconds} webhook, {servers} server(s): not all answered after {sw.Elapsed.TotalSeconds:0} s: " +
                                  $"answers {fake.AnswersPerChat.Values.Sum(a => a.Count)} of {n}; sends {fake.Accepted}; 429s {fake.TooManyRequests}; 503s posted again {unavailable}");
            }
            var rate = n / sw.Elapsed.TotalSeconds;
            var zero = fake.SendLog.Select(r => r.At).DefaultIfEmpty(Stopwatch.GetTimestamp()).Min();
            zero = Math.Min(zero, posts.Select(x => x.At).DefaultIfEmpty(zero).Min());
            // The fake counts any message to a question chat as an answer; a stray one makes it finish early. The
            // criteria answers themselves (a few more seconds at most) are what is compared.
            var settle = Stopwatch.StartNew();
            while (fake.AnswersPerChat.Values.Sum(a => a.Count) < n && settle.Elapsed < TimeSpan.FromSeconds(15)) await Task.Delay(50);
            // Per chat: the indicators answered, in the order of arrival, against those asked.
            var answered = fake.AnswersPerChat;
            var wrongChats = questions.GroupBy(q => q.Item1).Where(chat =>
                !chat.Select(q => IndicatorOf(q.Item2)).SequenceEqual(answered.GetValueOrDefault(chat.Key) ?? [])).ToList();
            var wrong = wrongChats.Count;
            foreach (var chat in wrongChats.Take(10))
                await ExplainChat(bench, fake, chat.Key, chat.Select(q => IndicatorOf(q.Item2)).ToList(), answered.GetValueOrDefault(chat.Key) ?? [],
                    posts.Where(x => x.Chat == chat.Key).OrderBy(x => x.At).ToList(), started.Select((s, i) => (s.Server.Pid, $"s{i + 1}")).ToDictionary(), zero);
            // Updates handed to a handler more than once (by any server, warm-up included), from this run's servers' inbox steps.
            var pids = started.Select((s, i) => (s.Server.Pid, $"s{i + 1}")).ToDictionary();
            var steps = Server.Timeline.Select(line => line.Split(' '))
                .Where(parts => parts.Length > 4 && parts[2].StartsWith("inbox-", StringComparison.Ordinal) && parts.Any(p => p.StartsWith("pid=", StringComparison.Ordinal) && pids.ContainsKey(int.Parse(p[4..])))).ToList();
            var twice = steps.Where(parts => parts[2] == "inbox-handled").GroupBy(parts => parts[4]).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            var handledTwice = twice.Count;
            foreach (var id in twice.Take(5))
                Console.WriteLine($"  update {id} handled twice: " + string.Join("; ", steps.Where(parts => parts[4] == id).Select(parts =>
                    $"{Stopwatch.GetElapsedTime(zero, long.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture)).TotalMilliseconds:0} ms {pids[int.Parse(parts.First(p => p.StartsWith("pid=", StringComparison.Ordinal))[4..])]} {parts[2]} {parts[3]}")));
            // Replies that say the dialog failed (a database timeout on a loaded machine), not a criteria answer.
            var apologies = fake.SendLog.Count(r => r.Status == 200 && r.Text.StartsWith("Mohon maaf, terjadi kesalahan", StringComparison.Ordinal));
            Console.WriteLine($"L={l.TotalMilliseconds} webhook, {servers} server(s): {n:N0} questions from 200 chats in {sw.Elapsed.TotalSeconds:0.0} s = {rate:0.0}/s; " +
                              $"429s {fake.TooManyRequests}; sends {fake.Accepted}; chats whose answers differ from their questions (order, twice, missing) {wrong} of 200; updates handled twice {handledTwice}; \"something went wrong\" replies {apologies}; webhook 503s posted again {unavailable}");
            if (!complete) return $"| {l.TotalMilliseconds} ms | {n:N0} questions from 200 chats by webhook, {servers} server{(servers > 1 ? "s behind one address" : "")} | not all answered: {wrong} of 200 chats wrong | — |";
            return $"| {l.TotalMilliseconds} ms | {n:N0} questions from 200 chats by webhook, {servers} server{(servers > 1 ? "s behind one address" : "")} | {rate:0.0} questions/s ({fake.TooManyRequests} × 429); " +
                   $"chats out of order / answered twice / unanswered: {wrong} of 200 | {rate / 30:0.00}× of 30/s |";
        }
        finally
        {
            foreach (var (server, http) in started)
            {
                server.Dispose();
                http.Dispose();
            }
        }
    }

    static string IndicatorOf(string question) => System.Text.RegularExpressions.Regex.Match(question, @"indikator (\d+)").Groups[1].Value;

    /// <summary>
    /// What went wrong in one chat, for the output: how its answers differ (twice, out of order, missing), its posts
    /// (to which server, the answer), the fake's log of its sends (when, from which server, status, text), the servers'
    /// inbox steps for it (claim, handled, sent, complete: which server and when; SPBEBOT_TIMELINE) and its inbox rows.
    /// Times in ms from the batch's first post.
    /// </summary>
    static async Task ExplainChat(BenchDatabase bench, LatencyBotApi fake, long chat, List<string> asked, List<string> answered,
        List<(long Chat, int UpdateId, string Indicator, string Server, long At, long Answered, int Status)> posts, Dictionary<int, string> servers, long zero)
    {
        string Ms(long ts) => $"{Stopwatch.GetElapsedTime(zero, ts).TotalMilliseconds,8:0}";
        var how = new List<string>();
        foreach (var indicator in asked.Concat(answered).Distinct())
        {
            var (a, b) = (asked.Count(x => x == indicator), answered.Count(x => x == indicator));
            if (b > a) how.Add($"indikator {indicator} answered {b}× for {a} question(s)");
            else if (b < a) how.Add($"indikator {indicator}: {b} answer(s) for {a} question(s)");
        }
        if (how.Count == 0) how.Add("out of order");
        var apologies = fake.SendLog.Count(r => r.Chat == chat && r.Status == 200 && r.Text.StartsWith("Mohon maaf, terjadi kesalahan", StringComparison.Ordinal));
        if (apologies > 0) how.Add($"{apologies} \"something went wrong\" repl{(apologies > 1 ? "ies" : "y")} instead");
        Console.WriteLine($"  chat {chat}: asked [{string.Join(", ", asked)}], answered [{string.Join(", ", answered)}]: {string.Join("; ", how)}");
        foreach (var post in posts)
            Console.WriteLine($"    {Ms(post.At)} ms  post update {post.UpdateId} (indikator {post.Indicator}) to {post.Server} → {post.Status} after {Stopwatch.GetElapsedTime(post.At, post.Answered).TotalMilliseconds:0} ms");
        foreach (var send in fake.SendLog.Where(r => r.Chat == chat))
            Console.WriteLine($"    {Ms(send.At)} ms  send from {send.Server}: {send.Status} \"{send.Text[..Math.Min(40, send.Text.Length)].ReplaceLineEndings(" ")}\"");
        var conversation = $"telegram:{chat}";
        foreach (var line in Server.Timeline)
        {
            var parts = line.Split(' ');
            if (parts.Length < 4 || !parts[2].StartsWith("inbox-", StringComparison.Ordinal) || parts[3] != conversation) continue;
            var ts = long.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
            if (ts < zero) continue;
            var pid = parts.FirstOrDefault(p => p.StartsWith("pid=", StringComparison.Ordinal)) is { } p ? int.Parse(p[4..]) : 0;
            Console.WriteLine($"    {Ms(ts)} ms  {servers.GetValueOrDefault(pid, "?")} {string.Join(' ', parts.Skip(2).TakeWhile(x => !x.StartsWith("gc-pause", StringComparison.Ordinal)))}");
        }
        await using var c = await bench.Connections.OpenAsync();
        foreach (var row in await c.QueryAsync<(long Id, string ExternalId, long Seq, string Status, DateTime Received, DateTime? Handled)>(
                     "select id, external_id, seq, status, received_at, handled_at from inbox_update where conversation = @conversation order by id", new { conversation }))
            Console.WriteLine($"    inbox row {row.Id}: update {row.ExternalId} seq {row.Seq} {row.Status}, received {row.Received:HH:mm:ss.fff}, handled {row.Handled:HH:mm:ss.fff}");
        foreach (var lease in await c.QueryAsync<(string? Owner, int Pending, DateTime ReplyAfter)>(
            "select owner, pending, reply_after from inbox_lease where conversation = @conversation", new { conversation }))
            Console.WriteLine($"    lease: owner {lease.Owner ?? "none"}, pending {lease.Pending}, reply_after {lease.ReplyAfter:HH:mm:ss.fff}");
    }

    static bool Listening(HttpClient http)
    {
        try { return http.GetAsync("/healthz").Result.StatusCode != System.Net.HttpStatusCode.NotFound; }
        catch (AggregateException) { return false; }
    }

    /// <summary>Whom an accepted send went to.</summary>
    enum SendKind { Recipient, Reply, Other }

    /// <summary>
    /// Where a broadcast's time went: the bot-wide rate the fake accepted between the first and the last recipient
    /// (recipients, replies, other), the busiest second, the start-up (created → first recipient), the tail (last
    /// recipient → reported done), and the time lost in gaps (every pause between two accepted sends beyond 1/30 s,
    /// counted when over 100 ms).
    /// </summary>
    static string Accounting(LatencyBotApi fake, DateTimeOffset created, TimeSpan reportedDone)
    {
        var first = fake.FirstRecipientAt;
        var last = fake.LastRecipientAt;
        var span = (last - first).TotalSeconds;
        var within = fake.Accepts.Where(a => a.At >= first && a.At <= last).OrderBy(a => a.At).ToList();
        int Count(SendKind k) => within.Count(a => a.Kind == k);
        var (recipients, replies, other) = (Count(SendKind.Recipient), Count(SendKind.Reply), Count(SendKind.Other));
        var gaps = within.Zip(within.Skip(1), (a, b) => (b.At - a.At).TotalSeconds).Where(g => g > 0.1).ToList();
        var lostInGaps = gaps.Sum(g => g - 1 / 30.0);
        return $"accounting: bot-wide {within.Count / span:0.00}/s = recipients {recipients / span:0.00}/s + replies {replies / span:0.00}/s + other {other / span:0.00}/s " +
               $"(at exactly 30/s the same {within.Count} sends take {within.Count / 30.0:0.0} s, {span - within.Count / 30.0:0.0} s less); busiest second {fake.MostInOneSecond}; " +
               $"start-up {(first - created).TotalSeconds:0.00} s; tail {(reportedDone - (last - created)).TotalSeconds:0.00} s; " +
               $"{gaps.Count} gaps over 100 ms, {lostInGaps:0.00} s beyond 1/30 s each{(gaps.Count > 0 ? $" (longest {gaps.Max():0.00} s)" : "")}";
    }

    /// <summary>
    /// Where a kill's seconds go (17t): the recipients' rate before and after it, recipients per second from the kill, the
    /// first recipient after it, when the rate was full again (a second with at least 27 recipients), the seconds lost
    /// in the ten seconds after the kill against the rate after them, and the servers' own steps (SPBEBOT_TIMELINE:
    /// host start, the outbox lock taken, the dead sender's rows taken over, the first claim).
    /// </summary>
    /// <summary>
    /// For each bot-wide 429: the 30 sends the fake counted in the second before it and the refused one, laid beside
    /// the servers' own send log (SPBEBOT_SENDLOG: when the pacer counted each start, when its answer came). If the 31
    /// starts lie more than a second apart, the pacer kept its window and the arrivals bunched (the way in varied); if
    /// within a second, the pacer itself let 31 start.
    /// </summary>
    static IEnumerable<string> WhyTooMany(LatencyBotApi fake, long zero)
    {
        var arrivals = fake.Arrivals;
        var sends = Server.Timeline.Where(l => l.Contains(" send chat=", StringComparison.Ordinal)).Select(l =>
        {
            var f = l.Split(' ');
            string V(string k) => f.First(x => x.StartsWith(k + "=", StringComparison.Ordinal))[(k.Length + 1)..];
            return (Chat: long.Parse(V("chat"), System.Globalization.CultureInfo.InvariantCulture), Start: long.Parse(V("start"), System.Globalization.CultureInfo.InvariantCulture),
                Answered: long.Parse(V("answered"), System.Globalization.CultureInfo.InvariantCulture), MinRtt: double.Parse(V("min-rtt-ms"), System.Globalization.CultureInfo.InvariantCulture),
                Slack: double.Parse(V("slack-ms"), System.Globalization.CultureInfo.InvariantCulture));
        }).ToLookup(x => x.Chat);
        double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
        foreach (var refused in arrivals.Where(a => !a.Accepted))
        {
            var window = arrivals.Where(a => a.Accepted && a.Ts > refused.Ts - Stopwatch.Frequency && a.Ts <= refused.Ts).Append(refused).ToList();
            if (window.Count < 31) { yield return $"429 at {Ms(refused.Ts - zero) / 1000:+0.0} s: a chat's limit ({window.Count} in its second)"; continue; }
            // Each arrival's send: the last start of that chat before the arrival.
            var matched = window.Select(a => (Arrival: a, Send: sends[a.Chat].Where(x => x.Start <= a.Ts).OrderByDescending(x => x.Start).Cast<(long Chat, long Start, long Answered, double MinRtt, double Slack)?>().FirstOrDefault()))
                .ToList();
            var known = matched.Where(m => m.Send is not null).Select(m => (m.Arrival, Send: m.Send!.Value)).ToList();
            if (known.Count < 2) { yield return $"429 at {Ms(refused.Ts - zero) / 1000:+0.0} s: no send log"; continue; }
            var starts = known.Select(k => k.Send.Start).Order().ToList();
            var wayIn = known.Select(k => Ms(k.Arrival.Ts - k.Send.Start)).ToList();
            // The pacer's view of each: counted from its answer less its shortest round trip (as SendRateLimiter does).
            var estimates = known.Select(k => k.Send.Answered - (long)(k.Send.MinRtt * Stopwatch.Frequency / 1000)).Order().ToList();
            var servers = string.Join("/", window.GroupBy(a => a.Server).Select(g => $"{g.Key} {g.Count()}"));
            var byStart = known.OrderBy(k => k.Send.Start).ToList();
            var reordered = byStart.Zip(byStart.Skip(1)).Count(p => p.Second.Arrival.Ts < p.First.Arrival.Ts);
            yield return $"429 at {Ms(refused.Ts - zero) / 1000:+0.0} s: 31 arrivals within {Ms(refused.Ts - window[0].Ts):0} ms ({servers}; {known.Count} found in the send log); " +
                         $"their pacer starts span {Ms(starts[^1] - starts[0]):0} ms, the pacer's arrival estimates {Ms(estimates[^1] - estimates[0]):0} ms; " +
                         $"way in (arrival − start) {wayIn.Min():0}–{wayIn.Max():0} ms; {reordered} arrivals out of start order; shortest round trip {known[^1].Send.MinRtt:0.0} ms, slack {known[^1].Send.Slack:0.0} ms";
            yield return "    start, way in, arrival (ms from the first arrival): " + string.Join(" · ", byStart.Select(k => $"{Ms(k.Send.Start - window[0].Ts):0}+{Ms(k.Arrival.Ts - k.Send.Start):0}={Ms(k.Arrival.Ts - window[0].Ts):0}{(k.Arrival.Accepted ? "" : "!")}"));
        }
    }

    /// <summary>
    /// How close the bot-wide arrivals came to a 429, whether or not one happened: the shortest span of 31 consecutive
    /// arrivals at the fake (under 1,000 ms is a 429) and how many spans fell under 1,005 and 1,010 ms; beside it, the
    /// spread of each send's way in (arrival − the pacer's start), way back (answer − arrival) and round trip, from the
    /// servers' send log. A margin is judged by the closest span, not only by a run's count of 429s.
    /// </summary>
    static string Closeness(LatencyBotApi fake)
    {
        var arrivals = fake.Arrivals.OrderBy(a => a.Ts).ToList();
        double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
        var spans = Enumerable.Range(0, Math.Max(0, arrivals.Count - 30)).Select(i => Ms(arrivals[i + 30].Ts - arrivals[i].Ts)).ToList();
        if (spans.Count == 0) return "closeness: fewer than 31 arrivals";
        var sends = Server.Timeline.Where(l => l.Contains(" send chat=", StringComparison.Ordinal)).Select(l =>
        {
            var f = l.Split(' ');
            long V(string k) => long.Parse(f.First(x => x.StartsWith(k + "=", StringComparison.Ordinal))[(k.Length + 1)..], System.Globalization.CultureInfo.InvariantCulture);
            return (Chat: V("chat"), Start: V("start"), Answered: V("answered"));
        }).ToLookup(x => x.Chat);
        var legs = arrivals.Where(a => a.Accepted).Select(a => (Arrival: a.Ts, Send: sends[a.Chat].Where(x => x.Start <= a.Ts).OrderByDescending(x => x.Start).Cast<(long Chat, long Start, long Answered)?>().FirstOrDefault()))
            .Where(x => x.Send is { } s && s.Answered >= x.Arrival).Select(x => (In: Ms(x.Arrival - x.Send!.Value.Start), Back: Ms(x.Send!.Value.Answered - x.Arrival))).ToList();
        string Spread(IEnumerable<double> values)
        {
            var v = values.Order().ToList();
            return v.Count == 0 ? "—" : $"{v[0]:0.0}/{v[v.Count / 100]:0.0}/{v[v.Count / 2]:0.0}/{v[v.Count * 99 / 100]:0.0}/{v[^1]:0.0}";
        }
        return $"closeness: shortest span of 31 arrivals {spans.Min():0.0} ms; spans under 1,000 ms {spans.Count(x => x < 1000)}, under 1,005 ms {spans.Count(x => x < 1005)}, under 1,010 ms {spans.Count(x => x < 1010)} (of {spans.Count}); " +
               $"ms min/p1/p50/p99/max of {legs.Count} sends: way in {Spread(legs.Select(x => x.In))}, way back {Spread(legs.Select(x => x.Back))}, round trip {Spread(legs.Select(x => x.In + x.Back))}";
    }

    static string TakeOver(LatencyBotApi fake, DateTimeOffset killed, long killedTs)
    {
        var recipients = fake.Accepts.Where(a => a.Kind == SendKind.Recipient).Select(a => a.At).Order().ToList();
        var first = fake.FirstRecipientAt;
        var last = fake.LastRecipientAt;
        var before = recipients.Count(a => a < killed);
        var after = recipients.Count - before;
        var rateBefore = before / Math.Max(0.001, (killed - first).TotalSeconds);
        var settled = killed + TimeSpan.FromSeconds(10);
        var late = recipients.Count(a => a >= settled);
        var rateLate = late / Math.Max(0.001, (last - settled).TotalSeconds);
        var inTen = recipients.Count(a => a >= killed && a < settled);
        var perSecond = Enumerable.Range(0, 10).Select(s => recipients.Count(a => a >= killed + TimeSpan.FromSeconds(s) && a < killed + TimeSpan.FromSeconds(s + 1))).ToList();
        var firstAfter = recipients.FirstOrDefault(a => a >= killed);
        // Full rate again: the first moment from which a sliding second holds at least 27 recipients.
        double? full = null;
        for (var i = 0; i < recipients.Count; i++)
        {
            if (recipients[i] < killed) continue;
            var j = recipients.FindLastIndex(a => a < recipients[i] + TimeSpan.FromSeconds(1));
            if (j - i + 1 >= 27) { full = (recipients[i] - killed).TotalSeconds; break; }
        }
        var steps = Server.TimelineBetween(killedTs, killedTs - Stopwatch.Frequency / 2, killedTs + 10 * Stopwatch.Frequency)
            .Where(l => l.Contains(" outbox-", StringComparison.Ordinal) || l.Contains(" host-", StringComparison.Ordinal))
            .Select(l => string.Join(' ', l.Split(' ').TakeWhile(t => !t.StartsWith("gc-", StringComparison.Ordinal) && !t.StartsWith("gen2", StringComparison.Ordinal) && !t.StartsWith("heap", StringComparison.Ordinal))))
            .Take(12);
        // How late the servers' lag watchers woke (a stopped process: GC, the CPU taken) from the kill to +10 s.
        var lags = Server.TimelineBetween(killedTs, killedTs, killedTs + 10 * Stopwatch.Frequency)
            .Where(l => l.Contains(" lag-", StringComparison.Ordinal))
            .Select(l => (At: l.Split(' ')[0], Ms: int.Parse(l.Split("late-ms=")[1].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture), Kind: l.Contains("lag-thread", StringComparison.Ordinal) ? "thread" : "pool"))
            .Where(x => x.Ms >= 200).Take(12).Select(x => $"{x.At} s {x.Kind} {x.Ms} ms").ToList();
        steps = steps.Append(lags.Count == 0 ? "no lag ≥ 200 ms" : "lag ≥ 200 ms: " + string.Join(", ", lags));
        return $"take-over: recipients {rateBefore:0.00}/s before the kill, {after / Math.Max(0.001, (last - killed).TotalSeconds):0.00}/s after it ({rateLate:0.00}/s from +10 s); " +
               $"per second from the kill [{string.Join(' ', perSecond)}]; first recipient after it +{(firstAfter == default ? double.NaN : (firstAfter - killed).TotalSeconds):0.00} s, " +
               $"full rate (27 in a second) from +{(full is { } f ? f.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) : "—")} s; " +
               $"the ten seconds after the kill cost {10 - inTen / Math.Max(0.001, rateLate):0.00} s against the later rate, " +
               $"the first half {(killed - first).TotalSeconds - before / Math.Max(0.001, rateLate):0.00} s against it" +
               $"\n    steps (s from the kill): {string.Join(" · ", steps)}";
    }

    static async Task<string> Broadcast(BenchDatabase bench, TimeSpan l, int n, bool crash, bool survivor = false)
    {
        await LinkRecipientsAsync(bench, n);
        await using var fake = await LatencyBotApi.StartAsync(l);
        var server = await Server.StartAsync(bench, fake);
        // With a survivor: a second server on the same database, started before the broadcast.
        var second = survivor ? await Server.StartAsync(bench, fake, waitForPoll: false) : null;
        try
        {
            await fake.AskAsync(Batch(50), null, TimeSpan.FromMinutes(2));
            fake.ResetCounters();
            var created = DateTimeOffset.UtcNow;
            var createdTs = Stopwatch.GetTimestamp();
            var store = new BroadcastStore(bench.Connections);
            var broadcast = await store.CreateAsync(new Audience("role", Role: PersonRole.Operator), $"Rapat koordinasi SPBE ({n}, {l.TotalMilliseconds} ms{(crash ? ", crash" : "")})",
                Actor.System("bench"), DateOnly.FromDateTime(DateTime.UtcNow));
            var queued = DateTimeOffset.UtcNow - created;
            var sw = Stopwatch.StartNew();
            // Questions keep coming while the broadcast runs: 2 a second until it is done.
            using var stopAsking = new CancellationTokenSource();
            var asking = fake.AskWhileAsync(2, stopAsking.Token);
            var killedAt = 0;
            var killedTs = 0L;
            var killedWall = DateTimeOffset.MinValue;
            if (crash)
            {
                while (fake.RecipientsReached < n / 2) await Task.Delay(20);
                killedTs = Stopwatch.GetTimestamp();
                killedWall = DateTimeOffset.UtcNow;
                if (second is not null && await SenderPidAsync(bench) == second.Pid) (server, second) = (second, server);   // kill the one sending
                server.Kill();
                killedAt = fake.RecipientsReached;
                server.Dispose();
                server = second ?? await Server.StartAsync(bench, fake, waitForPoll: false);
                second = null;
            }
            while ((await store.StatusAsync(broadcast.Id))!.FinishedAt is null)
            {
                if (sw.Elapsed > TimeSpan.FromMinutes(15)) throw new TimeoutException("the broadcast did not finish in 15 minutes");
                await Task.Delay(200);
            }
            await stopAsking.CancelAsync();
            var replyDelays = await asking;
            var seconds = (fake.LastRecipientAt - fake.FirstRecipientAt).TotalSeconds;
            var perChat = fake.RecipientCounts;
            var duplicates = perChat.Values.Sum(v => v - 1);
            var lost = n - perChat.Count;
            var rate = (n - 1) / seconds;
            var limit = n / 30.0;
            var p99 = replyDelays.Count == 0 ? double.NaN : QuestionsBench.Percentile(replyDelays, 99);
            int inDoubt;
            await using (var c = await bench.Connections.OpenAsync())
                inDoubt = await c.ExecuteScalarAsync<int>("select count(*) from outbox_message where broadcast_id = @Id and last_error like 'in doubt%'", new { broadcast.Id });
            Console.WriteLine($"L={l.TotalMilliseconds} broadcast {n}{(crash ? $" killed after {killedAt} and restarted" : "")}: first to last {seconds:0.0} s = {rate:0.0}/s (limit {limit:0.0} s), " +
                              $"reported done after {sw.Elapsed.TotalSeconds:0.0} s; 429s {fake.TooManyRequests}, duplicates {duplicates}, lost {lost}, in doubt {inDoubt}; " +
                              $"longest gap between two recipients {fake.LongestRecipientGap.TotalSeconds:0.0} s; " +
                              $"{replyDelays.Count} questions meanwhile: p50 {QuestionsBench.Percentile(replyDelays, 50):0} ms, p99 {p99:0} ms, max {(replyDelays.Count == 0 ? 0 : replyDelays.Max()):0} ms");
            Console.WriteLine("  " + Accounting(fake, created, sw.Elapsed));
            // The coordinator's view: from the command (the broadcast's creation) to the last recipient, beside first to last.
            var fromCommand = (fake.LastRecipientAt - created).TotalSeconds;
            // The server's first steps after the command (SPBEBOT_TIMELINE): woken by the rows' notification, the first claim.
            string Step(string name)
            {
                var line = Server.Timeline.Select(x => x.Split(' ')).Where(x => x.Length > 2 && x[2] == name)
                    .Select(x => (Ts: long.Parse(x[1], System.Globalization.CultureInfo.InvariantCulture), Text: string.Join(' ', x.Skip(3).TakeWhile(t => !t.Contains('=')))))
                    .Where(x => x.Ts >= createdTs).OrderBy(x => x.Ts).FirstOrDefault();
                return line.Ts == 0 ? "—" : $"{Stopwatch.GetElapsedTime(createdTs, line.Ts).TotalSeconds:0.00} s{(line.Text.Length > 0 ? $" ({line.Text})" : "")}";
            }
            if (fake.TooManyAt.Count > 0)
                Console.WriteLine($"  429s at (s from {(crash ? "the kill" : "the command")}): {string.Join(", ", fake.TooManyAt.Zip(fake.TooManyWhy).Select(t => $"{(t.First - (crash ? killedTs : createdTs)) / (double)Stopwatch.Frequency:+0.0;-0.0} {t.Second}"))}");
            foreach (var line in WhyTooMany(fake, crash ? killedTs : createdTs)) Console.WriteLine("  " + line);
            Console.WriteLine("  " + Closeness(fake));
            Console.WriteLine($"  from the command to the last recipient {fromCommand:0.0} s = {fromCommand / limit:0.000}× of N/30 (bound 1.1 × {limit:0.0} = {1.1 * limit:0.0} s); first to last {seconds:0.0} s = {seconds / limit:0.000}×; " +
                              $"start-up: rows queued {queued.TotalSeconds:0.00} s, sender woken {Step("outbox-woken")}, first claim {Step("outbox-claim")}, first recipient {(fake.FirstRecipientAt - created).TotalSeconds:0.00} s");
            if (crash)
            {
                // The questions asked from 2 s before the kill to 10 s after it (the take-over) and the rest.
                var timed = fake.Timed;
                bool Near(long enqueued) => Stopwatch.GetElapsedTime(killedTs, enqueued) is var d && (enqueued >= killedTs ? d.TotalSeconds <= 10 : Stopwatch.GetElapsedTime(enqueued, killedTs).TotalSeconds <= 2);
                var near = timed.Where(t => Near(t.Enqueued)).Select(t => t.Ms).ToList();
                var rest = timed.Where(t => !Near(t.Enqueued)).Select(t => t.Ms).ToList();
                Console.WriteLine($"  replies around the take-over (−2 s … +10 s): {near.Count}, p50 {(near.Count == 0 ? 0 : QuestionsBench.Percentile(near, 50)):0} ms, max {(near.Count == 0 ? 0 : near.Max()):0} ms; " +
                                  $"the rest: {rest.Count}, p99 {(rest.Count == 0 ? 0 : QuestionsBench.Percentile(rest, 99)):0} ms");
                // Each slow one (over a second): asked, handed out by getUpdates, answered — seconds from the kill.
                double FromKill(long ts) => (ts - killedTs) / (double)Stopwatch.Frequency;
                var slow = timed.Where(t => t.Ms > 1000).OrderBy(t => t.Enqueued)
                    .Select(t => $"{FromKill(t.Enqueued):+0.0;-0.0}→{(t.Delivered == 0 ? "?" : FromKill(t.Delivered).ToString("+0.0;-0.0", System.Globalization.CultureInfo.InvariantCulture))}→{FromKill(t.Enqueued) + t.Ms / 1000:+0.0;-0.0}").ToList();
                if (slow.Count > 0) Console.WriteLine($"  replies over 1 s (asked → handed out → answered, s from the kill): {string.Join(" · ", slow.Take(40))}");
                Console.WriteLine("  " + TakeOver(fake, killedWall, killedTs));
                // Every server step from 2 s before the kill to 15 s after it, for reading a slow reply's path.
                File.WriteAllLines($"timeline-{(survivor ? "crash2" : "crash")}.txt", Server.TimelineBetween(killedTs, killedTs - 2 * Stopwatch.Frequency, killedTs + 15 * Stopwatch.Frequency)
                    .Where(l => !l.Contains(" send chat=", StringComparison.Ordinal)));
            }
            var what = !crash ? $"broadcast to {n:N0} while 2 questions/s arrive"
                : survivor ? $"broadcast to {n:N0}, two servers, the sender killed (SIGKILL) after {killedAt:N0}, the other takes over"
                : $"broadcast to {n:N0}, sender killed (SIGKILL) after {killedAt:N0} and restarted";
            return $"| {l.TotalMilliseconds} ms | {what} | {rate:0.0} msg/s, {seconds:0} s first to last, {fromCommand:0.0} s from the command (limit {limit:0} s), {fake.TooManyRequests} × 429, {duplicates} duplicates, {lost} lost, {inDoubt} in doubt; " +
                   $"longest gap {fake.LongestRecipientGap.TotalSeconds:0.0} s; replies meanwhile p99 {p99:0} ms | {rate / 30:0.00}× of 30/s; time {seconds / limit:0.00}× of N/30 first to last, {fromCommand / limit:0.000}× from the command |";
        }
        finally
        {
            server.Kill();
            server.Dispose();
            second?.Dispose();
        }
    }

    /// <summary>The first <paramref name="n"/> demo recipients ("Penerima …") linked to Telegram chats from RecipientChat on.</summary>
    static async Task LinkRecipientsAsync(BenchDatabase bench, int n)
    {
        await using var c = await bench.Connections.OpenAsync();
        await c.ExecuteAsync("delete from chat_identity where channel = 'telegram' and external_id::bigint >= @first", new { first = RecipientChat });
        await c.ExecuteAsync("""
            insert into chat_identity (channel, external_id, person_id)
            select 'telegram', (@first + id)::text, id from person where name like 'Penerima %' order by id limit @n
            """, new { first = RecipientChat, n });
    }

    /// <summary>The process id of the server now delivering Telegram's outbox (its sender registration names it).</summary>
    static async Task<int?> SenderPidAsync(BenchDatabase bench)
    {
        await using var c = await bench.Connections.OpenAsync();
        var host = await c.ExecuteScalarAsync<string?>(
            "select host from outbox_sender where channel = 'telegram' and heartbeat_at > now() - interval '3 seconds' order by heartbeat_at desc limit 1");
        return host is not null && int.TryParse(host[(host.LastIndexOf(':') + 1)..], out var pid) ? pid : null;
    }

    /// <summary>The real server as a child process (this program's "broadcast-server": ServerApp configured by the environment).</summary>
    sealed class Server(Process process) : IDisposable
    {
        public int Pid => process.Id;

        /// <summary>The server's timeline lines (SPBEBOT_TIMELINE): "timeline &lt;monotonic timestamp&gt; &lt;step&gt; …".</summary>
        public static readonly System.Collections.Concurrent.ConcurrentQueue<string> Timeline = new();

        /// <summary>The timeline between two timestamps, each line in seconds from <paramref name="zero"/>.</summary>
        public static IEnumerable<string> TimelineBetween(long zero, long start, long end) =>
            from line in Timeline
            let parts = line.Split(' ', 3)
            let ts = long.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture)
            where ts >= start && ts <= end
            select $"{(ts - zero) / (double)Stopwatch.Frequency:+0.000;-0.000} s {parts[2]}";

                /// <param name="tag">"s1" or "s2": the fake tells the second server's calls apart by the host name of its Bot API address.</param>
        public static async Task<Server> StartAsync(BenchDatabase bench, LatencyBotApi fake, bool waitForPoll = true, int? webhookPort = null, string? tag = null)
        {
            var start = new ProcessStartInfo(Environment.ProcessPath!) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet") start.ArgumentList.Add(typeof(RealisticBench).Assembly.Location);
            start.ArgumentList.Add("broadcast-server");
            if (webhookPort is { } port)
            {
                start.ArgumentList.Add($"http://127.0.0.1:{port}");
                start.Environment["SPBEBOT__TELEGRAM__MODE"] = "webhook";
                start.Environment["SPBEBOT__TELEGRAM__WEBHOOKURL"] = "https://spbe.example.go.id/telegram/webhook";
                start.Environment["SPBEBOT__TELEGRAM__WEBHOOKSECRET"] = WebhookSecret;
            }
            start.Environment["SPBEBOT__DATABASE__CONNECTIONSTRING"] = bench.ConnectionString;
            start.Environment["SPBEBOT__TELEGRAM__TOKEN"] = Token;
            // The Bot API client keeps only scheme, host and port of its base URL: the second server's calls are told
            // apart by the host name they use (the fake listens on 127.0.0.1; "localhost" reaches it too).
            start.Environment["SPBEBOT__TELEGRAM__APIBASEURL"] = tag == "s2" ? fake.BaseUrl.Replace("127.0.0.1", "localhost", StringComparison.Ordinal) : fake.BaseUrl;
            start.Environment["SPBEBOT__TELEGRAM__POLLTIMEOUTSECONDS"] = "10";
            start.Environment["SPBEBOT__EVIDENCE__ROOT"] = Path.Combine(bench.Root, "evidence");
            start.Environment["SPBEBOT_TIMELINE"] = "1";
            start.Environment["SPBEBOT_SENDLOG"] = "1";   // one line per answered send: the 429s' analysis (WhyTooMany)
            var polls = fake.Polls;
            var process = Process.Start(start)!;
            // The console log (stdout): why the inbox refused a webhook post (the 503 the bench posts again).
            process.OutputDataReceived += (_, e) =>
            {
                if (e.Data?.Contains("inbox unavailable", StringComparison.Ordinal) == true) Console.Error.WriteLine("  server: " + e.Data.Trim());
            };
            process.ErrorDataReceived += (_, e) =>
            {
                // Tagged with the server ("srv=s1"): the 429 log (TooManyLog) tells the two servers' sends and beats apart.
                if (e.Data?.StartsWith("timeline ", StringComparison.Ordinal) == true) Timeline.Enqueue(tag is null ? e.Data : $"{e.Data} srv={tag}");
                // Failures, and why the inbox refused a webhook post (the 503 the bench posts again).
                else if (e.Data is { } text && (text.Contains("fail", StringComparison.OrdinalIgnoreCase) || text.Contains("inbox unavailable", StringComparison.Ordinal)))
                    Console.Error.WriteLine("  server: " + text);
            };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (waitForPoll)
                await WaitFor(() => fake.Polls > polls, "the server polls the fake Bot API", TimeSpan.FromMinutes(3));
            return new Server(process);
        }

        public void Kill()
        {
            if (process.HasExited) return;
            process.Kill();   // SIGKILL
            process.WaitForExit();
        }

        public void Dispose()
        {
            Kill();   // never leave a server behind: it would hold the polling lock against the next one
            process.Dispose();
        }
    }

    /// <summary>
    /// A Bot API on loopback with latency, limits and bandwidth: getMe, getUpdates (long poll, offset), sendMessage,
    /// getFile and file downloads, and the rest answered "ok". Replies to question chats are matched first in first out
    /// to the oldest unanswered question of the chat; messages to recipient chats are counted per chat.
    /// </summary>
    sealed class LatencyBotApi : LoopbackService
    {
        readonly TimeSpan _half;
        readonly int _bandwidth;
        readonly Lock _gate = new();
        readonly List<JsonObject> _updates = [];
        TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        // Update ids go on from one fake to the next: the server keeps its polling offset in the database.
        static int s_updateIds;
        int _nextUpdateId = Interlocked.Add(ref s_updateIds, 1_000_000) - 999_999, _nextMessageId = 1;
        readonly Dictionary<long, Queue<(long Enqueued, int UpdateId)>> _waiting = [];
        readonly Dictionary<int, long> _deliveredAt = [];
        List<double> _latencies = [];
        List<double> _inbound = [], _serverSide = [];
        readonly List<(long Enqueued, double Ms, long Delivered)> _timed = [];
        readonly List<string> _uploaderTexts = [];
        byte[]? _fileContent;
        int _expected;
        TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        readonly Queue<DateTimeOffset> _lastSecond = new();
        readonly Dictionary<long, Queue<DateTimeOffset>> _perChat = [];
        readonly ConcurrentDictionary<long, int> _recipients = new();
        int _tooMany, _accepted, _polls, _fileSize;
        long _downloadStart, _downloadEnd;

        LatencyBotApi(TimeSpan latency, int bandwidth) => (_half, _bandwidth) = (latency / 2, bandwidth);

        /// <summary>Each way of a call takes L/2 plus a uniform random −Jitter…+Jitter (never below zero).</summary>
        public static TimeSpan Jitter { get; set; } = TimeSpan.Zero;

        TimeSpan Leg() => _half <= TimeSpan.Zero || Jitter <= TimeSpan.Zero ? _half
            : TimeSpan.FromMilliseconds(Math.Max(0, _half.TotalMilliseconds + (Random.Shared.NextDouble() * 2 - 1) * Jitter.TotalMilliseconds));

        /// <summary>Every accepted send: when it was counted and to what (a recipient of a broadcast, a question's chat, other).</summary>
        readonly List<(DateTimeOffset At, SendKind Kind)> _accepts = [];
        public IReadOnlyList<(DateTimeOffset At, SendKind Kind)> Accepts { get { lock (_gate) return _accepts.ToList(); } }
        /// <summary>Every sendMessage counted (accepted or 429): when (Stopwatch timestamp, taken where the window is counted), to which chat, from which server.</summary>
        readonly List<(long Ts, long Chat, string Server, bool Accepted)> _arrivals = [];
        public IReadOnlyList<(long Ts, long Chat, string Server, bool Accepted)> Arrivals { get { lock (_gate) return _arrivals.ToList(); } }
        /// <summary>The most sends the fake accepted within any one second (its window rule allows 30).</summary>
        public int MostInOneSecond { get; private set; }

        public static async Task<LatencyBotApi> StartAsync(TimeSpan latency, int bandwidth = 5_000_000)
        {
            var fake = new LatencyBotApi(latency, bandwidth);
            await fake.ListenAsync();
            return fake;
        }

        public int TooManyRequests => Volatile.Read(ref _tooMany);
        readonly List<long> _tooManyAt = [];
        readonly List<string> _tooManyWhy = [];
        /// <summary>When each 429 was given (Stopwatch timestamps), since the last <see cref="ResetCounters"/>.</summary>
        public IReadOnlyList<long> TooManyAt { get { lock (_gate) return _tooManyAt.ToList(); } }
        /// <summary>Which limit each 429 enforced: "bot" (30 in the last second), "chat" or "group", with the chat's kind.</summary>
        public IReadOnlyList<string> TooManyWhy { get { lock (_gate) return _tooManyWhy.ToList(); } }
        public int Accepted => Volatile.Read(ref _accepted);
        public int Polls => Volatile.Read(ref _polls);
        public int RecipientsReached => _recipients.Count;
        public IReadOnlyDictionary<long, int> RecipientCounts => _recipients;
        public DateTimeOffset FirstRecipientAt { get; private set; }
        public DateTimeOffset LastRecipientAt { get; private set; }
        /// <summary>The longest pause between two messages reaching recipients (the takeover after a kill).</summary>
        public TimeSpan LongestRecipientGap { get; private set; }
        public bool UploadAnswered { get; private set; }
        /// <summary>Every text sent to the uploading chat, in order.</summary>
        public IReadOnlyList<string> UploaderTexts { get { lock (_gate) return _uploaderTexts.ToList(); } }
        /// <summary>Every answered question: when it was enqueued (Stopwatch timestamp) and its latency in ms.</summary>
        /// <summary>Each answered question: when it was queued, its latency, and when a getUpdates first handed it out (0: unknown).</summary>
        public IReadOnlyList<(long Enqueued, double Ms, long Delivered)> Timed { get { lock (_gate) return _timed.ToList(); } }
        /// <summary>
        /// The answered questions of the last <see cref="AskAsync"/> split in two: enqueued → the update reaches the
        /// server (the poll's round trip included), and from there → its reply reaches the fake (inbox, claim, handler,
        /// pipeline, pacer, the send's way in), in ms.
        /// </summary>
        public (List<double> Inbound, List<double> Server) Breakdown { get { lock (_gate) return (_inbound.ToList(), _serverSide.ToList()); } }
        public double DownloadSeconds => _downloadEnd == 0 ? double.NaN : Stopwatch.GetElapsedTime(_downloadStart, _downloadEnd).TotalSeconds;

        /// <summary>A question as a webhook update (not queued for getUpdates); its reply is expected like any other.</summary>
        public JsonObject Question(long chat, string text)
        {
            lock (_gate)
            {
                if (!_waiting.TryGetValue(chat, out var queue)) _waiting[chat] = queue = new();
                var update = Update(chat, new JsonObject { ["text"] = text });
                queue.Enqueue((Stopwatch.GetTimestamp(), update["update_id"]!.GetValue<int>()));
                return update;
            }
        }

        /// <summary>Completes once <paramref name="count"/> more questions were answered.</summary>
        public Task Expect(int count)
        {
            lock (_gate)
            {
                _latencies = new List<double>(count);
                _expected = count;
                _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
                return _done.Task;
            }
        }

        readonly Dictionary<long, List<string>> _answers = [];

        /// <summary>Per question chat, the indicator of each criteria answer, in the order they arrived.</summary>
        public IReadOnlyDictionary<long, List<string>> AnswersPerChat { get { lock (_gate) return _answers.ToDictionary(p => p.Key, p => p.Value.ToList()); } }

        public void ResetAnswers() { lock (_gate) { _answers.Clear(); _sendLog.Clear(); } }

        /// <summary>One send to a question chat as the fake saw it: when it arrived, from which server, its status and text.</summary>
        public sealed record SendRecord(long Chat, long At, string Server, int Status, string Text);

        readonly List<SendRecord> _sendLog = [];

        /// <summary>Every send to a question chat since the last <see cref="ResetAnswers"/>, in order of arrival.</summary>
        public IReadOnlyList<SendRecord> SendLog { get { lock (_gate) return _sendLog.ToList(); } }

        public void ResetCounters()
        {
            lock (_gate)
            {
                _tooMany = 0;
                _tooManyAt.Clear();
                _tooManyWhy.Clear();
                _accepted = 0;
                _accepts.Clear();
                _arrivals.Clear();
                MostInOneSecond = 0;
            }
        }

        /// <summary>Enqueues questions (all at once, or at <paramref name="rate"/> a second) and waits for every reply; the latencies in ms.</summary>
        public async Task<List<double>> AskAsync(List<(long Chat, string Text)> messages, int? rate, TimeSpan timeout)
        {
            lock (_gate)
            {
                _latencies = new List<double>(messages.Count);
                (_inbound, _serverSide) = ([], []);
                _expected = messages.Count;
                _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
            }
            var start = Stopwatch.GetTimestamp();
            if (rate is null) Enqueue(messages);
            else
                for (var i = 0; i < messages.Count; i++)
                {
                    var due = start + (long)(i * Stopwatch.Frequency / (double)rate.Value);
                    var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
                    if (wait > TimeSpan.Zero) await Task.Delay(wait);
                    Enqueue([messages[i]]);
                }
            if (await Task.WhenAny(_done.Task, Task.Delay(timeout)) != _done.Task)
                throw new TimeoutException($"only {_latencies.Count} of {messages.Count} replies arrived within {timeout.TotalSeconds} s");
            lock (_gate) return _latencies.ToList();
        }

        /// <summary>Questions at <paramref name="rate"/> a second until stopped; the latencies of those answered.</summary>
        public async Task<List<double>> AskWhileAsync(int rate, CancellationToken stop)
        {
            lock (_gate)
            {
                _latencies = [];
                _timed.Clear();
                _expected = int.MaxValue;
            }
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                Enqueue([(QuestionChat + i * 7 % 200, Questions[i % Questions.Length])]);
                try { await Task.Delay(TimeSpan.FromSeconds(1.0 / rate), stop); } catch (OperationCanceledException) { }
            }
            await Task.Delay(TimeSpan.FromSeconds(3));   // the last answers
            lock (_gate) return _latencies.ToList();
        }

        readonly Dictionary<long, List<(long At, string Text)>> _textsTo = [];

        /// <summary>What was sent to a chat that asks no timed question (an uploader, the digest's chat): when it arrived and its text.</summary>
        public IReadOnlyList<(long At, string Text)> TextsTo(long chat)
        {
            lock (_gate) return _textsTo.TryGetValue(chat, out var list) ? list.ToList() : [];
        }

        /// <summary>Several chats send the same file at the same moment (one batch of updates).</summary>
        public void UploadFrom(IEnumerable<long> chats, int size, string name = "laporan-spbe.pdf")
        {
            _fileSize = size;
            _fileContent = null;
            lock (_gate)
            {
                foreach (var chat in chats)
                    _updates.Add(Update(chat, new JsonObject
                    {
                        ["document"] = new JsonObject { ["file_id"] = "big-file", ["file_unique_id"] = "big-file-u", ["file_name"] = name, ["mime_type"] = "application/pdf", ["file_size"] = size },
                    }));
                Wake();
            }
        }

        /// <summary>A text from a chat whose replies are not timed as answers (see <see cref="TextsTo"/>).</summary>
        public void Say(long chat, string text)
        {
            lock (_gate)
            {
                _updates.Add(Update(chat, new JsonObject { ["text"] = text }));
                Wake();
            }
        }

        public void Upload(long chat, int size, byte[]? content = null, string? caption = null, string name = "laporan-spbe.pdf")
        {
            _fileSize = size;
            _fileContent = content;
            lock (_gate)
            {
                var message = new JsonObject
                {
                    ["document"] = new JsonObject { ["file_id"] = "big-file", ["file_unique_id"] = "big-file-u", ["file_name"] = name, ["mime_type"] = "application/pdf", ["file_size"] = size },
                };
                if (caption is not null) message["caption"] = caption;
                _updates.Add(Update(chat, message));
                Wake();
            }
        }

        void Enqueue(IEnumerable<(long Chat, string Text)> messages)
        {
            lock (_gate)
            {
                foreach (var (chat, text) in messages)
                {
                    var update = Update(chat, new JsonObject { ["text"] = text });
                    _updates.Add(update);
                    if (!_waiting.TryGetValue(chat, out var queue)) _waiting[chat] = queue = new();
                    queue.Enqueue((Stopwatch.GetTimestamp(), update["update_id"]!.GetValue<int>()));
                }
                Wake();
            }
        }

        JsonObject Update(long chat, JsonObject content)
        {
            var message = new JsonObject
            {
                ["message_id"] = _nextMessageId++,
                ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                ["chat"] = new JsonObject { ["id"] = chat, ["type"] = "private", ["first_name"] = "Budi" },
                ["from"] = new JsonObject { ["id"] = chat, ["is_bot"] = false, ["first_name"] = "Budi", ["language_code"] = "id" },
            };
            foreach (var (key, value) in content.ToList()) { content.Remove(key); message[key] = value; }
            return new JsonObject { ["update_id"] = _nextUpdateId++, ["message"] = message };
        }

        void Wake()
        {
            _changed.TrySetResult();
            _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        protected override async Task ServeAsync(HttpContext http)
        {
            var path = http.Request.Path.Value ?? "";
            // Which server called (see Server.StartAsync): the second one addresses the fake as "localhost".
            var server = http.Request.Host.Host == "localhost" ? "s2" : "s1";
            if (Leg() is { } way && way > TimeSpan.Zero) await Task.Delay(way);   // the way in
            if (path.StartsWith("/file/", StringComparison.Ordinal))
            {
                await ServeFileAsync(http);
                return;
            }
            var method = path.Split('/').Last();
            var p = new JsonObject();
            foreach (var (key, value) in http.Request.Query) p[key] = value.ToString();
            if (http.Request.HasJsonContentType() && await JsonNode.ParseAsync(http.Request.Body) is JsonObject json)
                foreach (var (key, value) in json.ToList()) { json.Remove(key); p[key] = value; }
            else if (http.Request.HasFormContentType)
                foreach (var (key, value) in await http.Request.ReadFormAsync()) p[key] = value.ToString();
            var (status, body) = method switch
            {
                "getMe" => Ok(new JsonObject { ["id"] = 123456, ["is_bot"] = true, ["first_name"] = "Bench", ["username"] = "SpbeBenchBot" }),
                "getUpdates" => await GetUpdatesAsync(p, http.RequestAborted),
                "sendMessage" or "sendDocument" or "sendPhoto" => Send(p, server),
                "getFile" => Ok(new JsonObject { ["file_id"] = "big-file", ["file_unique_id"] = "big-file-u", ["file_size"] = _fileSize, ["file_path"] = "documents/big.pdf" }),
                _ => Ok(true),
            };
            if (Leg() is { } back && back > TimeSpan.Zero) await Task.Delay(back);   // the way out
            http.Response.StatusCode = status;
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync(body.ToJsonString());
        }

        /// <summary>The file's bytes at the set bandwidth, in 64 KB pieces.</summary>
        async Task ServeFileAsync(HttpContext http)
        {
            _downloadStart = Stopwatch.GetTimestamp();
            http.Response.ContentType = "application/octet-stream";
            http.Response.ContentLength = _fileSize;
            var chunk = new byte[64 * 1024];
            "%PDF-1.7\n"u8.CopyTo(chunk);
            var sent = 0;
            var start = Stopwatch.GetTimestamp();
            while (sent < _fileSize)
            {
                var size = Math.Min(chunk.Length, _fileSize - sent);
                await http.Response.Body.WriteAsync(_fileContent is { } content ? content.AsMemory(sent, size) : chunk.AsMemory(0, size));
                sent += size;
                var due = TimeSpan.FromSeconds(sent / (double)_bandwidth) - Stopwatch.GetElapsedTime(start);
                if (due > TimeSpan.Zero) await Task.Delay(due);
            }
            _downloadEnd = Stopwatch.GetTimestamp();
        }

        async Task<(int, JsonObject)> GetUpdatesAsync(JsonObject p, CancellationToken aborted)
        {
            Interlocked.Increment(ref _polls);
            var offset = Number(p, "offset") ?? 0;
            var limit = (int)(Number(p, "limit") ?? 100);
            var deadline = DateTimeOffset.UtcNow.AddSeconds(Number(p, "timeout") ?? 0);
            while (true)
            {
                Task changed;
                lock (_gate)
                {
                    var confirmed = 0;
                    while (confirmed < _updates.Count && _updates[confirmed]["update_id"]!.GetValue<int>() < offset) confirmed++;
                    _updates.RemoveRange(0, confirmed);
                    if (_updates.Count > 0)
                    {
                        var now = Stopwatch.GetTimestamp();
                        foreach (var u in _updates.Take(limit)) _deliveredAt.TryAdd(u["update_id"]!.GetValue<int>(), now);
                        return Ok(new JsonArray(_updates.Take(limit).Select(u => (JsonNode)u.DeepClone()).ToArray()));
                    }
                    changed = _changed.Task;
                }
                var remaining = deadline - DateTimeOffset.UtcNow;
                if (remaining <= TimeSpan.Zero) return Ok(new JsonArray());
                try { await changed.WaitAsync(remaining, aborted); }
                catch (TimeoutException) { }
                catch (OperationCanceledException) { return Ok(new JsonArray()); }
            }
        }

        /// <summary>A message to a chat, unless it breaks a limit (429, retry_after 1).</summary>
        (int, JsonObject) Send(JsonObject p, string server = "")
        {
            var arrived = Stopwatch.GetTimestamp();
            if (p["chat_id"] is null || !long.TryParse(p["chat_id"]!.ToString(), out var chat)) return (400, Error(400, "Bad Request: chat not found"));
            lock (_gate)
            {
                var now = DateTimeOffset.UtcNow;
                var countedTs = Stopwatch.GetTimestamp();
                while (_lastSecond.Count > 0 && _lastSecond.Peek() <= now.AddSeconds(-1)) _lastSecond.Dequeue();
                if (!_perChat.TryGetValue(chat, out var recent)) _perChat[chat] = recent = new();
                var window = chat < 0 ? TimeSpan.FromMinutes(1) : TimeSpan.FromSeconds(1);
                var allowed = chat < 0 ? 20 : 1;
                while (recent.Count > 0 && recent.Peek() <= now - window) recent.Dequeue();
                var questionChat = _waiting.ContainsKey(chat);
                if (_lastSecond.Count >= 30 || recent.Count >= allowed)
                {
                    _tooMany++;
                    _tooManyAt.Add(Stopwatch.GetTimestamp());
                    _arrivals.Add((countedTs, chat, server, false));
                    _tooManyWhy.Add((_lastSecond.Count >= 30 ? "bot" : chat < 0 ? "group" : "chat") + (chat >= RecipientChat ? " (recipient)" : questionChat ? " (reply)" : " (other)"));
                    if (questionChat) _sendLog.Add(new SendRecord(chat, arrived, server, 429, p["text"]?.ToString() ?? ""));
                    return (429, new JsonObject { ["ok"] = false, ["error_code"] = 429, ["description"] = "Too Many Requests: retry after 1", ["parameters"] = new JsonObject { ["retry_after"] = 1 } });
                }
                _lastSecond.Enqueue(now);
                recent.Enqueue(now);
                _accepted++;
                _arrivals.Add((countedTs, chat, server, true));
                if (_lastSecond.Count > MostInOneSecond) MostInOneSecond = _lastSecond.Count;
                _accepts.Add((now, chat >= RecipientChat ? SendKind.Recipient : _waiting.ContainsKey(chat) ? SendKind.Reply : SendKind.Other));
                if (questionChat) _sendLog.Add(new SendRecord(chat, arrived, server, 200, p["text"]?.ToString() ?? ""));
                if (chat >= RecipientChat)
                {
                    if (_recipients.IsEmpty) FirstRecipientAt = now;
                    else if (now - LastRecipientAt > LongestRecipientGap) LongestRecipientGap = now - LastRecipientAt;
                    LastRecipientAt = now;
                    _recipients.AddOrUpdate(chat, 1, (_, v) => v + 1);
                }
                else if (chat == DownloadChat)
                {
                    UploadAnswered = true;
                    _uploaderTexts.Add(p["text"]?.ToString() ?? p["caption"]?.ToString() ?? "");
                }
                else if (chat == DigestChat || (chat > DownloadChat && chat <= DownloadChat + UploaderChats))
                {
                    if (!_textsTo.TryGetValue(chat, out var texts)) _textsTo[chat] = texts = [];
                    texts.Add((arrived, p["text"]?.ToString() ?? p["caption"]?.ToString() ?? ""));
                }
                else if (_waiting.TryGetValue(chat, out var queue) && queue.TryDequeue(out var question))
                {
                    var enqueued = question.Enqueued;
                    var handedOut = 0L;
                    if (_deliveredAt.Remove(question.UpdateId, out var delivered))
                    {
                        // The answer leaves the fake half a round trip before it reaches the server.
                        var reached = delivered + (long)(_half.TotalSeconds * Stopwatch.Frequency);
                        handedOut = delivered;
                        _inbound.Add(Stopwatch.GetElapsedTime(enqueued, reached).TotalMilliseconds);
                        _serverSide.Add(Stopwatch.GetElapsedTime(reached, arrived).TotalMilliseconds);
                    }
                    if (System.Text.RegularExpressions.Regex.Match(p["text"]?.ToString() ?? "", @"^Indikator (\d+)") is { Success: true } m)
                    {
                        if (!_answers.TryGetValue(chat, out var list)) _answers[chat] = list = [];
                        list.Add(m.Groups[1].Value);
                    }
                    _latencies.Add(Stopwatch.GetElapsedTime(enqueued, arrived).TotalMilliseconds);
                    _timed.Add((enqueued, _latencies[^1], handedOut));
                    if (_latencies.Count >= _expected) _done.TrySetResult();
                }
                return Ok(new JsonObject
                {
                    ["message_id"] = _nextMessageId++,
                    ["date"] = now.ToUnixTimeSeconds(),
                    ["chat"] = new JsonObject { ["id"] = chat, ["type"] = chat < 0 ? "group" : "private" },
                    ["text"] = p["text"]?.ToString() ?? "",
                });
            }
        }

        static long? Number(JsonObject p, string name) => p[name] is { } node && long.TryParse(node.ToString(), out var n) ? n : null;
        static (int, JsonObject) Ok(JsonNode result) => (200, new JsonObject { ["ok"] = true, ["result"] = result });
        static JsonObject Error(int code, string description) => new() { ["ok"] = false, ["error_code"] = code, ["description"] = description };
    }
}
