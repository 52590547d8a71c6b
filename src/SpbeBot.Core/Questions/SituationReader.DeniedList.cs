namespace SpbeBot.Core.Questions;

public sealed partial class SituationReader
{
    /// <summary>Words that join the steps of a list: "cari, unggah ato unduh", "search, upload or download".</summary>
    static readonly HashSet<string> ListJoiners = ["dan", "and", "serta", "atau", "ato", "or", "maupun", "nor"];

    /// <summary>
    /// Service ladder, where a comma closes a clause: "gak ada fitur cari, unggah ato unduh", "son bisa cari, unduh" — a
    /// part that only names more steps (each word a step of the ladder or a joiner) right after a part that ended on a
    /// denied step continues that list, so its steps are denied too. "tidak ada pencarian, warga unggah berkas" (a part
    /// with a subject of its own) stands. After a part that ended on a denied verb off the ladder ("Employees cannot log
    /// in, submit targets or download anything"), a part that starts with a step and has no predicate of its own
    /// (no negator, "sudah", "bisa") continues the denial too.
    /// </summary>
    bool ContinuesDeniedList(IReadOnlyList<string> part, bool deniedBefore) =>
        deniedBefore && part.Count > 0
        && (part.All(t => ListJoiners.Contains(t) || IsStep(t)) && part.Any(t => !ListJoiners.Contains(t))
            || part.Count <= 6 && IsStep(part[0]) && !part.Any(t => Negators.Contains(t) || Affirming.Contains(t) || Ability.Contains(t)) && !HasOwnChannel(part));

    static readonly HashSet<string> Channel = Vocabulary.Words("channel");

    /// <summary>A channel word of its own ("unggah berkas online", "lewat aplikasi"): the part states its steps.</summary>
    static bool HasOwnChannel(IReadOnlyList<string> part) =>
        part.Where((t, k) => Channel.Contains(t) || t is "lewat" or "via" or "melalui" && k + 1 < part.Count && ApplicationWords.Contains(part[k + 1])).Any();

    bool IsStep(string token) => Read([token], service: true, isCatalog: false).Asserted.Count > 0;

    /// <summary>A negator among the part's last three words, then a verb off the ladder: "cannot log in", "gak bisa login".</summary>
    bool EndsOnDeniedVerb(IReadOnlyList<string> part)
    {
        for (var k = Math.Max(0, part.Count - 3); k < part.Count; k++)
            // "kami sudah tidak pakai kertas": "sudah" before the negator is a change made, no denied verb.
            if (Negators.Contains(part[k]) && !part.Take(k).Any(Affirming.Contains))
                // "tidak ada", "belum" at the end deny what came before, not a verb of their own.
                return k + 1 < part.Count && !part.Skip(k + 1).Any(t => IsStep(t) || Existence.Contains(t) || Doing.Contains(t) || AfterAbsent.Contains(t));
        return false;
    }
}
