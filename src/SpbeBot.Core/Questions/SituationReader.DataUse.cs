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

    static readonly HashSet<string> DataSubjects = Vocabulary.Words("data-subjects");
    static readonly HashSet<string> Straight = Vocabulary.Words("straight");

    /// <summary>
    /// Service ladder, level 4: the service's data said to go straight to another system without a verb of sending —
    /// "data langsung ke SIAK terpusat", "datanya langsung masuk ke SIMPEG", "data goes straight into the finance app". A
    /// word of data, within two words a word of <c>[words straight]</c>, then (past "masuk"/"goes") "ke"/"to"/"into" and
    /// a system within two words, not denied. "OPD upload langsung ke aplikasi" (no data word) is not this.
    /// </summary>
    static bool DataStraightTo(IReadOnlyList<string> clause)
    {
        for (var i = 0; i < clause.Count; i++)
        {
            if (!DataSubjects.Contains(clause[i])) continue;
            // "pegawai input data langsung ke aplikasi SIMPEG": data the users type in goes into this service's own app.
            if (clause.Take(i).Any(UserInput.Contains)) continue;
            for (var k = i + 1; k < Math.Min(clause.Count, i + 4); k++)
            {
                if (!Straight.Contains(clause[k]) || Negated(clause, k)) continue;
                var to = k + 1 < clause.Count && clause[k + 1] is "masuk" or "goes" or "go" or "flows" ? k + 2 : k + 1;
                if (to < clause.Count && Toward.Contains(clause[to]) && Enumerable.Range(to + 1, Math.Max(0, Math.Min(2, clause.Count - to - 1))).Any(j => AnotherSystem(clause, j))) return true;
            }
        }
        return false;
    }

    static readonly HashSet<string> UserInput = Vocabulary.Words("user-input");

    /// <summary>A system word that names a system: "SIASN", "aplikasi keuangan"; not "aplikasi" or "sistem" alone at the clause's end.</summary>
    static bool AnotherSystem(IReadOnlyList<string> clause, int j) =>
        Systems.Contains(clause[j])
        && !((ApplicationWords.Contains(clause[j]) || clause[j] is "sistem" or "system" or "layanan") && (j + 1 == clause.Count || Conjunctions.Contains(clause[j + 1])));

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
