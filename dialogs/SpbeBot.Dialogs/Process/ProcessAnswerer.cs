using SpbeBot.Core.Questions;
using SpbeBot.Core.Regulations;
using SpbeBot.Dialogs.Common;
using SpbeBot.Dialogs.Criteria;

namespace SpbeBot.Dialogs.Process;

/// <summary>What a process answer quoted, for the CLI's JSON and the bench.</summary>
/// <param name="Kind">"process" (a passage quoted) or "process-not-found" (nothing quoted; nearest sections offered).</param>
/// <param name="Quoted">Every passage quoted, best first (the first is also in Id, Section, Regulation and Quote).</param>
public sealed record ProcessQuote(string Kind, string? Id, string? Section, string? Regulation, string? Quote, IReadOnlyList<string> Suggestions)
{
    public IReadOnlyList<Passage> Quoted { get; init; } = [];
    /// <summary>The quoted passages that state the same rule as the first in another text (near-duplicates).</summary>
    public IReadOnlyList<string> Same { get; init; } = [];
}

/// <summary>
/// Answers questions about the evaluation itself by quoting regulation passages verbatim, with their section and
/// regulation; below the confidence threshold it says so and offers the nearest sections as buttons (pressing one
/// shows that section). Nothing is paraphrased.
/// </summary>
public static class ProcessAnswerer
{
    /// <summary>
    /// Confidence: the best passage's ranking score (BM25 × coverage × question-word boosts, <see cref="PassageIndex.Hit.Rank"/>)
    /// must reach <see cref="MinRank"/>, with a floor on each factor: the share of the question's informative terms
    /// (IDF-weighted) that it contains, and its BM25 score. One combined cut rather than two separate ones: a passage
    /// holding every word of a short question needs less BM25, a long passage matching strongly needs less coverage.
    /// Calibrated leaving one author out over the five tuning sets (every fold chose the same cut; docs/benchmarks.md); raised
    /// from 8 to 16 by wip-21pc on 33 tuning authors: no answer quoted with the right passage ranks under 17.8, two wrong ones do.
    /// </summary>
    public static double MinRank { get; set; } = 16.0;
    public static double MinCoverage { get; set; } = 0.25;
    public static double MinScore { get; set; } = 6.0;
    /// <summary>Passages scoring at least this share of the best one are quoted too (at most <see cref="MaxQuoted"/>).</summary>
    public static double AlsoQuoteRatio { get; set; } = 0.4;
    public const int MaxQuoted = 3;
    /// <summary>
    /// Chunks of the best passage's own section scoring at least this share of it are quoted too (0: none), beyond
    /// <see cref="MaxQuoted"/>. Measured leaving one author out (docs/benchmarks.md, wip-15g): 0.3 and 0.5 the same but one question.
    /// </summary>
    public static double SiblingRatio { get; set; } = 0.5;
    /// <summary>
    /// The nearest questions already asked whose passage is quoted too when it is among the candidates (0: none). Measured
    /// leaving one author out (docs/benchmarks.md, wip-15j; 3 since wip-15pb, on 25 tuning authors).
    /// </summary>
    public static int NearestAskedQuoted { get; set; } = 3;
    /// <summary>
    /// A further nearest asked question's passage (the second, the third) is quoted only when that question scores at least
    /// this share of the nearest one (0: every one of the <see cref="NearestAskedQuoted"/>). Measured leaving one author
    /// out on the 55 tuning sets (review of wip-33ps): 0 / 0.3 / 0.4 / 0.45 / 0.5 / 0.55 / 0.6 / 0.7 / 0.8 / 0.9 →
    /// right 5,998 / 5,998 / 5,997 / 5,996 / 5,996 / 5,996 / 5,994 / 5,990 / 5,987 / 5,980 of 6,620, wrong quotes
    /// 128 / 128 / 129 / 130 / 130 / 130 / 132 / 134 / 137 / 142, passages per quoted answer 3.65 / 3.62 / 3.54 / 3.49 /
    /// 3.42 / 3.34 / 3.27 / 3.13 / 3.01 / 2.94; not-in-texts refused 1,035/1,054 at each. 0.55 shows 0.31 passages an
    /// answer fewer for two answers.
    /// </summary>
    public static double NearestAskedShare { get; set; } = 0.55;
    /// <summary>The definitions quoted for a question asking how two terms differ.</summary>
    public const int MaxCompared = 2;
    /// <summary>At most this many chunks of the best passage's section are added to it.</summary>
    public const int MaxSiblings = 2;

    /// <summary>Two chunks of one section ("pedoman-3-2024/III.A#1" and "…/III.A#4").</summary>
    static bool SameSection(Passage a, Passage b) =>
        a.Id.Contains('#', StringComparison.Ordinal) && a.Id[..a.Id.IndexOf('#', StringComparison.Ordinal)] == b.Id.Split('#')[0];

    /// <summary>At most this many near-duplicates of the best passage (the same rule in another text) are shown with it.</summary>
    public const int MaxSame = 2;
    /// <summary>The answer for <paramref name="question"/> if it is the passages' to give, else null (the criteria answer stands).</summary>
    public static CriteriaAnswer? TryAnswer(string? question, Understanding understanding, bool english, string framework) =>
        TryAnswer(question, understanding, english, framework, ProcessRouting.Decide(question, understanding));

    /// <summary>The answer on <paramref name="route"/> (the bench measures a route other than the one decided).</summary>
    internal static CriteriaAnswer? TryAnswer(string? question, Understanding understanding, bool english, string framework, ProcessRoute route)
    {
        if (route == ProcessRoute.Criteria) return null;
        var t = ProcessTexts.For(english);
        var index = PassageIndex.Shipped;
        if (route == ProcessRoute.Section)
        {
            var id = question!.Trim()[ProcessRouting.SectionPrefix.Length..].Trim();
            return index.Find(id) is { } passage
                ? Quoted(framework, [passage], [], [], t, single: true)
                : new CriteriaAnswer(framework, null, null, false, Reply.Plain(t.UnknownSection)) { Process = new("process-not-found", null, null, null, null, []) };
        }
        var hits = index.Search(question!, ProcessRouting.QuotedCandidates);
        // A question for a fact ("berapa anggaran …", "what is the URL …"): only a passage holding the words that carry the
        // ask can answer it; the topic words alone ("bukti dukung", "asesor internal") are in many passages that do not.
        var asked = index.AskedFact(question!);
        var bound = PassageIndex.AsksBound(question!);
        var headcount = PassageIndex.AsksHeadcount(question!);
        // "ada template … ga?", "is there a … ": only a passage whose own words name the thing can say it exists, and when
        // the question names a text ("… di permen?"), only that text's passages.
        var exists = index.AskedExistence(question!);
        var inText = exists is null ? null : ProcessVocabulary.NamedSource(TextNormalizer.Tokenize(question!));
        var answering = asked.Count == 0 && !bound && !headcount && exists is null ? hits
            : hits.Where(h => index.HoldsAskedFact(h, asked) && (!bound || PassageIndex.StatesBound(h)) && (!headcount || index.StatesHeadcountOf(h, question!))
                              && (exists is null || (index.Holds(h, exists) && (inText is null || h.Passage.Source == inText)))).ToList();
        if (answering.Count > 0 && Confident(answering[0], index, question!))
        {
            var best = answering.Take(MaxQuoted).TakeWhile(h => h.Rank >= AlsoQuoteRatio * answering[0].Rank).ToList();
            // The same rule in the other texts (Pasal, Lampiran, Pedoman) is one answer: quoted with the best passage, named
            // as the same rule, rather than left out or crowding out another part of the answer.
            var same = answering.Where(h => !best.Contains(h) && index.NearDuplicates(answering[0].Index, h.Index)).Take(MaxSame).ToList();
            // The passages the nearest questions already asked (by others) were asked of, when the ranking put them lower: quoted
            // after the best ones, so that the answer people found there is not left out (wip-15j: 28 of 138 wrong quotes
            // answered) — and before the best passage's sibling chunks, which a message's length would otherwise let crowd
            // them out (wip-19pc: more asked questions lifted a third passage whose siblings then pushed them off the message).
            foreach (var near in index.NearestAskedPassages(question!, NearestAskedQuoted, NearestAskedShare))
                if (answering.FirstOrDefault(h => h.Index == near) is { } hit && !best.Contains(hit) && !same.Contains(hit)) best.Add(hit);
            // A long section is cut into several passages, and the answer often runs on into the chunk next to the one that
            // matched best: the best passage's own section's other chunks that score close are quoted with it.
            var siblings = SiblingRatio <= 0 ? [] : answering.Where(h => !best.Contains(h) && !same.Contains(h)
                && SameSection(h.Passage, answering[0].Passage) && h.Rank >= SiblingRatio * answering[0].Rank).Take(MaxSiblings).ToList();
            best.AddRange(siblings);
            // "apa bedanya pemantauan dan evaluasi": the texts state no difference; they define each term (Pasal 1). When two
            // candidates define terms the question names, both definitions are quoted too, after the others (only added: the
            // ranking is unchanged, so no answer found before is lost).
            if (PassageIndex.AsksDifference(question!) && answering.Where(h => h.DefinesNamedTerm).Take(MaxCompared).ToList() is { Count: MaxCompared } defined)
                best.AddRange(defined.Where(h => !best.Contains(h) && !same.Contains(h)));
            if (!Disagree(index, question!, answering, best.Concat(same)))
            {
                var quoted = best.Select(h => h.Passage).ToList();
                var rest = hits.Where(h => !best.Contains(h) && !same.Contains(h)).Take(2).Select(h => h.Passage).ToList();
                return Quoted(framework, quoted, same.Select(h => h.Passage).ToList(), rest, t, single: false);
            }
        }
        // Not confident: a process question gets an honest "not found" with the nearest sections; anything else keeps the criteria's answer.
        if (route == ProcessRoute.Fallback) return null;
        if (route != ProcessRoute.Evaluation && understanding.Kind is not (QuestionKind.NotFound or QuestionKind.Ambiguous)) return null;
        var nearest = hits.Take(3).Select(h => h.Passage).ToList();
        var text = nearest.Count > 0 ? t.NotFound + "\n\n" + t.Nearest : t.NotFound;
        return new CriteriaAnswer(framework, null, null, false, new Reply(text, Buttons(nearest), []))
        {
            Process = new("process-not-found", null, null, null, null, nearest.Select(p => p.Id).ToList()),
        };
    }

    /// <summary>
    /// A definition of the very term the question asks about needs no minimum BM25 score (definitions are short). The BM25
    /// score counted is the passage's with its asked questions (the extra field).
    /// </summary>
    public static bool Confident(PassageIndex.Hit hit) => hit.Coverage >= MinCoverage && (hit.Score + hit.AskedScore >= MinScore || hit.DefinesAskedTerm) && hit.Rank >= MinRank;

    /// <summary>
    /// A word the texts never use in any form ("honor", "reset", "sanksi") is often the point of the question: then the best
    /// passage must cover more of it (<see cref="MinCoverageWithUnknown"/>). A question for a person's name, contact
    /// details or an event after the texts (<see cref="ProcessVocabulary.AsksForSpecifics"/>) needs
    /// <see cref="MinCoverageSpecific"/>.
    /// </summary>
    public static bool Confident(PassageIndex.Hit hit, PassageIndex index, string question)
    {
        if (!Confident(hit)) return false;
        // A number the question names (a year, a count, a value; not a regulation's own "Nomor 59 Tahun 2020") is a fact to
        // be found ("indeks SPBE nasional 2024", "maks anggota … kita ada 40an"): the passage must state it and cover the
        // question nearly whole, as for a name or a contact (a year can sit in another sentence: "Road Map … 2020 – 2024").
        // A question for evidence's age names the evidence's year ("audit tahun 2021 masih bisa dipakai?"): its date, not a fact
        // the passage must state (the rule gives the age, "2 (dua) tahun terakhir").
        var tokens = TextNormalizer.Tokenize(question);
        IReadOnlyList<string> figures = EvaluationCues.AsksEvidenceAge(tokens) ? [] : ProcessRouting.Figures(tokens);
        if (figures.Count > 0)
        {
            var text = " " + ProcessQuestionSet.Comparable(hit.Passage.Section + " " + hit.Passage.Text) + " ";
            if (hit.Coverage < MinCoverageSpecific || !figures.All(f => text.Contains(" " + f + " ", StringComparison.Ordinal))) return false;
        }
        if (ProcessVocabulary.AsksForSpecifics(tokens) && hit.Coverage < MinCoverageSpecific) return false;
        // Asked before, and the texts did not answer it (the retired sets' not-in-texts questions).
        if (index.NearestAskedIsNotInTexts(question)) return false;
        return hit.Coverage >= MinCoverageWithUnknown || index.UnknownWords(question).Count == 0;
    }

    /// <summary>
    /// The top passages disagree when the second scores at least this share of the first and none of the passages the
    /// <see cref="DisagreeNearest"/> nearest questions already asked (by others) were asked of is quoted: the ranking does not
    /// decide and the questions people asked before point elsewhere. Then "not found" with those sections as buttons: a wrong
    /// quote is worse. 0: off. Measured as a curve leaving one author out (docs/benchmarks.md, wip-15w): at 0.7 the tuning
    /// folds lose 12 right answers for 8 wrong quotes, validation one wrong quote and no right answer. Re-measured on 53
    /// tuning authors (wip-31pr): 0.75 and 0.78 answer 7 right first passages 0.7 refused, with no wrong quote and no
    /// not-in-texts question more; 0.8 quotes one not-in-texts question, 0.65 loses one right answer.
    /// </summary>
    public static double DisagreeRatio { get; set; } = 0.75;
    public static int DisagreeNearest { get; set; } = 2;

    /// <summary>With true, two chunks of one section are no disagreement (only passages of different sections are).</summary>
    public static bool DisagreeAcrossSections { get; set; }

    static bool Disagree(PassageIndex index, string question, IReadOnlyList<PassageIndex.Hit> answering, IEnumerable<PassageIndex.Hit> quoted) =>
        DisagreeRatio > 0 && Disagree(answering, quoted.Select(h => h.Index).ToHashSet(), index.NearestAsked(question, DisagreeNearest), DisagreeRatio, DisagreeAcrossSections);

    /// <summary>
    /// True when the answer would rest on a near tie that the questions asked before do not back: the second candidate scores
    /// at least <paramref name="ratio"/> of the first (and, with <paramref name="acrossSections"/>, is not a chunk of the first's
    /// section), there are nearest asked questions, and none of their passages is among <paramref name="quoted"/>.
    /// </summary>
    public static bool Disagree(IReadOnlyList<PassageIndex.Hit> answering, IReadOnlySet<int> quoted, IReadOnlyList<(int Passage, double Score)> near, double ratio, bool acrossSections)
    {
        if (answering.Count < 2 || answering[1].Rank < ratio * answering[0].Rank || near.Count == 0) return false;
        if (acrossSections && SameSection(answering[1].Passage, answering[0].Passage)) return false;
        return !near.Any(n => quoted.Contains(n.Passage));
    }

    public static double MinCoverageWithUnknown { get; set; } = 0.6;
    public static double MinCoverageSpecific { get; set; } = 0.8;

    /// <summary>The passages quoted verbatim, each under its regulation and section, as many as fit one message.</summary>
    static CriteriaAnswer Quoted(string framework, IReadOnlyList<Passage> passages, IReadOnlyList<Passage> same, IReadOnlyList<Passage> related, ProcessTexts t, bool single)
    {
        var blocks = new List<string>();
        var shown = new List<Passage>();
        var length = 0;
        foreach (var p in passages.Concat(same))
        {
            var intro = single ? t.Section(p.Regulation, p.Section)
                : same.Contains(p) ? t.SameRule(p.Regulation, p.Section)
                : t.According(p.Regulation, p.Section);
            var block = intro + "\n\n“" + p.Text + "”";
            if (shown.Count > 0 && length + block.Length + 200 > Reply.MaxMessageLength) break;
            blocks.Add(block);
            shown.Add(p);
            length += block.Length + 2;
        }
        // A near-duplicate that did not fit is still named, as a button.
        related = same.Where(p => !shown.Contains(p)).Concat(related).ToList();
        if (related.Count > 0) blocks.Add(t.Related);
        var first = shown[0];
        return new CriteriaAnswer(framework, null, null, true, new Reply(string.Join("\n\n", blocks), Buttons(related), []))
        {
            Process = new("process", first.Id, first.Section, first.Regulation, first.Text, related.Select(p => p.Id).ToList())
            {
                Quoted = shown,
                Same = same.Where(shown.Contains).Select(p => p.Id).ToList(),
            },
        };
    }

    /// <summary>
    /// One button a passage, labelled by its innermost heading cut after a whole word. Buttons that would read alike
    /// ("1. Tahap Pelaksanaan pada Instansi Pusat dan …" under two chapters) name the heading above first, and a part of
    /// the same section its number.
    /// </summary>
    internal static List<ReplyButton> Buttons(IEnumerable<Passage> passages)
    {
        var list = passages.ToList();
        var plain = list.Select(p => Label(p, withParent: false)).ToList();
        var labels = list.Select((p, i) => plain.Count(l => l == plain[i]) > 1 ? Label(p, withParent: true) : plain[i]).ToList();
        var buttons = new List<ReplyButton>();
        for (var i = 0; i < list.Count; i++)
        {
            var before = labels.Take(i).Count(l => l == labels[i]);
            buttons.Add(new ReplyButton(before > 0 ? $"{labels[i]} ({before + 1})" : labels[i], ProcessRouting.SectionPrefix + list[i].Id));
        }
        return buttons;
    }

    /// <summary>A button label: the innermost heading (with its Pasal for a definition, or the heading above it), shortened.</summary>
    static string Label(Passage p, bool withParent)
    {
        var label = p.Headings.Count >= 2 && (withParent || p.Headings[^1].StartsWith("angka ", StringComparison.Ordinal))
            ? $"{p.Headings[^2]} {(withParent ? "› " : "")}{p.Headings[^1]}"
            : p.Headings[^1];
        return Format.Short(label, 48);
    }
}
