using SpbeBot.Core.Criteria;

namespace SpbeBot.Core.Questions;

/// <summary>
/// Self-assessment: places a described situation ("Perwal manajemen data kami sudah ditetapkan, tapi belum pernah
/// direviu — level berapa?") at a level of one indicator. The elements of each level are read from the catalog's own
/// criterion texts (which of a fixed set of notions — draft, established, planned, guideline, partial, complete,
/// consulted, integrated, strategy, reviewed, followed up, external auditor, information / interaction / transaction
/// service — each level's criterion adds); the description is read for the same notions, each asserted or denied
/// ("belum", "tanpa", "not yet"). The level given is the highest one whose elements the description asserts, capped
/// below the first level whose element it denies; where the description leaves the next level open, the reply names
/// that level's criterion and asks. Nothing here is a hand-written answer.
/// </summary>
public sealed class SituationReader
{
    /// <summary>The notions a level's criterion can add.</summary>
    public enum Element { Draft, Established, Planned, Guideline, Partial, Complete, Consulted, Integrated, Strategy, Reviewed, FollowedUp, External, Information, Interaction, Transaction }

    sealed record Notion(Element Element, string[] Stems, string[] Exact, bool Process, bool Service);

    // Stems match inside a token ("direviu" ⊃ "reviu"); exact words match whole tokens only.
    static readonly Notion[] Notions =
    [
        new(Element.Draft, ["konsep", "rancang", "ranperbup", "ranperwal", "ranperkada", "ranpergub", "raperbup", "raperwal", "adhoc"], ["draft", "draf", "drafnya", "sporadis", "sewaktu"], true, false),
        new(Element.Established, ["ditetapkan", "penetapan", "disahkan", "pengesahan", "diundangkan", "ditandatangani", "diterbitkan", "tersedia", "terbentuk", "dibentuk"],
            ["final", "terbit", "established", "enacted", "signed", "issued", "adopted", "approved", "ditetapkannya"], true, false),
        new(Element.Planned, ["terencana", "terarah", "perencanaan", "direncanakan", "terjadwal", "dijadwalkan"], ["planned", "planning", "scheduled", "renja", "proker"], true, false),
        new(Element.Guideline, ["pedoman", "standar", "mengacu", "juknis", "guideline", "standard", "siklus"], ["sop", "baku", "iso", "sni", "nist", "cobit", "itil", "standards"], true, false),
        new(Element.Partial, ["sebagian"], ["beberapa", "partial", "partially", "some", "part"], true, true),
        new(Element.Complete, ["seluruh", "lengkap", "menyeluruh"], ["semua", "all", "complete", "completely", "entire", "every", "full", "fully", "whole"], true, true),
        new(Element.Consulted, ["konsultasi", "dikonsultasikan"], ["consulted", "consultation"], true, false),
        new(Element.Integrated, ["integrasi", "interkoneksi", "terhubung", "keterhubungan", "terpadu", "keterpaduan", "nasional", "keselarasan", "selaras", "kolaborasi", "berkolaborasi"],
            ["pdn", "integrated", "connected", "interconnected", "national", "aligned", "collaboration", "bridging", "api"], true, true),
        new(Element.Strategy, ["strategi", "strategis", "komite"], ["strategy", "strategic", "committee"], true, false),
        new(Element.Reviewed, ["reviu", "review", "evaluasi", "dievaluasi", "monev"], ["evaluated", "reviewed"], true, true),
        new(Element.FollowedUp, ["ditindaklanjuti", "tindaklanjut", "perbaikan", "diperbaiki", "pemutakhiran", "dimutakhirkan", "revisi", "direvisi", "penyempurnaan", "disempurnakan", "kebijakan baru", "tindak lanjut", "dikembangkan secara optimal"],
            ["improved", "improvement", "improvements", "updated", "revised", "follow", "followed"], true, true),
        new(Element.External, ["eksternal", "sertifikasi", "bersertifikat", "tersertifikasi"], ["external", "certified", "independen", "independent"], true, false),
        new(Element.Information, ["informasi"], ["info", "information", "informational", "publikasi"], false, true),
        new(Element.Interaction, ["interaksi", "unggah", "unduh", "pencarian", "upload", "download"], ["interaction", "interactive", "search"], false, true),
        new(Element.Transaction, ["transaksi", "validasi", "persetujuan", "approval", "transaction"], ["transactional", "verifikasi", "verification", "tte"], false, true),
    ];

    static readonly HashSet<string> Negators = ["belum", "tidak", "tanpa", "bukan", "not", "no", "never", "without", "yet", "blum", "tdk", "kurang"];
    /// <summary>Words that start a new clause for negation: "belum direviu, tapi sudah ditetapkan".</summary>
    static readonly HashSet<string> ClauseBreaks = ["tapi", "tetapi", "namun", "sudah", "telah", "already", "but", "however", "sedangkan", "serta", "dan", "and", "padahal"];
    static readonly HashSet<string> PolicyDocuments = ["perbup", "perwal", "perwali", "pergub", "perkada", "perda", "sk", "keputusan", "peraturan", "se", "edaran", "regulation", "decree"];

    /// <summary>What a level's criterion adds, for one indicator.</summary>
    public sealed record LevelElements(int Level, IReadOnlySet<Element> Elements);

    readonly Dictionary<int, IReadOnlyList<LevelElements>> _byIndicator = [];

    public SituationReader(CriteriaCatalog catalog)
    {
        foreach (var indicator in catalog.Indicators)
        {
            var service = indicator.Ladder == "layanan";
            // Words of the indicator's own name are its topic, not a level's element ("Kolaborasi Penerapan SPBE").
            var (ofName, _) = Read(TextNormalizer.Tokenize(indicator.Name), service, isCatalog: true);
            var levels = new List<LevelElements>();
            var seen = new HashSet<Element>();
            foreach (var level in indicator.Levels.OrderBy(l => l.Level))
            {
                var text = level.Criterion;
                // Enumerations in parentheses list contents ("(perencanaan, pengadaan, …)"), not maturity notions.
                text = System.Text.RegularExpressions.Regex.Replace(text, @"\([^)]*\)", " ");
                // "Kriteria tingkat 2 telah terpenuhi dan …": only what this level adds.
                text = System.Text.RegularExpressions.Regex.Replace(text, @"Kriteria tingkat \d telah terpenuhi[,.]?( (dan|serta))?", " ", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
                text = text.Replace("belum atau telah", " ", StringComparison.OrdinalIgnoreCase).Replace("belum atau sudah", " ", StringComparison.OrdinalIgnoreCase);
                var elements = new HashSet<Element>();
                foreach (var sentence in text.Split(['.', ';'], StringSplitOptions.RemoveEmptyEntries))
                {
                    var tokens = TextNormalizer.Tokenize(sentence);
                    var (asserted, denied) = Read(tokens, service, isCatalog: true);
                    // A level's "Kondisi: … belum … lengkap" is the partial state of that level.
                    if (denied.Contains(Element.Complete)) elements.Add(Element.Partial);
                    elements.UnionWith(asserted);
                }
                elements.ExceptWith(ofName);
                if (level.Level == 1)
                {
                    elements.IntersectWith([Element.Draft, Element.Information, Element.Partial]);
                    if (!service) elements.Add(Element.Draft);
                }
                // "Tersedia"/"terbentuk" above level 2 restates an earlier level; it is not new there.
                if (level.Level > 2) elements.Remove(Element.Established);
                if (level.Level >= 2) elements.Remove(Element.Draft);
                // Only what this level adds to the ones below.
                var added = new HashSet<Element>(elements.Except(seen));
                if (added.Count == 0) added = elements;
                seen.UnionWith(elements);
                levels.Add(new LevelElements(level.Level, added));
            }
            _byIndicator[indicator.Number] = levels;
        }
        _nameElements = catalog.Indicators.ToDictionary(i => i.Number, i => (IReadOnlySet<Element>)Read(TextNormalizer.Tokenize(i.Name), i.Ladder == "layanan", true).Asserted);
    }

    readonly Dictionary<int, IReadOnlySet<Element>> _nameElements;

    public IReadOnlyList<LevelElements> ElementsOf(int indicator) => _byIndicator.TryGetValue(indicator, out var l) ? l : [];

    /// <summary>Where the description places the indicator.</summary>
    /// <param name="Level">The highest level the description supports (null: it supports none).</param>
    /// <param name="Decided">True when the description also rules out the next level (or the level is 5).</param>
    /// <param name="DecidingLevel">The level whose criterion decides when not decided (usually Level + 1).</param>
    public sealed record Placement(int? Level, bool Decided, int? DecidingLevel, IReadOnlyList<Element> Asserted, IReadOnlyList<Element> Denied);

    public Placement Place(int indicatorNumber, IReadOnlyList<string> tokens, bool service)
    {
        var levels = ElementsOf(indicatorNumber);
        var (asserted, denied) = Read(tokens, service, isCatalog: false);
        if (_nameElements.TryGetValue(indicatorNumber, out var ofName)) { asserted.ExceptWith(ofName); denied.ExceptWith(ofName); }
        // "belum semua OPD", "tidak lengkap": partial.
        if (denied.Remove(Element.Complete)) asserted.Add(Element.Partial);
        if (asserted.Contains(Element.Partial)) asserted.Remove(Element.Complete);
        // Documents named as existing ("perbup kami mengatur …") are established unless called a draft or denied.
        if (!service && !asserted.Contains(Element.Draft) && !denied.Contains(Element.Established) && HasPolicyDocument(tokens)) asserted.Add(Element.Established);
        // A followed-up review implies the review.
        if (asserted.Contains(Element.FollowedUp)) asserted.Add(Element.Reviewed);

        var usable = levels.Where(l => l.Elements.Count > 0).ToList();
        // The highest level whose every element is asserted.
        var low = 0;
        foreach (var l in usable)
            if (l.Elements.All(e => asserted.Contains(e) || Implied(e, asserted, l.Level, levels))) low = Math.Max(low, l.Level);
        // The first level above `low` with a denied element caps the placement.
        int? cap = null;
        foreach (var l in usable.Where(l => l.Level > low).OrderBy(l => l.Level))
            if (l.Elements.Any(denied.Contains) || (asserted.Contains(Element.Partial) && l.Elements.Contains(Element.Complete)) || (asserted.Contains(Element.Draft) && l.Level == 2))
            { cap = l.Level - 1; break; }
        if (cap is int c && c < low) low = c;

        if (low == 0 && cap is null && asserted.Count == 0)
            return new Placement(null, false, usable.Count > 0 ? usable[0].Level : 1, [.. asserted], [.. denied]);
        if (low == 0) low = 1; // whatever is described meets level 1 ("belum atau telah …")
        var decided = low >= 5 || cap is int k && k <= low;
        return new Placement(low, decided, decided ? null : low + 1, [.. asserted], [.. denied]);
    }

    /// <summary>An element the description need not repeat: Partial at the level it belongs to when Complete is asserted.</summary>
    static bool Implied(Element e, HashSet<Element> asserted, int level, IReadOnlyList<LevelElements> levels) =>
        e == Element.Partial && asserted.Contains(Element.Complete)
        || e == Element.Established && (asserted.Contains(Element.Reviewed) || asserted.Contains(Element.Complete) || asserted.Contains(Element.Guideline))
        || e == Element.Planned && (asserted.Contains(Element.Guideline) || asserted.Contains(Element.Reviewed))
        || e == Element.Information && (asserted.Contains(Element.Interaction) || asserted.Contains(Element.Transaction))
        || e == Element.Interaction && asserted.Contains(Element.Transaction);

    static bool HasPolicyDocument(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
            if (PolicyDocuments.Contains(tokens[i]) && !Negated(tokens, i)) return true;
        return false;
    }

    (HashSet<Element> Asserted, HashSet<Element> Denied) Read(IReadOnlyList<string> tokens, bool service, bool isCatalog)
    {
        var asserted = new HashSet<Element>();
        var denied = new HashSet<Element>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            var pair = i + 1 < tokens.Count ? t + " " + tokens[i + 1] : null;
            var triple = i + 2 < tokens.Count ? pair + " " + tokens[i + 2] : null;
            foreach (var n in Notions)
            {
                if (service ? !n.Service : !n.Process) continue;
                var hit = n.Exact.Contains(t) || n.Stems.Any(s => s.Contains(' ') ? s == pair || s == triple : t.Contains(s, StringComparison.Ordinal));
                if (!hit) continue;
                if (Negated(tokens, i, isCatalog ? 12 : 3)) denied.Add(n.Element); else asserted.Add(n.Element);
            }
            // "baru 3 OPD", "baru sebagian", "hanya 2 dinas": partial.
            if (!isCatalog && t is "baru" or "hanya" or "only" && i + 1 < tokens.Count && (tokens[i + 1].All(char.IsAsciiDigit) || ChatVocabulary.NumberWords.ContainsKey(tokens[i + 1]) || tokens[i + 1] is "beberapa" or "sebagian" or "some" or "di"))
                asserted.Add(Element.Partial);
        }
        return (asserted, denied);
    }

    static bool Negated(IReadOnlyList<string> tokens, int i, int window = 3)
    {
        for (var k = i - 1; k >= Math.Max(0, i - window); k--)
        {
            if (Negators.Contains(tokens[k])) return true;
            if (window <= 3 && ClauseBreaks.Contains(tokens[k])) return false;
        }
        return false;
    }
}
