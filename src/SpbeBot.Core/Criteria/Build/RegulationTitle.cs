using System.Globalization;
using System.Text.RegularExpressions;

namespace SpbeBot.Core.Criteria.Build;

/// <summary>
/// The cover of a regulation: "PERATURAN/PEDOMAN MENTERI … NOMOR 59 TAHUN 2020 TENTANG …", read into
/// e.g. "Peraturan Menteri PANRB Nomor 59 Tahun 2020 tentang Pemantauan dan Evaluasi Sistem Pemerintahan Berbasis Elektronik".
/// </summary>
public sealed partial record RegulationTitle(string Kind, int Number, int Year, string Subject)
{
    /// <summary>"Peraturan Menteri PANRB Nomor 59 Tahun 2020 tentang …".</summary>
    public string Citation => $"{Kind} Menteri PANRB Nomor {Number} Tahun {Year} tentang {Subject}";

    public static RegulationTitle Parse(string text)
    {
        var lines = LayoutText.SplitLines(text).Take(60).Select(l => l.Trim()).ToArray();
        var kindLine = lines.FirstOrDefault(l => KindLine().IsMatch(l))
            ?? throw new CatalogSourceException(CatalogSourceProblem.NoRegulationKind);
        var numberIndex = Array.FindIndex(lines, l => NumberLine().IsMatch(l));
        if (numberIndex < 0)
            throw new CatalogSourceException(CatalogSourceProblem.NoNumberAndYear);
        var number = NumberLine().Match(lines[numberIndex]);

        // The subject is the block after "TENTANG", up to the first blank line.
        var aboutIndex = Array.FindIndex(lines, numberIndex, l => l == "TENTANG");
        var subject = aboutIndex < 0 ? [] : lines.Skip(aboutIndex + 1).TakeWhile(l => l.Length > 0);

        return new(
            ToTitleCase(KindLine().Match(kindLine).Groups["kind"].Value),
            int.Parse(number.Groups["number"].Value, CultureInfo.InvariantCulture),
            int.Parse(number.Groups["year"].Value, CultureInfo.InvariantCulture),
            ToTitleCase(string.Join(' ', subject)));
    }

    static readonly HashSet<string> LowerCaseWords = ["dan", "atau", "di", "ke", "dari", "yang", "untuk", "tentang", "pada"];

    /// <summary>Indonesian title case: every word capitalised except short function words.</summary>
    static string ToTitleCase(string upper) => string.Join(' ', LayoutText.CollapseSpaces(upper).Split(' ').Select((word, i) =>
    {
        var lower = word.ToLowerInvariant();
        return i > 0 && LowerCaseWords.Contains(lower) ? lower : char.ToUpperInvariant(lower[0]) + lower[1..];
    }));

    [GeneratedRegex(@"^(?<kind>PERATURAN|PEDOMAN)\s+MENTERI\b")]
    private static partial Regex KindLine();

    [GeneratedRegex(@"^NOMOR\s+(?<number>\d+)\s+TAHUN\s+(?<year>\d{4})$")]
    private static partial Regex NumberLine();
}
