using Dapper;

namespace SpbeBot.Bench;

static partial class RealisticBench
{
    /// <summary>
    /// Where the bot's 30/s goes between two servers (issue 17, wip-17a): every 250 ms, each server's row in send_pacer
    /// (what it wants, the share it publishes as held) and whether the reply reserve (send_reserve) was taken since the
    /// last look (takes are at least SendShares.ReserveGap apart, so none is missed). Read-only; the servers do not know.
    /// </summary>
    sealed class ShareSampler : IAsyncDisposable
    {
        readonly CancellationTokenSource _stop = new();
        readonly Task _loop;
        readonly List<(int Pid, double Want, int Held)> _rows = [];
        int _samples, _reserveTakes;
        DateTime _from, _until;

        public ShareSampler(BenchDatabase bench) => _loop = Task.Run(() => RunAsync(bench, _stop.Token));

        async Task RunAsync(BenchDatabase bench, CancellationToken stop)
        {
            await using var c = await bench.Connections.OpenAsync(stop);
            DateTime? lastTaken = null;
            _from = DateTime.UtcNow;
            try
            {
                while (!stop.IsCancellationRequested)
                {
                    var rows = await c.QueryAsync<(string Owner, double Demand, int Held)>(
                        "select owner, demand, held from send_pacer where channel = 'telegram' and heartbeat_at > now() - interval '1.5 seconds'");
                    var taken = await c.ExecuteScalarAsync<DateTime?>("select taken_at from send_reserve where channel = 'telegram'");
                    lock (_rows)
                    {
                        _samples++;
                        foreach (var r in rows)
                            if (int.TryParse(r.Owner.Split(':')[1], out var pid)) _rows.Add((pid, r.Demand, r.Held));
                        if (taken is not null && lastTaken is not null && taken != lastTaken) _reserveTakes++;
                        lastTaken = taken;
                    }
                    await Task.Delay(250, stop);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
            _until = DateTime.UtcNow;
        }

        /// <summary>One line a server: its want and held share on average and how often each held share was seen; the reserve's takes a second.</summary>
        public async Task<string> ReportAsync(IReadOnlyDictionary<int, string> names)
        {
            await _stop.CancelAsync();
            await _loop;
            var lines = new List<string>();
            lock (_rows)
            {
                foreach (var server in _rows.GroupBy(r => r.Pid).OrderBy(g => names.GetValueOrDefault(g.Key)))
                {
                    var held = server.GroupBy(r => r.Held).OrderBy(g => g.Key).Select(g => $"{g.Key}: {100.0 * g.Count() / _samples:0}%");
                    lines.Add($"  {names.GetValueOrDefault(server.Key, server.Key.ToString())}: want avg {server.Average(r => r.Want):0.00}, held avg " +
                              $"{server.Sum(r => r.Held) / (double)_samples:0.00} (in {server.Count()} of {_samples} samples; held {string.Join(", ", held)})");
                }
                var seconds = (_until - _from).TotalSeconds;
                lines.Add($"  reply reserve taken {_reserveTakes} times in {seconds:0} s = {_reserveTakes / seconds:0.00}/s");
            }
            return string.Join(Environment.NewLine, lines);
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            try { await _loop; } catch (OperationCanceledException) { }
            _stop.Dispose();
        }
    }
}
