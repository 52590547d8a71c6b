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
    string WithoutProgrammeItems(int indicatorNumber, string question) =>
        _programmeLadders.Contains(indicatorNumber) ? ProgrammeItemList().Replace(question, m => m.Groups["head"].Value + " ") : question;

    [System.Text.RegularExpressions.GeneratedRegex(
        @"(?<head>\b(program\s+kerja\w*|kegiatan\w*|work\s+program(me)?s?|activities)\b[^.;:()!?\n]{0,60}?(:|\(|\bmulai\b|\bisinya\b|\bantara\s+lain\b|\bseperti\b|\byaitu\b|\bsuch\s+as\b|\bincluding\b))(?<items>[^.;()!?\n]*?)(?=\)|[.;!?\n]|,\s*(dan\s+|and\s+)?(semua|semuanya|all)\b|\b(tapi|tetapi|tp|namun|but|however|sudah|sdh|udah|udh|telah|belum|blm|tidak|tdk|gak|ga|not|have|has|were|was|are|is)\b|$)",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ProgrammeItemList();
}
