using System.Reflection;
using System.Text;

namespace SpbeBot.Tests.Infrastructure;

/// <summary>
/// Runs a `spbebot` command inside the test host through the executable's own entry point (its Program: the same
/// command tree, parsing, settings and exit code), with the command's console captured. A `spbebot` process costs about
/// a CPU second of start-up and JIT before its command does anything, a hundred times over in a run (docs/benchmarks.md,
/// wip-21ts); what a test of a command's output proves does not depend on it. <see cref="Cli.Run"/> decides which
/// runs come here (<see cref="Fits"/>); the README tour and the tests of processes keep the real executable.
/// One command at a time: its settings are environment variables, which belong to the whole test host. While one runs,
/// <see cref="Cli.StartInfo"/> and the tests' in-process servers wait (<see cref="Exclusive"/>), so neither a child
/// process nor a server's configuration can pick up another test's settings.
/// </summary>
static class InProcessCli
{
    static readonly MethodInfo Main = Assembly.Load("spbebot").EntryPoint!;
    static readonly SemaphoreSlim OneAtATime = new(1, 1);
    static readonly AsyncLocal<Capture?> Current = new();
    static readonly object InstallLock = new();
    static bool _installed;

    sealed record Capture(StringWriter Out, StringWriter Err);

    /// <summary>The machine's locale (MachineLocale): a command's language, read on every run, so given per run too.</summary>
    static readonly string[] LocaleSettings = ["LC_ALL", "LC_MESSAGES", "LANG"];

    /// <summary>
    /// Whether a run proves the same in process as through the executable: no input and no working folder of its own
    /// (both are the process's), settings only of spbebot's own (SPBEBOT__…, never an embedded cluster's data folder:
    /// a cluster's signal handlers would be the test host's) or the locale's, and a database given unless the command
    /// needs none.
    /// </summary>
    public static bool Fits(IReadOnlyList<string> args, string? stdin, IDictionary<string, string?>? environment, string? workingDirectory)
    {
        if (stdin is not null || workingDirectory is not null || args.Count == 0) return false;
        if (args[0] is "serve" or "chat" or "db" or "broadcast") return false;   // servers, conversations on stdin, clusters
        var settings = environment ?? new Dictionary<string, string?>();
        if (settings.Keys.Any(k => !(k.StartsWith("SPBEBOT__", StringComparison.Ordinal) || LocaleSettings.Contains(k)) || k == "SPBEBOT__DATABASE__DATADIRECTORY")) return false;
        // The host's own locale is replaced for the run and put back after it; any other setting must be the run's alone.
        if (settings.Keys.Any(k => !LocaleSettings.Contains(k) && Environment.GetEnvironmentVariable(k) is not null)) return false;
        if (settings.TryGetValue("SPBEBOT__DATABASE__CONNECTIONSTRING", out var database) && !string.IsNullOrEmpty(database)) return true;
        // Without a database these answer from the shipped catalogs; any other command would create the embedded default.
        return args[0] is "ask" or "criteria" || args[0] == "index" && !args.Contains("--plan")
            || args[0] == "catalog" && args.Count > 1 && args[1] is "list" or "template";
    }

    public static Cli.Result Run(IReadOnlyList<string> args, IDictionary<string, string?>? environment, int timeoutSeconds)
    {
        Install();
        var settings = (environment ?? new Dictionary<string, string?>()).Where(s => s.Value is not null).ToList();
        OneAtATime.Wait();
        var before = settings.Select(s => (s.Key, Value: Environment.GetEnvironmentVariable(s.Key))).ToList();
        foreach (var (name, value) in settings) Environment.SetEnvironmentVariable(name, value);
        var capture = new Capture(new StringWriter(), new StringWriter());
        var finished = true;
        try
        {
            // On the thread pool, outside xunit's synchronisation context: the command blocks nothing of the runner's.
            var run = Task.Run(async () =>
            {
                Current.Value = capture;
                try
                {
                    var result = Main.Invoke(null, [args.ToArray()]);
                    return result is Task<int> task ? await task : (int)result!;
                }
                catch (TargetInvocationException e) when (e.InnerException is not null)
                {
                    // What the runtime prints and returns for an exception that escapes Main.
                    capture.Err.WriteLine("Unhandled exception. " + e.InnerException);
                    return 134;
                }
            });
            finished = run.Wait(TimeSpan.FromSeconds(timeoutSeconds));
            if (!finished) throw new TimeoutException($"spbebot {string.Join(' ', args)} did not finish in {timeoutSeconds} s (in process)");
            return new Cli.Result(run.Result, capture.Out.ToString(), capture.Err.ToString());
        }
        finally
        {
            // A command still running keeps its settings and the gate: the run has failed, and nothing may see them.
            if (finished)
            {
                foreach (var (name, value) in before) Environment.SetEnvironmentVariable(name, value);
                // The catalogs a command read from its database are the test host's (CatalogStore is static): back to the shipped ones.
                Core.Criteria.CatalogStore.UseImported([]);
                OneAtATime.Release();
            }
        }
    }

    /// <summary>Runs <paramref name="work"/> while no in-process command's settings are in the environment.</summary>
    public static T Exclusive<T>(Func<T> work)
    {
        OneAtATime.Wait();
        try { return work(); }
        finally { OneAtATime.Release(); }
    }

    /// <summary>The same for async work (a test that sets the static catalogs itself).</summary>
    public static async Task ExclusiveAsync(Func<Task> work)
    {
        await OneAtATime.WaitAsync();
        try { await work(); }
        finally { OneAtATime.Release(); }
    }

    /// <summary>Console output goes to the command's capture on its own async flow, anywhere else where it went before.</summary>
    static void Install()
    {
        lock (InstallLock)
        {
            if (_installed) return;
            Console.SetOut(new Routed(Console.Out, c => c.Out));
            Console.SetError(new Routed(Console.Error, c => c.Err));
            _installed = true;
        }
    }

    sealed class Routed(TextWriter original, Func<Capture, TextWriter> pick) : TextWriter
    {
        TextWriter Target => Current.Value is { } capture ? pick(capture) : original;
        public override Encoding Encoding => original.Encoding;
        public override void Write(char value) => Target.Write(value);
        public override void Write(string? value) => Target.Write(value);
        public override void Write(char[] buffer, int index, int count) => Target.Write(buffer, index, count);
        public override void Write(ReadOnlySpan<char> buffer) => Target.Write(buffer);
        public override void WriteLine() => Target.WriteLine();
        public override void WriteLine(string? value) => Target.WriteLine(value);
        public override void Flush() => Target.Flush();
    }
}
