using SpbeBot.Core.Evidence;
using SpbeBot.Core.Storage;

namespace SpbeBot.Host.Database;

/// <summary>
/// Settings from the <c>Spbebot:Backup</c> section: <c>SPBEBOT__BACKUP__KEY</c>, the secret that signs backup archives.
/// Without it, <c>db backup</c> creates <c>backup.key</c> (mode 600) beside the data folder — the folder holding the
/// evidence store, <c>./.spbebot</c> by default — and <c>db restore</c> reads it from there.
/// </summary>
sealed class BackupSettings
{
    public const string Section = "Spbebot:Backup";

    public string? Key { get; set; }

    /// <summary>The key file beside the data folder (the evidence store's parent).</summary>
    public static string KeyFile(EvidenceFileStore files) =>
        Path.Combine(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(files.Root)))!, BackupKey.FileName);

    public BackupKey? Resolve(EvidenceFileStore files, bool create) => BackupKey.Resolve(Key, KeyFile(files), create);
}
