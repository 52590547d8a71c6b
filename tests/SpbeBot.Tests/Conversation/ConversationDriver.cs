using SpbeBot.Core.Conversations;
using SpbeBot.Core.Demo;
using SpbeBot.Core.Evidence;
using SpbeBot.Core.Evidence.Checking;
using SpbeBot.Core.People;
using SpbeBot.Core.Plans;
using SpbeBot.Core.Storage;
using SpbeBot.Dialogs.Common;
using SpbeBot.Dialogs.Conversation;

namespace SpbeBot.Tests.Conversation;

/// <summary>Talks to a <see cref="ConversationHandler"/> on a test database with the demo loaded, as one chat user.</summary>
/// <param name="checker">With a checker (a test double), filed uploads get their pre-check.</param>
sealed class ConversationDriver(ConnectionFactory db, IEvidenceChecker? checker = null, PrecheckOptions? precheckOptions = null)
{
    public const string BotUsername = "SpbeTestBot";

    ConversationHandler? _handler;

    public ConversationHandler Handler
    {
        get => _handler ??= new ConversationHandler(Services);
        private set => _handler = value;
    }
    public PlanStore Plans { get; } = new(db);
    public PersonStore People { get; } = new(db);
    public DateOnly Today { get; } = TimeZones.Today(TimeZones.Wib, TimeProvider.System);

    /// <summary>A fresh evidence file store folder, so tests running in parallel never see each other's files.</summary>
    public static string NewEvidenceRoot() => Path.Combine(RunEvidenceRoot, Guid.NewGuid().ToString("N"));

    /// <summary>
    /// This test run's folder of evidence stores, named by the test process's id. The folders of runs whose process is gone
    /// are deleted when a run starts (they piled up in /tmp otherwise; the test host ends without running exit handlers).
    /// </summary>
    static readonly string RunEvidenceRoot = CreateRunEvidenceRoot();

    static string CreateRunEvidenceRoot()
    {
        var parent = Path.Combine(Path.GetTempPath(), "spbebot-test-evidence");
        if (Directory.Exists(parent))
            foreach (var dir in Directory.GetDirectories(parent))
                if (int.TryParse(Path.GetFileName(dir).Split('-')[0], out var pid) && !Directory.Exists($"/proc/{pid}"))
                    Infrastructure.TestPostgres.TryDelete(dir);
        return Path.Combine(parent, $"{Environment.ProcessId}-{Guid.NewGuid():N}");
    }

    readonly string _evidenceRoot = NewEvidenceRoot();
    ConversationServices? _services;

    public ConversationServices Services => _services ??= NewServices();

    ConversationServices NewServices() => ConversationServices.On(db, new EvidenceOptions(_evidenceRoot), () => BotUsername, checker: checker, precheckOptions: precheckOptions);

    /// <summary>A fresh handler on the same database and file store, as after a restart of the bot.</summary>
    public void Restart()
    {
        _services = NewServices();
        Handler = new ConversationHandler(_services);
    }

    /// <summary>A file sent in the chat, as a channel adapter would hand it over (announcing its size unless told otherwise).</summary>
    public Task<IReadOnlyList<Reply>> SendFile(string channel, string user, byte[] content, string? name, string caption = "", string? group = null, long? announcedSize = -1)
    {
        var file = new IncomingFile("file-" + Guid.NewGuid().ToString("N"), name, null, announcedSize == -1 ? content.Length : announcedSize, group)
        {
            CopyToAsync = (destination, ct) => destination.WriteAsync(content, ct).AsTask(),
        };
        return Handler.HandleAsync(new IncomingMessage(channel, user, user, null, IncomingKind.File, caption, file), default);
    }

    public Task<IReadOnlyList<Reply>> DemoFile(string key, byte[] content, string? name, string caption = "", string? group = null) =>
        SendFile("demo", key, content, name, caption, group);

    public async Task LoadDemoAsync() => await DemoData.EnsureAsync(db, Today);

    /// <summary>Demo people are linked as ("demo", key): chatting on that channel as that key is chatting as them.</summary>
    public Task<IReadOnlyList<Reply>> AsDemo(string key, string text) => Send("demo", key, text);

    public Task<IReadOnlyList<Reply>> Send(string channel, string user, string text, string? name = null, IncomingKind? kind = null) =>
        Handler.HandleAsync(new IncomingMessage(channel, user, user, name, kind ?? (text.StartsWith('/') ? IncomingKind.Command : IncomingKind.Text), text), default);

    public async Task<Opd> OpdAsync(string name) => (await new OpdStore(db).FindAsync(name))!;

    public async Task<IReadOnlyList<PlanItem>> ItemsOfAsync(string opd) =>
        await Plans.ListAsync(new PlanFilter { Opd = opd, Year = Today.Year, Framework = "spbe-2024" });
}
