using System.Text.RegularExpressions;

namespace SpbeBot.Core.Criteria.Build;

/// <summary>
/// The numbered tables of a regulation text: a caption line "Tabel 7 Bobot Domain" and the lines up to
/// the next caption. Only captions start a line with "Tabel n" followed by a capitalised title, so
/// references in the prose ("pada Tabel 1.", "Tabel 11 mendeskripsikan …") are not taken for captions.
/// </summary>
public sealed partial class TableCaptions
{
    public sealed record Table(int Number, string Caption, IReadOnlyList<string> Body);

    readonly List<Table> tables;

    TableCaptions(List<Table> tables) => this.tables = tables;

    public static TableCaptions Find(string[] lines)
    {
        var captions = new List<(int Line, int Number, string Caption)>();
        for (var i = 0; i < lines.Length; i++)
            if (Caption().Match(lines[i]) is { Success: true } m)
                captions.Add((i, int.Parse(m.Groups["number"].Value), LayoutText.CollapseSpaces(lines[i])));

        var tables = new List<Table>();
        for (var c = 0; c < captions.Count; c++)
        {
            var end = c + 1 < captions.Count ? captions[c + 1].Line : lines.Length;
            var body = lines[(captions[c].Line + 1)..end];
            // A table number is used once; a later caption with the same number would be a different document part.
            if (tables.All(t => t.Number != captions[c].Number))
                tables.Add(new(captions[c].Number, captions[c].Caption, body));
        }
        return new(tables);
    }

    public IReadOnlyList<string> Body(int number) =>
        tables.FirstOrDefault(t => t.Number == number)?.Body
        ?? throw new CatalogSourceException(CatalogSourceProblem.TableNotFound, number);

    public IReadOnlyList<Table> WithCaptionContaining(string words) =>
        tables.Where(t => t.Caption.Contains(words, StringComparison.OrdinalIgnoreCase)).ToList();

    [GeneratedRegex(@"^\s*Tabel\s+(?<number>\d{1,2})\s+\p{Lu}")]
    private static partial Regex Caption();
}
