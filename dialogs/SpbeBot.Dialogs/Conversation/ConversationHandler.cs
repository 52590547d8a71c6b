using SpbeBot.Core.Text;
using SpbeBot.Core.Criteria;
using SpbeBot.Core.People;
using SpbeBot.Core.Conversations;
using SpbeBot.Dialogs.Broadcasts;
using SpbeBot.Dialogs.Common;
using SpbeBot.Dialogs.Conversation.Steps;
using SpbeBot.Dialogs.Digest;
using SpbeBot.Dialogs.Evidence;
using SpbeBot.Dialogs.Plans;
using SpbeBot.Dialogs.Reminders;

namespace SpbeBot.Dialogs.Conversation;

/// <summary>
/// The conversation: finds who is writing (strangers only get onboarding), lets the dialog that owns the sender's stored
/// step in this chat continue it (<see cref="StepDialogs"/>), and routes commands and button payloads to the small dialog classes. Button payloads are commands too ("/item 12"), and
/// arrive untrusted: every dialog checks the person may see or change what the payload names.
/// </summary>
public sealed class ConversationHandler(ConversationServices services) : IConversationHandler
{
    // Every dialog that stores a step; a step kind claimed twice fails here, when the server starts.
    readonly StepDialogs _steps = new([new EvidenceUpload(), new Verification(), new ProgressUpdateDialog(), new BroadcastDialog()]);

    public async Task<IReadOnlyList<Reply>> HandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        message = Cleaned(message);
        var (command, args) = Split(message.Text);
        // One statement starts the turn (issue 17.5): the directory version — while it stands, the sender, the instansi
        // and the OPDs come from memory, and any change to them counts from the next message on — and the stored step.
        var (version, stored, partsPending) = await services.State.BeginTurnAsync(message.Channel, message.ChatId, message.UserId, cancellationToken);
        var person = await services.People.FindSenderAsync(message.Channel, message.UserId, version, cancellationToken);
        var greet = false;
        if (person is null)
        {
            var (replies, joined) = await Onboarding.HandleStrangerAsync(message, command, args, services, cancellationToken);
            if (joined is null) return replies;
            (person, greet) = (joined, true);
        }

        var instansi = await services.Instansi.GetAsync(version, cancellationToken);
        var today = TimeZones.Today(instansi?.TimeZone ?? TimeZones.Wib, services.Clock);
        var turn = new Turn(message, person, ConversationTexts.For(person.Language), command, args,
            instansi?.Framework ?? CatalogStore.DefaultFramework,
            instansi?.EvaluationYear ?? today.Year,
            today,
            instansi?.TimeZone ?? TimeZones.Wib,
            services, _steps, cancellationToken) { DirectoryVersion = version, PartsPending = partsPending, Kind = instansi?.Kind };
        if (greet) return MainMenu.Greet(turn);

        // The step is the sender's own (in a group each member has theirs), and continues only while their role and
        // OPD, as they are now, still permit it.
        var step = _steps.Decode(stored);
        if (step is not null && !step.Permits(person))
        {
            await turn.ClearStepAsync();
            if (message.Kind == IncomingKind.File || turn.IsTypedAnswer) return Turn.One(turn.Texts.StepNoLongerAllowed);
            return await RouteAsync(turn);
        }
        if (message.Kind == IncomingKind.File) return await EvidenceUpload.ReceiveAsync(turn, step as Filing);
        if (stored is null) return await RouteAsync(turn);

        var owner = step is null ? null : _steps.OwnerOf(step);
        if (owner?.ContinueAsync(turn, step!) is { } continued) return await continued;
        // Anything else leaves the pending step (or one no longer understood) behind: the person has moved on.
        await turn.ClearStepAsync();
        if (command == "/batal") return Turn.One(turn.Texts.Cancelled);
        if (owner?.LeftBehindNote(turn, step!) is { } note) return [Reply.Plain(note), .. await RouteAsync(turn)];
        return await RouteAsync(turn);
    }

    Task<IReadOnlyList<Reply>> RouteAsync(Turn turn)
    {
        var chatKey = ConversationStateStore.ChatKey(turn.Message.Channel, turn.Message.ChatId, turn.Message.UserId);
        return turn.Command switch
        {
            null => Questions.AskAsync(turn, turn.Args, chatKey),
            "/start" when turn.Args.Length > 0 => Done(Turn.One(turn.Texts.AlreadyRegistered, MainMenu.Buttons(turn).ToArray())),
            "/start" => Done(MainMenu.Greet(turn)),
            "/menu" => Done(MainMenu.Show(turn)),
            "/bantuan" or "/help" => Done(MainMenu.Help(turn)),
            "/tanya" => Questions.AskAsync(turn, turn.Args, chatKey),
            "/lanjut" => ContinueAsync(turn, chatKey),
            "/aksi" => MyActions.MineAsync(turn),
            "/item" => MyActions.DetailAsync(turn),
            "/perbarui" => ProgressUpdateDialog.StartAsync(turn),
            "/status" => ProgressUpdateDialog.ChooseStatusAsync(turn),
            "/pengaturan" => Done(Settings.Show(turn)),
            "/bahasa" => Settings.LanguageAsync(turn),
            "/senyap" => Settings.MuteAsync(turn),
            "/jamtenang" => Settings.QuietHoursAsync(turn),
            "/kerangka" => Settings.FrameworkAsync(turn),
            "/berhenti" => Leaving.HandleAsync(turn),
            "/batal" or "/lewati" => Done(Turn.One(turn.Texts.Cancelled)),
            "/berkas" => EvidenceUpload.ResumeAsync(turn),
            "/tunda" => Snooze.HandleAsync(turn),
            "/ringkasan" => DigestDialog.HandleAsync(turn),
            "/bukti" => EvidenceView.ChecklistAsync(turn),
            "/lihatberkas" => Verification.ViewAsync(turn),
            "/simpankeduanya" => EvidenceUpload.KeepBothAsync(turn, keep: true),
            "/ganti" => EvidenceUpload.KeepBothAsync(turn, keep: false),
            "/semuaopd" or "/lewat" or "/opd" or "/undangan" or "/verifikasi" or "/setujui" or "/tolak" or "/siaran" when !turn.IsCoordinator => Done(Turn.One(turn.Texts.NotAllowed)),
            "/verifikasi" => Verification.QueueAsync(turn),
            "/siaran" => BroadcastDialog.HandleAsync(turn, null),
            "/setujui" => Verification.ApproveAsync(turn),
            "/tolak" => Verification.RejectAsync(turn),
            "/semuaopd" => CoordinatorViews.AllOpdsAsync(turn),
            "/lewat" => CoordinatorViews.OverdueAsync(turn),
            "/opd" => CoordinatorViews.OpdAsync(turn),
            "/undangan" => CoordinatorViews.InviteAsync(turn),
            _ => Done(Turn.One(turn.Texts.UnknownCommand)),
        };
    }

    /// <summary>The rest of the chat's last long answer, kept in PostgreSQL: any server continues it, also after a restart.</summary>
    static async Task<IReadOnlyList<Reply>> ContinueAsync(Turn turn, string chatKey)
    {
        var parts = await turn.Services.State.TakeMoreAsync(chatKey, turn.Ct);
        return parts.Count == 0 ? Turn.One(turn.Texts.NothingToContinue) : [new Reply(parts[0], [], parts.Skip(1).ToList())];
    }

    /// <summary>
    /// What the person typed, their name and a file's name, without NUL and other control characters (newlines and tabs
    /// stay), before any dialog can store them: a note with a NUL is kept instead of failing (F10).
    /// </summary>
    static IncomingMessage Cleaned(IncomingMessage m) => m with
    {
        Text = ChatText.Clean(m.Text),
        UserDisplayName = ChatText.CleanOrNull(m.UserDisplayName),
        File = m.File is null ? null : m.File with { FileName = ChatText.CleanOrNull(m.File.FileName) },
    };

    static Task<IReadOnlyList<Reply>> Done(IReadOnlyList<Reply> replies) => Task.FromResult(replies);

    /// <summary>"/aksi@SpbeBot 12" → ("/aksi", "12"); free text → (null, text).</summary>
    internal static (string? Command, string Args) Split(string text)
    {
        text = text.Trim();
        if (!text.StartsWith('/')) return (null, text);
        var space = text.IndexOfAny([' ', '\n']);
        var name = (space < 0 ? text : text[..space]).ToLowerInvariant();
        var at = name.IndexOf('@'); // Telegram groups address commands to a bot: "/aksi@SpbeBot".
        if (at > 0) name = name[..at];
        return (name, space < 0 ? "" : text[(space + 1)..].Trim());
    }
}
