using System.Text;
using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions;
using SpbeBot.Core.Scoring;
using SpbeBot.Dialogs.Common;

namespace SpbeBot.Dialogs.Criteria;

/// <summary>Words each kind of criteria answer. Quotes catalog texts verbatim; labels come from <see cref="CriteriaTexts"/>.</summary>
/// <param name="current">
/// The instansi's framework; null when there is none (the CLI). When the answer's catalog is another one, every button
/// that asks again names the answer's framework, so pressing it stays there.
/// </param>
sealed class AnswerWriter(CriteriaCatalog catalog, CriteriaTexts t, string? current = null)
{
    public Reply Level(Indicator indicator, int level, bool evidenceOnly)
    {
        var data = indicator.Level(level);
        var head = Header(indicator) + "\n\n" + LevelTitle(indicator, level);
        if (data is null && indicator.Levels.Count == 0)
            return Finish(Join([head, f.CriteriaNotLoaded(indicator.Number, level, LadderName(indicator, level) ?? "", catalog.Framework), SourceLine()]), [], LevelButtons(indicator, level, evidenceOnly));
        if (data is null) return Finish(head + "\n\n" + t.LevelMissingInCatalog, [], LevelButtons(indicator, level, evidenceOnly));

        var criterion = $"{t.LevelCriterion}:\n{Format.Quote(data.Criterion)}";
        var evidence = data.Evidence.Count > 0 ? $"{t.Evidence}:\n{Format.Numbered(data.Evidence)}" : t.EvidenceNotInCatalog;
        var fulfilment = data.Fulfilment.Count > 0 ? $"{t.Fulfilment}:\n{Format.Numbered(data.Fulfilment)}" : null;
        var tail = Tail(level);

        var sections = evidenceOnly
            ? new[] { head, evidence, criterion, fulfilment }
            : new[] { head, criterion, fulfilment, evidence };
        var whole = Join(sections.Append(tail));
        if (whole.Length <= Reply.MaxMessageLength) return Finish(whole, [], LevelButtons(indicator, level, evidenceOnly));

        // Too long for one message: criterion and evidence first, fulfilment on request.
        var summary = Join([head, criterion, evidence, t.FulfilmentOnRequest, tail]);
        return Finish(summary, fulfilment is null ? [] : [fulfilment], LevelButtons(indicator, level, evidenceOnly), withMoreButton: true);
    }

    /// <summary>
    /// A described situation: the level its description meets (quoting that level's criterion), and what the next level
    /// still needs; where the description leaves the next level open, that level's criterion is named and the asker
    /// chooses. With nothing recognised, the criteria per level and a choice.
    /// </summary>
    public Reply Situation(Indicator indicator, SituationReader.Placement placement)
    {
        var parts = new List<string?> { Header(indicator) };
        var read = ReadLine(placement);
        // Over an unsaid level no level is claimed (SituationReader.StatedChain.cs): the deciding level is the one shown.
        var shown = placement is { Level: null, Gap: true } ? placement.DecidingLevel : placement.Level;
        if (shown is not int level || indicator.Level(level) is not { } met)
        {
            parts.Add(read);
            var overview = string.Join("\n", indicator.Levels.Select(l => $"• Level {l.Level}: {Shorten(l.Criterion, 220)}"));
            parts.Add($"{t.SituationUndecided}\n{overview}");
            parts.Add(t.SituationNothing);
            parts.Add(SourceLine());
            return Finish(Join(parts), [], AllLevelButtons(indicator, evidence: false));
        }
        var buttons = new List<ReplyButton>();
        if (placement.Lower is int lower && lower < level)
        {
            // The description rules out the level above and leaves this one's own criterion open: name it and ask.
            parts.Add(placement.PointsAt ? t.SituationPointsAt(level) : placement.Gap ? t.SituationGap(level) : t.SituationAtMost(level, level + 1));
            parts.Add(read);
            var silent = SilentLine(placement);
            parts.Add(silent);
            // The silent-criteria line asks already: the deciding line only introduces the criterion (one question).
            parts.Add($"{(silent is null ? t.SituationDeciding(level) : t.SituationDecidingAsked(level))}\n{LevelTitle(indicator, level)}\n{t.LevelCriterion}:\n{Format.Quote(met.Criterion)}");
            if (!placement.PointsAt) parts.Add(t.SituationOtherwise(lower));
            // Over a gap the asker may take the unsaid level as met: every level from the one reached up is offered.
            buttons.AddRange(indicator.Levels.Where(l => l.Level == lower || l.Level == level || placement.Gap && l.Level > lower)
                .Select(l => new ReplyButton($"Level {l.Level}", Payload(indicator.Number, l.Level, evidence: false))));
            parts.Add(t.SituationAssessorNote);
            parts.Add(SourceLine());
            buttons.Add(new ReplyButton(t.EvidenceButton, Payload(indicator.Number, level, evidence: true)));
            return Finish(Join(parts), [], buttons);
        }
        var silentLine = SilentLine(placement);
        // A level claimed over an unsaid level below it: say what was assumed and ask; the assumed level's button shows its
        // criterion. Only where the reply asks nothing else (one question per reply): an undecided reply asks its deciding
        // level already. The level is then "at least" met: "meets level 5" would be contradicted by the assumption after it.
        var assumes = placement.Assumed.Count > 0 && placement.Decided && silentLine is null;
        parts.Add((placement.Decided && !assumes ? t.SituationMeets(level) : t.SituationAtLeast(level)) + "\n" + Format.Quote(met.Criterion));
        parts.Add(read);
        parts.Add(silentLine);
        if (assumes)
        {
            parts.Add(t.SituationAssumed(level, [.. placement.Assumed.Select(a => (a.Level, Names(a.Unsaid)))]));
            buttons.AddRange(placement.Assumed.Select(a => new ReplyButton($"Level {a.Level}", Payload(indicator.Number, a.Level, evidence: false))));
        }
        buttons.Add(new ReplyButton($"Level {level}", Payload(indicator.Number, level, evidence: false)));
        if (level < 5 && indicator.Level(level + 1) is { } next)
        {
            var nextText = $"{LevelTitle(indicator, level + 1)}\n{t.LevelCriterion}:\n{Format.Quote(next.Criterion)}";
            if (next.Evidence.Count > 0) nextText += $"\n\n{t.Evidence}:\n{Format.Numbered(next.Evidence)}";
            parts.Add(placement.Decided ? $"{t.SituationNextNeeds(level + 1)}\n{nextText}"
                : $"{(silentLine is null ? t.SituationDeciding(level + 1) : t.SituationDecidingAsked(level + 1))}\n{nextText}");
            buttons.Add(new ReplyButton($"Level {level + 1}", Payload(indicator.Number, level + 1, evidence: false)));
        }
        else if (level >= 5) parts.Add(t.SituationTopLevel);
        parts.Add(t.SituationAssessorNote);
        parts.Add(SourceLine());
        buttons.Add(new ReplyButton(t.EvidenceButton, Payload(indicator.Number, placement.Decided || level >= 5 ? level : level + 1, evidence: true)));
        return Finish(Join(parts), [], buttons);
    }

    string Names(IEnumerable<SituationReader.Element> elements) => string.Join(", ", elements.Distinct().Select(e => t.ElementNames.TryGetValue(e, out var n) ? n : e.ToString()));

    /// <summary>The deciding criteria the description says nothing of, asked by name; null when it says something of each.</summary>
    string? SilentLine(SituationReader.Placement p) =>
        p.Silent.Count > 0 && p.SilentLevel is int n ? t.SituationSilent(Names(p.Silent), n) : null;

    string? ReadLine(SituationReader.Placement p)
    {
        var read = p.Asserted.Count + p.Denied.Count == 0 ? null : t.SituationRead(Names(p.Asserted), Names(p.Denied));
        // A follow-up with no review stated is not counted (never a level the text does not support): say so and ask.
        if (p.ImpliedOnly.Contains(SituationReader.Element.FollowedUp))
            read = read is null ? t.SituationFollowUpWithoutReview : read + "\n\n" + t.SituationFollowUpWithoutReview;
        // A review too old to count: say why it is read as not done.
        if (p.StaleReview is { } stale)
            read = read is null ? t.SituationReviewTooOld(stale.Reviewed, stale.Month, stale.Now) : read + "\n\n" + t.SituationReviewTooOld(stale.Reviewed, stale.Month, stale.Now);
        return read;
    }

    /// <summary>Moving up to <paramref name="target"/>: that level's criterion and evidence, and that the levels below must be met.</summary>
    public Reply MoveUp(Indicator indicator, int target, int? from)
    {
        var data = indicator.Level(target);
        if (data is null) return Level(indicator, target, evidenceOnly: false);
        var parts = new List<string?>
        {
            Header(indicator),
            $"{t.MoveUpTitle(target, from)}\n\n{LevelTitle(indicator, target)}\n{t.LevelCriterion}:\n{Format.Quote(data.Criterion)}",
            $"{t.MoveUpAdds(target)}:\n" + (data.Evidence.Count > 0 ? Format.Numbered(data.Evidence) : t.EvidenceNotInCatalog),
        };
        if (from is int f && target - f > 1) parts.Add(t.CompareSkipsLevels(f, target, target - f - 1));
        var tail = Tail(target);
        var fulfilment = data.Fulfilment.Count > 0 ? $"{LevelTitle(indicator, target)} — {t.Fulfilment}:\n{Format.Numbered(data.Fulfilment)}" : null;
        var whole = Join(parts.Append(fulfilment).Append(tail));
        var buttons = new List<ReplyButton>();
        if (target > 1) buttons.Add(new ReplyButton($"Level {target - 1}", Payload(indicator.Number, target - 1, evidence: false)));
        buttons.Add(new ReplyButton(t.EvidenceButton, Payload(indicator.Number, target, evidence: true)));
        if (!OtherFramework) buttons.Add(new ReplyButton(t.PlanButton, $"/aksi {indicator.Number}"));
        if (whole.Length <= Reply.MaxMessageLength) return Finish(whole, [], buttons);
        return Finish(Join(parts.Append(t.FulfilmentOnRequest).Append(tail)), fulfilment is null ? [] : [fulfilment], buttons, withMoreButton: true);
    }

    /// <summary>The index from domain (or aspect) values given in the question, with the weights it uses.</summary>
    public Reply PartIndex(IReadOnlyDictionary<int, decimal> values, bool aspects)
    {
        if (!catalog.HasDomains || catalog.Domains.Any(d => d.Weight is null) || catalog.Aspects.Any(a => a.Weight is null))
            return Reply.Plain(Join([t.WeightNotInCatalog, Incomplete()]));
        var sb = new StringBuilder();
        Dictionary<int, decimal> domainValues;
        if (aspects)
        {
            var missing = catalog.Aspects.Where(a => !values.ContainsKey(a.Number)).ToList();
            if (missing.Count > 0)
                return Reply.Plain(Join([t.PartIndexMissing(string.Join(", ", missing.Select(a => $"{t.Aspect.ToLowerInvariant()} {a.Number} {a.Name}"))), SourceLine()]));
            sb.Append($"{t.PartIndexTitleAspects}\n");
            foreach (var a in catalog.Aspects)
                sb.Append($"• {t.Aspect} {a.Number} {a.Name}: {Format.Number(values[a.Number], t.English)} × {t.Weight} {Format.Weight(a.Weight, t.English)}\n");
            domainValues = catalog.Domains.ToDictionary(d => d.Number, d => IndexCalculator.DomainValue(catalog, d.Number, values));
            sb.Append($"\n{t.DomainIndex}:\n");
            foreach (var d in catalog.Domains) sb.Append($"• {d.Number}. {d.Name}: {Format.Index(IndexCalculator.Round(domainValues[d.Number]), t.English)}\n");
        }
        else
        {
            var missing = catalog.Domains.Where(d => !values.ContainsKey(d.Number)).ToList();
            if (missing.Count > 0)
                return Reply.Plain(Join([t.PartIndexMissing(string.Join(", ", missing.Select(d => $"{t.Domain.ToLowerInvariant()} {d.Number} {d.Name}"))), SourceLine()]));
            domainValues = values.ToDictionary(p => p.Key, p => p.Value);
            sb.Append($"{t.PartIndexTitleDomains}\n");
            foreach (var d in catalog.Domains)
                sb.Append($"• {t.Domain} {d.Number} {d.Name}: {Format.Number(values[d.Number], t.English)} × {t.Weight} {Format.Weight(d.Weight, t.English)}\n");
        }
        var index = IndexCalculator.SpbeValue(catalog, domainValues);
        var band = IndexCalculator.PredikatOf(catalog, Math.Clamp(index, 0, 5));
        sb.Append($"\n{catalog.IndexLabel}: {Format.Index(IndexCalculator.Round(index), t.English)} — {band.Name}");
        return Reply.Plain(Join([sb.ToString(), aspects ? t.PartIndexFormulaAspects : t.PartIndexFormulaDomains, SourceLine()]));
    }

    /// <summary>The other reading of a kebijakan-internal twin, offered under an answer as a button.</summary>
    public Reply WithAlternatives(Reply reply, Understanding u)
    {
        if (u.Alternatives.Count == 0) return reply;
        var extra = u.Alternatives.Select(n => catalog.FindIndicator(n)).OfType<Indicator>()
            .Select(i => new ReplyButton(t.AlternativeButton($"{i.Number} · {ShortName(i)}"), Payload(i.Number, u)));
        return reply with { Buttons = reply.Buttons.Concat(extra).ToList() };
    }

    public Reply EvidenceExamples(Indicator indicator)
    {
        var body = indicator.EvidenceExamples is { Length: > 0 } examples ? $"{t.EvidenceExamples}:\n{examples}" : t.EvidenceNotInCatalog;
        return Finish(Join([Header(indicator), body, t.ChooseLevel, SourceLine()]), [], AllLevelButtons(indicator, evidence: true));
    }

    public Reply Compare(Indicator indicator, int low, int high)
    {
        var lower = indicator.Level(low);
        var higher = indicator.Level(high);
        var parts = new List<string?> { Header(indicator), t.CompareTitle(low, high) };
        parts.Add(lower is null ? $"{LevelTitle(indicator, low)}\n{t.LevelMissingInCatalog}" : $"{LevelTitle(indicator, low)}\n{t.LevelCriterion}:\n{lower.Criterion}");
        if (higher is null) parts.Add($"{LevelTitle(indicator, high)}\n{t.LevelMissingInCatalog}");
        else
        {
            parts.Add($"{LevelTitle(indicator, high)}\n{t.LevelCriterion}:\n{higher.Criterion}");
            if (AddedAbove(indicator, low, high) is { } added) parts.Add($"{t.CompareNewAtHigher(low, high)}:\n{added}");
            parts.Add($"{t.CompareNewAtHigher(low, high)} — {t.Evidence.ToLowerInvariant()}:\n" +
                      (higher.Evidence.Count > 0 ? Format.Numbered(higher.Evidence) : t.EvidenceNotInCatalog));
        }
        if (high - low > 1) parts.Add(t.CompareSkipsLevels(low, high, high - low - 1));
        // What the higher level adds is asked to move up to it as often as to compare: say, as the move up does, that the
        // levels below it must be met.
        if (higher is not null) parts.Add(t.PrerequisiteNote(high));
        parts.Add(SourceLine());
        var more = higher?.Fulfilment.Count > 0 ? new[] { $"{LevelTitle(indicator, high)} — {t.Fulfilment}:\n{Format.Numbered(higher.Fulfilment)}" } : [];
        return Finish(Join(parts), more, [new ReplyButton($"Level {low}", Payload(indicator.Number, low, evidence: false)), new ReplyButton($"Level {high}", Payload(indicator.Number, high, evidence: false))], withMoreButton: more.Length > 0);
    }

    /// <summary>
    /// What the levels above <paramref name="low"/> up to <paramref name="high"/> add, quoted from their criteria
    /// (<see cref="IndicatorLevel.Added"/>); null unless every one of them words it.
    /// </summary>
    static string? AddedAbove(Indicator indicator, int low, int high)
    {
        var added = Enumerable.Range(low + 1, Math.Max(0, high - low)).Select(l => (Level: l, Text: indicator.Level(l)?.Added())).ToList();
        if (added.Count == 0 || added.Any(a => a.Text is null)) return null;
        return added.Count == 1 ? Format.Quote(added[0].Text!) : string.Join("\n", added.Select(a => $"• Level {a.Level}: {Format.Quote(a.Text!)}"));
    }

    public Reply About(Indicator indicator, bool asksFrequency = false)
    {
        var parts = new List<string?> { Header(indicator) };
        // Asked how often: the answer first, the sentence quoted with the level whose fulfilment criteria state it.
        if (asksFrequency && StatedFrequency(indicator) is var (level, sentence)) parts.Insert(0, $"{sentence} ({t.FrequencyStated(level, indicator.Number)})");
        if (indicator.Description is { Length: > 0 } d) parts.Add($"{t.Description}:\n{d}");
        if (indicator.Question is { Length: > 0 } q) parts.Add(q);
        if (indicator.AssessmentRules is { Length: > 0 } a) parts.Add($"{t.AssessmentRules}:\n{a}");
        var overview = string.Join("\n", indicator.Levels.Select(l => $"• Level {l.Level}: {Shorten(l.Criterion, 220)}"));
        if (overview.Length > 0) parts.Add($"{t.LevelsOverview}:\n{overview}");
        parts.Add(Incomplete());
        parts.Add(SourceLine());
        return Finish(Join(parts), [], AllLevelButtons(indicator, evidence: false));
    }

    /// <summary>"… minimal 2 tahun sekali", "… setiap tahun": a frequency in the fulfilment criteria.</summary>
    static readonly System.Text.RegularExpressions.Regex Frequency =
        new(@"\b(\S+ tahun sekali|setahun sekali|setiap tahun|tiap tahun)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>The first sentence of the lowest level's fulfilment criteria that states how often (the audits: "minimal 2 tahun sekali").</summary>
    static (int Level, string Sentence)? StatedFrequency(Indicator indicator)
    {
        foreach (var level in indicator.Levels.OrderBy(l => l.Level))
            foreach (var sentence in level.Fulfilment.SelectMany(f => f.Split(". ", StringSplitOptions.RemoveEmptyEntries)))
                if (Frequency.IsMatch(sentence)) return (level.Level, sentence.Trim().TrimEnd('.', ' '));
        return null;
    }

    public (Reply, bool) Weight(Understanding u)
    {
        if (catalog.HasDomains ? catalog.Domains.All(d => d.Weight is null) : catalog.Aspects.All(a => a.Weight is null))
            return (Reply.Plain(Join([t.WeightNotInCatalog, Incomplete()])), false);
        if (u.Indicator is int n && catalog.FindIndicator(n) is { } indicator)
        {
            var aspect = catalog.AspectOf(indicator);
            var domainLine = catalog.FindDomainOf(indicator) is { } domain ? $"\n{t.Domain} {domain.Number} {domain.Name}: {t.Weight} {Format.Weight(domain.Weight, t.English)}" : "";
            var text = Join([
                $"{t.Indicator} {indicator.Number} · {indicator.Name}: {t.Weight} {Format.Weight(indicator.Weight, t.English)}",
                $"{t.Aspect} {aspect.Number} {aspect.Name}: {t.Weight} {Format.Weight(aspect.Weight, t.English)}{domainLine}",
                SourceLine()]);
            return (Reply.Plain(text), true);
        }
        if (u.Aspect is int an && catalog.Aspects.FirstOrDefault(a => a.Number == an) is { } asp)
        {
            var members = catalog.Indicators.Where(i => i.Aspect == asp.Number).Select(i => $"• {i.Number}. {i.Name} — {Format.Weight(i.Weight, t.English)}");
            return (Reply.Plain(Join([$"{t.Aspect} {asp.Number} · {asp.Name}: {t.Weight} {Format.Weight(asp.Weight, t.English)}", string.Join("\n", members), SourceLine()])), true);
        }
        if (u.Domain is int dn && catalog.Domains.FirstOrDefault(d => d.Number == dn) is { } dom)
        {
            var members = catalog.Aspects.Where(a => a.Domain == dom.Number).Select(a => $"• {t.Aspect} {a.Number} {a.Name} — {Format.Weight(a.Weight, t.English)}");
            return (Reply.Plain(Join([$"{t.Domain} {dom.Number} · {dom.Name}: {t.Weight} {Format.Weight(dom.Weight, t.English)}", string.Join("\n", members), SourceLine()])), true);
        }
        if (!catalog.HasDomains)
        {
            var aspects = string.Join("\n", catalog.Aspects.Select(a =>
                $"{t.Aspect} {a.Number} {a.Name} — {Format.Weight(a.Weight, t.English)}\n" +
                string.Join("\n", catalog.Indicators.Where(i => i.Aspect == a.Number).Select(i => $"   • {i.Number}. {i.Name} — {Format.Weight(i.Weight, t.English)}"))));
            return (Reply.Plain(Join([f.AspectsTitle, aspects, SourceLine()])), true);
        }
        var table = string.Join("\n", catalog.Domains.Select(d =>
            $"{t.Domain} {d.Number} {d.Name} — {Format.Weight(d.Weight, t.English)}\n" +
            string.Join("\n", catalog.Aspects.Where(a => a.Domain == d.Number).Select(a => $"   • {t.Aspect} {a.Number} {a.Name} — {Format.Weight(a.Weight, t.English)}"))));
        // Two or more domains asked: their weights first, on one line, then the whole table.
        var asked = catalog.Domains.Where(d => u.Domains.Contains(d.Number)).ToList();
        var headline = asked.Count > 0 ? string.Join(" · ", asked.Select(d => $"{t.Domain} {d.Number} {d.Name}: {t.Weight} {Format.Weight(d.Weight, t.English)}")) : null;
        return (Reply.Plain(Join([headline, t.WeightsTitle, table, SourceLine()])), true);
    }

    public Reply Predikat(decimal value, IndexSide? side = null)
    {
        var headline = side is { } s && BandsOn(value, s) is { Count: > 0 } bands
            ? (IsPemdi ? f.PredikatRangeAnswer : t.PredikatRangeAnswer)(s == IndexSide.Below ? t.Below : t.Above, Format.Index(value, t.English), string.Join(t.Or, bands.Select(b => b.Name)))
            : (IsPemdi ? f.PredikatAnswer : t.PredikatAnswer)(Format.Index(value, t.English), IndexCalculator.PredikatOf(catalog, value).Name);
        if (IsPemdi) return Reply.Plain(Join([headline, $"{f.PredikatBands}\n{Bands()}", SourceLine()]));
        return Reply.Plain(Join([headline, $"{t.PredikatBands}\n{Bands()}"]));
    }

    /// <summary>The bands holding some value below (or above) <paramref name="value"/>, best first: "di bawah 1,8" is Kurang alone, "di bawah 2,6" Cukup or Kurang.</summary>
    List<PredikatBand> BandsOn(decimal value, IndexSide side) => catalog.Predikat
        .Where(b => side == IndexSide.Below ? b.Min < value : b.Max > value || (b.Max >= 5m && value < 5m)).ToList();

    public Reply Index(IReadOnlyDictionary<int, int> levels) => Index(levels.ToDictionary(p => p.Key, p => (decimal)p.Value));

    /// <summary>The index from indicator values 1,00–5,00 (decimal where an external index feeds an indicator).</summary>
    public Reply Index(IReadOnlyDictionary<int, decimal> levels)
    {
        var result = IndexCalculator.Calculate(catalog, levels);
        var sb = new StringBuilder();
        sb.Append($"{(IsPemdi ? f.IndexTitle : t.IndexTitle)}\n{catalog.IndexLabel}: {Format.Index(IndexCalculator.Round(result.Spbe!.Value), t.English)} — {result.Predikat!.Name}\n");
        if (catalog.HasDomains)
        {
            sb.Append($"\n{t.DomainIndex}:\n");
            foreach (var d in result.Domains) sb.Append($"• {d.Domain.Number}. {d.Domain.Name}: {Format.Index(IndexCalculator.Round(d.Value!.Value), t.English)}\n");
        }
        sb.Append($"\n{t.AspectIndex}:\n");
        foreach (var a in result.Aspects) sb.Append($"• {a.Aspect.Number}. {a.Aspect.Name}: {Format.Index(IndexCalculator.Round(a.Value!.Value), t.English)}\n");
        return Reply.Plain(Join([sb.ToString().TrimEnd(), SourceLine()]));
    }

    /// <summary>The what-if: the index from current levels next to the index if every target is met.</summary>
    public Reply WhatIf(IReadOnlyDictionary<int, int> current, IReadOnlyDictionary<int, int> target) =>
        WhatIf(current.ToDictionary(p => p.Key, p => (decimal)p.Value), target.ToDictionary(p => p.Key, p => (decimal)p.Value));

    /// <summary>The what-if with decimal indicator values (indicators converted from an external index).</summary>
    public Reply WhatIf(IReadOnlyDictionary<int, decimal> current, IReadOnlyDictionary<int, decimal> target)
    {
        var now = IndexCalculator.Calculate(catalog, current);
        var then = IndexCalculator.Calculate(catalog, target);
        string Value(decimal? v) => v is decimal d ? Format.Index(IndexCalculator.Round(d), t.English) : "–";
        var sb = new StringBuilder();
        sb.Append($"{(IsPemdi ? f.WhatIfTitle : t.WhatIfTitle)}\n\n");
        sb.Append($"{t.WhatIfCurrent}: {Value(now.Spbe)} — {now.Predikat?.Name ?? "–"}\n");
        sb.Append($"{t.WhatIfTarget}: {Value(then.Spbe)} — {then.Predikat?.Name ?? "–"}\n");
        if (now.Spbe is decimal before && then.Spbe is decimal after)
            sb.Append($"{t.WhatIfChange}: {(after >= before ? "+" : "−")}{Format.Index(IndexCalculator.Round(Math.Abs(after - before)), t.English)}\n");
        if (catalog.HasDomains)
        {
            sb.Append($"\n{t.DomainIndex} ({t.WhatIfCurrent.ToLowerInvariant()} → {t.WhatIfTarget.ToLowerInvariant()}):\n");
            foreach (var (d, i) in now.Domains.Select((d, i) => (d, i)))
                sb.Append($"• {d.Domain.Number}. {d.Domain.Name}: {Value(d.Value)} → {Value(then.Domains[i].Value)}\n");
        }
        sb.Append($"\n{t.AspectIndex}:\n");
        foreach (var (a, i) in now.Aspects.Select((a, i) => (a, i)))
            sb.Append($"• {a.Aspect.Number}. {a.Aspect.Name}: {Value(a.Value)} → {Value(then.Aspects[i].Value)}\n");
        var raised = catalog.Indicators.Where(i => current.TryGetValue(i.Number, out var c) && target.TryGetValue(i.Number, out var g) && g > c).ToList();
        if (raised.Count > 0) sb.Append($"\n{t.WhatIfRaised(raised.Count)}: {string.Join(", ", raised.Select(i => $"{i.Number} ({Format.Number(current[i.Number])}→{Format.Number(target[i.Number])})"))}\n");
        return Reply.Plain(Join([sb.ToString().TrimEnd(), SourceLine()]));
    }

    public Reply Ladder(int level)
    {
        var parts = new List<string?> { t.LadderTitle(level) };
        if (catalog.Ladders.TryGetValue("pemdi", out var pemdi))
            parts.Add($"{f.LevelNames}: " + string.Join(", ", pemdi.Select(s => $"{s.Level} {s.Name}" + (t == CriteriaTexts.En && s.NameEn is { } en ? $" ({en})" : ""))));
        if (catalog.Ladders.TryGetValue("proses", out var process) && process.FirstOrDefault(s => s.Level == level) is { } p)
            parts.Add($"{t.LadderProcess}: {p.Level} – {p.Name}\n{p.Criterion}".TrimEnd());
        if (catalog.Ladders.TryGetValue("layanan", out var service) && service.FirstOrDefault(s => s.Level == level) is { } s)
            parts.Add($"{t.LadderService}: {s.Level} – {s.Name}\n{s.Criterion}".TrimEnd());
        parts.Add(string.Format(t.LadderAskIndicator, level));
        parts.Add(SourceLine());
        return Reply.Plain(Join(parts));
    }

    public Reply Ambiguous(Understanding u)
    {
        var buttons = u.Candidates.Select(n => catalog.FindIndicator(n)).OfType<Indicator>()
            .Select(i => new ReplyButton($"{i.Number} · {ShortName(i)}", Payload(i.Number, u))).ToList();
        // Each choice once: as a button (the terminal shows buttons as lettered lines), not also as a bullet above.
        return new Reply(t.AmbiguousIntro, buttons, []);
    }

    public Reply NotFound(Understanding u)
    {
        var message = u.Reason switch
        {
            NotFoundReason.Empty => t.Empty,
            NotFoundReason.TooLong => t.TooLong(QuestionParser.MaxLength),
            NotFoundReason.UnknownIndicator when IsPemdi => f.UnknownIndicator((u.InvalidNumber ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture), $"1–{catalog.Indicators.Count}"),
            NotFoundReason.UnknownIndicator => t.UnknownIndicator(u.InvalidNumber ?? 0),
            NotFoundReason.LevelOutOfRange => t.LevelOutOfRange(u.InvalidNumber ?? 0),
            NotFoundReason.MissingIndicator => t.MissingIndicator,
            NotFoundReason.IndexValueOutOfRange => t.IndexValueOutOfRange(Format.Number(u.IndexValue ?? 0, t.English)),
            NotFoundReason.IncompleteLevels => t.IncompleteLevels,
            NotFoundReason.OtherScript => t.OtherScript,
            _ => t.OffTopic,
        };
        var suggestions = u.Candidates.Select(n => catalog.FindIndicator(n)).OfType<Indicator>().ToList();
        var buttons = suggestions.Select(i => new ReplyButton($"{i.Number} · {ShortName(i)}", Payload(i.Number, u))).ToList();
        if (u.Reason == NotFoundReason.LevelOutOfRange && u.Indicator is int n && catalog.FindIndicator(n) is { } known)
            buttons = AllLevelButtons(known, evidence: false).ToList();
        var parts = new List<string?> { message };
        if (suggestions.Count > 0) parts.Add(t.MaybeYouMeant);
        else if (u.Reason is NotFoundReason.OffTopic or NotFoundReason.OtherScript or NotFoundReason.MissingIndicator or NotFoundReason.Empty) parts.Add(t.Examples);
        return new Reply(Join(parts), buttons, []);
    }

    // ---- pieces ----

    string Header(Indicator i)
    {
        var aspect = catalog.AspectOf(i);
        var domain = catalog.FindDomainOf(i) is { } d ? $"{t.Domain} {d.Name} › " : "";
        var weight = i.Weight is null ? "" : $" · {t.Weight} {Format.Weight(i.Weight, t.English)}";
        return $"{t.Indicator} {i.Number} · {i.Name}\n{domain}{t.Aspect} {aspect.Name}{weight}";
    }

    string LevelTitle(Indicator i, int level) => LadderName(i, level) is { } name ? $"LEVEL {level} — {name}" : $"LEVEL {level}";

    string? LadderName(Indicator i, int level) =>
        catalog.Ladders.TryGetValue(i.Ladder, out var ladder) ? ladder.FirstOrDefault(s => s.Level == level)?.Name : null;

    FrameworkTexts f => t.Framework;

    /// <summary>A catalog with its own index name and no domains: Pemdi's wording instead of SPBE's.</summary>
    bool IsPemdi => catalog.IndexName is not null;

    string Tail(int level) => Join([level > 1 ? t.PrerequisiteNote(level) : null, Incomplete(), SourceLine()]);

    string SourceLine() => $"{t.Source}: {string.Join("; ", catalog.Sources)} [{catalog.Framework}]" + (catalog.Status is null ? "" : "\n" + f.Provisional);

    /// <summary>The catalog's note when it is one short line; a long one (spbe-2018's runs to ~3,000 characters, in both
    /// languages) is summed up in one line of the reply's language.</summary>
    string? Incomplete() => catalog.IncompleteNote is { Length: > 0 } note
        ? $"{t.IncompleteCatalog}: {(CriteriaTexts.IsShortCatalogNote(note) ? note : t.IncompleteCatalogShort)}"
        : null;

    /// <summary>"Kurang 1 – < 1,8 · Cukup …", lowest first, for one line.</summary>
    public static string BandsInline(CriteriaCatalog c) => string.Join(" · ", c.Predikat.OrderBy(b => b.Min).Select(b =>
        b.Max >= 5 ? $"{b.Name} {Format.Number(b.Min)}–{Format.Number(b.Max)}" : $"{b.Name} {Format.Number(b.Min)}–<{Format.Number(b.Max)}"));

    // As Tabel 13 prints the rows: its "No." (1 Memuaskan … 5 Kurang), the bounds with one decimal at least ("4,2 – 5,0").
    string Bands() => string.Join("\n", catalog.Predikat.Select((b, i) =>
        b.Min == 0 ? $"{i + 1}. < {Format.Bound(b.Max, t.English)}: {b.Name}"
        : b.Max >= 5 ? $"{i + 1}. {Format.Bound(b.Min, t.English)} – {Format.Bound(b.Max, t.English)}: {b.Name}"
        : $"{i + 1}. {Format.Bound(b.Min, t.English)} – < {Format.Bound(b.Max, t.English)}: {b.Name}"));

    IReadOnlyList<ReplyButton> LevelButtons(Indicator i, int level, bool evidenceOnly)
    {
        var buttons = new List<ReplyButton>();
        if (level > 1) buttons.Add(new ReplyButton($"Level {level - 1}", Payload(i.Number, level - 1, evidenceOnly)));
        if (level < 5) buttons.Add(new ReplyButton($"Level {level + 1}", Payload(i.Number, level + 1, evidenceOnly)));
        if (!evidenceOnly) buttons.Add(new ReplyButton(t.EvidenceButton, Payload(i.Number, level, true)));
        // The instansi's plan is in its own framework: no plan button under another framework's indicator.
        if (!OtherFramework) buttons.Add(new ReplyButton(t.PlanButton, $"/aksi {i.Number}"));
        return buttons;
    }

    IReadOnlyList<ReplyButton> AllLevelButtons(Indicator i, bool evidence) =>
        Enumerable.Range(1, 5).Select(l => new ReplyButton($"Level {l}", Payload(i.Number, l, evidence))).ToList();

    string Payload(int indicator, int level, bool evidence) =>
        InFramework(evidence ? $"bukti dukung indikator {indicator} level {level}" : $"indikator {indicator} level {level}");

    /// <summary>A button payload that keeps what was asked (level, evidence) for the chosen indicator.</summary>
    string Payload(int indicator, Understanding u) => InFramework(u.Level is int l ? $"indikator {indicator} level {l}" : $"indikator {indicator}");

    bool OtherFramework => current is not null && !string.Equals(current, catalog.Framework, StringComparison.OrdinalIgnoreCase);

    /// <summary>The payload asks in this answer's framework even where the instansi is on another one.</summary>
    string InFramework(string payload) => current is null ? payload : FrameworkRouting.KeepFramework(payload, catalog.Framework, current);

    static string ShortName(Indicator i) => i.Name.Replace("Tingkat Kematangan ", "", StringComparison.OrdinalIgnoreCase);

    /// <summary>Cuts at a word boundary with an ellipsis; used only in overviews, never in a level's own answer.</summary>
    static string Shorten(string text, int max)
    {
        if (text.Length <= max) return text;
        var cut = text.LastIndexOf(' ', max - 1);
        return text[..(cut > 0 ? cut : max - 1)] + " …";
    }

    static string Join(IEnumerable<string?> parts) => string.Join("\n\n", parts.Where(p => !string.IsNullOrWhiteSpace(p)));

    /// <summary>Builds the reply, splitting any part still over the limit at paragraph or line boundaries.</summary>
    Reply Finish(string text, IReadOnlyList<string> more, IReadOnlyList<ReplyButton> buttons, bool withMoreButton = false)
    {
        var chunks = MessageSplitter.Split(text, Reply.MaxMessageLength).Concat(more.SelectMany(m => MessageSplitter.Split(m, Reply.MaxMessageLength))).ToList();
        var allButtons = withMoreButton || chunks.Count > 1 ? buttons.Prepend(new ReplyButton(t.MoreButton, "/lanjut")).ToList() : buttons;
        return new Reply(chunks[0], allButtons, chunks.Skip(1).ToList());
    }
}
