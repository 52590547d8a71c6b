using SpbeBot.Core.Conversations;
using SpbeBot.Core.Demo;
using SpbeBot.Core.People;
using SpbeBot.Core.Plans;
using SpbeBot.Core.Storage;
using SpbeBot.Dialogs.Common;
using SpbeBot.Dialogs.Conversation;

namespace SpbeBot.Tests.Conversation;

/// <summary>Talks to a <see cref="ConversationHandler"/> on a test database with the demo loaded, as one chat user.</summary>
sealed class ConversationDriver(ConnectionFactory db)
{
    public const string BotUsername = "SpbeTestBot";

    public ConversationHandler Handler { get; private set; } = NewHandler(db);
    public PlanStore Plans { get; } = new(db);
    public PersonStore People { get; } = new(db);
    public DateOnly Today { get; } = TimeZones.Today(TimeZones.Wib);

    public static ConversationHandler NewHandler(ConnectionFactory db) => new(new ConversationServices(
        new PersonStore(db), new InviteStore(db), new PlanStore(db), new OpdStore(db), new InstansiStore(db),
        new ConversationStateStore(db), () => BotUsername));

    /// <summary>A fresh handler on the same database, as after a restart of the bot.</summary>
    public void Restart() => Handler = NewHandler(db);

    public async Task LoadDemoAsync() => await DemoData.EnsureAsync(db, Today);

    /// <summary>Demo people are linked as ("demo", key): chatting on that channel as that key is chatting as them.</summary>
    public Task<IReadOnlyList<Reply>> AsDemo(string key, string text) => Send("demo", key, text);

    public Task<IReadOnlyList<Reply>> Send(string channel, string user, string text, string? name = null, IncomingKind? kind = null) =>
        Handler.HandleAsync(new IncomingMessage(channel, user, user, name, kind ?? (text.StartsWith('/') ? IncomingKind.Command : IncomingKind.Text), text), default);

    public async Task<Opd> OpdAsync(string name) => (await new OpdStore(db).FindAsync(name))!;

    public async Task<IReadOnlyList<PlanItem>> ItemsOfAsync(string opd) =>
        await Plans.ListAsync(new PlanFilter { Opd = opd, Year = Today.Year, Framework = "spbe-2024" });
}
