using System.Text.RegularExpressions;
using SpbeBot.Core.Criteria;
using SpbeBot.Core.Criteria.Elements;
using SpbeBot.Core.People;

namespace SpbeBot.Core.Evidence.Checking;

/// <summary>
/// The pre-check: reads the document (<see cref="DocumentReader"/>), its facts (<see cref="DocumentFactsReader"/>) and
/// judges it against the elements of the indicator it is filed for (<see cref="ElementStore"/>). The level is the highest
/// whose elements — and those of every level below — the text shows; a document that cannot count (a draft, unsigned,
/// another Pemda's, another indicator's, a reviu older than two years) is never given more than its text proves.
/// </summary>
public sealed partial class EvidenceChecker : IEvidenceChecker
{
    readonly Func<CancellationToken, Task<string?>> _instansiName;
    readonly ReadLimits _limits;

    /// <summary>The server's and CLI's checker: the configured instansi comes from the database; OCR within <paramref name="limits"/>.</summary>
    public EvidenceChecker(InstansiStore instansi, ReadLimits? limits = null) : this(async ct => (await instansi.GetAsync(ct))?.Name, limits) { }

    internal EvidenceChecker(Func<CancellationToken, Task<string?>> instansiName, ReadLimits? limits = null)
    {
        _instansiName = instansiName;
        _limits = limits ?? new ReadLimits();
    }

    public async Task<EvidenceCheck> CheckAsync(EvidenceCheckRequest request, CancellationToken ct)
    {
        if (!CatalogStore.Exists(request.Framework))
            return Empty(request, 0, null, false, [new(CheckNote.UnknownFramework, Name: request.Framework)], unreadable: false);
        var text = await DocumentReader.ReadAsync(request.FilePath, request.FileName, request.AllowOcr, _limits, ct);
        var instansi = await _instansiName(ct);
        return Judge(request, text, CatalogStore.Get(request.Framework), instansi) with { Reading = text.Reading };
    }

    static EvidenceCheck Empty(EvidenceCheckRequest r, int pages, DocumentFacts? facts, bool ocr, IReadOnlyList<CheckNote> notes, bool unreadable, bool needsOcr = false) =>
        new(r.Framework, r.Indicator, null, ocr, unreadable ? [EvidenceCheckFlags.Unreadable] : [], [], [],
            facts ?? new DocumentFacts(null, null, null, null, false, false, null), null, needsOcr, pages, notes);

    static readonly string[] ReportKinds = ["Laporan", "Notulensi", "Berita Acara", "Nota Dinas", "Undangan", "Kerangka Acuan Kerja"];

    /// <summary>The verdict on text already read. Pure: the same text gives the same verdict.</summary>
    public static EvidenceCheck Judge(EvidenceCheckRequest request, DocumentText text, CriteriaCatalog catalog, string? configuredInstansi)
    {
        var notes = new List<CheckNote>();
        List<CheckNote> Notes() => notes.Distinct().ToList();
        if (text.NeedsOcr)
            return Empty(request, text.TotalPages, null, false, [], unreadable: false, needsOcr: true);
        if (!text.HasText)
            return Empty(request, text.TotalPages, null, text.Ocr, text.Reading.Count == 0 ? [new(CheckNote.NoText)] : [], unreadable: true);

        var page = new PageText(text.Ocr ? text.Pages.Select(OcrText.Repair).ToList() : text.Pages);
        var facts = DocumentFactsReader.Read(page);
        var elements = ElementStore.For(catalog);
        var flags = new List<string>();
        var found = new List<FoundElement>();
        var missing = new List<string>();
        if (elements.For(request.Indicator) is not { } indicator)
        {
            notes.Add(new(CheckNote.UnknownIndicator, request.Indicator, Name: catalog.Framework));
            return new(request.Framework, request.Indicator, null, text.Ocr, flags, found, missing, facts, null, false, text.TotalPages, Notes());
        }

        // Rules that hold everywhere: formally ditetapkan, the instansi, the topic.
        var isPolicy = DocumentFactsReader.IsPolicy(facts.Kind)
                       || facts.Kind is null && page.Find(@"\bpasal\s+1\b") is not null && page.Find(@"\bmenetapkan\b") is not null;
        var isReport = facts.Kind is not null && ReportKinds.Contains(facts.Kind);
        if (facts.Draft) flags.Add(EvidenceCheckFlags.Draft);
        else if (!facts.Signed && (isPolicy || DocumentFactsReader.HasEmptySignatureBlock(page.All))) flags.Add(EvidenceCheckFlags.Unsigned);
        // A draft is unsigned by nature; the flag is added only where a draft policy says so itself ("belum ditandatangani"):
        // a policy's signature is its penetapan. A draft record's "(belum ditandatangani)" under "Disiapkan oleh" says no
        // more than its draft flag (sets 17 and 23: L17, R25).
        if (facts.Draft && isPolicy && DocumentFactsReader.SaysUnsigned(page.All)) flags.Add(EvidenceCheckFlags.Unsigned);

        var otherInstansi = configuredInstansi is { Length: > 0 } && facts.Instansi is { } named
                            && DocumentFactsReader.Place(configuredInstansi) != DocumentFactsReader.Place(named);
        if (otherInstansi)
        {
            flags.Add(EvidenceCheckFlags.OtherInstansi);
            notes.Add(new(CheckNote.OtherInstansi, Name: facts.Instansi, OtherName: configuredInstansi));
        }

        var topic = Topic.Judge(TopicWords.WithoutUploadNotes(page), elements, indicator, isPolicy);
        // A KAK or plan to build the filed service's own application that says the service is not there yet is that
        // service's record of its absence: level 0 on its topic, not Pembangunan Aplikasi's document (sets 12, 15, 22: G33, J40, Q40).
        var notBuilt = !topic.OnTopic && topic.Seems is { } seen && elements.For(seen) is { } other ? ServiceNotBuiltYet(page, other, indicator) : null;
        if (notBuilt is not null) topic = topic with { OnTopic = true, Seems = null };
        if (topic.Hit is { } topicHit) found.Add(new FoundElement("topik: " + indicator.Topic, topicHit.Quote, topicHit.Page));
        int? seems = null;
        if (!topic.OnTopic)
        {
            flags.Add(EvidenceCheckFlags.OffTopic);
            seems = topic.Seems;
            var name = seems is { } s ? catalog.FindIndicator(s)?.Name : null;
            notes.Add(seems is null
                ? new(CheckNote.OffTopic, indicator.Indicator, Name: indicator.Topic)
                : new(CheckNote.SeemsOther, seems, indicator.Indicator, Name: name));
        }

        var review = Review.Read(page, facts, isReport, request.Year, request.AsOf);
        if (review.IsReviewReport && review.Stale)
        {
            flags.Add(EvidenceCheckFlags.Stale);
            notes.Add(new(CheckNote.StaleReview, review.Year, request.Year));
        }

        // A reviu the text dates in a sentence ("Reviu terakhir dilaksanakan 6 Juni 2023"), and none recent: a stale reviu.
        var staleStated = StaleStatedReview(page, review, request.Year);
        if (staleStated is not null)
        {
            flags.Add(EvidenceCheckFlags.Stale);
            notes.Add(new(CheckNote.StaleReview, staleStated, request.Year));
        }

        // A document filed with the record of its reviu: a record older than two years, and none newer, is a stale reviu.
        if ((isPolicy || !review.IsReviewReport) && StaleRecordYear(page, request.Year) is { } staleRecord)
        {
            flags.Add(EvidenceCheckFlags.Stale);
            notes.Add(new(CheckNote.StaleReview, staleRecord, request.Year));
        }

        // A practice indicator's reviu, evaluasi or audit report counts only from the last two years (Ketentuan Penilaian:
        // "dalam kurun waktu 2 (dua) tahun terakhir"): an older one is stale evidence and supports no level.
        var staleReport = !indicator.Policy && review.Stale
                          && (review.IsReviewReport || isReport || facts.Kind?.StartsWith("Laporan", StringComparison.Ordinal) == true)
                          && Regex.IsMatch(page.Head(500), @"\b(audit|reviu|review|evaluasi)\b", RegexOptions.CultureInvariant);
        // The stale rule (docs/architecture.md, pre-check): a reviu older than two years counts toward no level that needs a reviu;
        // the level is what the rest of the document supports without it. Only where the practice itself is the audit
        // (Audit Infrastruktur/Aplikasi/Keamanan: "dilakukan dalam kurun waktu 2 (dua) tahun terakhir") does a stale
        // report support no level at all.
        var staleAudit = staleReport && PageText.Fold(indicator.Topic).Split(' ').Contains("audit");
        if (staleReport && !review.IsReviewReport)
        {
            flags.Add(EvidenceCheckFlags.Stale);
            notes.Add(new(CheckNote.StaleReport, review.Year, request.Year));
        }

        int? level = null;
        if (!topic.OnTopic || otherInstansi)
        {
            // Another indicator's or another Pemda's document supports no level of this indicator: 0, not "cannot judge".
            level = 0;
            missing.Add(otherInstansi ? $"Dokumen milik {configuredInstansi} sendiri" : $"Dokumen tentang {indicator.Topic}");
        }
        else if (notBuilt is not null)
        {
            level = 0;
            missing.Add($"Level 1: layanan {indicator.Topic} yang sudah berjalan (dokumen menyebut: «{notBuilt.Quote}», hlm. {notBuilt.Page})");
        }
        else if (indicator.Levels.Count == 0 || indicator.Levels.All(l => l.Groups.Count == 0))
        {
            notes.Add(new(CheckNote.NothingCheckable, indicator.Indicator));
        }
        else
        {
            var judge = new LevelJudge(page, facts, indicator, isPolicy, isReport, review, text.Ocr, request.Year, statedStale: staleStated is not null, configuredInstansi: configuredInstansi);
            level = judge.Run(found, missing);
            if (!isPolicy && indicator.Policy && EnclosedPolicy(page, indicator, text.Ocr, request.Year) is { } enclosed && enclosed.Level > level)
            {
                // A file that opens with another record (a reviu report, a notulensi) and holds the policy after it: the
                // policy is judged on its own text; the file supports what the better-supported of the two parts does.
                level = enclosed.Level;
                found.RemoveAll(f => !f.Element.StartsWith("topik:", StringComparison.Ordinal));
                found.AddRange(enclosed.Found);
                missing.Clear();
                missing.AddRange(enclosed.Missing);
            }
            // A service indicator is judged on what the application does (the Pedoman's evidence: documentation or
            // screenshots of its functions). A document that shows no function of it and does not describe the service
            // at all (a circular to the OPD, a sosialisasi's notulensi) cannot tell the level.
            if (level is 1 && indicator.Levels.SelectMany(l => l.Groups).SelectMany(g => g.Elements).Any(LevelJudge.IsServiceFunction)
                && page.Find(@"\b(menyajikan|menampilkan|menyediakan|memuat|fitur|menu|fasilitas|daring|online)\b|\b(aplikasi|portal|laman|situs|sistem)\s+(?:\w+\s+){0,4}?(digunakan|dimanfaatkan|melayani)\b") is null && !ShowsTheService(page))
            {
                if (RunningService.NotThereYet(page) is { } absent)
                {
                    // It says there is no application yet: level 0, not "cannot judge".
                    missing.Insert(0, $"Level 1: layanan {indicator.Topic} yang sudah berjalan (dokumen menyebut: «{absent.Quote}», hlm. {absent.Page})");
                    found.RemoveAll(f => f.Element.StartsWith("dokumen/kegiatan tentang", StringComparison.Ordinal));
                    level = 0;
                }
                else if (RunningService.NamesNoElectronicMeans(page))
                {
                    // Nothing of the criteria present (no electronic service named at all): level 0, not "cannot judge".
                    notes.Add(new(CheckNote.NoElectronicService, Name: indicator.Topic));
                    missing.Insert(0, $"Level 1: {indicator.Topic} berbasis elektronik (dokumen ini tidak menyebut aplikasi, portal, laman, atau saluran elektronik apa pun)");
                    found.RemoveAll(f => f.Element.StartsWith("dokumen/kegiatan tentang", StringComparison.Ordinal));
                    level = 0;
                }
                else
                {
                    notes.Add(new(CheckNote.NoServiceFunction, Name: indicator.Topic));
                    missing.Insert(0, "Dokumentasi fungsi layanan/aplikasi (informasi, interaksi, transaksi, kolaborasi)");
                    level = null;
                }
            }
            if (staleAudit && level is > 0)
            {
                missing.Insert(0, "Laporan reviu/evaluasi/audit dalam 2 tahun terakhir");
                level = 0;
            }
            // Level 1 of a practice ("dokumen/kegiatan tentang …") is granted on the document being a record of the
            // practice. A report older than two years that shows nothing beyond that records the practice as it was,
            // not as it is ("bukti dukung … yang masih berlaku (<2 tahun)"): it supports no level.
            else if (staleReport && level is 1)
            {
                missing.Insert(0, $"Level 1: bukti pelaksanaan {indicator.Topic} yang masih berlaku (dokumen ini bertanggal {review.Year}: lebih dari 2 tahun)");
                found.RemoveAll(f => f.Element.StartsWith("dokumen/kegiatan tentang", StringComparison.Ordinal));
                level = 0;
            }
            // A service indicator's level 1 is the service itself ("informasi layanan … yang ditayangkan oleh sistem
            // aplikasi"). A draft (an SOP or rancangan for a service still to be built) shows no running service.
            if (level is 1 && facts.Draft && indicator.Levels.SelectMany(l => l.Groups).SelectMany(g => g.Elements).Any(LevelJudge.IsServiceFunction)
                && !RunningService.Reported(page))
            {
                missing.Insert(0, "Level 1: layanan elektronik yang sudah berjalan (dokumen ini masih rancangan/draf)");
                found.RemoveAll(f => f.Element.StartsWith("dokumen/kegiatan tentang", StringComparison.Ordinal));
                level = 0;
            }
        }
        level = HeldToKind(level, facts, page, missing);
        // OCR read badly (many garbled lines): what it shows cannot carry a level; say so rather than guess.
        if (text.Ocr && level is > 0 && GarbledShare(page) is var garbled && garbled > MaxGarbledShare)
        {
            notes.Add(new(CheckNote.OcrGarbled, (int)Math.Round(garbled * 100)));
            level = null;
        }
        if (request.Level is { } filed && level is { } l && l < filed)
            notes.Add(new(CheckNote.BelowFiled, l, filed));
        if (facts.Draft) notes.Add(new(CheckNote.Draft));
        else if (flags.Contains(EvidenceCheckFlags.Unsigned)) notes.Add(new(CheckNote.Unsigned));

        return new(request.Framework, request.Indicator, level, text.Ocr, flags.Distinct().ToList(), Dedupe(found), missing, facts, seems, false,
            text.TotalPages, Notes());
    }

    /// <summary>
    /// The records of a reviu inside a file (after a policy's penetapan, or in its lampiran): a heading "NOTULENSI RAPAT
    /// REVIU …", "Laporan Hasil Evaluasi …", "Berita Acara Reviu …", the first date after it, and whether the isu and the
    /// rekomendasi follow — the Pedoman's evidence for "telah direviu dan dievaluasi" (laporan/notulensi reviu with "isu/
    /// permasalahan dan rekomendasi perbaikan yang aktual").
    /// </summary>
    static IEnumerable<(PageText.Hit Heading, int? Year, bool Issues, bool Recommendations)> ReviewRecords(PageText page)
    {
        // "beritaacara": a scan's OCR text may join the two words. A title set on two lines ("NOTULENSI" / "RAPAT REVIU
        // KEBIJAKAN …", "NOTULENSI RAPAT" / "EVALUASI PERATURAN …"): the record's word alone on its line, or with
        // rapat/hasil/kegiatan, the reviu on the next.
        foreach (var heading in page.FindAll(@"(?:^|\n)[ \t]*(?:(?:[a-h]|\d{1,2}|[ivx]{1,4})[ \t]+)?(?:lampiran[ \t]+)?(notulensi|notulen|notula|laporan|berita[ \t]*acara|catatan|risalah)\b(?:[^\n]{0,80}?|(?:[ \t]+(?:rapat|hasil|kegiatan))?[ \t]*\n[ \t]*[^\n]{0,40}?)\b(reviu|review|evaluasi)\b"))
        {
            var text = page.Folded[heading.Page - 1];
            // The record reads on over its page break: its rekomendasi may stand on the next page (set 24 S16).
            var rest = text[heading.Index..] + (heading.Page < page.Folded.Count ? "\n" + page.Folded[heading.Page] : "");
            var after = rest[..Math.Min(rest.Length, 2500)];
            int? year = RecordDate(after)?.Year;
            var quote = page.Quote(heading.Page - 1, heading.Index + (text[heading.Index] == '\n' ? 1 : 0), heading.Length);
            yield return (heading with { Quote = quote }, year,
                Regex.IsMatch(after, @"\b(isu|permasalahan|masalah|temuan|kendala|kelemahan|kekurangan|hambatan)\b|" + FindingsHeading, RegexOptions.CultureInvariant),
                Regex.IsMatch(after, @"\b(rekomendasi|saran\s+perbaikan|usulan\s+perbaikan|saran\s+tindak\s+lanjut)\b", RegexOptions.CultureInvariant));
        }
    }

    static readonly Regex FullDate = new(@"\b\d{1,2}\s+(januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)\s+((?:19|20)\d{2})\b", RegexOptions.CultureInvariant);

    static readonly Regex PolicyHeading = new(
        @"(?:^|\n)[ \t]*(peraturan|keputusan)[ \t]+(bupati|wali[ \t]*kota|gubernur)[ \t]+[a-z]+(?:[ \t]+[a-z]+){0,2}[ \t]*\n[ \t]*nomor[ \t]+\d", RegexOptions.CultureInvariant);

    /// <summary>
    /// The policy a file holds after another record: from a heading "PERATURAN BUPATI … / NOMOR 7 TAHUN 2026" to the end, with
    /// MEMUTUSKAN and a dated "Ditetapkan di … pada tanggal …" after it (a report naming the policy it reviews has neither), judged as a policy on
    /// its own facts. Page numbers are the file's.
    /// </summary>
    static (int Level, List<FoundElement> Found, List<string> Missing)? EnclosedPolicy(PageText page, IndicatorElements indicator, bool ocr, int year)
    {
        for (var p = 0; p < page.Folded.Count; p++)
        {
            var m = PolicyHeading.Match(page.Folded[p]);
            if (!m.Success || p == 0 && m.Index < 40) continue;
            var pages = new List<string> { page.Pages[p][m.Index..] };
            pages.AddRange(page.Pages.Skip(p + 1));
            var part = new PageText(pages);
            var decides = part.Find(@"\bmemutuskan\b");
            // A dated penetapan, as for a policy filed after its reviu (a date left blank is not ditetapkan, whatever "ttd" says).
            var enacted = part.Find(@"\b(ditetapkan|dikeluarkan)\s+di\s+[a-z]+(?:\s+[a-z]+)?\s+pada\s+tanggal\s+\d{1,2}\s+[a-z]+\s+\d{4}\b");
            if (decides is null || enacted is null || enacted.Page < decides.Page || enacted.Page == decides.Page && enacted.Index < decides.Index) return null;
            var facts = DocumentFactsReader.Read(part);
            if (!DocumentFactsReader.IsPolicy(facts.Kind)) return null;
            var (found, missing) = (new List<FoundElement>(), new List<string>());
            // The reviu such a policy follows ("sesuai rekomendasi Laporan Evaluasi …", no date of its own) is the record
            // filed before it: the follow-up is read with that record's date, not the policy's own.
            var before = new PageText([.. page.Pages.Take(p), page.Pages[p][..m.Index]]);
            var level = new LevelJudge(part, facts, indicator, true, false, Review.Read(part, facts, false, year), ocr, year, NewestRecordYear(before)).Run(found, missing);
            if (level is not { } l) return null;
            return (l, found.Select(f => f with { Page = f.Page + p }).ToList(), missing);
        }
        return null;
    }

    /// <summary>Above this share of garbled lines an OCR text supports no level (see <see cref="GarbledShare"/>).</summary>
    internal const double MaxGarbledShare = 0.3;

    static readonly Regex Token = new(@"\S+", RegexOptions.CultureInvariant);

    /// <summary>
    /// The share of an OCR text's lines (of three words or more) that are garbled: a third of their words or more are not
    /// words — letters mixed with stray symbols or digits inside ("Ke1ola", "pe@ng"), or four letters and more without a vowel.
    /// </summary>
    internal static double GarbledShare(PageText page)
    {
        var (lines, garbled) = (0, 0);
        foreach (var line in page.Pages.SelectMany(p => p.Split('\n')))
        {
            var words = Token.Matches(line).Select(m => m.Value.Trim('.', ',', ';', ':', '(', ')', '"', '\'', '|', '-', '–', '[', ']', '*')).Where(w => w.Length >= 3).ToList();
            if (words.Count < 3) continue;
            lines++;
            if (words.Count(IsGarbled) * 3 >= words.Count) garbled++;
        }
        return lines == 0 ? 0 : (double)garbled / lines;
    }

    static bool IsGarbled(string word)
    {
        if (!word.Any(char.IsLetter)) return false;
        if (word.Any(c => !char.IsLetterOrDigit(c) && c is not ('.' or ',' or '/' or '-' or '(' or ')' or '%' or '&' or ':' or '\'' or '’'))) return true;
        if (word.Any(char.IsDigit) && Regex.IsMatch(word, @"[a-z]\d|\d[a-z]", RegexOptions.CultureInvariant) && !Regex.IsMatch(word, @"[/.\-]", RegexOptions.CultureInvariant)) return true;
        var letters = new string(word.Where(char.IsLetter).ToArray()).ToLowerInvariant();
        return letters.Length >= 4 && !letters.Any(c => "aeiouy".Contains(c));
    }

    /// <summary>
    /// Under a service indicator, a document whose heading names building an application (the Pembangunan Aplikasi
    /// indicator) and which says the service is not there yet, reporting none running: where it says so.
    /// </summary>
    static PageText.Hit? ServiceNotBuiltYet(PageText page, IndicatorElements seemed, IndicatorElements filed) =>
        PageText.Fold(seemed.Topic).Contains("pembangunan aplikasi", StringComparison.Ordinal)
        && filed.Levels.SelectMany(l => l.Groups).SelectMany(g => g.Elements).Any(LevelJudge.IsServiceFunction)
        && !RunningService.Reported(page) ? RunningService.NotThereYet(page) : null;

    static List<FoundElement> Dedupe(List<FoundElement> found) => found.GroupBy(f => f.Element).Select(g => g.First()).ToList();

    /// <summary>Whether the document is about the indicator's topic, and which indicator it seems to be about otherwise.</summary>
    sealed record Topic(bool OnTopic, int? Seems, PageText.Hit? Hit)
    {
        /// <summary>
        /// The topic by its words; then, under a policy indicator, a record judged on the topic that names no policy,
        /// regulation or draft of one at all ("LAPORAN KEGIATAN MIGRASI APLIKASI … KE PUSAT DATA" under Kebijakan Internal
        /// Layanan Pusat Data, set 30's Y15; an integration's technical report under Kebijakan Internal Sistem Penghubung
        /// Layanan, set 25's T07) is the practice's record, whatever its title names: off-topic, with the practice of the
        /// same topic where there is one. Its level is 0 either way (a policy's level 1 needs its concept).
        /// </summary>
        public static Topic Judge(PageText page, FrameworkElements elements, IndicatorElements filed, bool isPolicy)
        {
            var topic = ByWords(page, elements, filed, isPolicy);
            return topic.OnTopic && PracticeRecordUnderPolicy(page, filed, isPolicy)
                ? new(false, elements.Indicators.FirstOrDefault(i => !i.Policy && SameTopic(i, filed))?.Indicator, topic.Hit)
                : topic;
        }

        static Topic ByWords(PageText page, FrameworkElements elements, IndicatorElements filed, bool isPolicy)
        {
            var title = Title(page);
            bool InTitle(IndicatorElements i) => i.TopicTerms.Any(t => Regex.IsMatch(title, PageText.Phrase(t), RegexOptions.CultureInvariant));
            int Count(IndicatorElements i) => i.TopicTerms.Sum(t => page.Count(PageText.Phrase(t)));
            PageText.Hit? FirstHit(IndicatorElements i) => i.TopicTerms.Select(t => page.Find(PageText.Phrase(t))).FirstOrDefault(h => h is not null);

            // The filed topic is also found in the words a record uses for it (TopicWords); its content words below stay the topic's own.
            var own = filed with { TopicTerms = TopicWords.Terms(filed.TopicTerms) };
            var hit = FirstHit(own);
            if (InTitle(own)) return new(true, null, hit);
            // Another indicator's topic in the title, longer topics first ("Manajemen Keamanan Informasi" before "Manajemen Data").
            var heading = TopicWords.Heading(title);
            var same = elements.Indicators.Where(i => i.Indicator != filed.Indicator && !SameTopic(i, filed)
                                                      && i.TopicTerms.Any(t => NamedNotDenied(heading, t)))
                .OrderByDescending(i => i.Topic.Length).ThenByDescending(i => i.Policy == (isPolicy || filed.Policy)).ToList();
            // An application's documentation of its functions that names the filed service in its heading ("DOKUMEN
            // ARSITEKTUR DAN FUNGSI APLIKASI SISTEM INFORMASI KEUANGAN DAERAH", set 28 W29) is that service's evidence
            // (the Pedoman's "dokumentasi fungsi layanan"): Arsitektur's word beside it names the application's part. Only a
            // document of the functions, and only against Arsitektur: an audit of the functions ("LAPORAN AUDIT TIK ATAS
            // FUNGSI APLIKASI …") or a roadmap of the features ("PETA RENCANA PENGEMBANGAN FITUR APLIKASI …") is its own topic's.
            if (same.Count > 0 && !filed.Policy && same.All(i => PageText.Fold(i.Topic).Contains("arsitektur", StringComparison.Ordinal))
                && FunctionsDocumented.IsMatch(heading) && ContentWords(filed).Any(w => NamedNotDenied(heading, w)))
                return new(true, null, hit);
            if (same.Count > 0 && IsItemOf(same[0], filed))
                return !same[0].Policy && PracticeRecordUnderPolicy(page, filed, isPolicy) ? new(false, same[0].Indicator, hit) : new(true, null, hit);
            if (same.Count > 0 && !TopicContains(same[0], filed)) return new(false, same[0].Indicator, hit);
            var filedCount = Count(own);
            if (filedCount >= 2) return new(true, null, hit);
            // A policy regulating two or more of the items its criteria enumerate (data induk, data referensi …) is on
            // the topic even where it names the topic otherwise ("Satu Data" for Manajemen Data).
            if (filed.Policy && ItemsNamed(page, filed) >= 2) return new(true, null, hit);
            // Likewise one regulating three or more parts of what its criteria enumerate as one phrase (the siklus
            // pembangunan aplikasi: perencanaan, analisis, desain, implementasi, pemeliharaan) that names a word of the
            // topic ("pengembangan aplikasi" for Pembangunan Aplikasi).
            if (filed.Policy && PartsNamed(page, filed) >= 3 && ContentWords(filed).Any(w => page.Find(@"\b" + Regex.Escape(w)) is not null))
                return new(true, null, hit);
            var best = elements.Indicators.Where(i => i.Indicator != filed.Indicator && !SameTopic(i, filed))
                .Select(i => (Indicator: i, Count: Count(i))).OrderByDescending(x => x.Count).ThenByDescending(x => x.Indicator.Topic.Length).FirstOrDefault();
            if (best.Indicator is not null && best.Count >= 3 && best.Count > 3 * filedCount && !IsItemOf(best.Indicator, filed))
                return new(false, Prefer(elements, best.Indicator, filed.Policy), hit);
            // A practice document that names not one word of the indicator's topic (no "koordinasi" for Tim
            // Koordinasi) is another activity's record.
            // A word shared with another topic ("kinerja": Akuntabilitas Kinerja Organisasi and Kinerja Pegawai) tells
            // nothing where that other topic is named in full ("Sasaran Kinerja Pegawai").
            // A practice on ICT things ("Manajemen Aset TIK") names them: its one long word ("aset") is every good of the
            // region's, so a record of the vehicles' inventory under the BPKAD's letterhead ("BADAN PENGELOLAAN KEUANGAN DAN ASET
            // DAERAH") that names no ICT thing is another asset's (set 29 X34); a count of computers and laptops is this one's.
            if (!filed.Policy && filedCount == 0 && filed.TopicTerms.Any(t => Regex.IsMatch(PageText.Fold(t), @"\btik\b", RegexOptions.CultureInvariant))
                && page.Find(IctThings) is null)
                return new(false, best.Indicator is not null && best.Count > 0 ? Prefer(elements, best.Indicator, filed.Policy) : null, hit);
            bool SharedAndNamedOther(string w) => elements.Indicators.Any(o => !SameTopic(o, filed) && ContentWords(o).Contains(w) && Count(o) > 0);
            if (!filed.Policy && filedCount == 0 && ContentWords(filed) is { Count: > 0 } words
                && !words.Any(w => TopicWords.Forms(w).Any(f => page.Find(@"\b" + Regex.Escape(f)) is not null) && !SharedAndNamedOther(w)
                                   || Synonyms.TryGetValue(w, out var same) && same.Any(x => page.Find(PageText.Phrase(x)) is not null)))
                return new(false, best.Indicator is not null && best.Count > 0 ? Prefer(elements, best.Indicator, filed.Policy) : null, hit);
            // No sign of another indicator: a policy indicator's topic must be named; a topic that is only a label
            // ("Layanan Publik Sektor 1") cannot be looked for, so the document gets the benefit of the doubt.
            // A policy (an SOP, a Perbup) that names the topic once, and not in a heading (a letter's "TENTANG …" stands
            // after "Kepada Yth.", past the title read above), only mentions it: "SOP Penanganan Pengaduan Perizinan" with a
            // note "[diunggah pada Indikator 1 - Kebijakan Internal Arsitektur SPBE]" is no policy on Arsitektur.
            if (filed.Policy && isPolicy && filedCount == 1 && hit is not null && !InCapitals(page, hit)) return new(false, best.Indicator is not null && best.Count > 0 ? Prefer(elements, best.Indicator, filed.Policy) : null, hit);
            return new(filedCount > 0 || !filed.Policy, null, hit);
        }

        /// <summary>
        /// Under a policy indicator, a record that is no policy and names no policy, regulation or draft of one at all
        /// (<see cref="PolicyWords.Any"/>: no kebijakan, peraturan, SK, Instruksi Bupati, Ranperbup, harmonisasi …) is the
        /// practice's record, not the policy's: the record of carrying out one of its items ("LAPORAN HASIL AUDIT KEAMANAN
        /// SPBE" under Kebijakan Internal Audit TIK), or of the practice itself (set 30's Y15).
        /// </summary>
        static bool PracticeRecordUnderPolicy(PageText page, IndicatorElements filed, bool isPolicy) =>
            filed.Policy && !isPolicy && page.Find(PolicyWords.Any) is null;

        /// <summary>
        /// The topic is named in the heading, and not as what the document says it lacks: "belum ada keterkaitan dengan
        /// arsitektur" under a business-process document's title is no Arsitektur document.
        /// </summary>
        static bool NamedNotDenied(string heading, string term) =>
            Regex.Matches(heading, PageText.Phrase(term), RegexOptions.CultureInvariant)
                .Any(m => !DeniedBefore.IsMatch(heading[(heading.LastIndexOf('\n', Math.Max(0, m.Index - 1)) + 1)..m.Index]));

        /// <summary>A heading that documents an application's functions: "DOKUMEN ARSITEKTUR DAN FUNGSI APLIKASI …" (folded).</summary>
        static readonly Regex FunctionsDocumented = new(@"\bdokumen(?:tasi)?\b[^\n]*?\b(fungsi|fitur|kapabilitas)\s+(?:\w+\s+)?(aplikasi|sistem|layanan)\b", RegexOptions.CultureInvariant);

        static readonly Regex DeniedBefore = new(@"\b(belum|tidak|tanpa|bukan)\b(?:\s+\w+){0,4}\s*$", RegexOptions.CultureInvariant);

        /// <summary>The hit's line is written in capitals: a heading.</summary>
        static bool InCapitals(PageText page, PageText.Hit hit)
        {
            var text = page.Pages[hit.Page - 1];
            var start = text.LastIndexOf('\n', Math.Max(0, hit.Index - 1)) + 1;
            var end = text.IndexOf('\n', hit.Index);
            var line = text[start..(end < 0 ? text.Length : end)];
            return !line.Any(char.IsLower);
        }

        /// <summary>
        /// ICT things a record of them names: "TIK", "teknologi informasi", "perangkat TI", computers, servers, networks and
        /// their devices ("612 unit PC, router, switch, access point, UPS dan CCTV"), a data centre, software. Not "aplikasi" nor
        /// "sistem informasi": every screenshot of an application names them, the vehicles' inventory too ("TANGKAPAN LAYAR APLIKASI
        /// SISTEM INFORMASI MANAJEMEN BARANG MILIK DAERAH", set 29 X34); nor "informatika", the office a letterhead names.
        /// </summary>
        const string IctThings = @"\b(tik|teknologi\s+informasi|perangkat\s+ti|komputer|pc|laptop|notebook|server|printer|router|switch|access\s+point|ups|cctv|pusat\s+data"
            + @"|perangkat\s+(?:keras|lunak|jaringan)|hardware|software|lisensi|jaringan)\b";

        /// <summary>Everyday words for a topic word ("kerja sama kedua dinas" is a kolaborasi).</summary>
        static readonly Dictionary<string, string[]> Synonyms = new()
        {
            ["kolaborasi"] = ["kerja sama", "kerjasama", "bekerja sama", "berkolaborasi", "langkah bersama", "secara bersama", "bersama sama",
                "lintas perangkat daerah", "antar perangkat daerah", "antarperangkat daerah", "lintas opd", "antar opd"],
            ["pengaduan"] = ["aduan", "keluhan"],
            // The Pedoman writes the topic "Layanan Pengelolaan BMN/BMD"; Kemendagri's application is E-BMD.
            ["barang"] = ["bmd", "bmn"],
            // An audit of security done as a vulnerability test ("uji kerentanan (vulnerability assessment) mendadak").
            ["audit"] = ["uji kerentanan", "uji penetrasi", "penetration test", "pentest", "vulnerability assessment", "penilaian kerentanan"],
        };

        static readonly HashSet<string> Generic = ["manajemen", "layanan", "penerapan", "pelaksanaan", "sistem", "pemerintahan", "elektronik", "publik", "sektor", "umum", "khusus",
            // Every Pemda's record names its "daerah" ("Barang Milik Negara/Daerah" is told by its barang).
            "daerah", "negara"];

        static List<string> ContentWords(IndicatorElements i) =>
            i.TopicTerms.SelectMany(t => PageText.Fold(t).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .Where(w => w.Length >= 4 && !w.Any(char.IsDigit) && !Generic.Contains(w)).Distinct().ToList();

        static IEnumerable<CriterionElement> Items(IndicatorElements i) =>
            i.Levels.SelectMany(l => l.Groups).SelectMany(g => g.Elements).Where(e => e.Kind == "item").DistinctBy(e => e.Id);

        /// <summary>"Audit Keamanan" (indicator 31) is one of the items of "Audit TIK" (indicator 9).</summary>
        static bool IsItemOf(IndicatorElements other, IndicatorElements filed) =>
            Items(filed).Any(e => PageText.Fold(e.Label).Contains(PageText.Fold(other.Topic), StringComparison.Ordinal));

        static int ItemsNamed(PageText page, IndicatorElements filed) =>
            Items(filed).Count(e => page.Find(LevelJudge.ItemPattern(e)) is not null);

        /// <summary>The most parts of one enumerating phrase element of the indicator the document names.</summary>
        static int PartsNamed(PageText page, IndicatorElements filed) =>
            filed.Levels.SelectMany(l => l.Groups).SelectMany(g => g.Elements).Where(e => e.Kind == "phrase")
                .Select(e => e.Qualifiers.Where(q => q.StartsWith("part:", StringComparison.Ordinal))
                    .Count(q => page.Find(PageText.Phrase(q[5..])) is not null))
                .DefaultIfEmpty(0).Max();

        static bool SameTopic(IndicatorElements a, IndicatorElements b) => a.Topic.Equals(b.Topic, StringComparison.OrdinalIgnoreCase);

        static bool TopicContains(IndicatorElements longer, IndicatorElements filed) =>
            PageText.Fold(longer.Topic).Contains(PageText.Fold(filed.Topic), StringComparison.Ordinal);

        /// <summary>Of two indicators with one topic (policy 1–10 and its practice 11+), the one of the filed family.</summary>
        static int Prefer(FrameworkElements elements, IndicatorElements candidate, bool policy) =>
            elements.Indicators.FirstOrDefault(i => SameTopic(i, candidate) && i.Policy == policy)?.Indicator ?? candidate.Indicator;

        /// <summary>The heading and title: up to "Menimbang"/"DENGAN RAHMAT", at most 700 characters of the first page.</summary>
        static string Title(PageText page)
        {
            var head = page.Head(900);
            var end = Regex.Match(head, @"\b(menimbang|dengan\s+rahmat|latar\s+belakang|pendahuluan|yth|kepada)\b", RegexOptions.CultureInvariant);
            return end.Success && end.Index > 40 ? head[..end.Index] : head[..Math.Min(head.Length, 700)];
        }
    }

    /// <summary>A reviu/evaluasi report: its year, age, and whether it has isu and rekomendasi.</summary>
    sealed record Review(bool IsReviewReport, bool Stale, int? Year, PageText.Hit? ReviewHit, PageText.Hit? Issues, PageText.Hit? Recommendations)
    {
        public static Review Read(PageText page, DocumentFacts facts, bool isReport, int evaluationYear, DateOnly? asOf = null)
        {
            var head = page.Head(500);
            var reviewHit = page.Find(@"\b(reviu|review|evaluasi)\b");
            var isReview = isReport && NamesOwnReview(head, page) && !ReviewOnlyPlanned(page);
            // A report's own date stands in its heading ("Tanggal reviu: 5 Juni 2023"); a file that holds a policy after the
            // report has that policy's penetapan date too, which is not the reviu's.
            var headDate = isReport ? OwnDate(FullDate, page.Head(600)) : null;
            var year = headDate is { Success: true } d ? int.Parse(d.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) : facts.Date?.Year ?? facts.Year;
            // "masih berlaku (<2 tahun)" is an age: counted to the day where the reviu's day and the evaluation's reference
            // date are known (a reviu of 16 December 2024 is valid on 7 December 2026), else by year.
            var day = headDate is { Success: true } ? DocumentFactsReader.DateIn(headDate.Value) : facts.Date;
            var stale = asOf is { } on && day is { } dated && dated.Year == year
                ? dated.AddYears(2) <= on
                : year is { } y && evaluationYear - y >= 2;
            var issues = page.Find(@"\b(isu|isu\s+isu|permasalahan|masalah|temuan|kendala|kelemahan|kekurangan|hambatan|hasil\s+telaah)\b|" + FindingsHeading);
            var recommendations = page.Find(@"\b(rekomendasi|saran\s+perbaikan|usulan\s+perbaikan|saran\s+tindak\s+lanjut)\b");
            return new(isReview, stale, year, reviewHit, issues, recommendations);
        }

        public bool Complete => IsReviewReport && !Stale && Year is not null && Issues is not null && Recommendations is not null;
    }

    /// <summary>Climbs the levels: each needs every group of its own and all below; stops at the first unmet one.</summary>
    sealed partial class LevelJudge(PageText page, DocumentFacts facts, IndicatorElements indicator, bool isPolicy, bool isReport, Review review, bool ocr, int year, int? recordYear = null, bool? statedStale = null, string? configuredInstansi = null)
    {
        static readonly HashSet<string> Stop = ["spbe", "yang", "dan", "atau", "terkait", "instansi", "pusat", "pemerintah", "daerah", "dengan", "oleh", "untuk"];

        /// <summary>The highest level met: 0 where the text supports none (a draft where ditetapkan is needed, a stale reviu).</summary>
        public int? Run(List<FoundElement> found, List<string> missing)
        {
            // A reviu report proves its level at once, unless (outside Kebijakan Internal) it says a level below is not
            // reached ("5 dari 8 program kerja terlaksana"): then the ladder is climbed like any other document.
            // A stale reviu of a practice counts toward no level that needs a reviu; the rest of the report is judged below.
            if (review.IsReviewReport && ReviewLevel() is { } reviewed && (indicator.Policy || !review.Stale && !BelowDenied(reviewed.Level))) return RunReview(found, missing);
            if (Amendment() is { } amended) return amended(found, missing);
            var level = 0;
            var stopped = false;
            foreach (var l in indicator.Levels.OrderBy(l => l.Level))
            {
                if (l.Groups.Count == 0 && !stopped)
                {
                    // The criterion names nothing a text can show at this level: never claim it; stop climbing here.
                    missing.Add($"Level {l.Level}: kriteria tidak menyebut unsur yang dapat diperiksa dari teks; periksa manual");
                    stopped = true;
                }
                var unmet = new List<string>();
                foreach (var group in l.Groups)
                {
                    var hits = group.Elements.Select(e => (Element: e, Hit: Find(e))).ToList();
                    if (!indicator.Policy)
                    {
                        // What the document itself says it lacks ("tanpa perencanaan", "9 dari 31 Perangkat Daerah",
                        // "belum mengacu pada pedoman") outweighs the same words found elsewhere. Alternatives of one
                        // element (the words for "sesuai perencanaan") fall together; distinct items one by one.
                        var oneElement = group.Elements.Select(e => e.Label).Distinct().Count() == 1;
                        var denials = group.Elements.Select(e => (Element: e, Hit: Denied(e, oneElement && e.Kind == "term"))).Where(d => d.Hit is not null).ToList();
                        foreach (var d in denials) _denied.TryAdd(d.Element.Label, d.Hit!);
                        if (denials.Count > 0)
                            hits = hits.Select(h => oneElement && !SeparateFunctions(group, denials.Select(d => d.Element)) || denials.Any(d => d.Element == h.Element) ? (Element: h.Element, Hit: (PageText.Hit?)null) : h).ToList();
                    }
                    else if (group.Elements.Any(e => e.Kind == "scope-all") && ExcludedUnits() is { } excluded)
                    {
                        // A policy whose own articles leave some Perangkat Daerah out does not regulate for all of them.
                        foreach (var e in group.Elements.Where(e => e.Kind == "scope-all")) _denied.TryAdd(e.Label, excluded);
                        hits = hits.Select(h => h.Element.Kind == "scope-all" ? (Element: h.Element, Hit: (PageText.Hit?)null) : h).ToList();
                    }
                    if (DashboardAlone(hits)) hits = hits.Select(h => (Element: h.Element, Hit: (PageText.Hit?)null)).ToList();
                    foreach (var (e, h) in hits.Where(x => x.Hit is not null)) found.Add(new FoundElement(e.Label, h!.Quote, h.Page));
                    var met = group.Mode == "any" ? hits.Any(h => h.Hit is not null) : hits.All(h => h.Hit is not null);
                    if (met) continue;
                    if (!indicator.Policy && ImpliedInteraction(group) is { } implied)
                    {
                        found.Add(new FoundElement(group.Elements[0].Label + " — pengguna mengirim data ke layanan transaksinya", implied.Quote, implied.Page));
                        continue;
                    }
                    if (group.Mode == "any") unmet.Add(group.Elements.Select(e => e.Label).Distinct().Count() == 1
                        ? Why(group.Elements[0]) : "salah satu dari: " + string.Join(", ", group.Elements.Select(e => e.Label).Distinct()));
                    else unmet.AddRange(hits.Where(h => h.Hit is null).Select(h => Why(h.Element)));
                }
                if (stopped) continue;   // later levels only add what was found, for the quotes
                if (unmet.Count > 0)
                {
                    missing.AddRange(unmet.Select(u => $"Level {l.Level}: {u}"));
                    stopped = true;
                    continue;
                }
                level = l.Level;
            }
            return level;
        }

        /// <summary>
        /// An amendment ("Perubahan atas Peraturan Bupati Nomor 12 Tahun 2024"), ditetapkan, whose preamble says it
        /// follows a reviu/evaluasi: the new policy the follow-up level names. It rewrites only the articles the reviu
        /// found wanting; what it keeps of the amended policy is by reference, so its text is the follow-up itself.
        /// </summary>
        Func<List<FoundElement>, List<string>, int?>? Amendment()
        {
            if (!indicator.Policy || !isPolicy || facts.Draft || !facts.Signed) return null;
            if (!Regex.IsMatch(page.Head(1200), @"\bperubahan\s+(?:(?:kedua|ketiga|keempat)\s+)?atas\s+(peraturan|keputusan)\b", RegexOptions.CultureInvariant)) return null;
            var followLevel = indicator.Levels.FirstOrDefault(l => l.Groups.Any(g => g.Elements.Any(e => e.Kind == "followup")));
            if (followLevel is null || FollowUp() is not { } follow) return null;
            return (found, missing) =>
            {
                if (page.Find(@"\b(ditetapkan|dikeluarkan)\s+di\b") is { } enacted) found.Add(new("kebijakan telah ditetapkan", enacted.Quote, enacted.Page));
                found.Add(new("kebijakan baru menindaklanjuti hasil reviu/evaluasi", follow.Quote, follow.Page));
                return followLevel.Level;
            };
        }

        bool BelowDenied(int level) => indicator.Levels.Where(l => l.Level < level).SelectMany(l => l.Groups).Any(g =>
        {
            var oneElement = g.Elements.Select(e => e.Label).Distinct().Count() == 1;
            return g.Elements.Any(e => Denied(e, oneElement && e.Kind == "term") is not null);
        });

        /// <summary>The first level whose criterion needs a reviu (its element of kind <c>review</c>); null where none does.</summary>
        LevelElements? ReviewLevel() => indicator.Levels.FirstOrDefault(l => l.Groups.Any(g => g.Elements.Any(e => e.Kind == "review")));

        /// <summary>A reviu report proves the reviu element (the level that names it) when it is recent with isu and rekomendasi.</summary>
        int? RunReview(List<FoundElement> found, List<string> missing)
        {
            var reviewLevel = ReviewLevel();
            if (review.ReviewHit is { } r) found.Add(new("reviu/evaluasi kebijakan", r.Quote, r.Page));
            if (review.Issues is { } i) found.Add(new("isu/permasalahan", i.Quote, i.Page));
            if (review.Recommendations is { } c) found.Add(new("rekomendasi perbaikan", c.Quote, c.Page));
            if (reviewLevel is null) return null;
            if (review.Complete)
            {
                // A report of the reviu and of what was done after it ("BAB V TINDAK LANJUT DAN PERBAIKAN") shows the level above too.
                var level = reviewLevel.Level;
                foreach (var next in indicator.Levels.Where(l => l.Level > reviewLevel.Level).OrderBy(l => l.Level))
                {
                    var groups = next.Groups.Select(g => (Group: g, Hits: g.Elements.Select(e => (Element: e, Hit: Find(e))).ToList())).ToList();
                    var met = next.Groups.Count > 0 && groups.All(g => g.Group.Mode == "any" ? g.Hits.Any(h => h.Hit is not null) : g.Hits.All(h => h.Hit is not null));
                    if (!met)
                    {
                        foreach (var e in next.Groups.SelectMany(g => g.Elements)) missing.Add($"Level {next.Level}: {Why(e)}");
                        break;
                    }
                    foreach (var (e, h) in groups.SelectMany(g => g.Hits).Where(x => x.Hit is not null)) found.Add(new FoundElement(e.Label, h!.Quote, h.Page));
                    level = next.Level;
                }
                return level;
            }
            if (review.Stale) missing.Add($"Level {reviewLevel.Level}: reviu/evaluasi yang masih berlaku (< 2 tahun)");
            if (review.Year is null) missing.Add($"Level {reviewLevel.Level}: tanggal reviu/evaluasi");
            if (review.Issues is null) missing.Add($"Level {reviewLevel.Level}: isu/permasalahan hasil reviu");
            if (review.Recommendations is null) missing.Add($"Level {reviewLevel.Level}: rekomendasi perbaikan");
            // A reviu report that cannot count (stale, undated, without isu/rekomendasi) supports no level.
            return 0;
        }

        readonly Dictionary<string, PageText.Hit> _denied = [];

        string Why(CriterionElement e) => _denied.TryGetValue(e.Label, out var denied) ? WhyPlain(e) + $" (dokumen menyebut: «{denied.Quote}», hlm. {denied.Page})" : WhyPlain(e);

        string WhyPlain(CriterionElement e) => e.Kind switch
        {
            "enacted" when facts.Draft => "kebijakan yang ditetapkan (dokumen ini masih rancangan/draf)",
            "enacted" when isPolicy && !facts.Signed => "kebijakan yang ditetapkan (tidak ada blok penetapan/tanda tangan)",
            "enacted" => "kebijakan yang ditetapkan (peraturan/keputusan bernomor dan bertanda tangan)",
            "item" => "mengatur " + e.Label,
            "term" when indicator.Policy => "mengatur keterhubungan dengan " + e.Label,
            "review" when indicator.Policy => "laporan/notulensi reviu atau evaluasi kebijakan < 2 tahun berisi isu dan rekomendasi",
            "review" when review.Stale && review.Year is { } y => $"reviu/evaluasi berkala < 2 tahun (reviu dalam dokumen ini bertanggal {y}: lebih dari 2 tahun, tidak dihitung)",
            "review" => "reviu/evaluasi berkala < 2 tahun (laporan berisi isu dan rekomendasi)",
            _ => e.Label,
        };

        PageText.Hit? Find(CriterionElement e) => e.Kind switch
        {
            "concept" => isPolicy || facts.Draft || isReport && page.Find(PolicyWords.Draft) is not null
                ? page.Find(PageText.Phrase(indicator.Topic)) ?? FirstLine() : null,
            "enacted" => isPolicy && !facts.Draft && facts.Signed ? page.Find(@"\b(ditetapkan|dikeluarkan)\s+di\b") ?? page.Find(@"\b(ttd|nip)\b") ?? FirstLine() : null,
            "item" => Content(ItemPattern(e)),
            // A service function (search, upload, validation…) is what the system offers, not what its users are obliged to do.
            // Nor what it lacks or will only have ("fitur unggah belum tersedia", "akan dikembangkan pada 2027").
            "term" when IsServiceFunction(e) => e.Terms.SelectMany(t => page.FindAll(PageText.Phrase(t)))
                .Concat(e.Id.StartsWith("term:collaboration:", StringComparison.Ordinal) ? page.FindAll(DataExchange).Concat(page.FindAll(LinkedWith)).Concat(page.FindAll(SentToNamed)).Concat(page.FindAll(ElectronicServiceExchange)).Concat(page.FindAll(Harvested)) : [])
                .Where(Counts).FirstOrDefault(h => !Obligation(h) && !Negated(h) && !Planned(h) && !NotTheService(h) && !UnderPlanHeading(h)),
            // In a practice's record a term in a negated clause ("tidak termasuk dalam rencana kerja") is not there.
            // A title counts ("NOTULENSI RAPAT KONSULTASI RENCANA DAN ANGGARAN SPBE": the record of the consultation)
            // unless the body denies the element: Run's denial takes every word of the element away, the title's too
            // ("Seluruh 31 Perangkat Daerah belum … dikonsultasikan", m29ev; sets 6 and 27: E19, V19) — and only on a record
            // of it: an invitation or a blank form titled so shows nothing held (m30ev, RecordOfActivity).
            "term" when !indicator.Policy => e.Terms.SelectMany(t => page.FindAll(PageText.Phrase(t)))
                .Concat(e.Id.StartsWith("term:plan:", StringComparison.Ordinal) ? page.FindAll(PlannedAndDone).Concat(page.FindAll(EnactedProgram)) : [])
                .Concat(e.Id.StartsWith("term:external:", StringComparison.Ordinal) ? AuditFirm() : [])
                .Concat(e.Id.StartsWith("term:standard:", StringComparison.Ordinal) ? page.FindAll(TechnicalGuide) : [])
                .Concat(e.Id.StartsWith("term:all-done:", StringComparison.Ordinal) ? WholeShareDone() : [])
                .Where(Counts).FirstOrDefault(h => !Negated(h) && !UnitName(h) && (!e.Id.StartsWith("term:standard:", StringComparison.Ordinal) || Followed(h))
                    && (!e.Id.StartsWith("term:plan:", StringComparison.Ordinal) || !OnlyAskedPlan(h) && !FollowUpPlan(h))
                    && (!e.Id.StartsWith("term:consult:", StringComparison.Ordinal) || !CapitalsLine(h) || RecordOfActivity())),
            "term" => e.Terms.Select(t => Content(PageText.Phrase(t))).FirstOrDefault(h => h is not null),
            "phrase" => Content(PhrasePattern(e.Terms[0])) ?? AllParts(e),
            // A policy or SOP applies to the units only once it is in force: one with no penetapan or signature ("Disahkan
            // oleh: -") is not yet "didokumentasikan secara formal" (set 24 S17).
            "scope-some" => isPolicy ? (facts.Signed && !facts.Draft ? indicator.TopicTerms.Select(t => page.Find(PageText.Phrase(t))).FirstOrDefault(h => h is not null) : null) : Content(@"\b(perangkat\s+daerah|unit\s+kerja|dinas|badan|bagian|opd)\b"),
            "practice" => indicator.TopicTerms.Select(t => page.Find(PageText.Phrase(t))).FirstOrDefault(h => h is not null) ?? FirstLine(),
            // A document read by OCR that shows no penetapan/signature may be a draft whose marker was read badly: not "available".
            // The reviu/evaluasi report of the document is not the document: "Laporan Reviu dan Evaluasi Dokumen Peta Rencana"
            // names the Peta Rencana it reviewed; that the document is available needs the document itself.
            "available" => !facts.Draft && !CallsItselfDraft() && !EmptySignature() && !review.IsReviewReport
                           && (isPolicy || ocr && !isReport ? facts.Signed : !isReport || facts.Kind == "Laporan")
                ? indicator.TopicTerms.Select(t => page.Find(PageText.Phrase(t))).FirstOrDefault(h => h is not null) ?? FirstLine() : null,
            "improvement" => StatedStale ? null : Improvement(),
            "scope-all" => e.Terms.Select(t => Content(PageText.Phrase(t))).FirstOrDefault(h => h is not null) ?? Content(AllUnits) ?? WholeShare() ?? WholeShareOfUnits(),
            "integration" => e.Terms.SelectMany(t => page.FindAll(PageText.Phrase(t))).Where(Counts).FirstOrDefault(h => IsIntegration(h) || DirectedWith(h, e)),
            "review" => isPolicy ? FollowUp() ?? EnclosedReview() : StatedStale ? null : PeriodicReview(),
            "followup" => isPolicy ? FollowUp() ?? AmendedAfterReview() : StatedStale ? null : EnclosedFollowUp() ?? Improvement(),
            _ => null,
        };

        PageText.Hit? Content(string pattern) => page.FindAll(pattern).FirstOrDefault(Counts);

        /// <summary>The only reviu the text dates is two years old or more (<see cref="StaleStatedReview"/>): the main judge is
        /// given what <see cref="Judge"/> already read of the same page; an enclosed policy's part reads its own.</summary>
        bool StatedStale => _statedStale ??= statedStale ?? StaleStatedReview(page, review, year) is not null;
        bool? _statedStale;

        /// <summary>Where the document says an element is lacking: the element's words in a negated clause, a partial scope.</summary>
        PageText.Hit? Denied(CriterionElement e, bool aboutActivity = false) => e.Kind switch
        {
            // One element's alternative words ("perencanaan", "rencana kerja"): the negated clause must be about the
            // activity itself ("kegiatan … belum masuk rencana kerja"), not a finding on something else ("belum ada
            // perencanaan kapasitas" in an audit's findings).
            // The auditor's certificate is denied only in a clause about the auditor ("auditor belum bersertifikat"), not by
            // another certificate in a finding ("2 aplikasi tanpa TLS | Sertifikat TLS dipasang").
            "term" when e.Id.StartsWith("term:certified:", StringComparison.Ordinal) =>
                e.Terms.SelectMany(t => page.FindAll(PageText.Phrase(t))).FirstOrDefault(h => Negated(h) && AboutAuditor(h)),
            "term" when e.Id.StartsWith("term:collaboration:", StringComparison.Ordinal) && NoCollaboration() is { } none => none,
            "term" when aboutActivity => e.Terms.SelectMany(t => page.FindAll(PageText.Phrase(t))).FirstOrDefault(h => Negated(h) && AboutActivity(h)),
            // "Seluruhnya" is denied by a share short of the whole: "5 dari 8 program kerja terlaksana".
            "term" when e.Id.StartsWith("term:all-done:", StringComparison.Ordinal) => ShortShare() ?? e.Terms.SelectMany(t => page.FindAll(PageText.Phrase(t))).FirstOrDefault(Negated),
            "term" or "integration" => e.Terms.SelectMany(t => page.FindAll(PageText.Phrase(t))).FirstOrDefault(Negated),
            "item" => page.FindAll(ItemPattern(e)).FirstOrDefault(h => Negated(h) && !PartLacking(h) && !IsuOfLaterReview(h, ItemPattern(e))),
            "scope-all" => PartialScope() ?? e.Terms.SelectMany(t => page.FindAll(PageText.Phrase(t))).FirstOrDefault(Negated),
            "review" => page.Find(@"\b(belum|tidak)\s+(pernah\s+)?(dilakukan|dilaksanakan|ada)\s+(reviu|review|evaluasi)\b")
                        ?? page.Find(@"\b(reviu|review|evaluasi)\s+(?:\w+\s+){0,4}?(belum|tidak)\s+(pernah\s+)?(dilakukan|dilaksanakan)\b"),
            _ => null,
        };

        // "blm", "tdk": the abbreviations an operator's note writes ("fitur unggah/unduh blm ada").
        static readonly Regex NegationBefore = new(@"\b(tanpa|belum|blm|tidak|tdk|bukan)\b", RegexOptions.CultureInvariant);
        static readonly Regex NegationAfter = new(@"^\W*(?:\w+\W+){0,4}?(belum|blm|tidak|tdk)\b", RegexOptions.CultureInvariant);

        /// <summary>
        /// Collaboration with another electronic service described as data flowing between the systems: "ditarik dari
        /// aplikasi e-SAKIP", "dikirim otomatis ke aplikasi penggajian", "disinkronkan harian dari SIMPEG", "menarik pagu dari SIPD".
        /// </summary>
        const string DataExchange =
            @"\b(ditarik|diambil|dikirim|dikirimkan|menarik|mengambil|mengirim|mengirimkan|disinkronkan|disinkronisasi|tersinkronisasi|menyinkronkan|terkoneksi|dikoneksikan)\b(?:\s+\w+){0,8}?\s+(dari|ke|dengan)\s+(?:\w+\s+){0,2}?(aplikasi|sistem|portal|si[a-z]{2,}|e\s+[a-z]{3,}|sp4n|api)\b";

        /// <summary>
        /// Metadata harvested by another portal ("metadata dataset dipanen (harvest) oleh Portal Satu Data Indonesia"): the
        /// national portal's service pulls from this one — data exchanged between two electronic services (set 26 U37).
        /// </summary>
        const string Harvested =
            @"\b(dipanen|diharvest|memanen)\b(?:\s+\w+){0,3}?\s+(oleh|ke|dari)\s+(?:\w+\s+){0,2}?(portal|sistem|aplikasi)\b";

        /// <summary>
        /// "dilaksanakan sesuai perencanaan" as a record writes it: "direncanakan dalam Rencana Aksi 2026 dan dilaksanakan
        /// oleh …", "sesuai dengan rencana", "mengacu pada jadwal" (not "direncanakan … dan akan dilaksanakan").
        /// </summary>
        const string PlannedAndDone =
            @"\bdirencanakan\s+(?:dalam|pada|melalui|di)\s+(?:\w+\s+){0,8}?(?:dan|serta|kemudian)\s+(?:telah\s+|sudah\s+)?(?:dilaksanakan|terlaksana|dijalankan)\b"
            + @"|\b(?:sesuai|berdasarkan|mengacu\s+pada)\s+(?:dengan\s+)?(?:rencana|jadwal)\b";

        internal static bool IsServiceFunction(CriterionElement e) =>
            e.Id.StartsWith("term:interaction:", StringComparison.Ordinal) || e.Id.StartsWith("term:transaction:", StringComparison.Ordinal)
            || e.Id.StartsWith("term:collaboration:", StringComparison.Ordinal);

        bool Obligation(PageText.Hit hit)
        {
            var (start, end) = Clause(hit);
            return Regex.IsMatch(page.Folded[hit.Page - 1][start..end], @"\b(wajib|diwajibkan|harus)\b", RegexOptions.CultureInvariant);
        }

        /// <remarks>
        /// The clause's predicate may come far after a long subject: "Fitur pengunggahan Renja Perangkat Daerah dan verifikasi
        /// daring sedang dalam tahap pengembangan" (set 27 V28), so the plan's words are looked for up to the clause's end
        /// within <see cref="PredicateReach"/>. An integration only explored ("penjajakan integrasi … sedang berlangsung",
        /// set 27 V38) is no collaboration yet: the Kriteria asks for the service to be connected.
        /// </remarks>
        bool Planned(PageText.Hit hit)
        {
            var (start, end) = Clause(hit, PredicateReach);
            return Regex.IsMatch(page.Folded[hit.Page - 1][start..end], @"\b(akan|direncanakan|rencana\s+pengembangan|sedang\s+dikembangkan|tahap\s+pengembangan|masih\s+dikembangkan|usulan\s+pengembangan|mengusulkan\s+pengembangan|penjajakan|menjajaki|dijajaki)\b", RegexOptions.CultureInvariant);
        }

        /// <summary>How far after a hit <see cref="Planned"/> looks for the clause's predicate (the other readings look 60 characters).</summary>
        const int PredicateReach = 120;

        bool AboutAuditor(PageText.Hit hit)
        {
            var (start, end) = Clause(hit);
            return Regex.IsMatch(page.Folded[hit.Page - 1][start..end], @"\b(auditor|pemeriksa|tim\s+audit|pelaksana\s+audit)\b", RegexOptions.CultureInvariant);
        }

        bool AboutActivity(PageText.Hit hit)
        {
            var (start, end) = Clause(hit);
            var clause = page.Folded[hit.Page - 1][start..end];
            if (OtherThanTheActivity(hit, page.Folded[hit.Page - 1][start..hit.Index])) return false;
            // The next round's plan is another activity: "Audit infrastruktur berikutnya pada Tahun 2027 direncanakan …
            // sesuai Peta Rencana SPBE" says nothing of whether this one followed its plan (set 25 T26).
            if (NextRound.IsMatch(clause)) return false;
            if (Regex.IsMatch(clause, @"\b(kegiatan|pelaksanaan|dilaksanakan|program)\b", RegexOptions.CultureInvariant)) return true;
            var words = indicator.TopicTerms.SelectMany(t => PageText.Fold(t).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .Where(w => w.Length >= 4 && w is not ("manajemen" or "layanan" or "penerapan" or "pelaksanaan")).Distinct();
            return words.Any(w => Regex.IsMatch(clause, @"\b" + Regex.Escape(w) + @"\b", RegexOptions.CultureInvariant));
        }

        /// <summary>
        /// The hit's line is written in capitals: a title or heading ("KONSULTASI RENCANA DAN ANGGARAN SPBE") names what the
        /// document is about; it shows the activity held only on a record of it (<see cref="RecordOfActivity"/>).
        /// </summary>
        bool CapitalsLine(PageText.Hit hit)
        {
            var text = page.Pages[hit.Page - 1];
            var start = text.LastIndexOf('\n', Math.Max(0, hit.Index - 1)) + 1;
            var end = text.IndexOf('\n', hit.Index);
            var line = text[start..(end < 0 ? text.Length : end)];
            return !line.Any(char.IsLower);
        }

        /// <summary>
        /// The document records the activity: a laporan, berita acara or notulensi, or a body that says it was done ("telah
        /// dibahas", "sudah dilaksanakan"). An invitation to it ("UNDANGAN / KONSULTASI …") or a form still blank is not (m30ev).
        /// </summary>
        bool RecordOfActivity() => facts.Kind is "Laporan" or "Notulensi" or "Berita Acara"
            || page.FindAll(@"\b(telah|sudah)\s+(?:\w+\s+){0,2}?(dilaksanakan|dilakukan|diselenggarakan|berlangsung|dibahas|dikonsultasikan|berkonsultasi)\b").Where(Counts).Any(h => !Negated(h));

        static readonly Regex NextRound = new(@"\b(berikutnya|mendatang)\b|\byang\s+akan\s+datang\b", RegexOptions.CultureInvariant);

        (int Start, int End) Clause(PageText.Hit hit, int reach = 60)
        {
            var text = page.Pages[hit.Page - 1];
            var start = hit.Index;
            while (start > 0 && hit.Index - start < 160 && !ClauseStart(text, start)) start--;
            var end = hit.Index + hit.Length;
            while (end < text.Length && end - hit.Index - hit.Length < reach && !ClauseEnd(text, end)) end++;
            return (start, end);
        }

        /// <summary>
        /// The hit stands in a negated clause: "tanpa/belum/tidak/bukan" before it in its clause, or "belum/tidak" right after —
        /// or inside it, among the words a pattern lets between its parts ("Sinkronisasi belum berjalan melalui SPLP",
        /// "Program kerja belum disepakati").
        /// </summary>
        bool Negated(PageText.Hit hit)
        {
            var folded = page.Folded[hit.Page - 1];
            if (NegationBefore.Match(folded, hit.Index, hit.Length).Success) return true;
            var (start, end) = Clause(hit);
            var before = folded[CellStart(hit, start)..hit.Index];
            if (NegationBefore.Matches(before).Any(m => !ConditionalMismatch(before, m)) || NegationAfter.IsMatch(folded[(hit.Index + hit.Length)..end])
                || NegationAfter.IsMatch(AfterParenthesis(hit))) return true;
            // "direncanakan" says the step is only planned — unless the clause says it was then carried out
            // ("direncanakan dalam Rencana Aksi 2026 dan telah dilaksanakan").
            return Planning.IsMatch(folded[start..end]) && !CarriedOut.IsMatch(folded[start..end]);
        }

        static readonly Regex Planning = new(@"\bdirencanakan\b", RegexOptions.CultureInvariant);
        static readonly Regex CarriedOut = new(@"\b(dan|serta|kemudian|telah|sudah)\s+(telah\s+|sudah\s+)?(dilaksanakan|terlaksana|dijalankan)\b|(?<!\bbelum\s)(?<!\btidak\s)\bterlaksana\b", RegexOptions.CultureInvariant);

        /// <summary>What follows a hit past the parenthesis that explains it: "pengoperasian layanan (pemantauan, …) belum disusun".</summary>
        string AfterParenthesis(PageText.Hit hit)
        {
            var text = page.Pages[hit.Page - 1];
            var i = hit.Index + hit.Length;
            while (i < text.Length && text[i] is ' ' or '\t' or '\n') i++;
            if (i >= text.Length || text[i] != '(') return "";
            var close = text.IndexOf(')', i);
            if (close < 0 || close - i > 200) return "";
            var rest = text[(close + 1)..Math.Min(text.Length, close + 61)];
            var stop = rest.IndexOfAny(['.', ';']);
            return PageText.Fold(stop < 0 ? rest : rest[..stop]);
        }

        static readonly Regex ListMarker = new(@"^[ \t]*(\d{1,2}[.)]?|[a-z][.)]|[-•*])[ \t]", RegexOptions.CultureInvariant);

        /// <summary>A clause starts after a sentence end, or at a line that starts a list item or a table row, or after a blank line.</summary>
        static bool ClauseStart(string text, int i)
        {
            var c = text[i - 1];
            if (c is ';' || c is '.' && SentenceDot(text, i - 1)) return true;
            if (c != '\n') return false;
            if (i >= 2 && text[i - 2] == '\n') return true;
            var lineEnd = text.IndexOf('\n', i);
            return ListMarker.IsMatch(text[i..(lineEnd < 0 ? text.Length : lineEnd)]);
        }

        static bool ClauseEnd(string text, int i)
        {
            var c = text[i];
            if (c is ';' || c is '.' && SentenceDot(text, i)) return true;
            return c == '\n' && i + 1 < text.Length && ClauseStart(text, i + 1);
        }

        /// <summary>"seluruh 31 (tiga puluh satu) Perangkat Daerah", "semua unit kerja/perangkat daerah", "setiap OPD".</summary>
        const string AllUnits = @"\b(seluruh|semua|setiap|segenap)\s+(?:\d{1,3}\s+)?(?:[a-z]+\s+){0,3}?(perangkat\s+daerah|unit\s+kerja|opd|skpd)\b";

        PageText.Hit? ShortShare()
        {
            for (var p = 0; p < page.Folded.Count; p++)
                foreach (Match m in Share.Matches(page.Folded[p]))
                    if (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) < int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))
                        return new PageText.Hit(p + 1, m.Index, m.Length, page.Quote(p, m.Index, m.Length));
            return null;
        }

        /// <summary>"31 dari 31 Perangkat Daerah", "100% Perangkat Daerah".</summary>
        PageText.Hit? WholeShare()
        {
            for (var p = 0; p < page.Folded.Count; p++)
            {
                foreach (Match m in Share.Matches(page.Folded[p]))
                    if (m.Groups[1].Value == m.Groups[2].Value && Regex.IsMatch(page.Folded[p][m.Index..Math.Min(page.Folded[p].Length, m.Index + m.Length + 40)], @"\b(perangkat\s+daerah|unit\s+kerja|opd|skpd)\b", RegexOptions.CultureInvariant))
                        return new PageText.Hit(p + 1, m.Index, m.Length, page.Quote(p, m.Index, m.Length));
                if (Regex.Match(page.Folded[p], @"\b100\s+(?:persen\s+)?(?:dari\s+)?(perangkat\s+daerah|unit\s+kerja|opd)\b", RegexOptions.CultureInvariant) is { Success: true } w)
                    return new PageText.Hit(p + 1, w.Index, w.Length, page.Quote(p, w.Index, w.Length));
                // The Pedoman's "capaian … terhadap target cakupan": "Capaian 30 Juni 2026: 42 Perangkat Daerah (100%)" —
                // reached, not the target line above it (set 24 S20).
                foreach (Match c in Regex.Matches(page.Folded[p], @"\b\d{1,3}\s+(?:perangkat\s+daerah|unit\s+kerja|opd|skpd)\s+100\b", RegexOptions.CultureInvariant))
                    if (!Regex.IsMatch(LineOf(page.Folded[p], c.Index), @"\b(target|ditargetkan|rencana|direncanakan|akan)\b", RegexOptions.CultureInvariant))
                        return new PageText.Hit(p + 1, c.Index, c.Length, page.Quote(p, c.Index, c.Length));
            }
            return null;
        }

        static string LineOf(string text, int index)
        {
            var start = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
            var end = text.IndexOf('\n', index);
            return text[start..(end < 0 ? text.Length : end)];
        }

        /// <summary>
        /// An arrangement regulated through all the parts its Kriteria Pemenuhan says it covers at least (element
        /// qualifiers <c>part:…</c>), named on one page or in a list going on over its page break (set 25 T04: "f.
        /// pemeliharaan; dan" the next page's first line). The Pedoman's own equivalents count: its "desain" is the
        /// "rancang bangun" of the cycle it describes.
        /// </summary>
        PageText.Hit? AllParts(CriterionElement e)
        {
            var parts = e.Qualifiers.Where(q => q.StartsWith("part:", StringComparison.Ordinal)).Select(q => q[5..]).ToList();
            if (parts.Count == 0) return null;
            for (var p = 0; p < page.Pages.Count; p++)
            {
                var hits = parts.Select(part => PartPatterns(part).SelectMany(x => page.FindAll(x, p).TakeWhile(h => h.Page == p + 1 || h.Page == p + 2 && h.Index < PageBreakReach))
                    .FirstOrDefault(Counts)).ToList();
                if (hits.All(h => h is not null)) return hits[0];
            }
            return null;
        }

        /// <summary>How far into the next page a list read over its page break goes on (a few lines).</summary>
        const int PageBreakReach = 400;

        static IEnumerable<string> PartPatterns(string part) => PageText.Fold(part) switch
        {
            "desain" => [PageText.Phrase("desain"), PageText.Phrase("rancang bangun"), PageText.Phrase("perancangan"), DesignStage, DesignBetweenStages],
            "analisis" => [PageText.Phrase("analisis"), PageText.Phrase("analisa")],
            var folded => [PageText.Phrase(folded)],
        };

        /// <summary>A pengesahan/signature block left empty (no name under the title): not formally documented.</summary>
        bool EmptySignature() => !facts.Signed && DocumentFactsReader.HasEmptySignatureBlock(page.All);

        /// <summary>A working paper saying so near its top: "konsep", "belum final", "bahan pembahasan".</summary>
        bool CallsItselfDraft() => Regex.IsMatch(page.Head(400), @"\b(konsep|draf|draft|rancangan|belum\s+final|bahan\s+pembahasan)\b", RegexOptions.CultureInvariant);

        static readonly Regex Share = new(@"\b(\d{1,3})\s+(?:[a-z]+\s+){0,2}?dari\s+(?:total\s+|jumlah\s+)?(\d{1,3})\b(?!\s+(tahun|bulan|hari|persen|tb|gb|mb|pb|kb|mbps|gbps))", RegexOptions.CultureInvariant);
        static readonly Regex PartialWords = new(@"\bsebagian\s+(?:\w+\s+){0,2}?(perangkat\s+daerah|unit\s+kerja|opd)\b|\bbelum\s+(?:\w+\s+){0,3}?(seluruh|semua)(nya)?\b|\b(seluruh|semua)nya\s+belum\b|\b(perangkat\s+daerah|opd|unit\s+kerja)\s+(?:yang\s+)?lain(?:nya)?\s+belum\b", RegexOptions.CultureInvariant);

        /// <summary>
        /// A policy's article leaving Perangkat Daerah out of what it regulates: "Perangkat Daerah di luar kawasan
        /// sebagaimana dimaksud … menggunakan akses internet masing-masing". Only after MEMUTUSKAN or a "Menetapkan" opening
        /// its line (the preamble may say why the policy is needed: "belum seluruh Perangkat Daerah …"); an article's own
        /// "DKISP menetapkan alokasi …" decides nothing, and a Surat Edaran has neither (set 25 T06).
        /// </summary>
        PageText.Hit? ExcludedUnits()
        {
            var decides = page.Find(@"\bmemutuskan\b") ?? page.Find(@"(^|\n)[ \t]*menetapkan\b");
            return page.FindAll(@"\b(perangkat\s+daerah|unit\s+kerja|opd|skpd)\s+(?:yang\s+)?(?:berada\s+|berkantor\s+)?di\s+luar\b|\b(perangkat\s+daerah|unit\s+kerja|opd|skpd)\s+(?:yang\s+)?lain(?:nya)?\s+(?:\w+\s+){0,6}?(menyusul|secara\s+bertahap|sampai\s+dengan)\b")
                .FirstOrDefault(h => decides is null || After(h, decides));
        }

        /// <summary>The document says only part is covered: "9 (sembilan) dari 31 Perangkat Daerah", "sebagian unit kerja", "belum seluruhnya".</summary>
        PageText.Hit? PartialScope()
        {
            for (var p = 0; p < page.Folded.Count; p++)
            {
                foreach (Match m in Share.Matches(page.Folded[p]))
                    if (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) < int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))
                        return new PageText.Hit(p + 1, m.Index, m.Length, page.Quote(p, m.Index, m.Length));
                if (PartialWords.Match(page.Folded[p]) is { Success: true } w)
                    return new PageText.Hit(p + 1, w.Index, w.Length, page.Quote(p, w.Index, w.Length));
            }
            return null;
        }

        PageText.Hit? _decision;
        bool _decisionRead;

        /// <summary>
        /// Whether a match is the document regulating something: not in the preamble (Menimbang/Mengingat, before
        /// MEMUTUSKAN) and not in a definition ("Arsitektur SPBE adalah kerangka dasar … proses bisnis, data dan
        /// informasi …" names every domain without regulating any).
        /// </summary>
        bool Counts(PageText.Hit hit)
        {
            if (!_decisionRead)
            {
                _decision = isPolicy ? page.Find(@"\bmemutuskan\b") ?? page.Find(@"(^|\n)[ \t]*menetapkan\b") : null;
                _decisionRead = true;
            }
            if (_decision is { } d && (hit.Page < d.Page || hit.Page == d.Page && hit.Index < d.Index)) return false;
            // A table of contents' entry, an empty heading, another regulation's duty or another instansi's act names a
            // part, it shows nothing of the instansi's own (EvidenceChecker.NamedOnly.cs).
            if (NamedOnly(hit) || RequiredElsewhere(hit) || OtherInstansiAct(hit) || InLegalBasis(hit)) return false;
            // What a record filed after the penetapan says (a notulensi's "perlu diatur domain keamanan", a laporan's
            // findings) is not what the policy regulates: its body ends where such a record begins.
            if (isPolicy && AttachedRecord() is { } a && !After(a, hit)) return false;
            // What a text says is still to come is not there, in a policy or a record: "domain keamanan SPBE akan disusun
            // pada tahun 2026", "akan diatur dengan Peraturan Bupati tersendiri", "Tata Kelola SPBE (TBD)", "(menunggu masukan BSSN)".
            if (ToCome(hit)) return false;
            // Nor what its sentence says is only planned, proposed or not done (EvidenceChecker.NotMet.cs).
            if (StatedNotMet(hit)) return false;
            // Only a regulation defines its terms ("… adalah …"); in a report or notulensi "merupakan" just reports.
            // What a report recommends is what the service still lacks ("Rekomendasi: b. Menambah modul persetujuan").
            // A sentence there saying it was done ("telah ditindaklanjuti") still reports a fact.
            // Likewise a clause saying it is needed or proposed ("perlu ditambahkan fitur persetujuan", "diusulkan
            // integrasi dengan SIPD", "diharapkan dapat terhubung"): the Kriteria ask what is there ("telah …").
            if (!isPolicy) return !InRecommendations(hit) && !Wanted(hit) || SaysDone(hit);
            var text = page.Folded[hit.Page - 1];
            // A heading line ("BAB III PENANGGUNG JAWAB") is no definition, whatever the article under it says.
            if (WholeLine(text, hit)) return true;
            var start = hit.Index;
            while (start > 0 && hit.Index - start < 400 && !IsSentenceEnd(page.Pages[hit.Page - 1][start - 1])) start--;
            var end = hit.Index + hit.Length;
            while (end < text.Length && end - hit.Index < 400 && !IsSentenceEnd(page.Pages[hit.Page - 1][end])) end++;
            // Not the lampiran's formula "… sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari
            // Peraturan Gubernur ini", which closes the list of what the policy regulates (set 25 T12, its page cut after "tidak").
            return !Regex.IsMatch(text[start..end], @"\b(adalah|(?<!\blampiran\s+(?:yang\s+)?)merupakan|yang\s+selanjutnya\s+(disebut|disingkat))\b", RegexOptions.CultureInvariant);
        }

        static bool IsSentenceEnd(char c) => c is '.' or ';' or ':';

        /// <summary>
        /// A reviu record filed after the document's body ("LAPORAN REVIU DOKUMEN ARSITEKTUR SPBE", "NOTULENSI RAPAT REVIU
        /// PETA RENCANA SPBE") names in its isu what it asks to improve: its "belum"/"tidak" on an item ("Arsitektur Layanan
        /// belum memetakan layanan kecamatan") does not deny the item the body, before the record, shows.
        /// </summary>
        bool IsuOfLaterReview(PageText.Hit denial, string itemPattern)
        {
            var shown = page.FindAll(itemPattern).FirstOrDefault(h => !After(h, denial) && Counts(h) && !Negated(h));
            if (shown is null) return false;
            for (var p = shown.Page - 1; p < denial.Page; p++)
                foreach (Match m in LaterReviewHeading.Matches(page.Pages[p]))
                {
                    var record = new PageText.Hit(p + 1, m.Index, m.Length, "");
                    if (After(record, shown) && After(denial, record)) return true;
                }
            // Or the document's own evaluation lists it among its isu ("Isu/permasalahan: … Data induk bidang sosial belum
            // dipadankan dengan NIK", set 28 W23) after its body showed the item applied ("| 2 | Data induk | 58 data induk
            // ditetapkan |"): a shortcoming to improve, not the item missing. A line naming a regulation's or guideline's
            // contents ("selaras dengan Perpres 39/2019 (… data induk)") shows nothing applied.
            var applied = page.FindAll(itemPattern).Where(h => !After(h, denial) && Counts(h) && !Negated(h)
                && !Regex.IsMatch(SentenceBefore(h), @"\b(perpres|peraturan|pedoman|selaras|mengacu)\b", RegexOptions.CultureInvariant)
                && ShowsDone(h)).ToList();
            for (var p = 0; p < denial.Page; p++)
                foreach (Match m in IssuesLabel.Matches(page.Folded[p]))
                {
                    var label = new PageText.Hit(p + 1, m.Index, m.Length, "");
                    if (applied.Any(a => After(label, a)) && After(denial, label)) return true;
                }
            return false;
        }

        /// <summary>
        /// The hit's table row (its line) or sentence says the item was done ("| 2 | Data induk | 58 data induk ditetapkan |"),
        /// not scheduled or only prepared ("Dijadwalkan tahun 2026", "Inventarisasi calon data induk"): a mention alone
        /// shows nothing applied.
        /// </summary>
        bool ShowsDone(PageText.Hit hit)
        {
            var raw = page.Pages[hit.Page - 1];
            var text = page.Folded[hit.Page - 1];
            var lineStart = hit.Index < raw.Length && raw[hit.Index] == '\n' ? hit.Index + 1 : raw.LastIndexOf('\n', Math.Max(0, hit.Index - 1)) + 1;
            var lineEnd = raw.IndexOf('\n', Math.Min(raw.Length, hit.Index + hit.Length));
            if (lineEnd < 0) lineEnd = raw.Length;
            string region;
            if (raw[lineStart..lineEnd].TrimStart().StartsWith('|')) region = text[lineStart..lineEnd];
            else
            {
                var end = hit.Index + hit.Length;
                while (end < text.Length && end - hit.Index < 240 && !IsSentenceEnd(raw[end])) end++;
                region = SentenceBefore(hit) + text[hit.Index..end];
            }
            return Regex.IsMatch(region, @"\b(telah|sudah|selesai|tersedia|di(tetapkan|terapkan|laksanakan|gunakan|pakai|padankan|terbitkan|bangun|kelola|integrasikan))\b", RegexOptions.CultureInvariant)
                && !Regex.IsMatch(region, @"\b(" + DocumentWords.Intended + @"|belum|calon|rencana|rancangan|draf)\b", RegexOptions.CultureInvariant);
        }

        /// <summary>The hit's sentence up to the hit (folded; at most 240 characters back, from the last '.', ';' or ':').</summary>
        string SentenceBefore(PageText.Hit hit)
        {
            var text = page.Pages[hit.Page - 1];
            var start = hit.Index;
            while (start > 0 && hit.Index - start < 240 && !IsSentenceEnd(text[start - 1])) start--;
            return page.Folded[hit.Page - 1][start..hit.Index];
        }

        /// <summary>
        /// A line that opens a list of isu (folded text): "Isu/permasalahan:", "2. Temuan", "ISU DAN PERMASALAHAN". Each run
        /// of blanks has one way to be read (the space before "dan" is the group's, the trailing ones atomic): "Isu" and a
        /// long run of blanks before another word fails in a time linear in the run, not quadratic.
        /// </summary>
        static readonly Regex IssuesLabel = new(@"(?:^|\n)[ \t]*(?:\d{1,2}[ \t]+|[a-h][ \t]+)?(isu|permasalahan|temuan)(?:[ \t]+(?:(?:dan|atau)[ \t]+)?(?:isu|permasalahan|temuan))?(?>[ \t]*)(?=\n)", RegexOptions.CultureInvariant);

        /// <summary>A reviu/evaluasi record's title in capitals on its own line.</summary>
        static readonly Regex LaterReviewHeading = new(
            @"(?:^|\n)[ \t]*(NOTULENSI|NOTULEN|NOTULA|LAPORAN|BERITA[ \t]*ACARA|CATATAN[ \t]+(?:HASIL|RAPAT)|RISALAH)\b[^\n\p{Ll}]*\b(REVIU|REVIEW|EVALUASI)\b",
            RegexOptions.CultureInvariant);

        PageText.Hit? _attached;
        bool _attachedRead;

        /// <summary>
        /// The first record filed after a policy's penetapan ("Ditetapkan di …"), or after MEMUTUSKAN where there is none:
        /// a heading in capitals "NOTULENSI RAPAT …", "LAPORAN HASIL …", "BERITA ACARA …", "CATATAN HASIL REVIU", "RISALAH",
        /// "DAFTAR HADIR", also as "LAMPIRAN: NOTULENSI …". The policy's own LAMPIRAN (its annex) stays part of its body.
        /// </summary>
        PageText.Hit? AttachedRecord()
        {
            if (_attachedRead) return _attached;
            _attachedRead = true;
            var from = page.Find(@"(?:^|\n)[ \t]*(ditetapkan|dikeluarkan)\s+di\b") ?? page.Find(@"\bmemutuskan\b");
            if (from is null) return null;
            for (var p = from.Page - 1; p < page.Pages.Count && _attached is null; p++)
                foreach (Match m in AttachedHeading.Matches(page.Pages[p]))
                    if (p > from.Page - 1 || m.Index > from.Index)
                    {
                        _attached = new PageText.Hit(p + 1, m.Index, m.Length, page.Quote(p, m.Index, m.Length));
                        break;
                    }
            return _attached;
        }

        // A scan's OCR text may join the heading's words and put a stray mark before it (": BERITAACARA REVIU …").
        static readonly Regex AttachedHeading = new(
            @"(?:^|\n)[ \t]*(?:[:;.,'|][ \t]*)?(?:LAMPIRAN[ \t]*[:.]?[ \t]*(?:[IVX\d]+[ \t]*[:.]?[ \t]*)?)?(NOTULENSI|NOTULEN|NOTULA|LAPORAN|BERITA[ \t]*ACARA|CATATAN[ \t]+(?:HASIL|RAPAT)|RISALAH|DAFTAR[ \t]+HADIR)\b",
            RegexOptions.CultureInvariant);

        /// <summary>The hit is its line, all of it (a heading).</summary>
        static bool WholeLine(string folded, PageText.Hit hit)
        {
            var lineStart = folded.LastIndexOf('\n', Math.Max(0, hit.Index + (hit.Index < folded.Length && folded[hit.Index] == '\n' ? 1 : 0) - 1)) + 1;
            var lineEnd = folded.IndexOf('\n', Math.Min(folded.Length, hit.Index + hit.Length));
            if (lineEnd < 0) lineEnd = folded.Length;
            var line = folded[lineStart..lineEnd].Trim();
            var matched = folded.Substring(hit.Index, Math.Min(hit.Length, folded.Length - hit.Index)).Trim();
            return line.Length > 0 && line == matched;
        }

        /// <summary>A heading line of a recommendations section: "Rekomendasi", "BAB 4 REKOMENDASI", "C. Saran".</summary>
        static readonly Regex RecommendationHeading = new(
            @"(?:^|\n)[ \t]*(?:bab\s+[ivx\d]+[ \t]+|[ivx]+[ \t]+|\d{1,2}(?:[ \t]\d{1,2})*[ \t]+|[a-h][ \t]+)?(rekomendasi|saran|saran\s+perbaikan|usulan\s+perbaikan|rencana\s+tindak\s+lanjut)(?:[ \t]+(?:hasil\s+)?(?:reviu|review|evaluasi|audit|perbaikan))?[ \t]*(?=\n|$)",
            RegexOptions.CultureInvariant);

        /// <summary>
        /// A line that ends a section: a heading (BAB, roman numeral, all capitals; "Penutup", "Kesimpulan", "Tindak Lanjut"
        /// also numbered, "3. Tindak Lanjut (Rilis …)", set 27 V39), the closing or the signature block.
        /// </summary>
        static bool EndsSection(string line)
        {
            var t = line.Trim();
            if (t.Length == 0) return false;
            // Numbered, only a heading's shape: capitalised, no sentence's full stop — "2. Tindak lanjut pengaduan dipercepat …"
            // is an item of the list it stands in (m30ev).
            if (!t.EndsWith('.') && Regex.IsMatch(t, @"^\d{1,2}\.\s+(Penutup|PENUTUP|Kesimpulan|KESIMPULAN|Tindak\s+Lanjut|TINDAK\s+LANJUT)\b", RegexOptions.CultureInvariant)) return true;
            if (Regex.IsMatch(t, @"^(BAB\s+[IVX\d]+|[IVX]+\.?\s|Penutup|PENUTUP|Kesimpulan|KESIMPULAN|Tindak\s+[Ll]anjut|ttd|Ttd|TTD|Mengetahui|Dicatat\s+oleh|Kepala\s|Ketua\s|Sekretaris\s)", RegexOptions.CultureInvariant)) return true;
            if (Regex.IsMatch(t, @"^[A-Z][a-zA-Z ]+,\s*\d{1,2}\s+[A-Z][a-z]+\s+\d{4}$", RegexOptions.CultureInvariant)) return true;
            var letters = t.Where(char.IsLetter).ToList();
            return letters.Count >= 4 && letters.All(char.IsUpper);
        }

        /// <summary>
        /// "perencanaan" as part of a unit's name ("Badan Perencanaan Pembangunan Daerah", "Subbagian Perencanaan dan
        /// Keuangan") names who someone is, not a plan the practice follows.
        /// </summary>
        bool UnitName(PageText.Hit hit)
        {
            var text = page.Folded[hit.Page - 1];
            var matched = text.Substring(hit.Index, hit.Length).Trim();
            if (matched != "perencanaan") return false;
            var before = text[Math.Max(0, hit.Index - 20)..hit.Index];
            var after = text[(hit.Index + hit.Length)..Math.Min(text.Length, hit.Index + hit.Length + 20)];
            return Regex.IsMatch(before, @"\b(badan|bagian|subbagian|bidang|seksi|subbidang)\s+$", RegexOptions.CultureInvariant)
                   || Regex.IsMatch(after, @"^\s+pembangunan\b", RegexOptions.CultureInvariant);
        }

        /// <summary>
        /// Level 3 of a practice is the practice carried out by a standard ("dilaksanakan sesuai standar/pedoman/prosedur
        /// baku"): the bare word "standar", "pedoman" or "SOP" counts in a clause saying the work follows or applies it
        /// ("sesuai", "mengacu", "berpedoman", "berdasarkan", "menggunakan", "dasar"), as a label or heading, or in an SOP —
        /// not a "standar pelayanan" named in passing in a sentence, nor a pedoman still being drafted.
        /// </summary>
        bool Followed(PageText.Hit hit)
        {
            // The document is the standard procedure itself (an SOP), or names the standard its work used as a label or
            // heading ("Standar: Pedoman Audit Keamanan SPBE", "Dasar: … standar audit", "STANDAR DAN PEDOMAN").
            if (facts.Kind == "SOP") return true;
            var text = page.Pages[hit.Page - 1];
            var lineStart = text.LastIndexOf('\n', Math.Max(0, hit.Index - 1)) + 1;
            var lineEnd = text.IndexOf('\n', hit.Index + hit.Length);
            var line = text[lineStart..(lineEnd < 0 ? text.Length : lineEnd)];
            if (line.Contains(':', StringComparison.Ordinal) || line.Trim().Where(char.IsLetter).All(char.IsUpper)) return true;
            // A numbered section headed by the standard alone ("2. Standar/Pedoman", what follows names the one used).
            if (Regex.IsMatch(PageText.Fold(line), @"^[ \t]*(?:\d{1,2}|[a-h])[ \t]+(?:standar|pedoman|acuan|referensi)(?:[ \t]+(?:dan|atau)?[ \t]*(?:standar|pedoman|acuan|referensi|yang\s+digunakan))*[ \t]*$", RegexOptions.CultureInvariant)) return true;
            // An entry of a section headed as the work's basis ("I. PERENCANAAN DAN DASAR / 2. Peraturan Gubernur … (pedoman
            // audit)"): what the section lists is what the work was done by (set 24 S34).
            if (UnderBasisHeading(text, lineStart)) return true;
            var (start, end) = Clause(hit);
            return Regex.IsMatch(page.Folded[hit.Page - 1][start..end],
                @"\b(sesuai|mengacu|berpedoman|berdasarkan|mengikuti|menggunakan|menerapkan|diterapkan|dilaksanakan|dijalankan|acuan|ditetapkan|telah|sudah|dipedomani|merujuk|dasar|metode|metodologi|kriteria|referensi)\b",
                RegexOptions.CultureInvariant);
        }

        /// <summary>The nearest heading above (a line in capitals, within 600 characters) names the work's basis: "DASAR", "ACUAN", "REFERENSI".</summary>
        static bool UnderBasisHeading(string text, int lineStart)
        {
            var from = Math.Max(0, lineStart - 600);
            var lines = text[from..lineStart].Split('\n');
            for (var i = lines.Length - 1; i >= 0; i--)
            {
                var letters = lines[i].Where(char.IsLetter).ToList();
                if (letters.Count < 4 || !letters.All(char.IsUpper)) continue;
                return Regex.IsMatch(PageText.Fold(lines[i]), @"^[ \t]*(?:[ivx]+|\d{1,2}|[a-h])?[ \t]*(?:[a-z]+[ \t]+(?:dan|serta)[ \t]+)?(dasar|acuan|referensi)\b", RegexOptions.CultureInvariant);
            }
            return false;
        }

        /// <summary>
        /// The hit stands in a clause saying it is proposed, recommended or hoped for, or still to be added — not that it
        /// exists. Not "usulan" alone nor "dibutuhkan" (a budget's "usulan anggaran", an SOP's "berkas yang dibutuhkan" are things there).
        /// </summary>
        /// <summary>The hit's clause, read on to its sentence's end (a list "X, Y dan Z akan diatur …" says it of each).</summary>
        bool ToCome(PageText.Hit hit)
        {
            var (start, end) = ClauseToItsEnd(hit);
            return ToComeWords.IsMatch(page.Folded[hit.Page - 1][start..end]);
        }

        /// <summary>The hit's clause, read on to its end (at most 240 characters past the hit): what a list's verb says of each entry.</summary>
        (int Start, int End) ClauseToItsEnd(PageText.Hit hit)
        {
            var (start, end) = Clause(hit);
            var text = page.Pages[hit.Page - 1];
            while (end < text.Length && end - hit.Index < 240 && !ClauseEnd(text, end)) end++;
            return (start, end);
        }

        /// <summary>A part still to be written, regulated or decided: "akan disusun/diatur/ditetapkan/dimuat/dilengkapi…", "TBD",
        /// "menunggu masukan", "belum dibahas/disusun", and a part left to its own rule ("diatur tersendiri", "ditetapkan
        /// kemudian": set 23 R06's "basis data, kualitas data, dan interoperabilitas data akan ditetapkan tersendiri" is
        /// no muatan of that Keputusan). Not "akan dilaksanakan" (a roadmap's programs are its content).</summary>
        static readonly Regex ToComeWords = new(
            @"\bakan\s+(?:\w+\s+){0,2}?(disusun|diatur|ditetapkan|dimuat|dilengkapi|ditambahkan|dimutakhirkan|dirumuskan|dibahas|dikaji|ditentukan|menyusul|mengatur)\b"
            + @"|\b(diatur|ditetapkan)\s+(tersendiri|kemudian)\b|\btbd\b|\bmenunggu\s+(masukan|pembahasan|hasil|arahan|persetujuan)\b|\bbelum\s+(dibahas|disusun|diatur|dimuat|dirumuskan|ditentukan)\b",
            RegexOptions.CultureInvariant);

        bool Wanted(PageText.Hit hit)
        {
            var (start, end) = Clause(hit);
            return WantedWords.IsMatch(page.Folded[hit.Page - 1][start..end]);
        }

        static readonly Regex WantedWords = new(
            @"\b(diusulkan|mengusulkan|disarankan|menyarankan|direkomendasikan|merekomendasikan|hendaknya|sebaiknya|diharapkan|ke\s+depan|tahap\s+(berikutnya|selanjutnya)|pengembangan\s+(berikutnya|selanjutnya|lanjutan))\b"
            // "perlu" only with what is still to be added ("perlu ditambahkan", "perlu dibangun"): "berkas yang perlu diunggah" is a fact.
            + @"|\bperlu\s+(?:\w+\s+)?(ditambahkan|ditambah|dikembangkan|dibangun|disediakan|dilengkapi|dibuat|diintegrasikan|dihubungkan|adanya|pengembangan|penambahan|penyediaan)\b",
            RegexOptions.CultureInvariant);

        bool SaysDone(PageText.Hit hit)
        {
            var (start, end) = Clause(hit);
            return Regex.IsMatch(page.Folded[hit.Page - 1][start..end], @"\b(telah|sudah|selesai)\b", RegexOptions.CultureInvariant);
        }

        /// <summary>The hit stands in a recommendations section (from its heading to the next heading, the closing or the signature).</summary>
        bool InRecommendations(PageText.Hit hit)
        {
            if (OpensSection(hit)) return false;
            var folded = page.Folded[hit.Page - 1];
            var text = page.Pages[hit.Page - 1];
            var heading = RecommendationHeading.Matches(folded[..hit.Index]).LastOrDefault();
            if (heading is null) return false;
            var from = folded.IndexOf('\n', heading.Index + (folded[heading.Index] == '\n' ? 1 : 0));
            if (from < 0 || from >= hit.Index) return false;
            var lineStart = text.LastIndexOf('\n', Math.Max(0, hit.Index - 1)) + 1;
            foreach (var line in text[(from + 1)..lineStart].Split('\n'))
                if (EndsSection(line)) return false;
            return true;
        }

        /// <summary>A between-instansi phrase counts only where the text speaks of integration around it (not in a definition).</summary>
        bool IsIntegration(PageText.Hit hit)
        {
            var text = page.Folded[hit.Page - 1];
            var (from, to) = (Math.Max(0, hit.Index - 160), Math.Min(text.Length, hit.Index + hit.Length + 160));
            return Regex.IsMatch(text[from..to], @"\b(integrasi|terintegrasi|diintegrasikan|interoperabilitas|keterhubungan|terhubung|dihubungkan|interkoneksi|berbagi\s+pakai|bagi\s+pakai|pertukaran)\b", RegexOptions.CultureInvariant);
        }

        PageText.Hit? FirstLine() => page.Pages.Count > 0 && page.Pages[0].Length > 0 ? new PageText.Hit(1, 0, 1, page.Quote(0, 0, 1)) : null;

        /// <summary>
        /// A policy that says it follows a reviu/evaluasi of the earlier policy: in its preamble (Menimbang … up to
        /// MEMUTUSKAN: "berdasarkan hasil reviu", "sesuai rekomendasi reviu Inspektorat", "telah dievaluasi … dengan
        /// temuan … dan rekomendasi", "sebagai tindak lanjut hasil evaluasi"), or anywhere in a sentence about itself
        /// ("Peraturan Bupati ini ditetapkan sebagai tindak lanjut hasil reviu"). A reviu older than two years — its date
        /// where the text gives one, else the policy's own — counts toward no level (the Ketentuan Penilaian's "dalam
        /// kurun waktu 2 (dua) tahun terakhir").
        /// </summary>
        PageText.Hit? FollowUp()
        {
            var decides = page.Find(@"\b(memutuskan|menetapkan)\b");
            var hit = FollowUpWords.SelectMany(w => page.FindAll(w))
                .FirstOrDefault(h => decides is null || h.Page < decides.Page || h.Page == decides.Page && h.Index < decides.Index)
                ?? page.Find(SelfFollowUp);
            return hit is not null && Recent(hit) ? hit : null;
        }

        /// <summary>
        /// The reviu a follow-up cites is from the last two years: its date after the citing words, else that of the reviu
        /// record filed before the policy in the same file (<c>recordYear</c>), else the policy's own.
        /// </summary>
        bool Recent(PageText.Hit hit)
        {
            var text = page.Folded[hit.Page - 1];
            var after = text[hit.Index..Math.Min(text.Length, hit.Index + hit.Length + 120)];
            var cited = Regex.Match(after, @"\b\d{1,2}\s+(januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)\s+((?:19|20)\d{2})\b", RegexOptions.CultureInvariant);
            int? when = cited.Success ? int.Parse(cited.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) : recordYear ?? facts.Date?.Year ?? facts.Year;
            return when is not { } y || year - y < 2;
        }

        static readonly string[] FollowUpWords =
        [
            @"\bmenindaklanjuti\s+(?:\w+\s+){0,4}(reviu|review|evaluasi)\b",
            @"\bhasil\s+(reviu|review)\b",
            @"\bberdasarkan\s+(?:\w+\s+){0,4}(reviu|review|evaluasi)\b",
            @"\bhasil\s+evaluasi\s+(?:\w+\s+){0,3}(peraturan|kebijakan|keputusan)\b",
            @"\bsebagai\s+tindak\s+lanjut\s+(?:\w+\s+){0,4}?(reviu|review|evaluasi)\b",
            @"\brekomendasi\s+(?:hasil\s+|laporan\s+)*(reviu|review|evaluasi)\b",
            @"\btelah\s+(dievaluasi|direviu)\b",
        ];

        /// <summary>"Peraturan Bupati ini ditetapkan sebagai tindak lanjut atas hasil reviu …": the policy says so of itself.</summary>
        const string SelfFollowUp =
            @"\b(peraturan|keputusan|perubahan)\s+(?:\w+\s+){0,3}?ini\s+(?:\w+\s+){0,2}?(ditetapkan|disusun|dibuat|diterbitkan)\s+(sebagai\s+tindak\s+lanjut|untuk\s+menindaklanjuti|berdasarkan)\s+(?:\w+\s+){0,4}?(reviu|review|evaluasi)\b";

        /// <summary>
        /// The record of a reviu filed inside the policy (after its penetapan, or in its lampiran): a heading "NOTULENSI RAPAT
        /// REVIU …", "Laporan Hasil Evaluasi …", "Berita Acara Reviu …", then a date of the last two years, the isu and the
        /// rekomendasi — the Pedoman's evidence for "telah direviu dan dievaluasi" (laporan/notulensi reviu with "isu/
        /// permasalahan dan rekomendasi perbaikan yang aktual").
        /// </summary>
        PageText.Hit? EnclosedReview() =>
            ReviewRecords(page).FirstOrDefault(r => r.Year is { } y && year - y < 2 && r.Issues && r.Recommendations).Heading;

        /// <summary>
        /// A reviu/evaluasi report filed with the new policy that follows it: after the report, "PERATURAN BUPATI …
        /// NOMOR 9 TAHUN 2026", a preamble citing the reviu ("Menimbang: bahwa berdasarkan hasil reviu …"), MEMUTUSKAN
        /// and a dated penetapan — the kebijakan baru the follow-up level names ("telah ditindaklanjuti dengan kebijakan
        /// baru"). Only with a complete, recent reviu in the same document, and the whole signed and not a draft.
        /// </summary>
        /// <remarks>A policy filed as its excerpt (preamble, then "Pasal 2", "Pasal 3" …) decides from its first article.</remarks>
        PageText.Hit? EnclosedFollowUp()
        {
            if (!indicator.Policy || isPolicy || !review.Complete || facts.Draft || !facts.Signed) return null;
            foreach (var heading in page.FindAll(@"(?:^|\n)[ \t]*(peraturan|keputusan)[ \t]+(bupati|wali[ \t]*kota|gubernur)[ \t]+[a-z]+(?:[ \t]+[a-z]+){0,2}[ \t]*\n[ \t]*nomor[ \t]+\d"))
            {
                var decides = page.FindAll(DecisionStart, heading.Page - 1).FirstOrDefault(h => After(h, heading));
                if (decides is null) continue;
                var cites = FollowUpWords.SelectMany(w => page.FindAll(w, heading.Page - 1)).FirstOrDefault(h => After(h, heading) && After(decides, h));
                var enacted = page.FindAll(@"\b(ditetapkan|dikeluarkan)\s+di\s+[a-z]+(?:\s+[a-z]+)?\s+pada\s+tanggal\s+\d{1,2}\s+[a-z]+\s+\d{4}\b", decides.Page - 1)
                    .FirstOrDefault(h => After(h, decides));
                if (cites is not null && enacted is not null) return cites;
            }
            return null;
        }

        static bool After(PageText.Hit a, PageText.Hit b) => a.Page > b.Page || a.Page == b.Page && a.Index > b.Index;

        /// <summary>Where a policy's decision begins: MEMUTUSKAN, or the first article's heading line.</summary>
        const string DecisionStart = @"\bmemutuskan\b|(?:^|\n)[ \t]*pasal[ \t]+\d{1,3}[ \t]*(?=\n)";

        /// <summary>A practice document saying the reviu/evaluasi is done, periodically or with its result (not a plan to do one).</summary>
        /// <remarks>
        /// The Pedoman's evidence for it is a reviu/evaluasi record with "isu/permasalahan dan rekomendasi perbaikan yang
        /// aktual": a rule that a reviu will be held ("dievaluasi setiap tahun") is not one, nor a reviu without its
        /// isu and rekomendasi; a negated one ("belum pernah dilakukan evaluasi") never. What was reviewed may stand between
        /// the word and its date: "Reviu atas penerapan Manajemen Risiko SPBE dilakukan pada 15-17 September 2026".
        /// </remarks>
        PageText.Hit? PeriodicReview() =>
            review.Issues is null || review.Recommendations is null || review.Stale || ReviewOnlyPlanned(page) ? null :
            page.FindAll(@"\b(reviu|review|evaluasi)\b").Where(Counts).Where(h => !Negated(h) && !CycleStage(h)).FirstOrDefault(h => Around(h, 200,
                @"\b(hasil\s+(reviu|review|evaluasi)|telah\s+(dilakukan|dilaksanakan)|sudah\s+(dilakukan|dilaksanakan)|laporan\s+(reviu|review|evaluasi)|rapat\s+(reviu|review|evaluasi)|notulensi|temuan\s+(reviu|review|evaluasi))\b"
                + @"|\b(reviu|review|evaluasi)\s+(?:\w+\s+){0,6}?(dilaksanakan|dilakukan)\s+(?:\w+\s+){0,2}?(setiap|per|tiap|secara\s+berkala|secara\s+periodik|pada\s+tanggal|tanggal|\d{1,2}\s+(januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember))\b")
                && !Around(h, 60, @"\b(akan|direncanakan|rencana)\s+(?:\w+\s+){0,2}?(reviu|review|evaluasi|dilakukan|dilaksanakan)\b"));

        /// <summary>
        /// One application's evaluation after it went live ("7 Evaluasi Feb 2026 Laporan evaluasi pasca implementasi",
        /// "4. Evaluasi Pasca Implementasi"): the last stage of its own development cycle — level 2's "siklus pembangunan" —
        /// not the practice "direviu dan dievaluasi secara periodik" that level 4 asks for (set 27 V20).
        /// </summary>
        /// <remarks>The same clause saying it is periodic or of every application ("Evaluasi Berkala Seluruh Aplikasi Pasca
        /// Implementasi yang dilaksanakan setiap tahun") is the practice itself, not one application's stage (m30ev).</remarks>
        bool CycleStage(PageText.Hit hit)
        {
            var folded = page.Folded[hit.Page - 1];
            if (!Regex.IsMatch(folded[hit.Index..Math.Min(folded.Length, hit.Index + 80)],
                    @"^(reviu|review|evaluasi)\s+(?:\w+\s+){0,5}?(pasca\s*implementasi|post\s+implementation)\b", RegexOptions.CultureInvariant)) return false;
            var (start, end) = Clause(hit, PredicateReach);
            return !Regex.IsMatch(folded[start..end], @"\b(berkala|periodik|(setiap|tiap)\s+tahun|(seluruh|semua)\s+aplikasi)\b", RegexOptions.CultureInvariant);
        }

        /// <summary>An improvement done after a reviu/evaluasi/audit (done, not recommended: "telah …", "sebagai tindak lanjut").</summary>
        PageText.Hit? Improvement() =>
            page.FindAll(@"\b(telah|sudah)\s+(?:\w+\s+){0,3}?(ditindaklanjuti|diperbaiki|dimutakhirkan|diperbarui|dilakukan\s+perbaikan|dilakukan\s+pemutakhiran|diselesaikan\s+perbaikan|diselesaikan\s+pemutakhiran)\b").Where(Counts).Where(h => !FollowedUpIntoPlan(h))
                .Concat(page.FindAll(@"\b(perbaikan|pemutakhiran|pembaruan)\s+(?:\w+\s+){0,6}?(sebagai\s+tindak\s+lanjut|berdasarkan\s+(?:hasil\s+)?(?:reviu|review|evaluasi|audit)|berdasarkan\s+hasil|menindaklanjuti)\b").Where(Counts).Where(h => !Planned(h)))
                .FirstOrDefault(h => Around(h, 240, @"\b(reviu|review|evaluasi|audit|rekomendasi|temuan)\b"))
            ?? FollowUpSection() ?? DoneImprovementSection() ?? ImprovementHeadingSection() ?? EnclosedUpdate() ?? FollowUpLetter();

        /// <summary>
        /// "Seluruh rekomendasi … telah ditindaklanjuti dengan dimasukkannya kegiatan … dalam usulan Renja … Tahun Anggaran
        /// 2027" (set 29 X29): a follow-up made by putting it into a plan or a proposal made no improvement. Any link word
        /// then the plan word: "ditindaklanjuti dalam usulan Renja", "melalui usulan kegiatan … dalam Renja", "dan
        /// dianggarkan pada Tahun Anggaran 2027" (m34ev: m33ev kept "dengan" only, these read as done, 5 where 4). A proposal
        /// word with no link word before it is not the follow-up's means: "pada Desember 2025 sesuai usulan Inspektorat" is
        /// done (m33ev). Read by <see cref="Improvement"/>'s "telah ditindaklanjuti" and by <see cref="FollowUpSection"/>'s
        /// entries alike; on a plan indicator the next year's revised plan is the improvement (set 24 S07).
        /// </summary>
        const string FollowUpIntoPlan = @"\bditindaklanjuti\s+(?:dengan|melalui|dalam|ke\s+dalam|dan)\s+(?:\w+\s+){0,12}?("
            + DocumentWords.Intended + @"|rencana|renja|rkpd|rka|dianggarkan)\b";

        /// <summary>
        /// A done clause after the follow-up: "… pada Desember 2025 sehingga paket Tahun Anggaran 2027 sudah memakai SOP yang
        /// baru" (m33ev). A later year in it is when the improvement is used, not when it is planned.
        /// </summary>
        static readonly Regex DoneClause = new(@"\bsehingga\s+(?:\w+\s+){0,8}?(sudah|telah)\b", RegexOptions.CultureInvariant);

        /// <summary>
        /// The "telah ditindaklanjuti/diperbaiki …" hit's sentence goes on to say the follow-up went into a plan
        /// (<see cref="FollowUpIntoPlan"/>) or into a later year (<see cref="DoneClause"/>): m33ev dropped the later year.
        /// </summary>
        bool FollowedUpIntoPlan(PageText.Hit hit)
        {
            if (PlanIsContent) return false;
            var (_, end) = Sentence(hit);
            var rest = page.Folded[hit.Page - 1][hit.Index..Math.Max(hit.Index + hit.Length, end)];
            if (Regex.IsMatch(rest, FollowUpIntoPlan, RegexOptions.CultureInvariant)) return true;
            if (NextOne.IsMatch(rest)) return false;
            var done = DoneClause.Match(rest);
            return Regex.Matches(rest, @"\b(?<year>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant)
                .Any(m => (!done.Success || m.Index < done.Index) && AfterTheYear(m));
        }

        /// <summary>
        /// A follow-up or improvement section's entries that plan rather than report: the schedule words ("akan", "dijadwalkan
        /// diaktifkan pada Januari 2027", "ditargetkan", "rencananya", "diagendakan"), "belum", "rancangan" (m33ev: the section
        /// kept only akan/direncanakan, a schedule in other words read as done, 5 where 4). Not a next round's schedule: a
        /// section running on to "Reviu berikutnya dijadwalkan Juni 2027" (set 4 E28) still reports what was done. The
        /// proposal words (usulan, diusulkan) stay out, and the deadline, "rencana" and "target" of <see cref="PlannedEntries"/>:
        /// wip-33ev's build h4 with them lost S07 and E28.
        /// </summary>
        static readonly Regex ScheduledEntries = new(
            @"(?<!\b(?:berikutnya|selanjutnya)\s+)\b(" + DocumentWords.Scheduled + @"|belum|rancangan)\b", RegexOptions.CultureInvariant);

        /// <summary>
        /// A section whose heading says the improvement was made ("BAB IV PERBAIKAN YANG TELAH DILAKSANAKAN", "BAGIAN C.
        /// PENYEMPURNAAN YANG TELAH DILAKUKAN (2026)", "III. PERBAIKAN
        /// YANG DILAKUKAN TAHUN 2026", "4. Penyempurnaan yang telah diterapkan"), after a reviu/evaluasi/audit the document
        /// reports with its isu or rekomendasi, and whose entries plan nothing ("akan", "direncanakan", "belum").
        /// </summary>
        PageText.Hit? DoneImprovementSection()
        {
            var source = page.Find(@"\b(reviu|review|evaluasi|audit)\b");
            if (source is null) return null;
            foreach (var h in page.FindAll(@"(?:^|\n)[ \t]*(?:bab\s+[ivx\d]+\s+|bagian\s+[a-h\d]\s+|[ivx]+\s+|\d{1,2}(?:\s+\d{1,2})?\s+|[a-h]\s+)?(?:tindak\s+lanjut\s+dan\s+)?(?:perbaikan|penyempurnaan|pemutakhiran|pembaruan)\s+(?:[a-z]+\s+){0,2}?yang\s+(?:telah\s+|sudah\s+)?(?:dilakukan|dilaksanakan|diterapkan|diselesaikan)\b[^\n]{0,60}(?=\n|$)").Where(Counts))
            {
                if (h.Page < source.Page || h.Page == source.Page && h.Index < source.Index) continue;
                var text = page.Folded[h.Page - 1];
                var after = text[(h.Index + h.Length)..Math.Min(text.Length, h.Index + h.Length + 500)];
                var next = Regex.Match(after, @"\n[ \t]*(bab\s+[ivx]+|[ivx]+\s+[a-z]+|\d{1,2}\s+[a-z]+[ \t]*\n|kesimpulan|penutup)\b", RegexOptions.CultureInvariant);
                if (next.Success) after = after[..next.Index];
                var entry = text[h.Index..(h.Index + h.Length)] + after;
                if (ScheduledEntries.IsMatch(entry)
                    || Regex.IsMatch(entry, @"\b(usulan\s+perbaikan|usulan\s+pengembangan)\b", RegexOptions.CultureInvariant)) continue;
                // Based on the reviu's result: the document names its isu or rekomendasi, or the section itself the
                // result each improvement answers (a table "Hasil evaluasi 2025 | Perbaikan | Selesai").
                if (review.Issues is null && review.Recommendations is null
                    && !Regex.IsMatch(after, @"\bhasil\s+(reviu|review|evaluasi|audit)\b", RegexOptions.CultureInvariant)) continue;
                return h with { Quote = page.Quote(h.Page - 1, h.Index + (text[h.Index] == '\n' ? 1 : 0), h.Length) };
            }
            return null;
        }

        /// <summary>
        /// A section on the follow-up ("BAB V TINDAK LANJUT DAN PERBAIKAN", "Tindak lanjut hasil reviu:") whose entries say
        /// what was done ("metadata dilengkapi", "telah menunjuk", "Selesai") — not a plan ("rencana tindak lanjut",
        /// "akan ditindaklanjuti"); in a document that has a reviu/evaluasi/audit with its rekomendasi.
        /// </summary>
        PageText.Hit? FollowUpSection()
        {
            if (!HasResultToFollow()) return null;
            // A heading: the whole line is "[BAB V] Tindak Lanjut [dan Perbaikan | Hasil Reviu]", not a sentence about it.
            // Or the title of a report of its own: "LAPORAN TINDAK LANJUT HASIL AUDIT KEAMANAN SPBE 2026".
            // A lettered section heading too ("D. TINDAK LANJUT YANG TELAH DILAKSANAKAN (JANUARI - JUNI 2026)", set 28 W23).
            foreach (var h in page.FindAll(@"(?:^|\n)[ \t]*(?:bab\s+[ivx]+\s+|[ivx]+\s+|\d{1,2}(?:\s+\d{1,2})?\s+|[a-h]\s+)?(?:hasil\s+)?tindak\s+lanjut(?:\s+(?:dan|hasil|atas)\s+[a-z]+(?:\s+[a-z]+)?|\s+(?:perbaikan|pemutakhiran)(?:[ \t]+selesai)?|" + DoneTail + ")?" + ReleaseTail + AsOfTail + @"[ \t]*(?=\n|$)"
                                           + @"|(?:^|\n)[ \t]*laporan\s+tindak\s+lanjut\s+(?:hasil\s+)?(?:reviu|review|evaluasi|audit)\b[ \t]*(?:[a-z0-9]+[ \t]*){0,5}(?=\n|$)").Where(Counts))
            {
                var text = page.Folded[h.Page - 1];
                if (Regex.IsMatch(text[h.Index..(h.Index + h.Length)], @"\b(rencana|akan|usulan|rekomendasi\s+tindak)\b", RegexOptions.CultureInvariant)) continue;
                var after = text[(h.Index + h.Length)..Math.Min(text.Length, h.Index + h.Length + 500)];
                var next = Regex.Match(after, @"\n[ \t]*(bab\s+[ivx]+|[ivx]+\s+[a-z]+[ \t]*\n|kesimpulan|penutup)\b", RegexOptions.CultureInvariant);
                if (next.Success) after = after[..next.Index];
                if (ScheduledEntries.IsMatch(after)) continue;
                // Nor is a follow-up made by putting it into a plan or proposal: "telah ditindaklanjuti dengan dimasukkannya
                // kegiatan … dalam usulan Renja … 2027" (set 29 X29).
                // On a plan indicator the revised plan is the improvement (set 24 S07: "ditindaklanjuti dengan revisi rencana dan anggaran").
                if (!PlanIsContent && Regex.IsMatch(after, FollowUpIntoPlan, RegexOptions.CultureInvariant)) continue;
                // A heading that says its entries were carried out ("TINDAK LANJUT YANG TELAH DILAKSANAKAN", set 28 W39) needs
                // no done word in each entry, as a "PERBAIKAN YANG TELAH DILAKSANAKAN" section does not (DoneImprovementSection).
                // The section must still hold what was done: not "Nihil", "tidak ada rekomendasi yang ditindaklanjuti",
                // "dijadwalkan dalam anggaran perubahan 2027" (nor do the dates of a later section count for it then).
                var heading = text[h.Index..(h.Index + h.Length)];
                var doneHeading = Regex.IsMatch(heading, DoneTail, RegexOptions.CultureInvariant);
                if (doneHeading && Regex.IsMatch(after, NothingDone, RegexOptions.CultureInvariant)) continue;
                if (doneHeading && Regex.IsMatch(after, @"\w{4}", RegexOptions.CultureInvariant)
                    || Regex.Matches(after, @"\b(telah|sudah|selesai)\b|\bdi(lengkapi|sesuaikan|perbaiki|perbarui|mutakhirkan|tetapkan|terapkan|selesaikan|bangun|tambahkan|ganti|rilis|aktifkan|luncurkan|operasikan)\b", RegexOptions.CultureInvariant).Count
                    + DatedDoneEntries(heading, after) >= 2)
                    return h with { Quote = page.Quote(h.Page - 1, h.Index, h.Length) };
            }
            return null;
        }

        bool Around(PageText.Hit hit, int width, string pattern)
        {
            var text = page.Folded[hit.Page - 1];
            var (from, to) = (Math.Max(0, hit.Index - width), Math.Min(text.Length, hit.Index + hit.Length + width));
            return Regex.IsMatch(text[from..to], pattern, RegexOptions.CultureInvariant);
        }

        const string ListTail = @"\b[ \t]*(?:spbe[ \t]*)?(?:(?:dan|serta)[ \t]*|(?:meliputi|yaitu|berupa|mencakup|terdiri|antara\s+lain)\b[^\n]*)?(?:\n|$)";

        internal static string ItemPattern(CriterionElement e)
        {
            var spellings = string.Join("|", e.Terms.Select(Loose).Concat(e.Terms.SelectMany(SetBy))
                .Concat(e.Terms.SelectMany(t => DocumentWords.SentenceForms.GetValueOrDefault(PageText.Fold(t), []))));
            var lists = e.Qualifiers.Where(q => q.StartsWith("list:", StringComparison.Ordinal))
                .Select(q => @"(?:^|\n)[ \t]*(?:[a-z]|\d{1,2})[ \t]+" + Regex.Escape(q[5..]) + ListTail).ToList();
            var core = e.Terms.Count > 1 || lists.Count > 0 || spellings.Contains('|', StringComparison.Ordinal) ? "(?:" + string.Join("|", [spellings, .. lists]) + ")" : spellings;
            var qualifiers = e.Qualifiers.Where(q => !q.StartsWith("list:", StringComparison.Ordinal)).ToList();
            if (qualifiers.Count == 0) return core;
            var inner = PageText.Phrase(e.Terms[0])[2..^2];
            // "c. infrastruktur;" as an item of a list (the list is the criterion's, so the one word is enough there).
            // The one word alone is too common ("layanan"): only its other spellings, a list entry, or with its qualifier.
            var alternatives = new List<string> { @"(?:^|\n)[ \t]*(?:[a-z]|\d{1,2})[ \t]+" + inner + ListTail };
            alternatives.AddRange(e.Terms.Skip(1).Select(t => PageText.Phrase(t)));
            alternatives.AddRange(lists);
            if (qualifiers.Contains("spbe")) alternatives.Add(@"\b" + inner + @"\s+spbe\b");
            var prefixes = qualifiers.Where(q => q != "spbe").ToList();
            if (prefixes.Count > 0) alternatives.Add(@"\b(?:" + string.Join("|", prefixes) + @")\s+(?:arsitektur\s+)?" + inner + @"\b");
            return string.Join("|", alternatives);
        }

        /// <summary>
        /// "penetapan X" (the Kriteria's noun for setting X) written as a policy writes it: X set in a clause ("Ruang lingkup …
        /// ditetapkan oleh Kepala Dinas", "menetapkan Sekretaris Daerah sebagai penanggung jawab") or X as the heading of its
        /// own chapter or article ("BAB II RUANG LINGKUP"): a Perbup regulates what it gives a chapter to.
        /// </summary>
        static IEnumerable<string> SetBy(string term)
        {
            var words = PageText.Fold(term).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2 || words[0] != "penetapan") yield break;
            var rest = string.Join(@"\s+", words.Skip(1).Select(Regex.Escape));
            yield return @"\b" + rest + @"\s+(?:\w+\s+){0,6}?(?:ditetapkan|ditunjuk)\b";
            yield return @"\b(?:menetapkan|menunjuk)\s+(?:\w+\s+){0,6}?sebagai\s+" + rest + @"\b";
            yield return @"(?:^|\n)[ \t]*(?:bab\s+[ivxlc\d]+[ \t]+)?" + rest + @"[ \t]*(?=\n|$)";
            // An article or list entry that starts with it ("Pasal 1 Ruang lingkup: seluruh aset informasi", "(2) Penanggung
            // jawab: Wali Kota"), or a clause saying what it is ("ruang lingkup SMKI meliputi …", "penanggung jawab … dijabat oleh").
            yield return @"(?:^|\n)[ \t]*(?:pasal[ \t]+\d{1,3}[a-z]?[ \t]+|\d{1,2}[ \t]+|[a-z][ \t]+)?" + rest + @"[ \t]+[a-z]";
            yield return @"\b" + rest + @"\s+(?:\w+\s+){0,5}?(?:meliputi|mencakup|terdiri\s+atas|dijabat|berada\s+pada|dipegang)\b";
        }

        /// <summary>
        /// An item of two or more words, also with a connecting word or two between them, as a policy writes it: "evaluasi
        /// terhadap kinerja", "perbaikan secara berkelanjutan", "dukungan bagi pengoperasian".
        /// </summary>
        static string Loose(string term)
        {
            var words = PageText.Fold(term).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return words.Length < 2 ? PageText.Phrase(term)
                : @"\b" + string.Join(@"\s+(?:(?:terhadap|atas|secara|untuk|bagi|yang)\s+){0,2}", words.Select(Regex.Escape)) + @"\b";
        }

        /// <summary>The phrase's content words in order, at most six words apart.</summary>
        static string PhrasePattern(string phrase)
        {
            var words = PageText.Fold(phrase).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 4 && !Stop.Contains(w)).ToList();
            if (words.Count == 0) return PageText.Phrase(phrase);
            if (words.Count == 1) return VerbForms(words[0]);
            return @"\b" + string.Join(@"\w*(?:\s+\w+){0,6}?\s+", words.Select(Regex.Escape)) + @"\w*";
        }
    }
}
