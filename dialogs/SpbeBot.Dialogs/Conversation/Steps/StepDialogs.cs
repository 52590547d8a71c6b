using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using SpbeBot.Core.People;
using SpbeBot.Dialogs.Common;

namespace SpbeBot.Dialogs.Conversation.Steps;

/// <summary>
/// Where a chat is in an unfinished dialog (waiting for a typed note, a filing question …), kept between messages in
/// conversation_state.step so it survives restarts. Each dialog declares its own step records; see <see cref="StepDialogs"/>.
/// </summary>
abstract record DialogStep
{
    /// <summary>
    /// Whether <paramref name="person"/>, as they are now, may continue this step: role and OPD are read afresh for
    /// every message, and checked here before any step is continued (a coordinator demoted mid-dialog can no longer
    /// file for another OPD, send a broadcast or decide on evidence). Every step must say what it needs.
    /// </summary>
    public abstract bool Permits(Person person);

    /// <summary>Coordinators and admins manage every OPD.</summary>
    protected static bool IsCoordinator(Person person) => person.Role is PersonRole.Coordinator or PersonRole.Admin;
}

/// <summary>A dialog that stores steps and continues them when the next message arrives.</summary>
interface IStepDialog
{
    /// <summary>
    /// The step records this dialog owns, by the kind name written to the database. Never rename a kind: steps stored
    /// under the old name would no longer be understood.
    /// </summary>
    IReadOnlyDictionary<string, Type> StepKinds { get; }

    /// <summary>The replies when the message continues <paramref name="step"/>; null when it is about something else.</summary>
    Task<IReadOnlyList<Reply>>? ContinueAsync(Turn turn, DialogStep step);

    /// <summary>What to tell the person when they move on and the step is dropped (null: nothing).</summary>
    string? LeftBehindNote(Turn turn, DialogStep step) => null;
}

/// <summary>
/// The registry of step dialogs: which dialog owns which step kind, and the codec that stores a step as a small JSON
/// object with a "kind" discriminator (<c>{"kind":"progress-note","PlanItemId":12,"Status":"Done"}</c>). A kind or a
/// step type claimed twice is a start-up error, so no order of checks decides who answers.
/// </summary>
sealed class StepDialogs
{
    readonly Dictionary<Type, IStepDialog> _owners = [];
    readonly JsonSerializerOptions _json;

    public StepDialogs(IEnumerable<IStepDialog> dialogs)
    {
        var kinds = new Dictionary<string, Type>(StringComparer.Ordinal);
        foreach (var dialog in dialogs)
            foreach (var (kind, type) in dialog.StepKinds)
            {
                if (!type.IsSubclassOf(typeof(DialogStep)))
                    throw new InvalidOperationException($"{dialog.GetType().Name}: step kind \"{kind}\" is not a {nameof(DialogStep)}.");
                if (!kinds.TryAdd(kind, type))
                    throw new InvalidOperationException($"Step kind \"{kind}\" is claimed by {_owners[kinds[kind]].GetType().Name} and {dialog.GetType().Name}.");
                if (!_owners.TryAdd(type, dialog))
                    throw new InvalidOperationException($"Step {type.Name} is claimed by {_owners[type].GetType().Name} and {dialog.GetType().Name}.");
            }

        var resolver = new DefaultJsonTypeInfoResolver();
        resolver.Modifiers.Add(info =>
        {
            if (info.Type != typeof(DialogStep)) return;
            info.PolymorphismOptions = new JsonPolymorphismOptions { TypeDiscriminatorPropertyName = "kind" };
            foreach (var (kind, type) in kinds) info.PolymorphismOptions.DerivedTypes.Add(new JsonDerivedType(type, kind));
        });
        _json = new JsonSerializerOptions { TypeInfoResolver = resolver, Converters = { new JsonStringEnumConverter() } };
    }

    /// <summary>The dialog that continues <paramref name="step"/>.</summary>
    public IStepDialog OwnerOf(DialogStep step) => _owners[step.GetType()];

    public string Encode(DialogStep step) => JsonSerializer.Serialize(step, _json);

    /// <summary>
    /// The stored step; null for nothing stored or a step nobody understands (a kind since removed). Steps written in
    /// the pre-JSON string format by an older version are read by <see cref="LegacySteps"/>.
    /// </summary>
    public DialogStep? Decode(string? stored)
    {
        if (string.IsNullOrEmpty(stored)) return null;
        if (!stored.StartsWith('{')) return LegacySteps.Read(stored);
        try
        {
            return JsonSerializer.Deserialize<DialogStep>(stored, _json);
        }
        catch (JsonException)
        {
            return null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }
}
