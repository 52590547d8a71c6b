using SpbeBot.Core.Evidence;
using SpbeBot.Core.Evidence.Checking;

namespace SpbeBot.Host.Hosting;

/// <summary>
/// Settings from the <c>Spbebot:Evidence</c> section, or as environment variables:
/// <list type="bullet">
/// <item><c>SPBEBOT__EVIDENCE__ROOT</c> — the evidence file store's folder; default <c>./.spbebot/evidence</c>. Back it up
/// together with the database (pg_dump): the database counts the files, the folder holds them.</item>
/// <item><c>SPBEBOT__EVIDENCE__MAXFILEMEGABYTES</c> — largest accepted file; default 20 (the most Telegram's cloud Bot API
/// hands to a bot).</item>
/// <item><c>SPBEBOT__EVIDENCE__ORPHANGRACEMINUTES</c> — start-up reconciliation leaves younger stray files alone (an
/// upload may be in flight on another instance); default 60.</item>
/// <item><c>SPBEBOT__EVIDENCE__PRECHECKCHATSECONDS</c> — how long the pre-check may read a document's text in a chat's path
/// before the reply goes without it (filing goes on; the reading finishes in the background); default 5.</item>
/// <item><c>SPBEBOT__EVIDENCE__OCRSECONDS</c> — how long OCR may read one document (a scan, a photo) before the reading
/// stops with a note saying so; default 240.</item>
/// </list>
/// </summary>
sealed class EvidenceSettings
{
    public const string Section = "Spbebot:Evidence";
    public const string DefaultRoot = "./.spbebot/evidence";

    public string Root { get; set; } = DefaultRoot;
    public int MaxFileMegabytes { get; set; } = 20;
    public int OrphanGraceMinutes { get; set; } = 60;
    public int PrecheckChatSeconds { get; set; } = (int)PrecheckOptions.Default.ChatTimeout.TotalSeconds;
    public int OcrSeconds { get; set; } = (int)new ReadLimits().OcrBudget.TotalSeconds;

    public PrecheckOptions ToPrecheckOptions() =>
        PrecheckOptions.Default with { ChatTimeout = TimeSpan.FromSeconds(Math.Clamp(PrecheckChatSeconds, 1, 86_400)) };

    public ReadLimits ToReadLimits() => new(OcrTimeLimit: TimeSpan.FromSeconds(Math.Clamp(OcrSeconds, 1, 86_400)));

    public EvidenceOptions ToOptions() => new(
        Path.GetFullPath(string.IsNullOrWhiteSpace(Root) ? DefaultRoot : Root),
        Math.Clamp(MaxFileMegabytes, 1, 2000) * 1024L * 1024L,
        TimeSpan.FromMinutes(Math.Max(0, OrphanGraceMinutes)));
}
