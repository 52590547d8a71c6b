namespace SpbeBot.Core.Questions;

public sealed partial class SituationReader
{
    static readonly HashSet<string> LevelAsked = Vocabulary.Words("level-asked");
    static readonly HashSet<string> Future = Vocabulary.Words("future");

    /// <summary>
    /// A level is given only when the description states every element of its criterion. Where the asker doubts or asks
    /// about an element ("tapi saya gatau persetujuannya di sistem atau tidak", "apakah itu sudah transaksi atau baru
    /// interaksi?", "integrasi dengan aplikasi lain blm tau"), that element is not stated: the highest level it belongs to
    /// decides, the placement is the level below it, and the reply asks that level's criterion.
    /// </summary>
    /// <param name="evaluationYear">The instansi's evaluation year (configuration): a year after it, or after the year the description says it is now, is still to come.</param>
    Placement BelowHedged(int indicatorNumber, string question, bool service, int? evaluationYear, Placement placement)
    {
        if (placement.Level is not int level || level < 2) return placement;
        var hedged = HedgedElements(question, service, _unitsDistinct.Contains(indicatorNumber), StatedYearNow(question)?.Year ?? evaluationYear);
        if (hedged.Count == 0) return placement;
        var deciding = ElementsOf(indicatorNumber).Where(l => l.Level > 1 && l.Elements.Any(hedged.Contains)).Select(l => l.Level).DefaultIfEmpty(0).Max();
        if (deciding == 0 || level < deciding) return placement;
        return placement with { Level = deciding - 1, Decided = false, DecidingLevel = deciding, Lower = null, PointsAt = false, Gap = false };
    }

    /// <summary>
    /// The elements named where the description hedges or asks: the clause a hedge opens (or closes, when nothing follows
    /// it), or a question about an element the rest of the description does not state ("Cukup buat interaksi?" after an
    /// upload and a download described is a confirmation, not a doubt). A clause that asks the level itself ("apakah …
    /// sudah memenuhi tingkat 3") hedges nothing.
    /// </summary>
    HashSet<Element> HedgedElements(string question, bool service, bool unitsDistinct, int? now)
    {
        var hedged = new HashSet<Element>();
        var asked = new HashSet<Element>();
        var statements = new List<string>();
        foreach (System.Text.RegularExpressions.Match m in Sentence().Matches(question))
        {
            var tokens = TextNormalizer.Tokenize(m.Groups[1].Value);
            if (tokens.Count == 0) continue;
            // "Integrasi dengan bank daerah?", "Apakah OSS dihitung kolaborasi?": a question about an element, not the level.
            if (m.Groups[2].Value.Contains('?') && !tokens.Any(LevelAsked.Contains) && (tokens.Count <= 5 || tokens.Any(t => t is "apakah" or "whether" or "atau" or "ato" or "or")))
            {
                asked.UnionWith(Named(tokens));
                continue;
            }
            statements.AddRange(tokens);
            var before = new List<string>();
            foreach (var part in m.Groups[1].Value.Split(','))
                foreach (var clause in Clauses(TextNormalizer.Tokenize(part)))
                {
                    var previous = before;
                    before = clause;
                    // "reviu baru direncanakan tahun depan": what is still to come is not done (its planning is).
                    // "The recommended improvements are scheduled for 2027", evaluated in 2026: a later year is still to come too.
                    // A level named in a statement ("Bappeda klaimnya level 4 karena nanti mau diintegrasi") is no question of it.
                    if ((clause.Any(Future.Contains) || LaterYear(clause, now)) && !(clause.Any(LevelAsked.Contains) && m.Groups[2].Value.Contains('?'))) hedged.UnionWith(Named(clause).Where(e => e is not Element.Planned));
                    var at = DoubtAt(clause);
                    // "apakah … sudah memenuhi tingkat 3?": a question of the level, whatever the comma between.
                    if (at < 0 || clause.Any(LevelAsked.Contains) || clause[at] is "apakah" or "whether" && tokens.Any(LevelAsked.Contains)) continue;
                    var after = Named([.. clause.Skip(at + 1)]);
                    if (after.Count == 0) after = Named([.. clause.Take(at)]);
                    // "… a validation step by the walidata inside the system, but I'm honestly not sure": a doubt that ends
                    // its clause and names nothing is of the clause before it in the same sentence ("ga tau apakah
                    // pengoperasian layanan …" doubts what follows it, not the clause before).
                    hedged.UnionWith(after.Count > 0 || clause.Count - at > 2 ? after : Named(previous));
                }
        }
        if (asked.Count > 0) hedged.UnionWith(asked.Except(Read(statements, service, isCatalog: false, unitsDistinct).Asserted));
        hedged.Remove(Element.Partial);
        return hedged;

        HashSet<Element> Named(List<string> tokens)
        {
            var (a, d) = Read(tokens, service, isCatalog: true, unitsDistinct);
            a.UnionWith(d);
            return a;
        }
    }

    /// <summary>Words before a year that make it the end of a period ("berlaku sampai 2027", "Renstra 2023 s.d. 2027"), not a time to come.</summary>
    static readonly HashSet<string> PeriodEnd = Vocabulary.Words("period-end");

    /// <summary>
    /// A year after <paramref name="now"/> in the clause ("dijadwalkan 2027", "masuk anggaran 2027"), that is no regulation's
    /// year and no end of a period ("2023-2027", "sampai 2027").
    /// </summary>
    static bool LaterYear(IReadOnlyList<string> clause, int? now) =>
        now is int year && Enumerable.Range(0, clause.Count).Any(k => IsYear(clause[k]) && int.Parse(clause[k], System.Globalization.CultureInfo.InvariantCulture) > year
            && !RegulationYear(clause, k) && !(k > 0 && (IsYear(clause[k - 1]) || PeriodEnd.Contains(clause[k - 1]))));

    /// <summary>A sentence and what ends it (so a question is told from a statement).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"([^.;!?\n]+)([.;!?\n]+|$)")]
    private static partial System.Text.RegularExpressions.Regex Sentence();
}
