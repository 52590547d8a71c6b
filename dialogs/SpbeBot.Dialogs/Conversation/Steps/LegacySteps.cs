using SpbeBot.Core.Plans;
using SpbeBot.Core.Storage;
using SpbeBot.Dialogs.Broadcasts;
using SpbeBot.Dialogs.Evidence;
using SpbeBot.Dialogs.Plans;

namespace SpbeBot.Dialogs.Conversation.Steps;

/// <summary>
/// Steps stored by versions before the JSON step codec, as hand-encoded strings. A chat in the middle of a dialog when
/// the server is upgraded carries on where it was instead of losing its step. Only read, never written: the retention
/// sweep deletes steps untouched for 30 days, so this class can go once every installation has run the JSON codec
/// that long.
/// </summary>
static class LegacySteps
{
    public static DialogStep? Read(string step)
    {
        if (step == "broadcast-text") return new BroadcastTypingStep();
        if (After(step, "broadcast-ready:") is { } ready)
            return ready.Split('|', 2) is [var key, var text] ? new BroadcastReadyStep(key, text) : null;
        if (After(step, "evidence-reject:") is { } reject)
            return long.TryParse(reject, out var evidenceId) ? new RejectNoteStep(evidenceId) : null;
        if (After(step, "progress-note:") is { } note)
            return note.Split(':') is [var id, var status] && long.TryParse(id, out var planItemId) && DbEnum.Parse<PlanStatus>(status) is { } parsed
                ? new ProgressNoteStep(planItemId, parsed) : null;
        if (After(step, "evidence:") is { } filing)
        {
            // "<batch>|<indicator>|<level>|<item>|<opd>|<plan>|<group>": "-" = not yet known; plan "0" = none.
            var p = filing.Split('|');
            if (p.Length != 7 || p[0].Length == 0) return null;
            return new Filing(p[0], Int(p[1]), Int(p[2]), Int(p[3]), Long(p[4]), Long(p[5]), p[5] != "-", p[6] == "-" ? null : p[6]);
        }
        return null;
    }

    static string? After(string step, string prefix) => step.StartsWith(prefix, StringComparison.Ordinal) ? step[prefix.Length..] : null;
    static int? Int(string s) => int.TryParse(s, out var v) ? v : null;
    static long? Long(string s) => long.TryParse(s, out var v) ? v : null;
}
