using System.Text.RegularExpressions;

namespace SpbeBot.Core.Criteria.Build;

/// <summary>Which cell of an indicator table a line of text belongs to.</summary>
public enum PedomanCell { None, Question, Description, AssessmentRules, EvidenceExamples, Criterion, Fulfilment, Evidence }

/// <summary>
/// The left label column of the Pedoman's indicator tables. Labels are recognised by their words *and*
/// their position (they start within the first ~18 columns; the text column never starts before column 20),
/// so the same words inside a sentence are never mistaken for labels.
/// </summary>
public static partial class PedomanLabels
{
    /// <summary>What a label at the start of a line means.</summary>
    public sealed record Label(int Length, PedomanCell? StartsCell, int? Level);

    /// <summary>The label at the start of <paramref name="line"/>, or null when the line is pure text.</summary>
    public static Label? Match(string line)
    {
        if (LevelRow().Match(line) is { Success: true } level)
            return new(level.Length, PedomanCell.Criterion, int.Parse(level.Groups["level"].Value));
        if (EvidenceLabel().Match(line) is { Success: true } evidence) return new(evidence.Length, PedomanCell.Evidence, null);
        if (FulfilmentLabel().Match(line) is { Success: true } fulfilment) return new(fulfilment.Length, PedomanCell.Fulfilment, null);
        if (LabelContinuation().Match(line) is { Success: true } continuation) return new(continuation.Length, null, null);
        if (HeaderLabel().Match(line) is { Success: true } header)
            return new(header.Length, header.Groups["name"].Value switch
            {
                "Deskripsi Indikator" => PedomanCell.Description,
                "Ketentuan Penilaian" => PedomanCell.AssessmentRules,
                _ => PedomanCell.EvidenceExamples,
            }, null);
        if (QuestionHeader().Match(line) is { Success: true } questionHeader) return new(questionHeader.Length, PedomanCell.None, null);
        if (QuestionRow().Match(line) is { Success: true } questionRow) return new(questionRow.Length, PedomanCell.Question, null);
        return null;
    }

    /// <summary>The "D1  A1  ID-1" row: domain, aspect and indicator numbers.</summary>
    public static (int Domain, int Aspect, int Indicator)? QuestionRowNumbers(string line) =>
        QuestionRow().Match(line) is { Success: true } m
            ? (int.Parse(m.Groups["d"].Value), int.Parse(m.Groups["a"].Value), int.Parse(m.Groups["i"].Value))
            : null;

    /// <summary>"  Level 4     Kriteria Level   text…" starts a level and its Kriteria Level cell.</summary>
    [GeneratedRegex(@"^\s{0,4}Level\s+(?<level>[1-5])\s+Kriteria\s+Level(?=\s|$)")]
    private static partial Regex LevelRow();

    /// <summary>"Kriteria Bukti" (sometimes "Kriteria   Bukti") starts the Kriteria Bukti Dukung cell.</summary>
    [GeneratedRegex(@"^\s{8,18}Kriteria\s+Bukti(?=\s|$)")]
    private static partial Regex EvidenceLabel();

    /// <summary>"Kriteria" alone starts the Kriteria pemenuhan Level cell.</summary>
    [GeneratedRegex(@"^\s{8,18}Kriteria(?=\s|$)(?!\s+(?:Bukti|Level)(?:\s|$))")]
    private static partial Regex FulfilmentLabel();

    /// <summary>The second and third lines of a wrapped label ("pemenuhan", "Level", "Dukung").</summary>
    [GeneratedRegex(@"^\s{8,18}(?:pemenuhan|Level|Dukung)(?=\s|$)")]
    private static partial Regex LabelContinuation();

    [GeneratedRegex(@"^\s{0,3}(?<name>Deskripsi Indikator|Ketentuan Penilaian|Contoh Bukti Dukung)\s*:")]
    private static partial Regex HeaderLabel();

    [GeneratedRegex(@"^\s{0,3}Domain\s+Aspek\s+Ind\s+Kuesioner\s*$")]
    private static partial Regex QuestionHeader();

    [GeneratedRegex(@"^\s{0,3}D(?<d>\d)\s+A(?<a>\d)\s+ID-(?<i>\d{1,2})(?=\s|$)")]
    private static partial Regex QuestionRow();
}
