namespace SpbeBot.Core.Questions;

public sealed partial class SituationReader
{
    /// <summary>Stems of an approval or validation step: "approval atasan", "TAPD validasi", "menetapkan pemenang".</summary>
    static readonly HashSet<string> ApprovalStems = Vocabulary.Words("approval");

    /// <summary>
    /// Service ladder: a step done "manual" denies the transaction (the system's processing) unless the description
    /// states one. "ada approval atasan dan validasi BKPSDM. … datanya masih di-export manual", "ada approval mutasi aset &amp;
    /// validasi data, tp link ke aplikasi keuangan masih manual export excel": the approval in the system stands and the
    /// manual step is the missing link to another system (level 4). It takes a part with an approval or validation word
    /// that is more than a list of steps: "bisa daftar &amp; upload berkas. seleksinya msh manual" (registering only) and
    /// "surat-menyurat, disposisi, paraf masih kertas" (the list's items share the manual predicate) state none.
    /// </summary>
    bool StatesApproval(IReadOnlyList<string> part) =>
        part.Any(t => ApprovalStems.Any(s => t.Contains(s, StringComparison.Ordinal)))
        && part.Any(t => !ListJoiners.Contains(t) && Read([t], service: true, isCatalog: false).Asserted.Count == 0);
}
