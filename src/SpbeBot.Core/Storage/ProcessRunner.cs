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
            start.ArgumentList.Add(file);
        }
        foreach (var arg in args) start.ArgumentList.Add(arg);
        // Make the programs' messages predictable (we show them in errors) and stop them using the caller's locale.
        start.Environment["LC_ALL"] = "C.UTF-8";
        start.Environment["LANG"] = "C.UTF-8";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;

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
}
