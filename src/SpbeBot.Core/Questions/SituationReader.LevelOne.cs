using SpbeBot.Core.Criteria;

namespace SpbeBot.Core.Questions;

public sealed partial class SituationReader
{
    /// <summary>A policy still in draft named as a document ("rancangan", "ranperbup", "draf"): <c>[words draft-documents]</c>, one
    /// list for level 1 here and for <see cref="DifferenceFocus"/>'s twin choice.</summary>
    internal static readonly HashSet<string> DraftDocumentWords = Vocabulary.Words("draft-documents");
    /// <summary>Making a draft ("disusun", "dibahas", "being drafted"): <c>[words drafting]</c>.</summary>
    internal static readonly HashSet<string> DraftingWords = Vocabulary.Words("drafting");

    /// <summary>
    /// Level 1 of a Kebijakan Internal indicator in the Pedoman's own words, read after the elements: level 1
    /// is a "konsep kebijakan internal … belum atau telah tersedia" ("masih dalam proses pengesahan"; its evidence is a
    /// "rancangan Peraturan atau rancangan Keputusan atau Surat Edaran"), level 2 a policy "telah ditetapkan" whose evidence is
    /// a "dokumen kebijakan Instansi Pusat/Pemerintah Daerah". So a description that says
    /// <list type="bullet">
    /// <item>the policy does not exist ("blm ada kebijakan sama sekali", "no policy at all on data management yet"),</item>
    /// <item>or exists only as a draft or an unsigned decree ("the decree is still a draft at the Bagian Hukum"),</item>
    /// <item>or only as one OPD's document ("SOP … cuma berlaku di diskominfo", "cuma surat edaran") where the table's level 2
    /// asks for the instansi's own policy — not where it also accepts "peraturan/kebijakan kepala unit kerja/perangkat
    /// daerah" (Pusat Data, Jaringan Intra, Sistem Penghubung Layanan, Tim Koordinasi: there an OPD head's decree is level 2),</item>
    /// </list>
    /// and names no regulation of the head of region in force and no review, meets level 1 only; the reply names level 2's
    /// criterion. The levels 2–5 are read by the elements (<see cref="SituationReader.Place"/> applies this last, so one place
    /// decides a level).
    /// </summary>
    sealed class LevelOne
    {
        /// <summary>Kebijakan Internal indicators whose level 2 asks for a policy of the instansi (an OPD's own document is not enough).</summary>
        readonly HashSet<int> _instansiPolicy = [];
        /// <summary>Every Kebijakan Internal indicator.</summary>
        readonly HashSet<int> _policyIndicators = [];
        /// <summary>Indicators whose level 1 is a concept ("Konsep dokumen Arsitektur SPBE belum atau telah tersedia"): a draft is level 1.</summary>
        readonly HashSet<int> _conceptAtOne = [];
        /// <summary>Indicators whose level 1 is done "tanpa perencanaan" (or without a planned programme): denied planning is level 1.</summary>
        readonly HashSet<int> _unplannedAtOne = [];

        public LevelOne(CriteriaCatalog catalog)
        {
            foreach (var indicator in catalog.Indicators)
            {
                if (indicator.Ladder == "layanan") continue;
                var levelOne = indicator.Levels.FirstOrDefault(l => l.Level == 1)?.Criterion ?? "";
                if (levelOne.StartsWith("Konsep", StringComparison.OrdinalIgnoreCase)) _conceptAtOne.Add(indicator.Number);
                if (levelOne.Contains("tanpa perencanaan", StringComparison.OrdinalIgnoreCase) || levelOne.Contains("tanpa program kegiatan yang terarah dan terencana", StringComparison.OrdinalIgnoreCase))
                    _unplannedAtOne.Add(indicator.Number);
                if (!indicator.Name.Contains("Kebijakan Internal", StringComparison.OrdinalIgnoreCase)) continue;
                _policyIndicators.Add(indicator.Number);
                var levelTwo = indicator.Levels.FirstOrDefault(l => l.Level == 2);
                if (levelTwo is null) continue;
                var evidence = string.Join(" ", levelTwo.Evidence) + " " + string.Join(" ", levelTwo.Fulfilment);
                if (!evidence.Contains("kepala unit kerja", StringComparison.OrdinalIgnoreCase) && !evidence.Contains("kebijakan unit", StringComparison.OrdinalIgnoreCase))
                    _instansiPolicy.Add(indicator.Number);
            }
        }

        static readonly HashSet<string> PolicyWords = ["kebijakan", "kebijakannya", "aturan", "aturannya", "regulasi", "peraturan", "perwali", "perwal", "perbup", "pergub", "perkada", "policy", "policies", "regulation", "decree", "sk", "sknya"];
        static readonly HashSet<string> Renewal = ["baru", "revisi", "perubahan", "pengganti", "turunan", "teknis", "new", "revised", "updated", "amended"];
        static readonly HashSet<string> Existence = ["ada", "punya", "memiliki", "have", "has", "any", "a"];
        static readonly HashSet<string> DraftWords = DraftDocumentWords;
        static readonly HashSet<string> Drafting = DraftingWords;
        static readonly HashSet<string> PlanWords = ["perencanaan", "terencana", "rencana", "planning", "planned", "plan", "program"];

        /// <summary>"gak ada perencanaan", "blm terencana", "tanpa rencana", "not planned": the planning itself denied.</summary>
        static bool PlanningDenied(List<string> tokens)
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!PlanWords.Contains(tokens[i])) continue;
                var k = i - 1;
                while (k >= 0 && i - k <= 3 && (Existence.Contains(tokens[k]) || tokens[k] is "pernah" or "di" or "secara")) k--;
                if (k >= 0 && i - k <= 3 && Negators.Contains(tokens[k])) return true;
            }
            return false;
        }

        static readonly HashSet<string> StillWords = ["masih", "still", "baru", "only", "cuma", "hanya", "msh"];
        static readonly HashSet<string> Unsigned = ["ditetapkan", "disahkan", "ditandatangani", "diteken", "diundangkan", "signed", "enacted", "issued", "ttd"];
        /// <summary>The head of region, whose regulation or decree is the instansi's policy.</summary>
        static readonly HashSet<string> HeadOfRegion = ["perwali", "perwal", "perbup", "pergub", "perkada", "walikota", "bupati", "gubernur", "mayor", "regent", "governor", "perda"];
        /// <summary>The head of one OPD.</summary>
        static readonly HashSet<string> HeadOfOpd = ["kadis", "kadin", "kaban", "kakan", "kepala dinas", "kepala badan", "kepala opd", "kepala perangkat", "head of"];
        static readonly HashSet<string> OneOpdOnly = ["cuma", "hanya", "saja", "aja", "doang", "only"];
        static readonly HashSet<string> Circular = ["se", "edaran", "circular"];

        /// <summary>The placement, or level 1 where the description says what only level 1 is.</summary>
        public Placement Apply(int indicator, string text, Placement placement)
        {
            if (placement is { Level: 1, Decided: true } || placement.Asserted.Contains(Element.Reviewed)) return placement;
            if (!_policyIndicators.Contains(indicator) && !_conceptAtOne.Contains(indicator) && !_unplannedAtOne.Contains(indicator)) return placement;
            var tokens = TextNormalizer.Tokenize(text);
            // Read per sentence: "… infrastruktur sama keamanan blm. sdh ditetapkan" does not deny the setting.
            var sentences = System.Text.RegularExpressions.Regex.Split(text, @"[.;!?\n]+(?:\s|$)").Select(TextNormalizer.Tokenize).Where(s => s.Count > 0).ToList();
            // "… gak ada perencanaan", "blm terencana": the level-1 condition "tanpa perencanaan" in the asker's words.
            if (_unplannedAtOne.Contains(indicator) && !placement.Asserted.Contains(Element.Guideline) && sentences.Any(PlanningDenied))
                return new Placement(1, true, null, placement.Asserted, placement.Denied);
            if (!_policyIndicators.Contains(indicator) && !_conceptAtOne.Contains(indicator)) return placement;
            if (HeadOfRegionInForce(tokens)) return placement;
            // "pas masih draft versi lama": a draft of the past is not the document now (SituationReader.PastDraft.cs).
            var changedSince = ChangedSince(tokens);
            var levelOne = sentences.Any(s => DraftOnly(WithoutPastDraft(s, changedSince)))
                || _policyIndicators.Contains(indicator) && (PolicyAbsent(tokens) || _instansiPolicy.Contains(indicator) && OneOpdDocument(tokens));
            return levelOne ? new Placement(1, true, null, placement.Asserted, placement.Denied) : placement;
        }

        /// <summary>"perwalnya blm ada", "belum ada perwal": the negator at <paramref name="k"/> denies a policy word next to it.</summary>
        public static bool DeniesThePolicy(IReadOnlyList<string> tokens, int k)
        {
            if (k > 0 && IsPolicyWord(tokens[k - 1])) return true;
            var next = k + 1;
            while (next < tokens.Count && Existence.Contains(tokens[next])) next++;
            return next < tokens.Count && IsPolicyWord(tokens[next]);
        }

        /// <summary>A policy word, also with "-nya" ("perwalnya", "perbupnya").</summary>
        static bool IsPolicyWord(string t) =>
            PolicyWords.Contains(t) || t.EndsWith("nya", StringComparison.Ordinal) && PolicyWords.Contains(t[..^3]);

        static bool NegatedAt(List<string> tokens, int i, int window) =>
            Enumerable.Range(Math.Max(0, i - window), Math.Min(window, i)).Any(k => Negators.Contains(tokens[k]));

        /// <summary>"perwali nomor 5 tahun 2023", "keputusan walikota": a regulation or decree of the head of region, not denied and not a draft.</summary>
        static bool HeadOfRegionInForce(List<string> tokens)
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                // "wali kota" is the mayor; "wali data" is not.
                if (!HeadOfRegion.Contains(tokens[i]) && !(tokens[i] == "wali" && i + 1 < tokens.Count && tokens[i + 1] == "kota")) continue;
                if (NegatedAt(tokens, i, 3)) continue;
                if (Enumerable.Range(Math.Max(0, i - 3), Math.Min(3, i)).Any(k => DraftWords.Contains(tokens[k]))) continue;
                if (tokens.Skip(i + 1).Take(6).Any(t => DraftWords.Contains(t)) || UnsignedAfter(tokens, i)) continue;
                return true;
            }
            return false;
        }

        /// <summary>"… belum ditetapkan", "… not signed yet" within the clause after a word.</summary>
        static bool UnsignedAfter(List<string> tokens, int i)
        {
            for (var k = i + 1; k < Math.Min(tokens.Count, i + 8); k++)
                if (Unsigned.Contains(tokens[k]) && NegatedAt(tokens, k, 3)) return true;
            return false;
        }

        /// <summary>"blm ada kebijakan sama sekali", "no policy at all", "belum ada aturan": the policy itself is said not to exist.</summary>
        static bool PolicyAbsent(List<string> tokens)
        {
            // "ada SK kadis …, blm perwali": a policy named as existing is not absent (what it is worth is another rule's).
            if (Enumerable.Range(0, tokens.Count).Any(i => PolicyWords.Contains(tokens[i]) && !NegatedAt(tokens, i, 3)
                && !Enumerable.Range(Math.Max(0, i - 3), Math.Min(3, i)).Any(k => DraftWords.Contains(tokens[k])) && !tokens.Skip(i + 1).Take(3).Any(DraftWords.Contains)))
                return false;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!PolicyWords.Contains(tokens[i])) continue;
                var k = i - 1;
                while (k >= 0 && i - k <= 3 && Existence.Contains(tokens[k])) k--;
                if (k < 0 || i - k > 3 || !Negators.Contains(tokens[k])) continue;
                // "belum ada kebijakan baru/revisi": a renewal denied, not the policy in force.
                if (tokens.Skip(i + 1).Take(2).Any(Renewal.Contains)) continue;
                return true;
            }
            return false;
        }

        /// <summary>"masih draf", "still a draft", "masih rancangan di bagian hukum", "SK-nya belum ditetapkan": only a concept exists.</summary>
        static bool DraftOnly(List<string> tokens)
        {
            // "baru disusun tahun lalu dan sudah ditetapkan": set in force, whatever "baru" says.
            if (Enumerable.Range(0, tokens.Count).Any(i => Unsigned.Contains(tokens[i]) && !(i > 0 && Negators.Contains(tokens[i - 1])) && !(i > 1 && Negators.Contains(tokens[i - 2])))) return false;
            for (var i = 0; i < tokens.Count; i++)
            {
                if ((DraftWords.Contains(tokens[i]) || Drafting.Contains(tokens[i])) && Enumerable.Range(Math.Max(0, i - 3), Math.Min(3, i)).Any(k => StillWords.Contains(tokens[k]) || tokens[k] is "sedang" or "being")) return true;
                if (Unsigned.Contains(tokens[i]) && i > 0 && (Negators.Contains(tokens[i - 1]) || i > 1 && Negators.Contains(tokens[i - 2]) && tokens[i - 1] is "di" or "pernah" or "juga" or "yet")
                    && tokens.Take(i).Any(PolicyWords.Contains)) return true;
            }
            return false;
        }

        /// <summary>
        /// "SK kadis kominfo", "SOP … cuma berlaku di diskominfo", "cuma surat edaran": a document of one OPD's head, or one
        /// said to hold only in one OPD, or only a circular.
        /// </summary>
        static bool OneOpdDocument(List<string> tokens)
        {
            var joined = " " + string.Join(" ", tokens) + " ";
            if (HeadOfOpd.Any(h => joined.Contains(" " + h + " ", StringComparison.Ordinal))) return true;
            for (var i = 0; i < tokens.Count; i++)
            {
                // "cuma berlaku di diskominfo", "berlaku di diskominfo saja".
                if (tokens[i] is "berlaku" or "applies" or "applied" && (i > 0 && OneOpdOnly.Contains(tokens[i - 1]) || tokens.Skip(i + 1).Take(4).Any(OneOpdOnly.Contains))) return true;
                // "cuma surat edaran", "hanya SE".
                if (Circular.Contains(tokens[i]) && Enumerable.Range(Math.Max(0, i - 2), Math.Min(2, i)).Any(k => OneOpdOnly.Contains(tokens[k]))) return true;
            }
            return false;
        }
    }
}
