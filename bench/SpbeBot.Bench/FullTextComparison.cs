using System.Diagnostics;
using Npgsql;
using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions;
using SpbeBot.Core.Storage;

namespace SpbeBot.Bench;

/// <summary>
/// PostgreSQL full-text search over the same catalog and question sets, for comparison: one document per indicator
/// (name weighted A, description B, everything else C) in the 'indonesian' configuration; each question becomes
/// an OR of its words, and the top hit by ts_rank is the answer. Runs on a throw-away embedded cluster,
/// or on the server in SPBEBOT_BENCH_PG.
/// </summary>
static class FullTextComparison
{
    public static Task Run(CriteriaCatalog catalog, IReadOnlyList<LabelledQuestion> dev, IReadOnlyList<LabelledQuestion> holdout, string[] args) =>
        ScratchDatabaseAsync("fts", async data =>
        {
            await Load(data, catalog);
            Console.WriteLine("\nPostgreSQL full-text search (indonesian, ts_rank), same catalog:");
            foreach (var (name, set) in new[] { ("dev", dev), ("hold-out", holdout) }.Where(s => s.Item2.Count > 0))
            {
                var correct = 0;
                foreach (var q in set)
                    if (Correct(q, await TopHit(data, q.Question))) correct++;
                Console.WriteLine($"  {name} set: indicator {QuestionsBench.Pct(correct, set.Count)} ({correct}/{set.Count}); it has no notion of level, ambiguity or 'not found'");
            }
            await Latency(dev.Concat(holdout).Select(q => q.Question).ToList(), 50, q => TopHit(data, q));
        });

    /// <summary>
    /// Runs <paramref name="body"/> on the server in SPBEBOT_BENCH_PG, or on a throw-away embedded cluster removed after.
    /// </summary>
    public static async Task ScratchDatabaseAsync(string name, Func<NpgsqlDataSource, Task> body)
    {
        EmbeddedCluster? cluster = null;
        var connectionString = Environment.GetEnvironmentVariable("SPBEBOT_BENCH_PG");
        if (string.IsNullOrEmpty(connectionString))
        {
            var dir = Path.Combine(Path.GetTempPath(), $"spbebot-bench-{name}-" + Guid.NewGuid().ToString("N")[..8]);
            cluster = await EmbeddedCluster.StartAsync(new EmbeddedClusterOptions { DataDirectory = dir, Unsafe = true });
            connectionString = cluster.ConnectionString;
        }
        try
        {
            await using var data = NpgsqlDataSource.Create(connectionString);
            await body(data);
        }
        finally
        {
            if (cluster is not null)
            {
                var dir = cluster.DataDirectory;
                await cluster.DisposeAsync();
                try { Directory.Delete(dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            }
        }
    }

    /// <summary>Prints p50/p99 of <paramref name="search"/> over the questions, five rounds after a warm-up.</summary>
    public static async Task Latency(IReadOnlyList<string> questions, int warmUp, Func<string, Task> search)
    {
        var samples = new List<double>();
        foreach (var q in questions.Take(warmUp)) await search(q);
        var sw = new Stopwatch();
        for (var round = 0; round < 5; round++)
            foreach (var q in questions)
            {
                sw.Restart();
                await search(q);
                samples.Add(sw.Elapsed.TotalMilliseconds);
            }
        Console.WriteLine($"  latency per question incl. local round trip ({samples.Count} runs): p50 {QuestionsBench.Percentile(samples, 50):0.000} ms, p99 {QuestionsBench.Percentile(samples, 99):0.000} ms");
    }

    static bool Correct(LabelledQuestion q, int? hit) => q.Indicator switch
    {
        "-" => hit is null,
        "?" => false,
        _ => int.TryParse(q.Indicator, out var n) && hit == n,
    };

    static async Task Load(NpgsqlDataSource data, CriteriaCatalog catalog)
    {
        await using (var create = data.CreateCommand("""
            DROP TABLE IF EXISTS bench_fts;
            CREATE TABLE bench_fts (number int PRIMARY KEY, doc tsvector NOT NULL);
            CREATE INDEX ON bench_fts USING gin (doc);
            """))
            await create.ExecuteNonQueryAsync();
        foreach (var i in catalog.Indicators)
        {
            var rest = string.Join(" ", new[] { i.AssessmentRules, i.EvidenceExamples }
                .Concat(i.Levels.SelectMany(l => l.Fulfilment.Concat(l.Evidence).Prepend(l.Criterion))));
            await using var insert = data.CreateCommand("""
                INSERT INTO bench_fts VALUES ($1,
                  setweight(to_tsvector('indonesian', $2), 'A') || setweight(to_tsvector('indonesian', $3), 'B') || setweight(to_tsvector('indonesian', $4), 'C'))
                """);
            insert.Parameters.AddWithValue(i.Number);
            insert.Parameters.AddWithValue(i.Name);
            insert.Parameters.AddWithValue(i.Description ?? "");
            insert.Parameters.AddWithValue(rest);
            await insert.ExecuteNonQueryAsync();
        }
    }

    static Task<int?> TopHit(NpgsqlDataSource data, string question) => TopHit(data, "bench_fts", "number", question);

    /// <summary>
    /// The best-ranked row of <paramref name="table"/> (a bench table with a <c>doc</c> tsvector) for a question: its
    /// words only (the query syntax must not see user punctuation), OR-ed so partial matches still rank.
    /// </summary>
    public static async Task<int?> TopHit(NpgsqlDataSource data, string table, string key, string question)
    {
        var words = TextNormalizer.Tokenize(question).Where(w => w.Length >= 3 && w.All(char.IsAsciiLetterOrDigit)).Distinct().Take(30).ToList();
        if (words.Count == 0) return null;
        await using var query = data.CreateCommand($"""
            SELECT {key} FROM {table}, to_tsquery('indonesian', $1) q
            WHERE doc @@ q ORDER BY ts_rank(doc, q) DESC, {key} LIMIT 1
            """);
        query.Parameters.AddWithValue(string.Join(" | ", words));
        return await query.ExecuteScalarAsync() is int n ? n : null;
    }
}
