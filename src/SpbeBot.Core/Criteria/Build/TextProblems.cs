using System.Text.RegularExpressions;

namespace SpbeBot.Core.Criteria.Build;

/// <summary>Traces of the PDF layout that must never reach a quoted text.</summary>
public static partial class TextProblems
{
    /// <summary>The first problem in <paramref name="text"/>, or null when it is clean.</summary>
    public static CatalogProblem? Find(string text)
    {
        if (text.Contains("jdih.menpan", StringComparison.OrdinalIgnoreCase)) return new(CatalogProblemKind.PageFooter);
        if (PageMarker().IsMatch(text)) return new(CatalogProblemKind.PageNumber);
        if (text.Contains("  ", StringComparison.Ordinal) || text != text.Trim()) return new(CatalogProblemKind.UnnormalisedSpaces);
        if (LabelFragment().Match(text) is { Success: true } label) return new(CatalogProblemKind.LabelFragment) { Text = label.Value.Trim() };
        return null;
    }

    /// <summary>"-129-" as a separate token.</summary>
    [GeneratedRegex(@"(?:^|\s)-\d{1,3}-(?:\s|$)")]
    private static partial Regex PageMarker();

    /// <summary>
    /// Word sequences that only arise when the Pedoman's left-column labels ("Kriteria / pemenuhan / Level",
    /// "Kriteria Bukti / Dukung") leak into the text: "Kriteria pemenuhan", "pemenuhan Level", and a
    /// capitalised "Dukung" that is not part of "Bukti Dukung" or "Data Dukung".
    /// </summary>
    [GeneratedRegex(@"\bKriteria\s+pemenuhan\b|\bpemenuhan\s+Level\b|(?<!\b(?:Bukti|Data))\s+Dukung\b")]
    private static partial Regex LabelFragment();
}
