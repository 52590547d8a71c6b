using SpbeBot.Core.Criteria;

namespace SpbeBot.Core.Questions;

public sealed partial class SituationReader
{
    /// <summary>Indicators whose ladder is a work programme's ("program kerja": the Tim Koordinasi's), from the catalog's criteria.</summary>
    static HashSet<int> ProgrammeLadders(CriteriaCatalog catalog) =>
        [.. catalog.Indicators.Where(i => i.Levels.Any(l => l.Criterion.Contains("program kerja", StringComparison.OrdinalIgnoreCase))).Select(i => i.Number)];

    /// <summary>
    /// "Program kerja tim … ada sembilan kegiatan, mulai penyusunan arsitektur sampai bimtek", "program kerjanya tahun ini:
    /// penyusunan arsitektur, evaluasi aplikasi, rapat triwulan", "isinya 8 kegiatan (rakor, bimtek, penyusunan SOP, monev
    /// aplikasi, dll)": on a ladder that is a work programme's, the activities listed in it are its contents, not the
    /// ladder's steps — "penyusunan arsitektur" is no draft of the team's work, "monev aplikasi" no review of it, "SOP" no
    /// guideline (before: AZ's i053 and BE's i033 placed 1 for 3, BB's i039 4 for 2). The list — after a word naming the
    /// programme or its activities, opened by ":", "(", "mulai", "isinya", "antara lain", "seperti", "yaitu", "such as",
    /// "including", up to ")", the sentence's end, ", (dan) semua(nya)" or a word that says how things stand ("sudah", "belum",
    /// "tapi": a list never holds the description's own verdict) — is left out of the reading.
    /// </summary>
    /// <remarks>
    /// An item that is a step of the ladder's own criteria applied to the programme itself stays (review m36qs): "reviu dan
    /// evaluasi program kerja oleh Bappeda", "hasilnya dipakai untuk perbaikan program kerja 2026", "perbaikan renja 2026"
    /// are the Pedoman's level 4 ("tugas/program kerja … telah dilakukan reviu dan evaluasi") and level 5 ("ditindaklanjuti
    /// melalui perbaikan tugas/program kerja"), not contents of the programme. Such an item names an element of this
    /// ladder's levels 2–5 other than its planning and the programme (<c>[words programme-self]</c>: "program kerja", "renja", "tugas tim"); "monev
    /// aplikasi" names a review but not the programme, so it goes. Items are the list's comma-separated parts.
    /// </remarks>
    string WithoutProgrammeItems(int indicatorNumber, string question)
    {
        if (!_programmeLadders.Contains(indicatorNumber)) return question;
        // The programme's own name reads as planned ("renja", "program"): that step is no work on the programme.
        var steps = ElementsOf(indicatorNumber).Where(l => l.Level > 1).SelectMany(l => l.Elements).Where(e => e is not Element.Planned).ToHashSet();
        return ProgrammeItemList().Replace(question, m =>
        {
            var kept = m.Groups["items"].Value.Split([',', ';']).Where(item => OwnStep(item, steps)).ToList();
            return m.Groups["head"].Value + " " + string.Join(", ", kept.Select(i => i.Trim()));
        });
    }

    /// <summary>"reviu dan evaluasi program kerja", "perbaikan renja 2026": an item naming one of <paramref name="steps"/> and the programme itself.</summary>
    bool OwnStep(string item, HashSet<Element> steps)
    {
        var tokens = TextNormalizer.Tokenize(item);
        if (!ProgrammeSelf.Any(words => Enumerable.Range(0, Math.Max(0, tokens.Count - words.Length + 1)).Any(i => words.Select((w, k) => tokens[i + k] == w).All(b => b))))
            return false;
        var (asserted, denied) = Read(tokens, service: false, isCatalog: true);
        return asserted.Union(denied).Any(steps.Contains);
    }

    /// <summary>The programme itself named: <c>[words programme-self]</c>.</summary>
    static readonly string[][] ProgrammeSelf = [.. Vocabulary.Words("programme-self").Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries))];

    [System.Text.RegularExpressions.GeneratedRegex(
        @"(?<head>\b(program\s+kerja\w*|kegiatan\w*|work\s+program(me)?s?|activities)\b[^.;:()!?\n]{0,60}?(:|\(|\bmulai\b|\bisinya\b|\bantara\s+lain\b|\bseperti\b|\byaitu\b|\bsuch\s+as\b|\bincluding\b))(?<items>[^.;()!?\n]*?)(?=\)|[.;!?\n]|,\s*(dan\s+|and\s+)?(semua|semuanya|all)\b|\b(tapi|tetapi|tp|namun|but|however|sudah|sdh|udah|udh|telah|belum|blm|tidak|tdk|gak|ga|not|have|has|were|was|are|is)\b|$)",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ProgrammeItemList();
}
