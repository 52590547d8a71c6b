using System.Diagnostics;

namespace SpbeBot.Tests.Infrastructure;

/// <summary>
/// Runs a `spbebot` command as a user would, capturing its output: through the executable's own entry point in the
/// test host when that proves the same (<see cref="InProcessCli.Fits"/>), else as the real executable built beside the
/// tests. <see cref="RunProcess"/> always starts the executable (tests about the process itself, or whose command
/// changes what the whole test host reads).
/// </summary>
public static class Cli
{
    public sealed record Result(int ExitCode, string Out, string Err);

    /// <param name="timeoutSeconds">Only a guard against a hang (kills the process and fails): a command that takes 2 s
    /// on a quiet machine can take a minute or two at load 90, OCR more.</param>
    public static Result Run(string[] args, string? stdin = null, IDictionary<string, string?>? environment = null, int timeoutSeconds = 600,
        string? workingDirectory = null)
    {
        FastRun.Refuse("the spbebot executable");
        return InProcessCli.Fits(args, stdin, environment, workingDirectory)
            ? InProcessCli.Run(args, environment, timeoutSeconds)
            : RunProcess(args, stdin, environment, timeoutSeconds, workingDirectory);
    }

    /// <summary>Runs the real executable, whatever the command.</summary>
    public static Result RunProcess(string[] args, string? stdin = null, IDictionary<string, string?>? environment = null, int timeoutSeconds = 600,
        string? workingDirectory = null)
    {
        var start = StartInfo(args, environment);
        if (workingDirectory is not null) start.WorkingDirectory = workingDirectory;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null) process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        if (!process.WaitForExit(timeoutSeconds * 1000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"spbebot {string.Join(' ', args)} did not finish in {timeoutSeconds} s");
        }
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>How to start the real executable with redirected streams (for tests that drive or kill it themselves).</summary>
    public static ProcessStartInfo StartInfo(IEnumerable<string> args, IDictionary<string, string?>? environment = null)
    {
        FastRun.Refuse("the spbebot executable");
        var dll = Path.Combine(AppContext.BaseDirectory, "spbebot.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(dll);
        foreach (var a in args) start.ArgumentList.Add(a);
        // The environment is copied now: never while an in-process command's settings are in it.
        InProcessCli.Exclusive(() => start.Environment.Remove("SPBEBOT_CATALOG_DIR"));
        if (environment is not null) foreach (var (k, v) in environment) start.Environment[k] = v;
        return start;
    }
}
