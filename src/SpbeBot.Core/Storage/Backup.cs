using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Dapper;
using Npgsql;
using SpbeBot.Core.Evidence;

namespace SpbeBot.Core.Storage;

/// <summary>What a backup holds, written first in the archive as manifest.json.</summary>
public sealed record BackupManifest(string Format, DateTimeOffset Created, IReadOnlyList<string> Migrations, string DatabaseSha256, int EvidenceFiles, long EvidenceBytes);

/// <summary>Why a backup or a restore stopped.</summary>
public enum BackupProblem
{
    KeyTooShort,
    /// <summary>The key file (<see cref="BackupException.Name"/>) is not base64.</summary>
    KeyFileDamaged,
    /// <summary>An evidence file (<see cref="BackupException.Name"/>: its SHA-256) is missing from the store.</summary>
    EvidenceMissing,
    TargetNotEmpty,
    Unsigned,
    KeyNotFound,
    SignatureMismatch,
    DumpMismatch,
    /// <summary>An evidence file (<see cref="BackupException.Name"/>) whose content does not match its name.</summary>
    FileChanged,
    /// <summary><see cref="BackupException.Count"/> of <see cref="BackupException.Total"/> evidence files restored.</summary>
    Incomplete,
    UnknownEntry,
    NotAPlainFile,
    NotABackup,
    /// <summary>pg_dump or pg_restore (<see cref="BackupException.Name"/>) failed, saying <see cref="BackupException.Output"/>.</summary>
    ProgramFailed,
    ProgramNotFound,
}

/// <summary>
/// A backup or restore that stopped: why, and the values the words need. The person's words are in dialogs/
/// (<c>DbCommandTexts.Problem</c>); <see cref="Exception.Message"/> is for logs.
/// </summary>
public sealed class BackupException(BackupProblem problem, string? name = null, int count = 0, int total = 0, string? output = null)
    : Exception($"Backup: {problem} {name}".TrimEnd())
{
    public BackupProblem Problem { get; } = problem;
    public string? Name { get; } = name;
    public int Count { get; } = count;
    public int Total { get; } = total;
    public string? Output { get; } = output;
}

/// <summary>
/// The secret that authenticates backups (HMAC-SHA256), kept outside every archive: <c>SPBEBOT__BACKUP__KEY</c>, or else a
/// key file beside the data folder (<c>backup.key</c>, 32 random bytes as hex, mode 600) created on the first backup.
/// Whoever can alter an archive but not read this key cannot make <c>db restore</c> accept it.
/// </summary>
public sealed record BackupKey(byte[] Bytes, string Source)
{
    public const string FileName = "backup.key";

    /// <param name="configured">The configured key (any text; at least 16 characters), or null.</param>
    /// <param name="keyFile">The key file to read — and to create when <paramref name="create"/> and nothing is configured.</param>
    public static BackupKey? Resolve(string? configured, string keyFile, bool create)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            if (configured.Trim().Length < 16)
                throw new BackupException(BackupProblem.KeyTooShort);
            return new(System.Text.Encoding.UTF8.GetBytes(configured.Trim()), "SPBEBOT__BACKUP__KEY");
        }
        if (File.Exists(keyFile))
        {
            var text = File.ReadAllText(keyFile).Trim();
            try { return new(Convert.FromHexString(text), keyFile); }
            catch (FormatException) { throw new BackupException(BackupProblem.KeyFileDamaged, keyFile); }
        }
        if (!create) return null;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(keyFile))!);
        var key = RandomNumberGenerator.GetBytes(32);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var file = new FileStream(keyFile, options))
        using (var writer = new StreamWriter(file))
            writer.Write(Convert.ToHexStringLower(key));
        return new(key, keyFile);
    }
}

/// <summary>
/// One archive (tar, gzipped when the name ends in .gz) with everything SpbeBot keeps: the database as pg_dump's
/// custom format, then every counted evidence file. Files are immutable and content-addressed and the database is what
/// counts them, so dumping first and copying the files counted afterwards gives a consistent pair while the server
/// runs. Restore goes into an empty database only, checks the dump's hash before touching anything, applies any newer
/// migrations, and stores every file through the evidence store, which re-hashes it.
/// </summary>
public static class Backup
{
    const string Format = "spbebot-backup/1";
    const string ManifestEntry = "manifest.json";
    const string DumpEntry = "database.dump";
    const string EvidencePrefix = "evidence/";
    const string SignatureEntry = "signature.hmac";
    static readonly TimeSpan PgTimeout = TimeSpan.FromHours(2);
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task<BackupManifest> CreateAsync(string connectionString, EvidenceFileStore files, string archivePath, BackupKey key, string? binDirectory = null, CancellationToken ct = default)
    {
        var work = Directory.CreateTempSubdirectory("spbebot-backup-");
        try
        {
            var dump = Path.Combine(work.FullName, DumpEntry);
            Pg("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", "--file", dump], connectionString, binDirectory);
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(ct);
            var counted = (await connection.QueryAsync<(string Sha256, long Size)>(new CommandDefinition(
                "select sha256, size from evidence_file order by sha256", cancellationToken: ct))).ToList();
            var manifest = new BackupManifest(Format, DateTimeOffset.UtcNow, Migrator.Available(), await Sha256Async(dump, ct), counted.Count, counted.Sum(f => f.Size));

            // Written beside the target and renamed at the end: a backup either exists complete or not at all.
            var temp = archivePath + ".part";
            try
            {
                var manifestPath = Path.Combine(work.FullName, ManifestEntry);
                await File.WriteAllTextAsync(manifestPath, JsonSerializer.Serialize(manifest, Json), ct);
                var entries = new List<(string Path, string Name)> { (manifestPath, ManifestEntry), (dump, DumpEntry) };
                foreach (var (sha, _) in counted)
                    entries.Add(files.Exists(sha) ? (files.PathOf(sha), EvidencePrefix + sha)
                        : throw new BackupException(BackupProblem.EvidenceMissing, sha));
                // Last: the HMAC over manifest, dump and the evidence names (each file's content is checked against its name).
                var signaturePath = Path.Combine(work.FullName, SignatureEntry);
                await File.WriteAllTextAsync(signaturePath, await SignatureAsync(key.Bytes, manifestPath, dump, counted.Select(f => f.Sha256), ct), ct);
                entries.Add((signaturePath, SignatureEntry));
                await WriteArchiveAsync(temp, archivePath.EndsWith(".gz", StringComparison.OrdinalIgnoreCase), entries, ct);
            }
            catch
            {
                File.Delete(temp);
                throw;
            }
            File.Move(temp, archivePath, overwrite: true);
            return manifest;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    static async Task WriteArchiveAsync(string path, bool gzipped, IEnumerable<(string Path, string Name)> entries, CancellationToken ct)
    {
        // The archive holds everything personal SpbeBot keeps: readable by its owner only.
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        await using var output = new FileStream(path, options);
        var gzip = gzipped ? new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true) : null;
        await using (var tar = new TarWriter(gzip ?? (Stream)output, TarEntryFormat.Pax, leaveOpen: true))
            foreach (var (file, name) in entries)
                await tar.WriteEntryAsync(file, name, ct);
        if (gzip is not null) await gzip.DisposeAsync();
        output.Flush(flushToDisk: true);
    }

    /// <param name="key">The backup key; null when none is configured or kept (then only <paramref name="allowUnsigned"/> archives…).</param>
    /// <param name="allowUnsigned">Accept an archive without a signature (written before backups were signed); a signature
    /// that is present is always checked.</param>
    public static async Task<BackupManifest> RestoreAsync(string archivePath, string connectionString, EvidenceFileStore files, long maxFileBytes,
        BackupKey? key, bool allowUnsigned = false, string? binDirectory = null, CancellationToken ct = default)
    {
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync(ct);
            if (await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
                "select exists (select 1 from pg_tables where schemaname not in ('pg_catalog', 'information_schema'))", cancellationToken: ct)))
                throw new BackupException(BackupProblem.TargetNotEmpty);
        }
        var work = Directory.CreateTempSubdirectory("spbebot-restore-");
        try
        {
            var manifest = await UnpackAsync(archivePath, work.FullName, ct);
            var dump = Path.Combine(work.FullName, DumpEntry);
            // Authenticity before anything is restored: the manifest's hash only detects accidents, since whoever alters
            // the dump can recompute it.
            var signature = Path.Combine(work.FullName, SignatureEntry);
            if (!File.Exists(signature))
            {
                if (!allowUnsigned)
                    throw new BackupException(BackupProblem.Unsigned);
            }
            else
            {
                if (key is null)
                    throw new BackupException(BackupProblem.KeyNotFound);
                var names = Directory.EnumerateFiles(Path.Combine(work.FullName, "evidence")).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();
                var expected = await SignatureAsync(key.Bytes, Path.Combine(work.FullName, ManifestEntry), dump, names, ct);
                var actual = (await File.ReadAllTextAsync(signature, ct)).Trim();
                if (!CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(expected), System.Text.Encoding.ASCII.GetBytes(actual)))
                    throw new BackupException(BackupProblem.SignatureMismatch);
            }
            if (await Sha256Async(dump, ct) != manifest.DatabaseSha256)
                throw new BackupException(BackupProblem.DumpMismatch);
            var restored = 0;
            foreach (var file in Directory.EnumerateFiles(Path.Combine(work.FullName, "evidence")))
            {
                var staged = await files.StageAsync(async (destination, token) =>
                {
                    await using var source = File.OpenRead(file);
                    await source.CopyToAsync(destination, token);
                }, maxFileBytes, ct);
                if (staged.Sha256 != Path.GetFileName(file))
                {
                    files.Discard(staged);
                    throw new BackupException(BackupProblem.FileChanged, Path.GetFileName(file));
                }
                files.Commit(staged);
                restored++;
            }
            if (restored != manifest.EvidenceFiles)
                throw new BackupException(BackupProblem.Incomplete, count: restored, total: manifest.EvidenceFiles);
            Pg("pg_restore", ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", dump], connectionString, binDirectory);
            await Migrator.MigrateAsync(connectionString, ct);
            return manifest;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    static async Task<BackupManifest> UnpackAsync(string archivePath, string folder, CancellationToken ct)
    {
        BackupManifest? manifest = null;
        Directory.CreateDirectory(Path.Combine(folder, "evidence"));
        try
        {
            await using var input = File.OpenRead(archivePath);
            var magic = new byte[2];
            var gzipped = await input.ReadAtLeastAsync(magic, 2, throwOnEndOfStream: false, ct) == 2 && magic is [0x1f, 0x8b];
            input.Position = 0;
            await using var source = gzipped ? new GZipStream(input, CompressionMode.Decompress) : (Stream)input;
            await using var tar = new TarReader(source);
            while (await tar.GetNextEntryAsync(cancellationToken: ct) is { } entry)
            {
                // Only the names a backup has; anything else (paths, links) is refused, never written.
                var name = entry.Name;
                string target;
                if (name == ManifestEntry || name == DumpEntry || name == SignatureEntry) target = Path.Combine(folder, name);
                else if (name.StartsWith(EvidencePrefix, StringComparison.Ordinal) && System.Text.RegularExpressions.Regex.IsMatch(name[EvidencePrefix.Length..], "^[0-9a-f]{64}$"))
                    target = Path.Combine(folder, "evidence", name[EvidencePrefix.Length..]);
                else throw new BackupException(BackupProblem.UnknownEntry, name);
                if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile))
                    throw new BackupException(BackupProblem.NotAPlainFile, name);
                await entry.ExtractToFileAsync(target, overwrite: false, ct);
                if (name == ManifestEntry)
                    manifest = JsonSerializer.Deserialize<BackupManifest>(await File.ReadAllTextAsync(target, ct), Json);
            }
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or JsonException or EndOfStreamException)
        {
            throw new BackupException(BackupProblem.NotABackup);
        }
        if (manifest is null || manifest.Format != Format || !File.Exists(Path.Combine(folder, DumpEntry)))
            throw new BackupException(BackupProblem.NotABackup);
        return manifest;
    }

    /// <summary>pg_dump/pg_restore with the connection's parts as libpq options; the password only in the environment (not in ps).</summary>
    static void Pg(string program, IEnumerable<string> args, string connectionString, string? binDirectory)
    {
        var c = new NpgsqlConnectionStringBuilder(connectionString);
        var all = new List<string> { "--host", c.Host ?? "localhost", "--port", c.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--username", c.Username ?? "postgres", "--dbname", c.Database ?? "postgres" };
        all.AddRange(args);
        var env = new Dictionary<string, string> { ["PGCONNECT_TIMEOUT"] = "15" };
        if (!string.IsNullOrEmpty(c.Password)) env["PGPASSWORD"] = c.Password;
        var result = ProcessRunner.Run(Program(program, binDirectory), all, PgTimeout, environment: env);
        if (result.ExitCode != 0)
            throw new BackupException(BackupProblem.ProgramFailed, program, output: result.Output);
    }

    static string Program(string name, string? binDirectory)
    {
        foreach (var folder in new[] { binDirectory, TryFind() }.Concat((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)))
            if (!string.IsNullOrEmpty(folder) && File.Exists(Path.Combine(folder, name))) return Path.Combine(folder, name);
        throw new BackupException(BackupProblem.ProgramNotFound, name);

        static string? TryFind()
        {
            try { return PgBinaries.Find(); } catch (PostgresNotFoundException) { return null; }
        }
    }

    /// <summary>HMAC-SHA256 (hex) over a format label, the manifest's bytes, the dump's bytes and the evidence names in order.</summary>
    static async Task<string> SignatureAsync(byte[] key, string manifestPath, string dumpPath, IEnumerable<string> evidence, CancellationToken ct)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        void Text(string text) => hmac.AppendData(System.Text.Encoding.UTF8.GetBytes(text));
        Text("spbebot-backup-hmac/1\nmanifest\n");
        var manifest = await File.ReadAllBytesAsync(manifestPath, ct);
        Text(manifest.Length + "\n");
        hmac.AppendData(manifest);
        Text("\ndump\n");
        await using (var dump = File.OpenRead(dumpPath))
        {
            var buffer = new byte[81920];
            int read;
            while ((read = await dump.ReadAsync(buffer, ct)) > 0) hmac.AppendData(buffer, 0, read);
        }
        Text("\nevidence\n");
        foreach (var sha in evidence.Order(StringComparer.Ordinal)) Text(sha + "\n");
        return Convert.ToHexStringLower(hmac.GetHashAndReset());
    }

    static async Task<string> Sha256Async(string path, CancellationToken ct)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct));
    }
}
