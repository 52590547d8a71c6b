using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Npgsql;

namespace SpbeBot.Core.Storage;

/// <summary>Where and how to run the private PostgreSQL cluster.</summary>
public sealed record EmbeddedClusterOptions
{
    /// <summary>Default data folder, relative to the working directory.</summary>
    public const string DefaultDataDirectory = ".spbebot/pgdata";

    public string DataDirectory { get; init; } = DefaultDataDirectory;
    /// <summary>Folder with initdb/pg_ctl/postgres; null = search (see <see cref="PgBinaries"/>).</summary>
    public string? BinDirectory { get; init; }
    public string Database { get; init; } = "spbebot";
    /// <summary>For throw-away test clusters: no fsync. Never for real data.</summary>
    public bool Unsafe { get; init; }
    /// <summary>
    /// PostgreSQL's max_connections (null: its default, 100). The test run's shared cluster needs more: up to three test
    /// classes at once, each with up to two real servers whose pools reach ~50 connections at a burst.
    /// </summary>
    public int? MaxConnections { get; init; }
    /// <summary>Stop the cluster when the process exits or gets SIGINT/SIGTERM (on by default).</summary>
    public bool StopOnProcessExit { get; init; } = true;
    /// <summary>
    /// Also stop at once on SIGINT/SIGTERM (default). A server turns this off: its host stops on those signals and
    /// disposes the cluster last, after the jobs and channels had their last word with the database.
    /// </summary>
    public bool StopOnSignals { get; init; } = true;
}

/// <summary>
/// A private PostgreSQL cluster run from the machine's PostgreSQL binaries: initdb on first use, pg_ctl to start
/// on a free localhost TCP port (no Unix socket, so no socket path or permission trouble), stopped on dispose,
/// process exit, Ctrl+C and SIGTERM. When the cluster is already running (the server is up and a CLI command
/// starts too) it attaches to it and leaves it running — unless the process that started it is gone (killed with
/// SIGKILL): then it adopts the cluster and stops it on exit (owner file beside the data folder). A stale
/// postmaster.pid from a crashed run is removed.
/// Under root every PostgreSQL program runs as the <c>postgres</c> user, which owns the data folder.
/// The superuser is "spbebot" with a random password kept in the data folder (file spbebot.password, mode 600).
/// </summary>
public sealed class EmbeddedCluster : IAsyncDisposable, IDisposable
{
    const string SuperUser = "spbebot";
    const string PasswordFile = "spbebot.password";
    const string ConfigFile = "spbebot.conf";
    const string LogFile = "spbebot-server.log";
    const string OsUser = "postgres";

    readonly EmbeddedClusterOptions _options;
    readonly string _binDir;
    readonly string? _runAs;
    readonly object _stopLock = new();
    readonly List<IDisposable> _signalHandlers = [];
    bool _stopped;

    public string DataDirectory { get; }
    public int Port { get; private set; }
    /// <summary>
    /// True when this instance stops the cluster: it started it, or attached to one whose starter is gone (killed with
    /// SIGKILL, so it never stopped it) and adopted it. False when it attached to one a live process started.
    /// </summary>
    public bool StartedHere { get; private set; }
    /// <summary>True when initdb ran in this start (a brand-new data folder).</summary>
    public bool Created { get; private set; }
    public string BinDirectory => _binDir;

    EmbeddedCluster(EmbeddedClusterOptions options)
    {
        _options = options;
        DataDirectory = Path.GetFullPath(options.DataDirectory);
        _binDir = PgBinaries.Find(options.BinDirectory);
        _runAs = Environment.IsPrivilegedProcess ? OsUser : null;
    }

    /// <summary>Connection string for the application database (created on start if missing).</summary>
    public string ConnectionString => ConnectionStringFor(_options.Database);

    public string ConnectionStringFor(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = SuperUser,
        Password = File.ReadAllText(Path.Combine(DataDirectory, PasswordFile)).Trim(),
        Database = database,
    }.ConnectionString;

    /// <summary>Creates the cluster if needed, starts it (or attaches), waits for connections and creates the database.</summary>
    public static async Task<EmbeddedCluster> StartAsync(EmbeddedClusterOptions options, CancellationToken ct = default)
    {
        var cluster = new EmbeddedCluster(options);
        // One starter at a time per data folder (server and CLI, or parallel tests sharing a folder).
        using (await StartLock.AcquireAsync(cluster.DataDirectory + ".lock", ct))
        {
            cluster.InitIfNeeded();
            if (!cluster.TryAttach()) cluster.Start();
            // Registered at once, so a Ctrl+C during the rest of the start-up still stops the cluster.
            if (cluster.StartedHere && options.StopOnProcessExit) cluster.StopOnExit(options.StopOnSignals);
        }
        try
        {
            await cluster.WaitForConnectionsAsync(ct);
            await cluster.EnsureDatabaseAsync(options.Database, ct);
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
        return cluster;
    }

    void InitIfNeeded()
    {
        if (File.Exists(Path.Combine(DataDirectory, "PG_VERSION"))) return;
        if (Directory.Exists(DataDirectory) && Directory.EnumerateFileSystemEntries(DataDirectory).Any())
            throw new EmbeddedClusterException(EmbeddedClusterProblem.DataFolderNotEmpty, DataDirectory, OsUser, "");

        Directory.CreateDirectory(DataDirectory);
        GiveToPostgresUser(DataDirectory);
        CheckPostgresUserCanReach();
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
        var pwFile = Path.Combine(Path.GetTempPath(), $"spbebot-pw-{Guid.NewGuid():N}");
        File.WriteAllText(pwFile, password);
        OwnerOnly(pwFile);
        GiveToPostgresUser(pwFile);
        try
        {
            List<string> args = ["-D", DataDirectory, "-U", SuperUser, $"--pwfile={pwFile}", "--auth=scram-sha-256", "--encoding=UTF8", $"--locale={Utf8Locale()}"];
            if (_options.Unsafe) args.Add("--no-sync");
            var result = ProcessRunner.Run(Path.Combine(_binDir, "initdb"), args, TimeSpan.FromMinutes(5), _runAs);
            if (result.ExitCode != 0)
                throw new EmbeddedClusterException(EmbeddedClusterProblem.InitdbFailed, DataDirectory, OsUser, result.Output);
        }
        finally
        {
            File.Delete(pwFile);
        }
        // Our settings live in their own file, rewritten on every start (the port changes).
        File.AppendAllText(Path.Combine(DataDirectory, "postgresql.conf"), $"\n# SpbeBot\ninclude_if_exists = '{ConfigFile}'\n");
        var passwordPath = Path.Combine(DataDirectory, PasswordFile);
        File.WriteAllText(passwordPath, password);
        OwnerOnly(passwordPath);
        Created = true;
    }

    /// <summary>Uses a cluster already running on this data folder; removes a stale postmaster.pid.</summary>
    bool TryAttach()
    {
        var pidFile = Path.Combine(DataDirectory, "postmaster.pid");
        if (!File.Exists(pidFile)) return false;
        var lines = File.ReadAllLines(pidFile);
        // postmaster.pid: line 1 pid, line 2 data folder, line 4 port (see PostgreSQL's pidfile.h).
        if (lines.Length >= 4 && int.TryParse(lines[0], out var pid) && int.TryParse(lines[3], out var port) && IsOurPostmaster(pid))
        {
            Port = port;
            // Whoever started it stops it; if that process is gone (kill -9), nobody would: this instance adopts it.
            StartedHere = !OwnerAlive();
            if (StartedHere) ClaimOwnership();
            return true;
        }
        // A crashed run left it behind; its pid may now belong to an unrelated process, which would make
        // postgres refuse to start, so remove it ourselves.
        File.Delete(pidFile);
        return false;
    }

    /// <summary>Beside the data folder: the pid and start time of the process that stops the cluster.</summary>
    string OwnerFile => Path.TrimEndingDirectorySeparator(DataDirectory) + ".owner";

    void ClaimOwnership() =>
        File.WriteAllText(OwnerFile, $"{Environment.ProcessId} {ProcessStartTime(Environment.ProcessId) ?? "?"}\n");

    /// <summary>Is the process named in the owner file still running (same pid and same start time, so not a reused pid)?</summary>
    bool OwnerAlive()
    {
        if (!Directory.Exists("/proc/self")) return true;   // cannot tell without /proc: never take over another's cluster
        try
        {
            var parts = File.ReadAllText(OwnerFile).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return parts.Length >= 2 && int.TryParse(parts[0], out var pid) && ProcessStartTime(pid) is { } started && started == parts[1];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;   // no owner file: started by a version without one, or by a process long gone
        }
    }

    /// <summary>Field 22 of /proc/[pid]/stat (start time in clock ticks since boot); null when there is no such process.</summary>
    static string? ProcessStartTime(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return fields.Length > 19 ? fields[19] : null;   // fields after the name start at field 3
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// True when <paramref name="pid"/> is a postmaster serving this data folder. A postmaster's working directory is
    /// its data folder, which tells it apart from an unrelated process (or another cluster) that got the same pid.
    /// </summary>
    bool IsOurPostmaster(int pid)
    {
        try
        {
            var cmdline = File.ReadAllText($"/proc/{pid}/cmdline");
            if (!cmdline.Contains("postgres", StringComparison.Ordinal) && !cmdline.Contains("postmaster", StringComparison.Ordinal)) return false;
            var cwd = new DirectoryInfo($"/proc/{pid}/cwd").LinkTarget;
            return cwd is null || Path.TrimEndingDirectorySeparator(cwd) == Path.TrimEndingDirectorySeparator(DataDirectory);
        }
        catch (IOException) { return false; }               // no such process
        catch (UnauthorizedAccessException) { return true; } // exists, cannot tell: be safe and do not delete its lock
    }

    void Start()
    {
        // The free port is chosen before PostgreSQL binds it, so another process (a second cluster starting at the same
        // moment) can take it in between; PostgreSQL then exits at once with "Address already in use": take another port.
        for (var attempt = 1; ; attempt++)
        {
            Port = FreePort();
            var config = Path.Combine(DataDirectory, ConfigFile);
            File.WriteAllText(config,
                "# Written by SpbeBot on every start; edit postgresql.conf for your own settings.\n" +
                $"port = {Port}\n" +
                "listen_addresses = '127.0.0.1'\n" +
                "unix_socket_directories = ''\n" +
                (_options.Unsafe ? "fsync = off\n" : "") +
                (_options.MaxConnections is { } max ? $"max_connections = {max}\n" : ""));
            GiveToPostgresUser(config);
            var result = ProcessRunner.Run(Path.Combine(_binDir, "pg_ctl"),
                ["start", "-D", DataDirectory, "-l", Path.Combine(DataDirectory, LogFile), "-w", "-t", "60", "-s"],
                TimeSpan.FromSeconds(90), _runAs);
            if (result.ExitCode == 0) break;
            var log = LogTail();
            if (attempt < 3 && log.Contains($"{Port}", StringComparison.Ordinal) && log.Contains("already in use", StringComparison.Ordinal)) continue;
            throw new EmbeddedClusterException(EmbeddedClusterProblem.FailedToStart, DataDirectory, OsUser, $"{result.Output}\n{log}".Trim());
        }
        StartedHere = true;
        ClaimOwnership();
    }

    async Task WaitForConnectionsAsync(CancellationToken ct)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();   // a duration: the monotonic clock, not the date
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(ConnectionStringFor("postgres") + ";Pooling=false;Timeout=5");
                await connection.OpenAsync(ct);
                return;
            }
            catch (Exception e) when (e is NpgsqlException or SocketException && waited.Elapsed < TimeSpan.FromSeconds(60))
            {
                await Task.Delay(100, ct);
            }
        }
    }

    async Task EnsureDatabaseAsync(string database, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(ConnectionStringFor("postgres") + ";Pooling=false");
        await connection.OpenAsync(ct);
        await using var exists = new NpgsqlCommand("select 1 from pg_database where datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (await exists.ExecuteScalarAsync(ct) is not null) return;
        try
        {
            await using var create = new NpgsqlCommand($"create database {QuoteIdentifier(database)}", connection);
            await create.ExecuteNonQueryAsync(ct);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase) { } // created meanwhile
    }

    internal static string QuoteIdentifier(string name) => "\"" + name.Replace("\"", "\"\"") + "\"";

    /// <summary>Stops the cluster if this instance started it (fast shutdown, immediate as a fallback). Safe to call twice.</summary>
    public void Stop()
    {
        lock (_stopLock)
        {
            if (_stopped) return;
            _stopped = true;
            foreach (var handler in _signalHandlers) handler.Dispose();
            if (!StartedHere) return;
            var pgCtl = Path.Combine(_binDir, "pg_ctl");
            var fast = ProcessRunner.Run(pgCtl, ["stop", "-D", DataDirectory, "-m", "fast", "-w", "-t", "30", "-s"], TimeSpan.FromSeconds(45), _runAs);
            if (fast.ExitCode != 0 && File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
                ProcessRunner.Run(pgCtl, ["stop", "-D", DataDirectory, "-m", "immediate", "-w", "-s"], TimeSpan.FromSeconds(30), _runAs);
            try { File.Delete(OwnerFile); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
    }

    void StopOnExit(bool onSignals)
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop();
        if (!onSignals) return;
        // On SIGINT/SIGTERM stop first, then let the default handling end the process.
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGQUIT })
            _signalHandlers.Add(PosixSignalRegistration.Create(signal, _ => Stop()));
    }

    public void Dispose() => Stop();

    public ValueTask DisposeAsync()
    {
        Stop();
        return ValueTask.CompletedTask;
    }

    /// <summary>Stops a cluster in <paramref name="dataDirectory"/> whoever started it (cleanup of leftovers from killed test runs).</summary>
    public static void StopAny(string dataDirectory, string? binDirectory = null)
    {
        if (!File.Exists(Path.Combine(dataDirectory, "postmaster.pid"))) return;
        var runAs = Environment.IsPrivilegedProcess ? OsUser : null;
        ProcessRunner.Run(Path.Combine(PgBinaries.Find(binDirectory), "pg_ctl"), ["stop", "-D", dataDirectory, "-m", "immediate", "-w", "-s"], TimeSpan.FromSeconds(30), runAs);
    }

    void GiveToPostgresUser(string path)
    {
        if (_runAs is null) return;
        var result = ProcessRunner.Run("chown", ["-R", $"{OsUser}:{OsUser}", path], TimeSpan.FromSeconds(60));
        if (result.ExitCode != 0)
            throw new EmbeddedClusterException(EmbeddedClusterProblem.CannotGiveToPostgresUser, path, OsUser, result.Output);
    }

    /// <summary>
    /// Under root the data folder's parents must be enterable by the postgres user; /root (mode 700) is not.
    /// Better one clear message now than initdb's "Permission denied" later.
    /// </summary>
    void CheckPostgresUserCanReach()
    {
        if (_runAs is null) return;
        if (ProcessRunner.Run("test", ["-w", DataDirectory], TimeSpan.FromSeconds(10), _runAs).ExitCode == 0) return;
        throw new EmbeddedClusterException(EmbeddedClusterProblem.PostgresUserCannotReach, DataDirectory, OsUser, "");
    }

    /// <summary>C.UTF-8 where the machine has it (Debian, Ubuntu, Fedora); otherwise C, which accepts UTF8 encoding too.</summary>
    static string Utf8Locale()
    {
        try
        {
            var locales = ProcessRunner.Run("locale", ["-a"], TimeSpan.FromSeconds(10)).StdOut;
            return locales.Split('\n').Any(l => l.Trim().Equals("C.UTF-8", StringComparison.OrdinalIgnoreCase) || l.Trim().Equals("C.utf8", StringComparison.OrdinalIgnoreCase))
                ? "C.UTF-8" : "C";
        }
        catch (Exception) { return "C"; }
    }

    static void OwnerOnly(string path)
    {
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    string LogTail()
    {
        try
        {
            var lines = File.ReadAllLines(Path.Combine(DataDirectory, LogFile));
            return string.Join('\n', lines.TakeLast(15));
        }
        catch (Exception) { return ""; }
    }
}
