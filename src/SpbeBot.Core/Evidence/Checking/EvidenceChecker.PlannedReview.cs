using SpbeBot.Core.Criteria.Elements;

namespace SpbeBot.Core.Evidence.Checking;

/// <summary>
/// A reviu only planned is no reviu (issue 22, wip-24ev): "Reviu atas penerapan Manajemen Risiko SPBE akan dilakukan pada
/// 8-10 September 2026", "evaluasi … dijadwalkan pada triwulan IV". The Kriteria's reviu and evaluasi level asks for one
/// carried out; a chapter headed "BAB III REVIU" or a reviu word near the isu does not make a planned one done.
/// </summary>
public sealed partial class EvidenceChecker
{
    /// <summary>A future marker between the reviu word and its verb breaks a "done" reading.</summary>
    const string NotFuture = @"(?!(?:" + DocumentWords.Scheduled + @")\b)";

    /// <summary>"reviu … akan dilakukan", "evaluasi … dijadwalkan/direncanakan", "rencana reviu", "akan dilakukan evaluasi".
    /// A next reviu ("reviu berikutnya akan dilakukan") follows one already done: not a plan instead of one.</summary>
    const string PlannedReviewWords =
        @"\b(reviu|review|evaluasi)\s+(?!(?:\w+\s+){0,6}?(?:berikutnya|selanjutnya|lanjutan|ulang|kembali)\b)(?:\w+\s+){0,6}?(akan\s+(?:\w+\s+)?(dilakukan|dilaksanakan|diselenggarakan|diadakan)|dijadwalkan|direncanakan|diagendakan)\b"
        // Not "Agenda : Evaluasi pelaksanaan tugas …": a meeting's agenda is what it discussed, not a reviu to come.
        + @"|\brencana\s+(pelaksanaan\s+)?(reviu|review|evaluasi)\b(?!\s+(?:\w+\s+){0,6}?(berikutnya|selanjutnya|lanjutan))"
        + @"|\bakan\s+(dilakukan|dilaksanakan|diselenggarakan|diadakan)\s+(reviu|review|evaluasi)\b";

    /// <summary>Words that say a reviu was carried out: its result, its report or minutes, a verb with no future marker.</summary>
    const string DoneReviewWords =
        @"\b(hasil|laporan|notulen|notulensi|berita\s+acara|risalah|temuan|rekomendasi)\s+(?:\w+\s+){0,2}?(reviu|review|evaluasi)\b"
        + @"|\b(reviu|review|evaluasi)\s+(?:" + NotFuture + @"\w+\s+){0,6}?(telah\s+|sudah\s+)?(dilakukan|dilaksanakan|diselenggarakan|diadakan)\b"
        + @"|\b(telah|sudah)\s+(?:\w+\s+){0,2}?(direviu|dievaluasi|dilakukan\s+(reviu|review|evaluasi)|dilaksanakan\s+(reviu|review|evaluasi))\b";

    /// <summary>The text says its reviu is to come and nowhere that one was carried out.</summary>
    static bool ReviewOnlyPlanned(PageText page) =>
        page.Find(PlannedReviewWords) is not null && page.Find(DoneReviewWords) is null;
}
