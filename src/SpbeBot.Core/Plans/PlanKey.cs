using System.Text;

namespace SpbeBot.Core.Plans;

/// <summary>
/// The natural key of a plan item: framework, year, indicator, service name and the normalised action text.
/// Why the action: one indicator often has several actions in one year (one row each in the spreadsheet),
/// so (framework, year, indicator, service) alone would merge them. Normalising (case, punctuation, spacing)
/// means retyping "Membuat Kebijakan  SPBE." as "membuat kebijakan SPBE" still updates the same item; rewording
/// the action creates a new item — the coordinator can cancel the old one.
/// </summary>
public static class PlanKey
{
    public static string NormalizeAction(string? action)
    {
        if (string.IsNullOrWhiteSpace(action)) return "";
        var text = new StringBuilder(action.Length);
        foreach (var c in action.ToLowerInvariant()) text.Append(char.IsLetterOrDigit(c) ? c : ' ');
        return string.Join(' ', text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Service name as stored: trimmed, '' for none (so it can be part of the unique key).</summary>
    public static string NormalizeService(string? serviceName) => serviceName?.Trim() ?? "";

    public static string Of(string framework, int year, int indicator, string? serviceName, string? action) =>
        $"{framework.Trim().ToLowerInvariant()}|{year}|{indicator}|{NormalizeService(serviceName).ToLowerInvariant()}|{NormalizeAction(action)}";

    public static string Of(PlanItemDraft d) => Of(d.Framework, d.Year, d.Indicator, d.ServiceName, d.Action);
}
