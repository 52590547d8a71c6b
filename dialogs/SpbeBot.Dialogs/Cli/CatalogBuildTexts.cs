using SpbeBot.Core.Criteria.Build;
using SpbeBot.Dialogs.Common;

namespace SpbeBot.Dialogs.Cli;

/// <summary>
/// What the catalog builders and the validator report (`catalog build-pedoman|build-pemdi|build-passages` and
/// `catalog validate`), in the machine's language (<see cref="MachineLocale"/>). Words quoted from a source (a caption,
/// a cell's label, "Total Bobot", a line's text) stay as the source has them.
/// </summary>
public sealed class CatalogBuildTexts : BilingualTexts
{
    public static readonly CatalogBuildTexts Id = new(english: false);
    public static readonly CatalogBuildTexts En = new(english: true);

    /// <summary>The machine's (<see cref="MachineLocale"/>).</summary>
    public static CatalogBuildTexts Machine => MachineLocale.English ? En : Id;

    CatalogBuildTexts(bool english) : base(english)
    {
    }

    /// <summary>Why a source could not be read at all.</summary>
    public string Source(CatalogSourceException e) => e.Problem switch
    {
        CatalogSourceProblem.NoIndicatorChapter => S("Tidak menemukan BAB II dan BAB III pada teks Pedoman.", "BAB II and BAB III headings not found in the Pedoman text."),
        CatalogSourceProblem.NoRegulationKind => S("Jenis peraturan tidak ditemukan di halaman judul.", "Regulation kind not found on the cover."),
        CatalogSourceProblem.NoNumberAndYear => S("Nomor dan tahun tidak ditemukan di halaman judul.", "Number and year not found on the cover."),
        CatalogSourceProblem.TableNotFound => S($"Tabel {e.Number} tidak ditemukan.", $"Table {e.Number} not found."),
        CatalogSourceProblem.ChapterNotFound => S($"BAB {e.Text} tidak ditemukan.", $"Chapter heading \"BAB {e.Text}\" not found."),
        CatalogSourceProblem.RuleNotStated => S($"Tabel Pedoman tidak lagi menyatakan aturan '{e.Text}'.", $"The Pedoman's tables no longer state the rule '{e.Text}'."),
        CatalogSourceProblem.PassageIdTwice => S($"Id potongan teks {e.Text} muncul dua kali.", $"Passage id {e.Text} occurs twice."),
        _ => S($"Berkas instrumen tidak memuat kerangka '{e.Text}'.", $"The instrument file has no framework '{e.Text}'."),
    };

    /// <summary>A builder's warning, one line; the regulation it comes from first.</summary>
    public string Warning(CatalogWarning w) => w.Kind switch
    {
        CatalogWarningKind.TextInLabelColumn => Pedoman(S($"Indikator {w.Indicator}: baris {w.Line} berisi teks di kolom label: \"{w.Text}\"",
            $"Indicator {w.Indicator}: line {w.Line} has text in the label column: \"{w.Text}\"")),
        CatalogWarningKind.OutsideAnyCell => Pedoman(S($"Indikator {w.Indicator}: baris {w.Line} berada di luar sel mana pun: \"{w.Text}\"",
            $"Indicator {w.Indicator}: line {w.Line} is outside any cell: \"{w.Text}\"")),
        CatalogWarningKind.RowNamesOtherIndicator => Pedoman(S($"Indikator {w.Indicator}: baris tabelnya menyebut ID-{w.Number}",
            $"Indicator {w.Indicator}: its table row says ID-{w.Number}")),
        CatalogWarningKind.CellNotFound => Pedoman(S($"{Where(w)}: sel \"{CellLabel(w.Cell)}\" tidak ditemukan", $"{Where(w)}: the cell \"{CellLabel(w.Cell)}\" not found")),
        CatalogWarningKind.LevelNotFound => Pedoman(S($"{Where(w)}: tidak ditemukan", $"{Where(w)}: not found")),
        CatalogWarningKind.ItemOutOfOrder => Pedoman(S(
            $"{Where(w)}, sel \"{CellLabel(w.Cell)}\": baris {w.Line} diawali \"{w.Text}\", padahal yang diharapkan butir {w.Number}; tetap dimasukkan ke butir {w.Number - 1}",
            $"{Where(w)}, the cell \"{CellLabel(w.Cell)}\": line {w.Line} starts with \"{w.Text}\" but item {w.Number} was expected; kept inside item {w.Number - 1}")),
        CatalogWarningKind.HyphenKept => Pedoman(S($"tanda hubung di akhir baris dipertahankan tanpa bukti: '{w.Text}' + '{w.OtherText}'",
            $"hyphen at line end kept without evidence: '{w.Text}' + '{w.OtherText}'")),
        CatalogWarningKind.NotInPedoman => S($"Indikator {w.Indicator}: tidak ditemukan di Pedoman", $"Indicator {w.Indicator}: not found in the Pedoman"),
        CatalogWarningKind.PlacedElsewhere => S($"Indikator {w.Indicator}: menurut Pedoman {w.Text}, menurut PermenPANRB {w.OtherText}",
            $"Indicator {w.Indicator}: the Pedoman says {w.Text}, the PermenPANRB says {w.OtherText}"),
        CatalogWarningKind.NotInPermen => S($"Indikator {w.Indicator}: ada di Pedoman, tetapi tidak ada di tabel PermenPANRB",
            $"Indicator {w.Indicator}: in the Pedoman but not in the PermenPANRB tables"),
        CatalogWarningKind.LadderLevels => Permen(S($"tabel tingkat kematangan memuat level {w.Text}, seharusnya 1–5", $"ladder table has levels {w.Text}, expected 1–5")),
        CatalogWarningKind.NoWeightTotal => Permen(S($"bobot {Part(w.Part)}: tidak ada baris \"Total Bobot\"", $"{Capital(Part(w.Part))} weights: no \"Total Bobot\" row")),
        CatalogWarningKind.WeightsDisagree => Permen(S($"bobot {Part(w.Part)} berjumlah {Number(w.Amount)}, menurut tabel {Number(w.Expected)}",
            $"{Capital(Part(w.Part))} weights add up to {Number(w.Amount)}, the table says {Number(w.Expected)}")),
        CatalogWarningKind.MissingFromLists => Permen(S($"{Part(w.Part)} {w.Number} tidak ada di Tabel 3–6", $"{Part(w.Part)} {w.Number} is missing from Table 3–6")),
        CatalogWarningKind.ListCount => Permen(S($"ditemukan {w.Number} tabel \"Daftar Indikator\" untuk {w.Other} domain",
            $"found {w.Number} \"Daftar Indikator\" tables for {w.Other} domains")),
        CatalogWarningKind.ListCaptionDiffers => Permen(S($"\"{w.Text}\" tidak sesuai dengan domain {w.Number} pada Tabel 7",
            $"\"{w.Text}\" does not match domain {w.Number} of Table 7")),
        CatalogWarningKind.AspectNameDiffers => Permen(S($"aspek {w.Number}: \"{w.Text}\" di Tabel 3–6, tetapi \"{w.OtherText}\" di Tabel 8",
            $"aspect {w.Number}: \"{w.Text}\" in Table 3–6 but \"{w.OtherText}\" in Table 8")),
        CatalogWarningKind.IndicatorBeforeAspect => Permen(S($"indikator {w.Indicator} tercantum sebelum aspek mana pun", $"indicator {w.Indicator} listed before any aspect")),
        CatalogWarningKind.PredikatRangeUnreadable => Permen(S($"Tabel 13: rentang \"{w.Text}\" tidak dapat dibaca", $"Table 13: cannot read the range \"{w.Text}\"")),
        CatalogWarningKind.LevelCriteriaNotImported => S(
            $"Indikator {w.Indicator}: level_criteria ada di berkas instrumen, tetapi tidak diimpor (muat kriteria dengan 'catalog import')",
            $"Indicator {w.Indicator}: level_criteria present in the instrument file but not imported (load criteria with 'catalog import')"),
        _ => S($"Indikator {w.Indicator}: konversi IPS memiliki batas bawah yang belum terverifikasi; tidak dimasukkan",
            $"Indicator {w.Indicator}: the IPS conversion has an unverified lower bound; left out"),
    };

    /// <summary>A catalog's problem (`catalog validate`), one line.</summary>
    public string Problem(CatalogProblem p) => p.Kind switch
    {
        CatalogProblemKind.NumberingOutOfOrder => S($"nomor {Part(p.Part)} tidak berurutan 1..{p.Number}", $"{Part(p.Part)} numbers are not 1..{p.Number} in order"),
        CatalogProblemKind.AspectUnknownDomain => S($"aspek {p.Number} merujuk ke domain {p.Other} yang tidak ada", $"aspect {p.Number} refers to unknown domain {p.Other}"),
        CatalogProblemKind.IndicatorUnknownAspect => S($"indikator {p.Indicator} merujuk ke aspek {p.Number} yang tidak ada", $"indicator {p.Indicator} refers to unknown aspect {p.Number}"),
        CatalogProblemKind.IndicatorDomainDiffers => S($"indikator {p.Indicator} berada di domain {p.Number}, tetapi aspeknya di domain {p.Other}",
            $"indicator {p.Indicator} is in domain {p.Number} but its aspect is in domain {p.Other}"),
        CatalogProblemKind.UnknownLadder => S($"indikator {p.Indicator} memakai tangga level '{p.Text}' yang tidak dikenal", $"indicator {p.Indicator} uses unknown ladder '{p.Text}'"),
        CatalogProblemKind.PredikatGap => S($"rentang predikat '{p.Text}' tidak berakhir di awal '{p.OtherText}'", $"predikat band '{p.Text}' does not end where '{p.OtherText}' starts"),
        CatalogProblemKind.ConversionUnknownIndicator => S($"konversi {p.Text} mengisi indikator {p.Indicator} yang tidak ada", $"conversion {p.Text} feeds unknown indicator {p.Indicator}"),
        CatalogProblemKind.ConversionGap => S($"konversi {p.Text}: rentang {p.Number} tidak dimulai di akhir rentang {p.Other}",
            $"conversion {p.Text}: band {p.Number} does not start where band {p.Other} ends"),
        CatalogProblemKind.WeightsDontAddUp => p.Of is { } of
            ? S($"bobot {Part(p.Part)} pada {Part(of)} {p.Number} berjumlah {Number(p.Amount)}, seharusnya {Number(p.Expected)}",
                $"{Part(p.Part)} weights of {Part(of)} {p.Number} add up to {Number(p.Amount)}, expected {Number(p.Expected)}")
            : S($"bobot {Part(p.Part)} berjumlah {Number(p.Amount)}, seharusnya {Number(p.Expected)}",
                $"{Part(p.Part)} weights add up to {Number(p.Amount)}, expected {Number(p.Expected)}"),
        CatalogProblemKind.LevelsIncomplete => S($"indikator {p.Indicator} tidak memiliki level 1–5", $"indicator {p.Indicator} does not have levels 1–5"),
        CatalogProblemKind.EmptyCriterion => S($"{At(p)}: kriteria level kosong", $"{At(p)}: empty criterion"),
        CatalogProblemKind.EmptyFulfilment => S($"{At(p)}: kriteria pemenuhan kosong", $"{At(p)}: empty fulfilment"),
        CatalogProblemKind.EmptyEvidence => S($"{At(p)}: kriteria bukti dukung kosong", $"{At(p)}: empty evidence"),
        CatalogProblemKind.PageFooter => S($"{At(p)}: memuat catatan kaki halaman", $"{At(p)}: contains the page footer"),
        CatalogProblemKind.PageNumber => S($"{At(p)}: memuat nomor halaman", $"{At(p)}: contains a page number"),
        CatalogProblemKind.UnnormalisedSpaces => S($"{At(p)}: memuat spasi yang belum dirapikan", $"{At(p)}: has unnormalised spaces"),
        _ => S($"{At(p)}: memuat potongan label \"{p.Text}\"", $"{At(p)}: contains the label fragment \"{p.Text}\""),
    };

    string Pedoman(string text) => $"Pedoman: {text}";
    string Permen(string text) => $"PermenPANRB: {text}";

    /// <summary>"Indikator 12" or "Indikator 12 level 3".</summary>
    string Where(CatalogWarning w) => S("Indikator", "Indicator") + $" {w.Indicator}" + (w.Level is { } level ? $" level {level}" : "");

    string At(CatalogProblem p) => S($"indikator {p.Indicator} level {p.Level}", $"indicator {p.Indicator} level {p.Level}");

    string Part(CatalogPart? part) => part switch
    {
        CatalogPart.Domain => "domain",
        CatalogPart.Aspect => S("aspek", "aspect"),
        _ => S("indikator", "indicator"),
    };

    static string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    string Number(decimal? value) => value?.ToString(_culture) ?? "-";

    /// <summary>A cell as the Pedoman's left column labels it (quoted in both languages).</summary>
    static string CellLabel(PedomanCell? cell) => cell switch
    {
        PedomanCell.Question => "Pertanyaan",
        PedomanCell.Description => "Deskripsi Indikator",
        PedomanCell.AssessmentRules => "Ketentuan Penilaian",
        PedomanCell.EvidenceExamples => "Contoh Bukti Dukung",
        PedomanCell.Criterion => "Kriteria Level",
        PedomanCell.Fulfilment => "Kriteria pemenuhan Level",
        _ => "Kriteria Bukti Dukung",
    };
}
