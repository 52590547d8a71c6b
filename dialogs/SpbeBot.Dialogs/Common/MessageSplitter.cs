namespace SpbeBot.Dialogs.Common;

/// <summary>Splits long text into chat-sized parts at paragraph, then line, then word boundaries.</summary>
public static class MessageSplitter
{
    public static IReadOnlyList<string> Split(string text, int max)
    {
        var parts = new List<string>();
        var rest = text.Trim();
        while (rest.Length > max)
        {
            var cut = LastBreak(rest, max, "\n\n") ?? LastBreak(rest, max, "\n") ?? LastBreak(rest, max, " ") ?? max;
            parts.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart();
        }
        if (rest.Length > 0 || parts.Count == 0) parts.Add(rest);
        return parts;
    }

    static int? LastBreak(string text, int max, string separator)
    {
        var at = text.LastIndexOf(separator, max - 1, StringComparison.Ordinal);
        return at > max / 3 ? at : null;
    }
}
