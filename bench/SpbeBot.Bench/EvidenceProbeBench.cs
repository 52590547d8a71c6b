using System.Text.RegularExpressions;
using SpbeBot.Core.Criteria;
using SpbeBot.Core.Criteria.Elements;
using SpbeBot.Core.Evidence.Checking;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Bench;

/// <summary>
/// The mention probe (issue 22, wip-20ea's probe made reproducible): every document of a set with an expected level 0–4
/// (not another indicator's or another Pemda's) gets ONE added sentence naming the next level's elements without meeting
/// them — a plan, a denial, a follow-up plan, a proposal — inserted before its closing date line. A verdict above the
/// author's expected level is a level lifted by a mention. The sentences are built in memory from the criterion
/// elements; the altered text goes to a temporary PDF, nothing is written into the set.
/// wip-29ep: also a heading or table of contents naming the elements, another instansi's act quoted, a regulation requiring them.
/// Usage: evidence-probe --set DIR [--year 2026] [--instansi NAME|auto] [--mixed] [--framework spbe-2024]
/// (--mixed: one template per document in turn, as wip-20ea ran it; default: every template on every document)
/// </summary>
static class EvidenceProbeBench
{
    internal static readonly (string Name, string Sentence)[] Templates =
    [
        ("akan", "Ke depan, {0} akan dilaksanakan pada tahun 2027."),
        ("belum", "Sampai saat ini {0} belum dilaksanakan."),
        ("rencana", "Rencana tindak lanjut tahun 2027: {0}."),
        ("usul", "Diusulkan agar {0} dilakukan pada tahun berikutnya."),
        // wip-24ev: a target, a schedule, a deadline and a flat denial, the other ways a text names what is not yet there.
        ("target", "Target tahun 2027: {0}."),
        ("jadwal", "Kegiatan {0} dijadwalkan pada triwulan I tahun 2027."),
        ("lambat", "Kegiatan {0} diselesaikan paling lambat Desember 2027."),
        ("tidak", "Pada tahun ini tidak ada {0}."),
        // wip-29ep: a document that only names the element — a heading or a table of contents with nothing under it,
        // another instansi's act quoted as done there, a regulation that requires it (in capitals: {1}).
        ("judul", "BAB III {1}"),
        ("daftar-isi", "DAFTAR ISI\n   BAB I PENDAHULUAN .......... 1\n   BAB II {1} .......... 4"),
        ("instansi-lain", "Kutipan Peraturan Gubernur Jawa Tengah Nomor 12 Tahun 2023: di lingkungan Pemerintah Provinsi Jawa Tengah telah dilaksanakan {0}."),
        ("rujukan", "Sesuai Peraturan Menteri PANRB Nomor 59 Tahun 2020, {0} wajib dilaksanakan."),
    ];

    /// <summary>The criterion's words for the elements with no term of their own.</summary>
    static readonly Dictionary<string, string> KindWords = new()
    {
        ["review"] = "reviu dan evaluasi berkala dengan isu dan rekomendasi",
        ["improvement"] = "perbaikan dan pemutakhiran sebagai tindak lanjut hasil reviu",
        ["followup"] = "kebijakan baru sebagai tindak lanjut hasil reviu",
        ["scope-all"] = "penerapan ke seluruh perangkat daerah",
        ["integration"] = "integrasi dengan Instansi Pusat dan Pemerintah Daerah lain",
    };

    static readonly Regex Closing = new(@"^\s*[A-Z][A-Za-z .\-]+,\s*\d{1,2}\s+[A-Za-z]+\s+\d{4}\s*$", RegexOptions.CultureInvariant);

    public static async Task<int> Run(string[] args)
    {
        var set = EvidenceCheckBench.Arg(args, "--set") ?? throw new ArgumentException("evidence-probe needs --set DIR (a tuning set, by name)");
        var year = BenchArgs.Int(args, "--year", 2026);
        var asOf = EvidenceCheckBench.AsOf(args, set);
        var framework = EvidenceCheckBench.Arg(args, "--framework") ?? CatalogStore.DefaultFramework;
        var mixed = args.Contains("--mixed");
        var docs = Directory.Exists(Path.Combine(set, "docs")) ? Path.Combine(set, "docs") : set;
        var rows = EvidenceCheckBench.ReadTsv(Path.Combine(set, "expected.tsv"));
        var instansiArg = EvidenceCheckBench.Arg(args, "--instansi") ?? "auto";
        var instansi = instansiArg != "auto" ? instansiArg : EvidenceCheckBench.HomeInstansi(rows, docs);
        var elements = ElementStore.For(CatalogStore.Get(framework));
        var checker = new EvidenceChecker(_ => Task.FromResult<string?>(instansi));
        var work = Directory.CreateTempSubdirectory("spbebot-evidence-probe-");
        var (probed, turn) = (0, 0);
        var lifted = Templates.ToDictionary(t => t.Name, _ => 0);
        var tried = Templates.ToDictionary(t => t.Name, _ => 0);
        try
        {
            foreach (var row in rows)
            {
                if (EvidenceCheckBench.Level(row.GetValueOrDefault("expected_level")) is not { } expected || expected >= 5) continue;
                if (Regex.IsMatch(row.GetValueOrDefault("flags") ?? "", "off-topic|other-instansi")) continue;
                var indicator = int.Parse(row["indicator"], System.Globalization.CultureInfo.InvariantCulture);
                if (elements.For(indicator)?.Levels.FirstOrDefault(l => l.Level == expected + 1) is not { } next || NextWords(next) is not { Length: > 0 } words) continue;
                var file = File.Exists(Path.Combine(docs, row["file"])) ? row["file"] : row["file"] + ".txt";
                var text = await File.ReadAllTextAsync(Path.Combine(docs, file));
                probed++;
                var templates = mixed ? [Templates[turn++ % Templates.Length]] : Templates;
                foreach (var (name, template) in templates)
                {
                    tried[name]++;
                    var sentence = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, words, words.ToUpperInvariant());
                    var pdf = Path.Combine(work.FullName, $"{Path.GetFileNameWithoutExtension(file)}-{name}.pdf");
                    await File.WriteAllBytesAsync(pdf, DocumentRenderer.TextPdf(WithSentence(text, sentence)));
                    var check = await checker.CheckAsync(new EvidenceCheckRequest(pdf, Path.GetFileName(pdf), framework, indicator, null, year, AllowOcr: false, asOf), CancellationToken.None);
                    if (check.Level is not { } got || got <= expected) continue;
                    lifted[name]++;
                    var byMention = check.Found.Where(f => FromSentence(f.Quote, sentence)).Select(f => f.Element).Distinct();
                    Console.WriteLine($"LIFT {file} (indicator {indicator}) [{name}]: level {got} expected {expected} :: {string.Join("; ", byMention)}");
                }
            }
        }
        finally { work.Delete(true); }
        Console.WriteLine($"Set {set}: {probed} documents probed; configured instansi \"{instansi}\"; {(mixed ? "one template per document in turn" : "every template on every document")}");
        Console.WriteLine($"lifted: {lifted.Values.Sum()} of {tried.Values.Sum()} probes; by template: {string.Join(", ", Templates.Select(t => $"{t.Name} {lifted[t.Name]}/{tried[t.Name]}"))}");
        return 0;
    }

    /// <summary>The next level's elements in words: one term of an "any" group, every element of an "all" group.</summary>
    static string NextWords(LevelElements level)
    {
        var words = new List<string>();
        foreach (var group in level.Groups)
            foreach (var e in group.Mode == "all" ? group.Elements : group.Elements.Take(1))
            {
                if (e.Kind is "enacted" or "available" or "concept" or "practice") continue;
                var w = KindWords.GetValueOrDefault(e.Kind) ?? (e.Kind == "item" || e.Terms.Count == 0 ? e.Label : e.Terms[0]);
                if (!words.Contains(w)) words.Add(w);
            }
        return string.Join(", ", words);
    }

    /// <summary>The text with the sentence as a paragraph of its own before the closing date line (else the "ttd" line, else the end).</summary>
    static string WithSentence(string text, string sentence)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n').ToList();
        var at = lines.FindLastIndex(l => Closing.IsMatch(l));
        if (at < 0) at = lines.FindLastIndex(l => Regex.IsMatch(l, @"^\s*(ttd|TTD|Ttd)"));
        if (at < 0) at = lines.Count;
        lines.InsertRange(at, ["   " + sentence, ""]);
        return string.Join('\n', lines);
    }

    /// <summary>A found element's quote taken from the added sentence.</summary>
    static bool FromSentence(string quote, string sentence)
    {
        static string Squeeze(string s) => Regex.Replace(s.Trim('…', '.', ' ', '«', '»'), @"\s+", " ");
        var q = Squeeze(quote);
        return q.Length > 0 && (Squeeze(sentence).Contains(q, StringComparison.OrdinalIgnoreCase)
                                || Regex.IsMatch(q, "2027|Sampai saat ini|Diusulkan agar|tahun berikutnya|Pada tahun ini|BAB I|Jawa Tengah|Nomor 59 Tahun 2020"));
    }
}
