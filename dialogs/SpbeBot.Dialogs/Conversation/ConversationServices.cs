using SpbeBot.Core.Broadcasts;
using SpbeBot.Core.Conversations;
using SpbeBot.Core.Digest;
using SpbeBot.Core.Evidence;
using SpbeBot.Core.Evidence.Checking;
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
/// <param name="Precheck">The pre-check of filed uploads; null where no <see cref="IEvidenceChecker"/> is installed (no pre-check lines).</param>
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
    Func<string?>? BotUsername = null,
    EvidencePrecheck? Precheck = null)
{
    /// <summary>
    /// Every store on one database, and the evidence file store in <paramref name="evidence"/>'s folder: the convenience
    /// for tests and benches. The server and the CLI take these from their service container instead.
    /// </summary>
    /// <param name="checker">With a checker, filed uploads get their pre-check; scans wait in the table for <see cref="EvidencePrecheck.RunDueAsync"/>.</param>
    public static ConversationServices On(ConnectionFactory db, EvidenceOptions evidence, Func<string?>? botUsername = null, TimeProvider? clock = null,
        IEvidenceChecker? checker = null, PrecheckOptions? precheckOptions = null)
    {
        clock ??= TimeProvider.System;
        var (instansi, plans, evidenceStore, checks) = (new InstansiStore(db), new PlanStore(db), new EvidenceStore(db), new EvidenceCheckStore(db));
        var intake = EvidenceIntake.On(db, evidence, clock);
        return new ConversationServices(
            new PersonStore(db), new InviteStore(db, clock), plans, new OpdStore(db), instansi,
            new ConversationStateStore(db), evidenceStore, intake, new Outbox(db),
            new ReminderScan(db, instansi, new ReminderWriter()), new BroadcastStore(db), new DigestStore(db, instansi, plans, evidenceStore, checks),
            clock, botUsername,
            checker is null ? null : new EvidencePrecheck(checker, checks, evidenceStore, intake.Files, new SweepOnlyCheckQueue(), precheckOptions, clock));
    }
}
