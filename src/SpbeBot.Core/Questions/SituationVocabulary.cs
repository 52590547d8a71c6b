namespace SpbeBot.Core.Questions;

/// <summary>
/// The words <see cref="SituationReader"/> reads with, from <c>Questions/Situations/situation-vocabulary.txt</c>
/// (embedded; its head documents the format): the notions a level's criterion can add, each with the ladders it
/// belongs to, its stems and whole words, and the named word sets (negators, limiting words, …).
/// </summary>
public sealed class SituationVocabulary
{
    public sealed record ElementWords(SituationReader.Element Element, string[] Stems, string[] Exact, bool Process, bool Service);

    public IReadOnlyList<ElementWords> Elements { get; }
    readonly Dictionary<string, HashSet<string>> _words;

    SituationVocabulary(IReadOnlyList<ElementWords> elements, Dictionary<string, HashSet<string>> words) { Elements = elements; _words = words; }

    /// <summary>The word set of that name; a missing set is an error of the file, not an empty set.</summary>
    public HashSet<string> Words(string name) => _words.TryGetValue(name, out var set)
        ? new HashSet<string>(set, StringComparer.Ordinal)
        : throw new InvalidDataException($"situation-vocabulary.txt: the section [words {name}] is missing.");

    /// <summary>The word sets whose names start with <paramref name="prefix"/>, by the rest of the name ("usual-names-…").</summary>
    public IEnumerable<(string NameRest, HashSet<string> Words)> WordsStartingWith(string prefix) =>
        _words.Where(w => w.Key.StartsWith(prefix, StringComparison.Ordinal)).OrderBy(w => w.Key, StringComparer.Ordinal)
            .Select(w => (w.Key[prefix.Length..], new HashSet<string>(w.Value, StringComparer.Ordinal)));

    public const string ResourceName = "situations/situation-vocabulary.txt";

    public static SituationVocabulary Load() => Parse(EmbeddedLexicon.ReadText(ResourceName));

    /// <summary>Reads the format of situation-vocabulary.txt; any line it does not understand is an error naming the line.</summary>
    public static SituationVocabulary Parse(string text)
    {
        var elements = new List<ElementWords>();
        var words = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        string? kind = null, name = null, key = null;
        var lineNumber = 0;
        var headerAt = 0;
        // Per element: ladder, stems, exact.
        var fields = new Dictionary<string, List<string>>(StringComparer.Ordinal);

        void Close()
        {
            if (kind != "element") return;
            if (!Enum.TryParse<SituationReader.Element>(name, ignoreCase: false, out var element))
                throw new InvalidDataException($"situation-vocabulary.txt line {headerAt}: unknown element '{name}'.");
            if (elements.Any(e => e.Element == element)) throw new InvalidDataException($"situation-vocabulary.txt line {headerAt}: element '{name}' given twice.");
            var ladder = fields.TryGetValue("ladder", out var l) && l.Count == 1 ? l[0] : throw new InvalidDataException($"situation-vocabulary.txt: element '{name}' needs one 'ladder = process|service|both'.");
            if (ladder is not ("process" or "service" or "both")) throw new InvalidDataException($"situation-vocabulary.txt: element '{name}' has ladder '{ladder}'.");
            elements.Add(new ElementWords(element, [.. fields.GetValueOrDefault("stems") ?? []], [.. fields.GetValueOrDefault("exact") ?? []],
                ladder is "process" or "both", ladder is "service" or "both"));
            fields.Clear();
        }

        static IEnumerable<string> Items(string list) =>
            list.Split(',').Select(i => string.Join(' ', i.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant()).Where(i => i.Length > 0);

        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var hash = raw.IndexOf('#', StringComparison.Ordinal);
            var line = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (line.Length == 0) continue;
            if (line[0] == '[')
            {
                Close();
                var head = line.Trim('[', ']').Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (head.Length != 2 || head[0] is not ("element" or "words"))
                    throw new InvalidDataException($"situation-vocabulary.txt line {lineNumber}: expected [element NAME] or [words NAME].");
                (kind, name, key, headerAt) = (head[0], head[1], null, lineNumber);
                if (kind == "words")
                {
                    if (words.ContainsKey(name)) throw new InvalidDataException($"situation-vocabulary.txt line {lineNumber}: [words {name}] given twice.");
                    words[name] = new HashSet<string>(StringComparer.Ordinal);
                }
                continue;
            }
            switch (kind)
            {
                case "words":
                    words[name!].UnionWith(Items(line));
                    break;
                case "element":
                    var eq = line.IndexOf('=', StringComparison.Ordinal);
                    if (eq > 0 && line[..eq].Trim() is "ladder" or "stems" or "exact")
                    {
                        key = line[..eq].Trim();
                        line = line[(eq + 1)..];
                    }
                    else if (key is null) throw new InvalidDataException($"situation-vocabulary.txt line {lineNumber}: expected 'ladder =', 'stems =' or 'exact ='.");
                    if (!fields.TryGetValue(key, out var list)) fields[key] = list = [];
                    list.AddRange(Items(line));
                    break;
                default:
                    throw new InvalidDataException($"situation-vocabulary.txt line {lineNumber}: outside a section.");
            }
        }
        Close();
        return new SituationVocabulary(elements, words);
    }
}
