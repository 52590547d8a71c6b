using System.Text.RegularExpressions;

namespace SpbeBot.Core.Evidence.Checking;

/// <summary>
/// What tesseract does to a printed page's layout words, undone before the text is matched (issue 22, wip-19ea): a list
/// number glued to its heading ("3.2Manajemen SPBE" for "3.2 Manajemen SPBE": the element's word no longer stands alone)
/// a chapter's roman numeral glued to "BAB" ("BABI PENDAHULUAN"), and a dot read for the space before a figure ("pada
/// tanggal.6 Januari 2025": the penetapan date read as left blank with dots; "NOMOR.21": the number read as ".21"), and a
/// section's roman numeral read with U or l at a line's start ("UI. PENYEMPURNAAN YANG TELAH DILAKSANAKAN" for "III.", set 28
/// W40). Only these shapes, seen in the tuning sets'
/// scans; the words themselves are left as read. Applied to OCR text only: a text layer says what its author typed.
/// </summary>
static class OcrText
{
    static readonly Regex NumberGluedToWord = new(@"(?<=\d)(?=[A-Z][a-z]{2,})", RegexOptions.CultureInvariant);
    static readonly Regex ChapterGlued = new(@"\bBAB(?=[IVX]{1,4}\b)", RegexOptions.CultureInvariant);
    static readonly Regex DotBeforeFigure = new(@"(?<=[A-Za-z])\.(?=\d)", RegexOptions.CultureInvariant);
    static readonly Regex RomanMisread = new(@"(?<=(?:^|\n)[ \t]*)(?=[IUl]{1,3}\.[ \t]+[A-Z]{3})(?:UI|Ul|IU|Il|lI|IlI|lII|IIl)(?=\.)", RegexOptions.CultureInvariant);

    public static string Repair(string page) =>
        RomanMisread.Replace(DotBeforeFigure.Replace(ChapterGlued.Replace(NumberGluedToWord.Replace(page, " "), "BAB "), " "),
            m => m.Value.Replace("U", "II", StringComparison.Ordinal).Replace('l', 'I'));
}
