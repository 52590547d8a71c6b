namespace SpbeBot.Core.Questions;

public sealed partial class SituationReader
{
    /// <summary>Verbs of one service's data used by another system or exchanged with it ("dipakai", "ditarik", "berbagi data"; English forms in the vocabulary).</summary>
    static readonly HashSet<string> DataUse = Vocabulary.Words("data-use");
    /// <summary>Words that place the other system after a verb of use ("… di aplikasi keuangan", "oleh aplikasi TPP").</summary>
    static readonly HashSet<string> UsedAt = Vocabulary.Words("used-at");

    /// <summary>
    /// Service ladder, level 4 ("layanan kolaborasi … terintegrasi dengan layanan lain"): the service's data used by or
    /// exchanged with another system, in one clause and not denied — "nilainya dipakai untuk TPP di aplikasi keuangan",
    /// "datanya dipakai aplikasi TPP", "berbagi data dengan aplikasi pengadaan". The other system is named after the verb
    /// (right after it, or right after "di"/"ke"/"dengan"/"oleh"), within six words. Measured: allowing words between
    /// the preposition and the system ("exchanges data with the procurement app") adds an over-claim on the tuning sets and fixes none. "dipakai di semua OPD" names no system.
    /// </summary>
    static bool DataUsedByAnother(IReadOnlyList<string> clause)
    {
        for (var i = 0; i < clause.Count; i++)
        {
            if (!DataUse.Contains(clause[i]) || Negated(clause, i)) continue;
            for (var k = i + 1; k < Math.Min(clause.Count, i + 7); k++)
            {
                if (Conjunctions.Contains(clause[k]) || IsNegator(clause, k)) break;
                if (Systems.Contains(clause[k]) && (k == i + 1 || UsedAt.Contains(clause[k - 1]) || Toward.Contains(clause[k - 1]))) return true;
            }
        }
        return false;
    }

    /// <summary>Words of a part a service gains: "a new e-SPJ module", "fitur mobile baru", "menu baru".</summary>
    static readonly HashSet<string> NewParts = Vocabulary.Words("new-parts");

    /// <summary>
    /// After a review held: "… led to a new e-SPJ module", "produced a new mobile feature", "lahir modul pelaporan baru" —
    /// "new"/"baru" within two words of a part of the service (service level 5: "perbaikan … berdasarkan hasil evaluasi").
    /// </summary>
    static bool NewPartAfter(IReadOnlyList<string> tokens, int from)
    {
        for (var k = from; k < tokens.Count; k++)
        {
            if (tokens[k] is not ("new" or "baru" or "tambahan" or "additional")) continue;
            if (Negated(tokens, k) || NegatedAfter(tokens, k)) continue;
            if (Enumerable.Range(Math.Max(from, k - 2), Math.Min(tokens.Count, k + 3) - Math.Max(from, k - 2)).Any(j => j != k && NewParts.Contains(tokens[j]))) return true;
        }
        return false;
    }
}
