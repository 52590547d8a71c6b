using System.Text;

namespace SpbeBot.Core.Storage;

/// <summary>
/// Enums are stored as readable kebab-case text checked by the schema: PlanStatus.InProgress ↔ "in-progress",
/// PersonRole.TimKoordinasi ↔ "tim-koordinasi".
/// </summary>
public static class DbEnum
{
    public static string ToText<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i])) text.Append('-');
            text.Append(char.ToLowerInvariant(name[i]));
        }
        return text.ToString();
    }

    /// <summary>Parses "in-progress", "InProgress", "in_progress" or "in progress"; null when it is none of the values.</summary>
    public static T? Parse<T>(string? text) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var compact = text.Replace("-", "").Replace("_", "").Replace(" ", "");
        return Enum.TryParse<T>(compact, ignoreCase: true, out var value) && Enum.IsDefined(value) ? value : null;
    }

    public static IReadOnlyList<string> AllTexts<T>() where T : struct, Enum => Enum.GetValues<T>().Select(ToText).ToList();
}
