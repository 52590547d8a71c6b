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

public sealed class BackupException(string message) : Exception(message);

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
    static readonly TimeSpan PgTimeout = TimeSpan.FromHours(2);
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task<BackupManifest> CreateAsync(string connectionString, EvidenceFileStore files, string archivePath, string? binDirectory = null, CancellationToken ct = default)
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
                        : throw new BackupException($"Berkas bukti {sha} hilang dari penyimpanan; jalankan 'spbebot evidence check'. / Evidence file {sha} is missing from the store."));
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

    public static async Task<BackupManifest> RestoreAsync(string archivePath, string connectionString, EvidenceFileStore files, long maxFileBytes, string? binDirectory = null, CancellationToken ct = default)
    {
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync(ct);
            if (await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
                "select exists (select 1 from pg_tables where schemaname not in ('pg_catalog', 'information_schema'))", cancellationToken: ct)))
                throw new BackupException("Basis data tujuan tidak kosong; pemulihan hanya ke basis data baru. / The target database is not empty; restore only into a new database.");
        }
        var work = Directory.CreateTempSubdirectory("spbebot-restore-");
        try
        {
            var manifest = await UnpackAsync(archivePath, work.FullName, ct);
            var dump = Path.Combine(work.FullName, DumpEntry);
            if (await Sha256Async(dump, ct) != manifest.DatabaseSha256)
                throw new BackupException("Cadangan rusak: isi basis data tidak cocok dengan manifes. / The backup is damaged: the database dump does not match its manifest.");
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
                    throw new BackupException($"Cadangan rusak: berkas {Path.GetFileName(file)} berubah. / The backup is damaged: a file's content does not match its name.");
                }
                files.Commit(staged);
                restored++;
            }
            if (restored != manifest.EvidenceFiles)
                throw new BackupException($"Cadangan tidak lengkap: {restored} dari {manifest.EvidenceFiles} berkas bukti. / The backup is incomplete.");
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
                if (name == ManifestEntry || name == DumpEntry) target = Path.Combine(folder, name);
                else if (name.StartsWith(EvidencePrefix, StringComparison.Ordinal) && System.Text.RegularExpressions.Regex.IsMatch(name[EvidencePrefix.Length..], "^[0-9a-f]{64}$"))
                    target = Path.Combine(folder, "evidence", name[EvidencePrefix.Length..]);
                else throw new BackupException($"Bukan cadangan SpbeBot: entri tak dikenal '{name}'. / Not a SpbeBot backup: unknown entry.");
                if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile))
                    throw new BackupException($"Bukan cadangan SpbeBot: '{name}' bukan berkas biasa. / Not a SpbeBot backup.");
                await entry.ExtractToFileAsync(target, overwrite: false, ct);
                if (name == ManifestEntry)
                    manifest = JsonSerializer.Deserialize<BackupManifest>(await File.ReadAllTextAsync(target, ct), Json);
            }
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or JsonException or EndOfStreamException)
        {
            throw new BackupException("Berkas ini bukan cadangan SpbeBot yang utuh. / This file is not a complete SpbeBot backup.");
        }
        if (manifest is null || manifest.Format != Format || !File.Exists(Path.Combine(folder, DumpEntry)))
            throw new BackupException("Berkas ini bukan cadangan SpbeBot yang utuh. / This file is not a complete SpbeBot backup.");
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
            throw new BackupException($"{program} gagal / failed: {result.Output}");
    }

    static string Program(string name, string? binDirectory)
    {
        foreach (var folder in new[] { binDirectory, TryFind() }.Concat((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)))
            if (!string.IsNullOrEmpty(folder) && File.Exists(Path.Combine(folder, name))) return Path.Combine(folder, name);
        throw new BackupException($"{name} tidak ditemukan; pasang klien PostgreSQL (apt-get install postgresql-client). / {name} not found.");

        static string? TryFind()
        {
            try { return PgBinaries.Find(); } catch (PostgresNotFoundException) { return null; }
        }
    }

    static async Task<string> Sha256Async(string path, CancellationToken ct)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct));
    }
}
