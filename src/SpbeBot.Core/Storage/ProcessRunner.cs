using System.Diagnostics;

namespace SpbeBot.Core.Storage;

/// <summary>Runs a program to completion and captures its output (for initdb, pg_ctl, chown).</summary>
static class ProcessRunner
{
    public sealed record Result(int ExitCode, string StdOut, string StdErr)
    {
        public string Output => (StdOut + "\n" + StdErr).Trim();
    }

    /// <summary>
    /// Runs <paramref name="file"/>; when <paramref name="asUser"/> is given (we are root), runs it through
    /// <c>runuser -u &lt;user&gt; --</c> because initdb and postgres refuse to run as root.
    /// Programs started in the background (the postmaster) must not inherit our pipes: pg_ctl's -l does that.
    /// </summary>
    public static Result Run(string file, IEnumerable<string> args, TimeSpan timeout, string? asUser = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            // A folder every user may enter: runuser keeps the working directory, and postgres complains
            // when it cannot access it (e.g. /root).
            WorkingDirectory = "/",
        };
        // Make the programs' messages predictable (we show them in errors) and stop them using the caller's locale.
        start.Environment["LC_ALL"] = "C.UTF-8";
        start.Environment["LANG"] = "C.UTF-8";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        if (asUser is null)
        {
            start.FileName = file;
        }
        else
        {
            start.FileName = "runuser";
            start.ArgumentList.Add("-u");
            start.ArgumentList.Add(asUser);
            start.ArgumentList.Add("--");
            PreloadOnlyTheProgram(start);
            start.ArgumentList.Add(file);
        }
        foreach (var arg in args) start.ArgumentList.Add(arg);

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            throw new TimeoutException($"{Path.GetFileName(file)} did not finish within {timeout.TotalSeconds:0} s.");
        }
        process.WaitForExit();
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>
    /// A preloaded library (LD_PRELOAD) is handed past runuser to the program, through `env`: loaded into runuser
    /// (root), libfaketime — `scripts/test-dates` fakes the clock with it — makes a semaphore only root may open and
    /// names it in FAKETIME_SHARED; the program, already the other user, then fails to open it, and when a semaphore
    /// left by an earlier process holds its own pid's name it cannot make one either and exits at start
    /// ("sem_open failed and recreation attempts failed: Permission denied"). Started this way, runuser and `env` are
    /// not preloaded, and the program starts with no semaphore named, so it makes its own or runs without one.
    /// </summary>
    static void PreloadOnlyTheProgram(ProcessStartInfo start)
    {
        start.Environment.Remove("FAKETIME_SHARED");
        if (!start.Environment.TryGetValue("LD_PRELOAD", out var preload) || string.IsNullOrEmpty(preload)) return;
        start.Environment.Remove("LD_PRELOAD");
        start.ArgumentList.Add("env");
        start.ArgumentList.Add($"LD_PRELOAD={preload}");
    }
}
