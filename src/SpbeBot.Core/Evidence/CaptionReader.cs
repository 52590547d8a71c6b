using System.Text.RegularExpressions;
using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions;

namespace SpbeBot.Core.Evidence;

/// <summary>
/// What an upload's caption says about where the file belongs: "bukti 32 L4", "ind 12 lvl 4 notulen reviu",
/// "11 4 butir 2", "32 L4 lainnya", "bukti 32 L4 opd Bappeda". Invalid numbers are reported, not guessed at.
/// </summary>
/// <param name="Item">1-based evidence item, 0 for "lainnya"; null when the caption does not say.</param>
/// <param name="OpdText">The OPD named after "opd" (coordinators file for any OPD), as written.</param>
/// <param name="Words">What is left of the caption for matching an item ("notulen reviu").</param>
public sealed record FilingIntent(int? Indicator, int? Level, int? Item, string? OpdText, IReadOnlyList<string> Words,
    int? InvalidIndicator = null, int? InvalidLevel = null, int? InvalidItem = null)
{
    public static readonly FilingIntent None = new(null, null, null, null, []);
    public bool IsInvalid => InvalidIndicator is not null || InvalidLevel is not null || InvalidItem is not null;
}

public static partial class CaptionReader
{
    [GeneratedRegex(@"\bopd\s*:?\s*(?<opd>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex OpdPart();

    [GeneratedRegex(@"\b(?:butir|item|poin|point|nomor|no\.?)\s*(?<n>\d{1,3})\b", RegexOptions.IgnoreCase)]
    private static partial Regex ItemPart();

    [GeneratedRegex(@"\b(?:lain|lainnya|lain-lain|other|others)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherPart();

    // Words that say "this is evidence" or name numbers, not which item it is.
    static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "bukti", "dukung", "data", "ind", "indikator", "indicator", "lvl", "level", "tingkat", "untuk", "dan", "yang", "di",
        "ke", "berkas", "file", "evidence", "for", "the", "of", "and", "utk", "dgn", "dengan", "pada", "tahun",
    };

    public static FilingIntent Read(string? caption, CriteriaCatalog catalog)
    {
        var text = (caption ?? "").Trim();
        if (text.Length == 0 || text.Length > QuestionParser.MaxLength) return FilingIntent.None;

        string? opd = null;
        if (OpdPart().Match(text) is { Success: true } o)
        {
            opd = o.Groups["opd"].Value.Trim();
            text = text[..o.Index];
        }
        int? item = null;
        if (ItemPart().Match(text) is { Success: true } m)
        {
            item = int.Parse(m.Groups["n"].Value);
            text = text.Remove(m.Index, m.Length);
        }
        else if (OtherPart().Match(text) is { Success: true } other)
        {
            item = 0;
            text = text.Remove(other.Index, other.Length);
        }

        // Only numbers the uploader wrote count; a caption's topic words ("notulen rapat") must not pick an indicator.
        var understanding = text.Any(char.IsDigit) || HasRomanLevel(text) ? QuestionParser.For(catalog.Framework).Parse(text) : null;
        var words = TextNormalizer.Tokenize(text).Where(w => w.Length >= 3 && !Filler.Contains(w) && !w.Any(char.IsDigit)).ToList();
        if (understanding is { Reason: NotFoundReason.UnknownIndicator })
            return new FilingIntent(null, null, item, opd, words, InvalidIndicator: understanding.InvalidNumber);
        if (understanding is { Reason: NotFoundReason.LevelOutOfRange })
            return new FilingIntent(understanding.Indicator, null, item, opd, words, InvalidLevel: understanding.InvalidNumber);

        var indicator = understanding?.Indicator;
        var level = indicator is null ? null : understanding?.Level;
        if (indicator is int i && level is int l)
        {
            var items = catalog.FindIndicator(i)?.Level(l)?.Evidence ?? [];
            if (item > items.Count) return new FilingIntent(i, l, null, opd, words, InvalidItem: item);
            item ??= MatchItem(items, words);
        }
        return new FilingIntent(indicator, level, item, opd, words);
    }

    /// <summary>
    /// The evidence item the words point to: a level with one item needs no words; otherwise the item sharing the most
    /// word stems with the caption, if it is the only best one.
    /// </summary>
    public static int? MatchItem(IReadOnlyList<string> items, IReadOnlyList<string> words)
    {
        if (items.Count == 1) return 1;
        if (items.Count == 0 || words.Count == 0) return null;
        var scores = items.Select(text =>
        {
            var itemWords = TextNormalizer.Tokenize(text);
            return words.Count(w => itemWords.Any(iw => SameStem(w, iw)));
        }).ToList();
        var best = scores.Max();
        return best > 0 && scores.Count(s => s == best) == 1 ? scores.IndexOf(best) + 1 : null;
    }

    // "notulen" ~ "notulensi", "reviu" ~ "reviu/evaluasi": a shared start of at least 5 letters (or the whole short word).
    static bool SameStem(string a, string b)
    {
        var common = 0;
        while (common < a.Length && common < b.Length && a[common] == b[common]) common++;
        return common >= Math.Min(5, Math.Min(a.Length, b.Length)) && common >= 4;
    }

    static bool HasRomanLevel(string text) => Regex.IsMatch(text, @"\b(?:level|lvl|tingkat|l)\s*(?:i|ii|iii|iv|v)\b", RegexOptions.IgnoreCase);
}
