namespace SpbeBot.Core.Questions;

public sealed partial class SituationReader
{
    /// <summary>Words that join the steps of a list: "cari, unggah ato unduh", "search, upload or download".</summary>
    static readonly HashSet<string> ListJoiners = ["dan", "and", "serta", "atau", "ato", "or", "maupun", "nor"];

    /// <summary>
    /// Service ladder, where a comma closes a clause: "gak ada fitur cari, unggah ato unduh", "son bisa cari, unduh" — a
    /// part that only names more steps (each word a step of the ladder or a joiner) right after a part that ended on a
    /// denied step continues that list, so its steps are denied too. "tidak ada pencarian, warga unggah berkas" (a part
    /// with a subject of its own) stands.
    /// </summary>
    bool ContinuesDeniedList(IReadOnlyList<string> part, bool deniedBefore) =>
        deniedBefore && part.Count > 0
        && part.All(t => ListJoiners.Contains(t) || Read([t], service: true, isCatalog: false).Asserted.Count > 0)
        && part.Any(t => !ListJoiners.Contains(t));
}
