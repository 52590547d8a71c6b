using SpbeBot.Core.Questions;

namespace SpbeBot.Core.Regulations;

/// <summary>How a question is handled between the criteria (catalog) and the regulation passages.</summary>
public enum ProcessRoute
{
    /// <summary>An indicator question: answered from the criteria only.</summary>
    Criteria,
    /// <summary>About the evaluation itself (a process word, no indicator or level number): the passages first.</summary>
    Process,
    /// <summary>The criteria found nothing: a confident passage answers; otherwise the criteria's "not found" stands.</summary>
    Fallback,
    /// <summary>A button's "§id" payload: show that passage.</summary>
    Section,
    /// <summary>
    /// About the evaluation's own people or stages (<see cref="EvaluationCues"/>), or the value of a level: a confident
    /// passage answers, otherwise an honest "not found" with the nearest sections — never an indicator's criteria.
    /// </summary>
    Evaluation,
}

/// <summary>
/// The one place that decides whether a question goes to the passages or stays with the criteria matcher.
/// An indicator or level number always keeps a question with the criteria; a process word (asesor, penilaian mandiri,
/// interviu, penjelasan, reviu, penamaan …) without one sends it to the passages first; a question the criteria
/// cannot place falls back to the passages when retrieval is confident.
/// </summary>
public static class ProcessRouting
{
    /// <summary>The prefix of a section button's payload: "§permenpanrb-59-2020/pasal-4".</summary>
    public const string SectionPrefix = "§";

    static readonly HashSet<string> RegulationWords =
        ["permen", "permenpan", "permenpanrb", "menpanrb", "panrb", "pedoman", "perpres", "peraturan", "pp", "uu", "perpu", "keppres", "kepmen", "pasal", "ayat", "angka", "guideline", "guidelines", "regulation", "regulations", "decree"];

    /// <summary>
    /// Words inside a regulation's name, between the regulation word and its number ("Pedoman <b>Menteri</b> 3/2024",
    /// "pedoman <b>menpan</b> 3/2024"): the number after them is still the regulation's, not a figure asked about.
    /// </summary>
    static readonly HashSet<string> RegulationNameWords = ["menteri", "menpan", "pan", "rb", "kementerian"];

    /// <summary>A word naming a regulation or a part of one ("permenpanrb", "pedoman", "pasal").</summary>
    public static bool IsRegulationWord(string token) => RegulationWords.Contains(token);

    /// <summary>"PermenPANRB 59/2020", "Pedoman Nomor 3 Tahun 2024", "Pasal 4 ayat (2)", a year: numbers that are not an indicator or a level.</summary>
    internal static List<string> WithoutRegulationNumbers(List<string> tokens)
    {
        var result = new List<string>(tokens.Count);
        var afterRegulation = false;
        foreach (var token in tokens)
        {
            var number = int.TryParse(token, out var n);
            if (RegulationWords.Contains(token)) { afterRegulation = true; result.Add(token); continue; }
            if (afterRegulation && RegulationNameWords.Contains(token)) { result.Add(token); continue; }
            if (afterRegulation && (number || token is "nomor" or "no" or "tahun" or "thn")) continue;
            afterRegulation = false;
            if (number && n >= 1900) continue;
            result.Add(token);
        }
        return result;
    }

    /// <summary>
    /// The numbers a question names outside a regulation's own numbering: a year ("tahun 2023", "in 2024"), a count
    /// ("40an" → "40"), a value ("2.7" → "2 7"); not "PermenPANRB 59/2020", "Pasal 4", "the 2024 guideline".
    /// </summary>
    public static IReadOnlyList<string> Figures(List<string> tokens)
    {
        var result = new List<string>();
        var afterRegulation = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (RegulationWords.Contains(token)) { afterRegulation = true; continue; }
            // "the 2024 guideline": a number right before a regulation word is its number.
            if (i + 1 < tokens.Count && RegulationWords.Contains(tokens[i + 1])) continue;
            var number = token.Any(char.IsDigit);
            if (afterRegulation && RegulationNameWords.Contains(token)) continue;
            if (afterRegulation && (number || token is "nomor" or "no" or "tahun" or "thn")) continue;
            afterRegulation = false;
            // "ind 10", "indikator 36": an indicator's number names the indicator, it is no figure asked about.
            if (i > 0 && tokens[i - 1] is "ind" or "indikator" or "indicator" && token.All(char.IsAsciiDigit)) continue;
            // "oleh2", "rata2": reduplication written with a digit, not a number.
            if (!number || (token[^1] == '2' && token.Length > 2 && token[..^1].All(char.IsLetter))) continue;
            // Runs of two or more digits: single digits are levels, ordinals and list items ("level 1 s.d. 5").
            result.AddRange(ProcessQuestionSet.Comparable(new string(token.Select(c => char.IsDigit(c) ? c : ' ').ToArray()))
                .Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(d => d.Length >= 2));
        }
        return result;
    }

    /// <summary>
    /// The ranking score the best passage needs for <see cref="AskedOfBestPassage"/>. Measured on the tuning folds
    /// (docs/benchmarks.md, wip-28pc): at 60 no answerable question is newly quoted with a wrong passage and no not-in-texts
    /// question is quoted; at 50 one wrong quote appears.
    /// </summary>
    internal static double MinRankAskedBefore { get; set; } = 60;

    /// <summary>
    /// "berita acara PM ditandatangani siapa?", "contoh kolaborasi horisontal antar layanan?", "layanan publik sektoral boleh
    /// G2B?": a question the criteria keep for the indicator its topic words name (no indicator or level number, asking what
    /// the indicator is about) is the passages' when the best passage ranks high and the nearest question people already
    /// asked was asked of that same passage — the question is one the texts answer, not one about the indicator. The
    /// indicator's own cell (what the criteria answer shows) is no such passage. A confident passage then answers; otherwise
    /// the criteria's answer stands (<see cref="ProcessRoute.Fallback"/>).
    /// </summary>
    internal static bool AskedOfBestPassage(string question, Understanding understanding, PassageIndex index) =>
        AskedOfBestPassage(question, understanding, index, MinRankAskedBefore);

    /// <param name="minRank">The ranking score the best passage needs (<see cref="MinRankAskedBefore"/>; a test sets its own).</param>
    internal static bool AskedOfBestPassage(string question, Understanding understanding, PassageIndex index, double minRank)
    {
        if (understanding.Kind is not (QuestionKind.About or QuestionKind.Ambiguous or QuestionKind.NotFound or QuestionKind.Level or QuestionKind.MoveUp)) return false;
        var numbers = NumberReader.Read(WithoutRegulationNumbers(TextNormalizer.Tokenize(question)));
        if (numbers.Indicators.Count > 0 || numbers.Levels.Count > 0) return false;
        // The best of a search for one, as MinRankAskedBefore was measured: a search for more re-ranks a larger pool of BM25
        // candidates, whose best can differ (7 of the 6,834 tuning process questions, none ranked 60; process-top-probe).
        if (index.Search(question, 1) is not [var best] || best.Rank < minRank) return false;
        if (understanding.Indicator is int indicator && best.Passage.Id.Contains($"/indikator-{indicator}/", StringComparison.Ordinal)) return false;
        return index.NearestAsked(question, 1) is [var near] && near.Passage == best.Index;
    }

    /// <summary>The passages a process answer looks at: the best ones, their near-duplicates and related sections.</summary>
    public const int QuotedCandidates = 12;

    public static ProcessRoute Decide(string? question, Understanding understanding)
    {
        var text = question?.Trim() ?? "";
        if (text.StartsWith(SectionPrefix, StringComparison.Ordinal)) return ProcessRoute.Section;
        if (text.Length == 0 || text.Length > QuestionParser.MaxLength) return ProcessRoute.Criteria;
        var tokens = TextNormalizer.Tokenize(text);
        var numbers = NumberReader.Read(WithoutRegulationNumbers(tokens));
        var cue = ProcessAsks.HasCue(tokens);
        // "Level 3 nilainya 3?": the value of a level is the regulation's scale, not indicator 3.
        if (EvaluationCues.AsksLevelValue(tokens)) return ProcessRoute.Evaluation;
        // "makna tingkat kolaborasi pada kapabilitas layanan": a ladder's level name, unless the rest names an indicator's
        // subject ("layanan transaksi for the BMD service" is indicator 38's level).
        if (EvaluationCues.AsksLevelMeaning(tokens)
            && QuestionParser.For(understanding.Framework).Parse(EvaluationCues.WithoutLevelNames(tokens)).Indicator is null)
            return ProcessRoute.Evaluation;
        // "tingkat kolaborasi dlm kapabilitas layanan?", "Lima tingkat kematangan kapabilitas proses itu namanya apa saja?": a
        // ladder of the Permen named, whose level names ("kolaborasi", "informasi") and words ("proses", "layanan") the criteria
        // take for an indicator's subject (before: indicators 1, 2, 14, 20). The passages answer first, the criteria when they
        // are not confident; a numbered indicator or one's own situation stays with the criteria.
        if (EvaluationCues.NamesLadder(tokens) && numbers.Indicators.Count == 0 && !EvaluationCues.SpeaksOfOwn(tokens)) return ProcessRoute.Process;
        // "pemda wajib bimtek internal gak?": the evaluation's technical guidance, not the staff-competence indicator (before:
        // indicator 25's criteria). The passages answer first, the criteria when they are not confident; a described situation stays.
        if (EvaluationCues.AsksTraining(tokens) && numbers.Indicators.Count == 0 && numbers.Levels.Count == 0
            && understanding.Kind != QuestionKind.Situation) return ProcessRoute.Process;
        // "tim asesor internal minimal berapa orang": the assessors, the interview, the visit are the evaluation's, whatever
        // indicator topic the words also touch; a question for an indicator's criteria or evidence ("what do assessors accept
        // as evidence for …", a described situation) stays with the criteria.
        if (EvaluationCues.Has(tokens) && numbers.Indicators.Count == 0 && numbers.Levels.Count == 0
            && understanding.Kind is QuestionKind.About or QuestionKind.NotFound or QuestionKind.Ambiguous or QuestionKind.LevelLadder)
            return ProcessRoute.Evaluation;
        // "Tim asesor eksternal isinya siapa aja?", "kalau penilaian asesor eksternal udh valid, tim reviu nulis catatan ga?":
        // read as a described situation only because they describe something; with an evaluation word and nobody's own
        // situation (no "kami", "kita", "we" …) they ask about the evaluation.
        if (EvaluationCues.Has(tokens) && numbers.Indicators.Count == 0 && numbers.Levels.Count == 0
            && understanding.Kind == QuestionKind.Situation && !EvaluationCues.SpeaksOfOwn(tokens))
            return ProcessRoute.Evaluation;
        // "penanggung jawab tugasnya apa?", "Who chairs the Tim Koordinasi SPBE Nasional?": the evaluation's roles and bodies,
        // not the indicator whose topic word the question also holds (indicators 8, 10, 19): a confident passage or an honest
        // "not found", never that indicator's criteria. A numbered indicator or level, or a situation of one's own, stays.
        if (ProcessAsks.AsksRole(tokens) && numbers.Indicators.Count == 0 && numbers.Levels.Count == 0
            && (understanding.Kind != QuestionKind.Situation || !EvaluationCues.SpeaksOfOwn(tokens)))
            return ProcessRoute.Evaluation;
        // "apakah target indeks SPBE perlu dijadikan Indikator Kinerja Utama?": the Pemda's IKU (Pasal 10), not an SPBE indicator.
        if (ProcessAsks.NamesKeyPerformanceIndicator(tokens) && numbers.Indicators.Count == 0 && numbers.Levels.Count == 0
            && understanding.Kind != QuestionKind.Situation) return ProcessRoute.Process;
        // "Domain mana yang masih di bawah target nasional?" (the Pedoman's background), "pertanyaan umum tiap tahun sama?" (the
        // questionnaire): about the evaluation, whatever indicator topic word the question also holds.
        if ((ProcessAsks.AsksNationalResult(tokens) || ProcessAsks.NamesGeneralQuestions(tokens)) && numbers.Indicators.Count == 0
            && numbers.Levels.Count == 0 && understanding.Kind != QuestionKind.Situation) return ProcessRoute.Process;
        // "contoh visitasi ind 16 hasilnya apa?": the Pedoman's worked examples name an indicator and a level, but they are
        // process passages: a confident passage or an honest "not found", never the named indicator's criteria.
        if (ProcessAsks.AsksWorkedExample(tokens) && understanding.Kind != QuestionKind.Situation) return ProcessRoute.Evaluation;
        // "Perpres mana yang jadi dasar Arsitektur SPBE Nasional?", "dasar hukumnya apa?": the regulations the texts rest
        // on are stated in the texts, not in an indicator's criteria; the passages answer first, the criteria when they are
        // not confident.
        // A described situation naming the Perpres it follows ("Dokumen Arsitektur kami … mengacu Perpres 132") stays with the criteria.
        if (EvaluationCues.AsksLegalBasis(tokens) && numbers.Indicators.Count == 0 && numbers.Levels.Count == 0
            && understanding.Kind != QuestionKind.Situation && !EvaluationCues.SpeaksOfOwn(tokens))
            return ProcessRoute.Process;
        // "Audit infrastruktur tahun 2021 masih bisa dipakai?", "bukti reviu maksimal umurnya berapa?": how old a review or an
        // audit may be is a rule the Pedoman states for them all (within the last 2 years), quoted from the passages first; the
        // criteria answer when they are not confident. A situation of one's own ("reviu kami 3 tahun lalu, level 4?") stays.
        if (EvaluationCues.AsksEvidenceAge(tokens) && numbers.Indicators.Count == 0 && numbers.Levels.Count == 0
            && understanding.Kind != QuestionKind.Situation && !EvaluationCues.SpeaksOfOwn(tokens))
            return ProcessRoute.Process;
        // "Hasil evaluasi dipake buat apa di pusat?", "what are the evaluation results used for?": the evaluation's own result
        // is the Permen's (Pasal 5–7, Lampiran III.D), not the indicator whose topic word the question also holds (before:
        // indicator 16's criteria). The passages answer first, the criteria when they are not confident. A described
        // situation ("hasil evaluasi layanan JDIH kami sudah ditindaklanjuti …") or a numbered indicator or level stays.
        if (EvaluationCues.AsksEvaluationResult(tokens) && numbers.Indicators.Count == 0 && numbers.Levels.Count == 0
            && understanding.Kind != QuestionKind.Situation)
            return ProcessRoute.Process;
        // A range of indicators ("domain manajemen (ind 21-31)") with a process word is about how that part is written or
        // assessed (the Pedoman's kaidah per domain), not about one indicator.
        if (cue && numbers.Indicators.Count > 1 && numbers.Levels.Count == 0 && understanding.Indicator is null) return ProcessRoute.Process;
        // A level without any indicator ("level 3 nilainya berapa", "kalau pilih level 2, penjelasannya …"): about levels in
        // general, which the regulations state (tingkat kematangan, nilai per tingkat, the explanation per level). With a
        // process word the passages answer first; otherwise a confident passage answers where the criteria found no indicator.
        if (numbers.Indicators.Count == 0 && numbers.Levels.Count > 0 && understanding.Indicator is null && understanding.Candidates.Count == 0
            && understanding.Kind is not (QuestionKind.Index or QuestionKind.Predikat or QuestionKind.Compare or QuestionKind.Situation or QuestionKind.PartIndex))
            return cue ? ProcessRoute.Process : ProcessRoute.Fallback;
        if (numbers.Indicators.Count > 0 || numbers.Levels.Count > 0) return ProcessRoute.Criteria;
        // "How is the index computed?" is the regulation's formula (a passage); "which predikat for 2.7?" or "bobot domain X"
        // with a value or a named part stays with the criteria, which computes it.
        if (ProcessVocabulary.AsksHowComputed(tokens) && !tokens.Any(t => t.Any(char.IsDigit))) return ProcessRoute.Process;
        if (understanding.Kind is QuestionKind.Index or QuestionKind.Predikat or QuestionKind.Compare or QuestionKind.Situation) return ProcessRoute.Criteria;
        if (cue) return ProcessRoute.Process;
        if (understanding.Kind == QuestionKind.NotFound && understanding.Reason is NotFoundReason.OffTopic or NotFoundReason.OtherScript or NotFoundReason.MissingIndicator)
            return ProcessRoute.Fallback;
        // Last, after the empty and too-long checks above: a question asked before of the best passage (AskedOfBestPassage).
        return AskedOfBestPassage(text, understanding, PassageIndex.Shipped) ? ProcessRoute.Fallback : ProcessRoute.Criteria;
    }
}
