using SpbeBot.Core.Broadcasts;
using SpbeBot.Core.Conversations;
using SpbeBot.Core.Digest;
using SpbeBot.Core.Evidence;
using SpbeBot.Core.Messaging;
using SpbeBot.Core.People;
using SpbeBot.Core.Plans;
using SpbeBot.Core.Reminders;
using SpbeBot.Core.Storage;
using SpbeBot.Dialogs.Reminders;

namespace SpbeBot.Dialogs.Conversation;

/// <summary>What the dialogs use from Core, in one place so the handler has one constructor argument.</summary>
/// <param name="BotUsername">
/// The Telegram bot's username for invite deep links, asked at the moment of use (the server learns it from getMe
/// after start); null or empty: invites show the code and "/start &lt;code&gt;" only.
/// </param>
/// <param name="Clock">What day and time it is for the dialogs, invites and reminders (tests set a date).</param>
public sealed record ConversationServices(
    PersonStore People,
    InviteStore Invites,
    PlanStore Plans,
    OpdStore Opds,
    InstansiStore Instansi,
    ConversationStateStore State,
    EvidenceStore Evidence,
    EvidenceIntake Intake,
    Outbox Outbox,
    ReminderScan Reminders,
    BroadcastStore Broadcasts,
    DigestStore Digests,
    TimeProvider Clock,
    Func<string?>? BotUsername = null)
{
    /// <summary>
    /// Every store on one database, and the evidence file store in <paramref name="evidence"/>'s folder: the convenience
    /// for tests and benches. The server and the CLI take these from their service container instead.
    /// </summary>
    public static ConversationServices On(ConnectionFactory db, EvidenceOptions evidence, Func<string?>? botUsername = null, TimeProvider? clock = null)
    {
        clock ??= TimeProvider.System;
        var (instansi, plans, evidenceStore) = (new InstansiStore(db), new PlanStore(db), new EvidenceStore(db));
        return new ConversationServices(
            new PersonStore(db), new InviteStore(db, clock), plans, new OpdStore(db), instansi,
            new ConversationStateStore(db), evidenceStore, EvidenceIntake.On(db, evidence), new Outbox(db),
            new ReminderScan(db, instansi, new ReminderWriter()), new BroadcastStore(db), new DigestStore(db, instansi, plans, evidenceStore),
            clock, botUsername);
    }
}
