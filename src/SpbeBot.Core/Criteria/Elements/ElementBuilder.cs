using System.Text;
using System.Text.RegularExpressions;

namespace SpbeBot.Core.Criteria.Elements;

/// <summary>
/// Generates the criterion elements of a framework from its catalog's text (<c>spbebot catalog build-elements</c>):
/// for each internal-policy indicator and level, what the criterion enumerates — "telah ditetapkan"; a list in
/// parentheses or after "rangkaian proses" (the six architecture domains, the contents of a Peta Rencana…), complete
/// ("lengkap", "seluruh") or partial ("sebagian", "belum … lengkap"); "sebagian/seluruh unit kerja"; integration "antar
/// Instansi Pusat, antar Pemerintah Daerah"; a national counterpart ("… Nasional", "… Pemerintah"); "direviu dan
/// dievaluasi"; "ditindaklanjuti dengan kebijakan baru". Practice indicators (the other domains) get their ladder's
/// common wording (see <see cref="Practice"/>). Every indicator gets its topic (from its name) so a document of another
/// indicator can be told. Nothing is invented: an element is made only from words the criterion has.
/// </summary>
public static class ElementBuilder
{
    public const string GeneratorName = "spbebot catalog build-elements/13";
    static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);
    const RegexOptions Ci = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    public static string SourceHash(CriteriaCatalog catalog)
    {
        var text = new StringBuilder(catalog.Framework).Append('\n');
        foreach (var i in catalog.Indicators)
        {
            text.Append(i.Number).Append('\n').Append(i.Name).Append('\n').Append(i.Description).Append('\n');
            foreach (var l in i.Levels) text.Append(l.Level).Append(':').Append(l.Criterion).Append('\n');
        }
        return ElementStore.Sha256(text.ToString());
    }

    public static FrameworkElements Build(CriteriaCatalog catalog)
    {
        // The catalog's own abbreviations ("Teknologi Informasi dan Komunikasi (TIK)"): an item named "Audit TIK" is also
        // written out in full ("audit teknologi informasi dan komunikasi").
        var abbreviations = catalog.Indicators.SelectMany(i => Abbreviations(i.Name + " " + i.Description))
            .GroupBy(a => a.Abbreviation).ToDictionary(g => g.Key, g => g.First().Expansion);
        return new(catalog.Framework, SourceHash(catalog), GeneratorName, catalog.Indicators.Select(i => Indicator(i, abbreviations)).ToList());
    }

    static IndicatorElements Indicator(Indicator indicator, IReadOnlyDictionary<string, string> abbreviations)
    {
        var topic = Topic(indicator.Name);
        var terms = new List<string> { topic };
        foreach (var (abbreviation, expansion) in Abbreviations(indicator.Name + " " + indicator.Description))
        {
            if (Regex.IsMatch(topic, @"\b" + Regex.Escape(abbreviation) + @"\b", RegexOptions.CultureInvariant))
                terms.Add(Regex.Replace(topic, @"\b" + Regex.Escape(abbreviation) + @"\b", expansion, RegexOptions.CultureInvariant));
            if (topic.Equals(expansion, StringComparison.OrdinalIgnoreCase)) terms.Add(abbreviation);
        }
        // "Layanan Pusat Data" is also written "Pusat Data"; "Manajemen Keamanan Informasi" also "Keamanan Informasi".
        if (Regex.Match(topic, @"^(Layanan|Manajemen)\s+(\w+\s+\w+.*)$", RegexOptions.CultureInvariant) is { Success: true } shorter)
            terms.Add(shorter.Groups[2].Value);
        var policy = Regex.IsMatch(indicator.Name, @"\bkebijakan\s+internal\b", Ci);
        var levels = indicator.Levels.Select(l => policy ? Level(indicator, l) : Practice(indicator, l))
            .Select(l => l with { Groups = l.Groups.Select(g => g with { Elements = g.Elements.Select(e => Spelled(e, topic, abbreviations)).ToList() }).ToList() })
            .ToList();
        return new IndicatorElements(indicator.Number, topic, terms.Distinct(StringComparer.OrdinalIgnoreCase).ToList(), policy, levels);
    }

    /// <summary>
    /// The other ways an item is written: its abbreviation spelled out ("audit TIK" → "audit teknologi informasi dan
    /// komunikasi"), and — for an item that repeats the indicator's own head word ("Audit Infrastruktur SPBE" under
    /// "Audit TIK") — the rest alone as an entry of a list ("a. infrastruktur, meliputi …" after "Audit … dilaksanakan terhadap:").
    /// </summary>
    static CriterionElement Spelled(CriterionElement e, string topic, IReadOnlyDictionary<string, string> abbreviations)
    {
        if (e.Kind != "item" || e.Terms.Count == 0) return e;
        var terms = e.Terms.ToList();
        foreach (var (abbreviation, expansion) in abbreviations)
            if (Regex.IsMatch(e.Label, @"\b" + Regex.Escape(abbreviation) + @"\b", RegexOptions.CultureInvariant))
                terms.Add(Regex.Replace(e.Label, @"\b" + Regex.Escape(abbreviation) + @"\b", expansion, RegexOptions.CultureInvariant).Replace(" SPBE", "", StringComparison.Ordinal).ToLowerInvariant());
        foreach (var term in terms.ToList())
            if (DocumentWords.SameItems.TryGetValue(term.ToLowerInvariant(), out var same)) terms.AddRange(same);
        foreach (var term in terms.ToList())
            foreach (var (word, others) in DocumentWords.Spellings)
                if (Regex.IsMatch(term, @"\b" + Regex.Escape(word) + @"\b", Ci))
                    terms.AddRange(others.Select(o => Regex.Replace(term, @"\b" + Regex.Escape(word) + @"\b", o, Ci)));
        var qualifiers = e.Qualifiers.ToList();
        var words = e.Terms[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var head = topic.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.ToLowerInvariant();
        if (words.Length == 2 && head is { Length: >= 4 } && words[0] == head) qualifiers.Add("list:" + words[1]);
        return e with { Terms = terms.Distinct().ToList(), Qualifiers = qualifiers };
    }

    /// <summary>"Tingkat Kematangan Kebijakan Internal Arsitektur SPBE Instansi Pusat/Pemerintah Daerah" → "Arsitektur".</summary>
    public static string Topic(string name)
    {
        var t = Regex.Replace(name, @"^\s*tingkat\s+kematangan\s+", "", Ci);
        t = Regex.Replace(t, @"^kebijakan\s+internal\s+", "", Ci);
        t = Regex.Replace(t, @"^(penerapan|pelaksanaan|penggunaan)\s+", "", Ci);
        t = Regex.Replace(t, @"\s*instansi\s+pusat\s*/\s*pemerintah\s+daerah\s*", " ", Ci);
        t = Regex.Replace(t, @"\s*\([^)]*\)\s*", " ", Ci);
        t = Regex.Replace(t, @"\s+SPBE\s*$", "", Ci).Trim();
        return Regex.Replace(t, @"\s+", " ");
    }

    /// <summary>"Teknologi Informasi dan Komunikasi (TIK)" → (TIK, Teknologi Informasi dan Komunikasi).</summary>
    static IEnumerable<(string Abbreviation, string Expansion)> Abbreviations(string text)
    {
        foreach (Match m in Regex.Matches(text, @"\(([A-Z]{2,6})\)", RegexOptions.CultureInvariant, Timeout))
        {
            var abbreviation = m.Groups[1].Value;
            var words = text[..m.Index].TrimEnd().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var taken = new List<string>();
            var capitals = 0;
            for (var i = words.Length - 1; i >= 0 && capitals < abbreviation.Length; i--)
            {
                taken.Insert(0, words[i]);
                if (char.IsUpper(words[i][0])) capitals++;
                else if (words[i] is not ("dan" or "dan/atau")) break;
            }
            if (capitals == abbreviation.Length && string.Concat(taken.Where(w => char.IsUpper(w[0])).Select(w => w[0])) == abbreviation)
                yield return (abbreviation, string.Join(' ', taken));
        }
    }

    /// <summary>
    /// The ways the level's Kriteria Pemenuhan lets the policy direct its work with other instansi besides integration:
    /// "arah koordinasi, kerja sama, atau integrasi penerapan SPBE dengan Instansi Pusat/Pemerintah Daerah lain" (Tim
    /// Koordinasi) gives "way:koordinasi" and "way:kerja sama".
    /// </summary>
    static List<string> IntegrationWays(IndicatorLevel level) =>
        Regex.Match(string.Join(" ", level.Fulfilment), @"\barah\s+([^.;]{0,60}?)\s+penerapan\b", Ci) is { Success: true } m
            ? Regex.Split(m.Groups[1].Value, @",\s*(?:atau\s+|dan\s+)?|\s+(?:atau|dan)\s+", Ci).Select(w => w.Trim().ToLowerInvariant())
                .Where(w => w.Length > 0 && w != "integrasi").Select(w => "way:" + w).ToList()
            : [];

    static LevelElements Level(Indicator indicator, IndicatorLevel level)
    {
        var criterion = level.Criterion;
        var groups = new List<ElementGroup>();
        var topic = Topic(indicator.Name);
        if (Regex.IsMatch(criterion, @"\bkonsep\s+kebijakan\b", Ci))
            groups.Add(new("any", [new("concept", "konsep/rancangan kebijakan " + topic, "concept", ["konsep", "rancangan", "draf", "penyusunan"], [])]));
        if (Regex.IsMatch(criterion, @"\btelah\s+ditetapkan\b", Ci))
            groups.Add(new("all", [new("enacted", "kebijakan telah ditetapkan", "enacted", ["ditetapkan"], [])]));

        var content = false;
        if (level.Level > 1 && ListIn(criterion) is null && Regex.Match(criterion, @"\(([^()]{20,}?\s+dan\s+[^()]+)\)", Ci) is { Success: true } pair)
            groups.Add(new(Regex.IsMatch(criterion, @"\bsebagian\b", Ci) ? "any" : "all",
                Regex.Split(pair.Groups[1].Value, @"\s+dan\s+", Ci).Select(i => new CriterionElement("item:" + Slug(i), i, "item", [CoreOf(i, []).Core], [])).ToList()));
        else if (level.Level > 1 && ListIn(criterion) is not null)
        {
            var items = BestList(indicator);
            var anchors = Regex.IsMatch(criterion, @"\bdomain\s+arsitektur\b", Ci) ? new[] { "arsitektur", "domain" } : [];
            var elements = new List<CriterionElement>();
            if (Regex.Match(criterion, @"\breferensi\s+(arsitektur)\b", Ci) is { Success: true } reference)
                elements.Add(new("item:referensi-" + Slug(reference.Groups[1].Value), "referensi " + reference.Groups[1].Value, "item", ["referensi " + reference.Groups[1].Value.ToLowerInvariant()], []));
            foreach (var item in items)
            {
                var (core, qualifiers) = CoreOf(item, anchors);
                elements.Add(new("item:" + Slug(item), item, "item", [core], qualifiers));
            }
            var partial = Regex.IsMatch(criterion, @"\b(sebagian|hanya|belum)\b", Ci);
            groups.Add(new(partial ? "any" : "all", elements));
            content = true;
        }
        if (Regex.IsMatch(criterion, @"\bsebagian\s+unit\s+kerja", Ci) && !content)
        {
            groups.Add(new("any", [new("scope-some", "berlaku untuk unit kerja/perangkat daerah", "scope-some", [], [])]));
            content = true;
        }
        if (Regex.IsMatch(criterion, @"\bseluruh\s+unit\s+kerja", Ci) && !content)
        {
            groups.Add(new("all", [new("scope-all", "berlaku untuk seluruh unit kerja/perangkat daerah", "scope-all",
                ["seluruh perangkat daerah", "semua perangkat daerah", "setiap perangkat daerah", "seluruh unit kerja", "semua unit kerja", "setiap unit kerja", "seluruh opd", "semua opd", "setiap opd", "seluruh organisasi perangkat daerah"], [])]));
            content = true;
        }
        if (Regex.IsMatch(criterion, @"\bantar\s+(instansi\s+pusat|pemerintah\s+daerah)\b", Ci))
        {
            groups.Add(new("all", [new("integration", "integrasi SPBE antar Instansi Pusat/Pemerintah Daerah", "integration",
                ["antar instansi", "antarinstansi", "antar instansi pusat", "antar pemerintah daerah", "antarpemerintah daerah", "antar daerah", "antardaerah",
                 "pemerintah daerah lain", "instansi pusat lain", "instansi lain", "instansi pusat", "kementerian", "pemerintah provinsi", "pemerintah pusat",
                 "sistem penghubung layanan pemerintah"], IntegrationWays(level))]));
            content = true;
        }
        var national = NationalTerms(criterion);
        if (national.Count > 0)
        {
            groups.Add(new("any", national.Select(t => new CriterionElement("term:" + Slug(t), t, "term", [t], [])).ToList()));
            content = true;
        }
        if (!content && Regex.Match(criterion, @"\btelah\s+mengatur\s+(?:proses\s+)?(.+?)(?=\s+(?:terkait|oleh|untuk|dengan|di|pada)\b|[.,;]|$)", Ci) is { Success: true } arranged)
        {
            var parts = Regex.Split(arranged.Groups[1].Value, @"\s+dan\s+", Ci).Select(p => Regex.Replace(p.Trim(), @"\s+SPBE$", "", Ci)).Where(p => p.Length > 0);
            groups.Add(new("all", parts.Select(p => new CriterionElement("phrase:" + Slug(p), p, "phrase", [p], PartsOf(p, level.Fulfilment))).ToList()));
        }
        if (Regex.IsMatch(criterion, @"\bdireviu\b", Ci))
            groups.Add(new("all", [new("review", "reviu/evaluasi kebijakan < 2 tahun berisi isu/permasalahan dan rekomendasi", "review", ["reviu", "review", "evaluasi"], [])]));
        if (Regex.IsMatch(criterion, @"\bditindaklanjuti\s+dengan\s+kebijakan\s+baru\b", Ci))
            groups.Add(new("all", [new("followup", "kebijakan baru menindaklanjuti hasil reviu/evaluasi", "followup", ["menindaklanjuti", "hasil reviu", "hasil evaluasi"], [])]));
        return new LevelElements(level.Level, groups);
    }

    /// <summary>
    /// A practice indicator's level (11 onwards), from the ladder's common wording: level 1 — a concept or the practice
    /// on the topic at all; "dokumen … telah tersedia"; a list of domains/muatan/competences; "sebagian/seluruh unit
    /// kerja"; "sesuai perencanaan"; "sesuai standar/pedoman", "prosedur … baku"; "tim yang dibentuk secara formal";
    /// "terpadu"; the service stages (layanan interaksi, transaksi, kolaborasi) with the examples the criterion gives;
    /// integration with other instansi or a national counterpart; an external certified auditor; "reviu dan evaluasi";
    /// an improvement "sebagai tindak lanjut hasil reviu/evaluasi/audit". A level whose text names none of these gets no
    /// groups: the checker never claims it.
    /// </summary>
    /// <summary>
    /// What the Kriteria Pemenuhan says an arrangement covers at least ("siklus pembangunan aplikasi yang setidaknya
    /// mencakup siklus perencanaan, analisis, desain, implementasi, dan pemeliharaan"): a policy regulating all of those
    /// parts regulates the arrangement even where it does not name it. As qualifiers <c>part:…</c>.
    /// </summary>
    static IReadOnlyList<string> PartsOf(string phrase, IReadOnlyList<string> fulfilment)
    {
        foreach (var text in fulfilment)
        {
            var m = Regex.Match(Regex.Replace(text, @"\s+", " "), Regex.Escape(phrase) + @"\s+yang\s+(?:setidaknya|sekurang-kurangnya|paling\s+sedikit)\s+(?:mencakup|meliputi|memuat)\s+(?:siklus\s+|tahapan\s+|tahap\s+)?(.+?)(?:\.|;|$)", Ci);
            if (!m.Success) continue;
            var parts = Regex.Split(m.Groups[1].Value, @"\s*,\s*(?:dan\s+)?|\s+dan\s+", Ci).Select(x => x.Trim()).Where(x => x.Length > 0).ToList();
            if (parts.Count >= 3) return parts.Select(x => "part:" + x).ToList();
        }
        return [];
    }

    static LevelElements Practice(Indicator indicator, IndicatorLevel level)
    {
        var criterion = level.Criterion;
        var topic = Topic(indicator.Name);
        var groups = new List<ElementGroup>();
        void Any(string id, string label, params string[] terms) =>
            groups.Add(new("any", terms.Select(t => new CriterionElement("term:" + id + ":" + Slug(t), label, "term", [t], [])).ToList()));

        if (level.Level == 1 && Regex.IsMatch(criterion, @"\b(belum\s+atau\s+(?:telah|sudah)|konsep|hanya\s+memberikan\s+layanan\s+informasi)\b", Ci))
            groups.Add(new("all", [new("practice", "dokumen/kegiatan tentang " + topic, "practice", [topic], [])]));
        // What the level lacks ("tanpa perencanaan", "belum memenuhi standar") is not what it requires; nor is its
        // "Kondisi:" (the state a Pemda at that level is in: "tidak/belum dilaksanakan oleh seluruh unit kerja").
        var positive = Regex.Replace(criterion, @"\b(tanpa|belum\s+memenuhi|belum\s+atau\s+(?:telah|sudah))\b[^.]*", "", Ci);
        var required = Regex.Split(criterion, @"\bKondisi\s*:", Ci)[0];
        if (Regex.IsMatch(positive, @"\bdokumen\s+(?:\w+\s+){0,6}telah\s+tersedia\b", Ci) && level.Level > 1)
            groups.Add(new("all", [new("available", "dokumen " + topic + " telah tersedia (bukan rancangan)", "available", [topic], [])]));
        // A pair or list in parentheses is required unless the level names it as what it does without ("Kondisi: …
        // dilaksanakan tanpa mengacu pada pedoman … (proses perencanaan, pengadaan, pengelolaan, dan penghapusan aset TIK)").
        if (level.Level > 1 && ListIn(positive) is null && Regex.Match(positive, @"\(([^()]{20,}?\s+dan\s+[^()]+)\)", Ci) is { Success: true } pair)
            groups.Add(new(Regex.IsMatch(criterion, @"\bsebagian\b", Ci) ? "any" : "all",
                Regex.Split(pair.Groups[1].Value, @"\s+dan\s+", Ci).Select(i => new CriterionElement("item:" + Slug(i), i, "item", [CoreOf(i, []).Core], [])).ToList()));
        else if (level.Level > 1 && ListIn(positive) is not null)
        {
            var items = BestList(indicator).Select(i => Regex.Replace(i, @"^(?:\w+\s+)?di\s+bidang\s+", "", Ci)).ToList();
            var anchors = Regex.IsMatch(criterion, @"\bdomain\s+arsitektur\b", Ci) ? new[] { "arsitektur", "domain" } : [];
            var elements = new List<CriterionElement>();
            if (Regex.IsMatch(criterion, @"\breferensi\s+dan\s+domain\s+arsitektur\b", Ci))
                elements.Add(new("item:referensi-arsitektur", "referensi arsitektur", "item", ["referensi arsitektur"], []));
            foreach (var item in items)
            {
                var (core, qualifiers) = CoreOf(item, anchors);
                elements.Add(new("item:" + Slug(item), item, "item", [core], qualifiers));
            }
            groups.Add(new(Regex.IsMatch(criterion, @"\b(sebagian|hanya|belum)\b", Ci) ? "any" : "all", elements));
        }
        else if (Regex.IsMatch(criterion, @"\bsebagian\s+unit\s+kerja", Ci))
            groups.Add(new("any", [new("scope-some", "dilaksanakan oleh unit kerja/perangkat daerah", "scope-some", [], [])]));
        if (Regex.IsMatch(required, @"\b(seluruh|semua)\s+unit\s+kerja", Ci))
            groups.Add(new("all", [new("scope-all", "berlaku untuk seluruh unit kerja/perangkat daerah", "scope-all",
                ["seluruh perangkat daerah", "semua perangkat daerah", "setiap perangkat daerah", "seluruh unit kerja", "semua unit kerja", "setiap unit kerja", "seluruh opd", "semua opd", "setiap opd", "seluruh organisasi perangkat daerah"], [])]));
        if (Regex.IsMatch(criterion, @"\bdikonsultasikan\s+kepada\b", Ci))
            Any("consult", "dikonsultasikan kepada unit pengelola TIK", "dikonsultasikan", "konsultasi");
        if (Regex.IsMatch(required, @"\bseluruh\s+(?:\w+\s+){1,6}pada\s+unit\s+kerja", Ci))
            groups.Add(new("all", [new("scope-all", "berlaku untuk seluruh unit kerja/perangkat daerah", "scope-all",
                ["seluruh perangkat daerah", "semua perangkat daerah", "setiap perangkat daerah", "seluruh unit kerja", "semua unit kerja", "setiap unit kerja", "seluruh opd", "semua opd", "setiap opd", "seluruh organisasi perangkat daerah"], [])]));
        if (Regex.IsMatch(positive, @"\bsiklus\s+pembangunan\b", Ci))
            Any("cycle", "sesuai siklus pembangunan aplikasi", "siklus pembangunan", "siklus hidup", "sdlc", "analisis kebutuhan");
        if (Regex.IsMatch(criterion, @"\bsebagai\s+bentuk\s+inovasi\b", Ci))
            Any("innovation", "perbaikan sebagai inovasi proses bisnis", "inovasi", "perbaikan proses bisnis", "penyederhanaan", "disederhanakan", "pemangkasan", "simplifikasi");
        // "… telah dilaksanakan seluruhnya" (not "belum dilaksanakan seluruhnya", its Kondisi one level down).
        if (Regex.IsMatch(required, @"\btelah\s+dilaksanakan\s+seluruhnya\b", Ci))
            Any("all-done", "tugas/program kerja telah dilaksanakan seluruhnya", "seluruhnya", "seluruh program kerja", "seluruh kegiatan", "seluruh tugas");
        if (Regex.IsMatch(required, @"\bditerapkan\s+ke\s+dalam\s+sistem\s+elektronik\b", Ci))
            Any("electronic", "diterapkan ke dalam sistem elektronik", "sistem elektronik", "secara elektronik", "aplikasi", "daring", "online");
        if (Regex.IsMatch(criterion, @"\bmenggunakan\s+sistem\s+aplikasi\b", Ci))
            Any("application", "diterapkan dengan sistem aplikasi", "sistem aplikasi", "aplikasi");
        if (Regex.IsMatch(positive, @"\b(sesuai\s+(?:dengan\s+)?perencanaan|dengan\s+perencanaan|terarah\s+dan\s+terencana)\b", Ci))
        {
            Any("plan", "dilaksanakan sesuai perencanaan", "perencanaan", "sesuai rencana", "berdasarkan rencana", "rencana kerja", "rencana kegiatan", "rencana aksi", "jadwal pelaksanaan",
                "peta rencana", "terencana", "sesuai program", "program kegiatan", "renja");
            // An audit's plan is named after it: "Rencana Audit Aplikasi SPBE 2025-2027", "program audit tahunan"; an
            // Inspektorat's audits are planned in its Program Kerja Pengawasan Tahunan (PKPT), "pemeriksaan" its word for audit;
            // the Pedoman's own level-2 words for an audit's plan are its cycle: "dilakukan secara rutin minimal 2 tahun sekali"
            // ("audit rutin 2 tahunan", "dilaksanakan rutin setiap 2 (dua) tahun").
            if (Regex.IsMatch(indicator.Name, @"\baudit\b", Ci))
                groups[^1] = groups[^1] with { Elements = [.. groups[^1].Elements, .. new[] { "rencana audit", "program audit", "jadwal audit", "rencana pemeriksaan", "program pemeriksaan", "pkpt", "program kerja pengawasan", "audit rutin", "rutin setiap" }
                    .Select(t => new CriterionElement("term:plan:" + t.Replace(' ', '-'), "dilaksanakan sesuai perencanaan", "term", [t], []))] };
            // The plan the criterion itself names ("tugas/program kerja … sesuai perencanaan"): a program kerja drawn up beforehand.
            if (Regex.IsMatch(criterion, @"\bprogram\s+kerja\b", Ci))
                groups[^1] = groups[^1] with { Elements = [.. groups[^1].Elements, new("phrase:plan:program-kerja-disusun", "dilaksanakan sesuai perencanaan", "phrase", ["program kerja disusun"], [])] };
            // Elsewhere the program kerja is the plan itself, in the Pedoman's level-2 evidence words ("Perencanaan program
            // kerja/aktivitas kegiatan penerapan Manajemen Risiko SPBE …"): a practice done as part of one is planned (set 9 F22).
            else
                groups[^1] = groups[^1] with { Elements = [.. groups[^1].Elements, new("term:plan:program-kerja", "dilaksanakan sesuai perencanaan", "term", ["program kerja"], [])] };
        }
        if (Regex.IsMatch(positive, @"\bsesuai\s+(?:dengan\s+)?(standar|pedoman)\b|\bprosedur\s+(pengoperasian|operasional)\s+baku\b|\bmengacu\s+pada\s+pedoman\b|\bmemenuhi\s+standar\b", Ci))
            Any("standard", "sesuai standar/pedoman/prosedur baku", "standar", "sesuai pedoman", "berpedoman pada", "mengacu pada pedoman", "pedoman", "prosedur operasional standar", "prosedur pengoperasian baku", "sop",
                "sesuai peraturan menteri", "mengacu pada peraturan menteri", "sesuai permenpan");
        if (Regex.IsMatch(criterion, @"\btim\s+yang\s+dibentuk\s+secara\s+formal\b", Ci))
            Any("team", "tim yang dibentuk secara formal", "keputusan bupati", "keputusan walikota", "keputusan wali kota", "keputusan gubernur", "surat keputusan", "tim koordinasi", "tim pelaksana");
        if (Regex.IsMatch(criterion, @"\bsecara\s+terpadu\b", Ci))
            Any("integrated", "dilaksanakan secara terpadu", "terpadu", "terintegrasi", "secara terkoordinasi");
        var collaboration = Regex.IsMatch(criterion, @"\blayanan\s+kolaborasi\b", Ci);
        if (Regex.IsMatch(criterion, @"\blayanan\s+interaksi\b", Ci))
            Any("interaction", "layanan interaksi (pencarian, unggah, unduh)", "pencarian", "pengunggahan", "mengunggah", "unggah", "pengunduhan", "mengunduh", "unduh",
                "penelusuran", "menelusuri", "upload", "download");
        if (Regex.IsMatch(criterion, @"\blayanan\s+transaksi\b", Ci))
            Any("transaction", "layanan transaksi (transaksi data, validasi, persetujuan, analitik)", "transaksi", "validasi", "persetujuan", "analitik",
                "memvalidasi", "verifikasi", "memverifikasi", "menyetujui", "disetujui", "tanda tangan elektronik", "dasbor", "dashboard");
        if (collaboration)
            Any("collaboration", "layanan kolaborasi dengan layanan elektronik lain", "terintegrasi dengan", "integrasi dengan", "terhubung dengan", "interoperabilitas", "berbagi pakai", "kolaborasi dengan", "terintegrasi", "diintegrasikan",
                "pertukaran data", "bertukar data", "interkoneksi", "tersambung dengan", "sinkronisasi data", "web service");
        else if (Regex.IsMatch(criterion, @"\bantar\s+(instansi\s+pusat|pemerintah\s+daerah)\b|\b(instansi\s+pusat|pemerintah\s+daerah)\s+lain\b|\binterkoneksi\b", Ci))
            groups.Add(new("all", [new("integration", "integrasi/interkoneksi dengan instansi lain", "integration",
                ["antar instansi", "antarinstansi", "antar instansi pusat", "antar pemerintah daerah", "antarpemerintah daerah", "antar daerah", "antardaerah",
                 "pemerintah daerah lain", "instansi pusat lain", "instansi lain", "instansi pusat", "kementerian", "pemerintah provinsi", "pemerintah pusat",
                 "sistem penghubung layanan pemerintah", "nasional"], [])]));
        var national = collaboration ? [] : NationalTerms(criterion).Where(t => !indicator.Name.Contains(t, StringComparison.OrdinalIgnoreCase)).ToList();
        if (national.Count > 0)
            groups.Add(new("any", national.Select(t => new CriterionElement("term:" + Slug(t), t, "term", [t], [])).ToList()));
        if (Regex.IsMatch(criterion, @"\bauditor\b.*\beksternal\b", Ci))
        {
            Any("external", "auditor eksternal", "eksternal", "independen", "pihak ketiga", "lembaga audit", "tim auditor pt", "kantor akuntan publik", "penyedia jasa audit",
                "lembaga pelaksana audit", "oleh pt");
            Any("certified", "auditor bersertifikat", "sertifikasi", "bersertifikat", "sertifikat", "tersertifikasi", "cisa", "lead auditor");
        }
        var improvement = Regex.IsMatch(criterion, @"\b(ditindaklanjuti|tindak\s+lanjut)\b|\bperbaikan\s+berdasarkan\s+hasil\b", Ci);
        if (improvement)
            groups.Add(new("all", [new("improvement", "perbaikan/pemutakhiran sebagai tindak lanjut hasil reviu, evaluasi atau audit", "improvement", ["tindak lanjut", "perbaikan", "pemutakhiran"], [])]));
        else if (Regex.IsMatch(criterion, @"\b(reviu\s+dan\s+evaluasi|direviu|dievaluasi)\b", Ci))
            groups.Add(new("all", [new("review", "reviu/evaluasi berkala < 2 tahun berisi isu/permasalahan dan rekomendasi", "review", ["reviu", "review", "evaluasi"], [])]));
        return new LevelElements(level.Level, groups);
    }

    /// <summary>The list a criterion enumerates: "(A, B, dan C)" or "rangkaian proses pengelolaan A, B … dan C".</summary>
    static string? ListIn(string criterion)
    {
        foreach (Match m in Regex.Matches(criterion, @"\(([^()]*,[^()]*)\)", RegexOptions.CultureInvariant, Timeout))
            if (m.Groups[1].Value.Count(c => c == ',') >= 1 && m.Groups[1].Value.Length > 20) return m.Groups[1].Value;
        var process = Regex.Match(criterion, @"\brangkaian\s+proses\s+(?:pengelolaan\s+)?([^.()]+)", Ci);
        return process.Success && process.Groups[1].Value.Contains(',') ? process.Groups[1].Value : null;
    }

    /// <summary>The longest reading of the indicator's list over its levels (one level may have lost a comma).</summary>
    static IReadOnlyList<string> BestList(Indicator indicator) =>
        indicator.Levels.Select(l => ListIn(l.Criterion)).OfType<string>().Select(Items).OrderByDescending(i => i.Count).First();

    static List<string> Items(string list)
    {
        var items = new List<string>();
        foreach (var raw in list.Split([',', ';']))
        {
            var item = Regex.Replace(raw.Trim(), @"^(dan/atau|dan|serta)\s+", "", Ci);
            item = Regex.Replace(item, @"\s+terhadap\s+.*$", "", Ci).Trim();
            if (item.Length == 0) continue;
            var halves = Regex.Split(item, @"\s+dan\s+", Ci);
            if (halves.Length == 2 && halves.All(h => h.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 2)) items.AddRange(halves);
            else items.Add(item);
        }
        return items;
    }

    /// <summary>"Infrastruktur SPBE" → core "infrastruktur", found as "infrastruktur SPBE" or "arsitektur/domain infrastruktur".</summary>
    static (string Core, IReadOnlyList<string> Qualifiers) CoreOf(string item, string[] anchors)
    {
        var core = Regex.Replace(item, @"\s+SPBE$", "", Ci).Trim().ToLowerInvariant();
        if (core.Contains(' ')) return (core, []);
        return (core, item.EndsWith("SPBE", StringComparison.OrdinalIgnoreCase) ? ["spbe", .. anchors] : [.. anchors]);
    }

    /// <summary>"Pusat Data Nasional", "Jaringan Intra Pemerintah", "Peta Rencana SPBE Nasional" (not "… Pemerintah Daerah").</summary>
    static List<string> NationalTerms(string criterion)
    {
        var found = new List<string>();
        foreach (Match m in Regex.Matches(criterion, @"\b((?:(?:[A-Z][a-z]+|SPBE)\s+){1,4}(?:Nasional|Pemerintah))\b(?!\s+Daerah|\s*/)", RegexOptions.CultureInvariant, Timeout))
        {
            var term = Regex.Replace(m.Groups[1].Value, @"^(Kebijakan|Layanan|Penggunaan|Kriteria|Selain|Instansi)\s+(?=\w+\s+\w+)", "", RegexOptions.CultureInvariant);
            if (term.StartsWith("Pusat ", StringComparison.Ordinal) && !term.StartsWith("Pusat Data", StringComparison.Ordinal)) continue;
            if (!found.Any(f => term.Contains(f, StringComparison.Ordinal))) { found.RemoveAll(f => f.Contains(term, StringComparison.Ordinal)); found.Add(term); }
        }
        return found;
    }

    static string Slug(string text) => Regex.Replace(text.ToLowerInvariant(), @"[^a-z0-9]+", "-").Trim('-');
}
