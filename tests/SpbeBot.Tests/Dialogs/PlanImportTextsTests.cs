using SpbeBot.Core.Criteria;
using SpbeBot.Core.Plans;
using SpbeBot.Core.Plans.Import;
using SpbeBot.Dialogs.Cli;
using SpbeBot.Tests.Dialogs.Cli;

namespace SpbeBot.Tests.Dialogs;

/// <summary>
/// The plan importer's and the plan store's problems, said in one language. Before, Core wrote them in Indonesian,
/// some glued ("Lembar kerja kosong. / The sheet is empty."), whatever the reader's language; now Core gives a kind and
/// its values and <see cref="PlanSpreadsheetTexts"/> words them.
/// </summary>
public class PlanImportTextsTests
{
    /// <summary>Every kind, on the file, on a row and on a row's column; the nearest indicator known and not.</summary>
    public static readonly object[] Samples =
    [
        .. Enum.GetValues<ImportIssueKind>().SelectMany(kind => new[]
        {
            new ImportIssue(0, null, kind) { Text = "x7", Number = 3, Other = 5, Framework = "spbe-2024", Missing = [PlanColumn.Indicator, PlanColumn.Action, PlanColumn.Opd] },
            new ImportIssue(12, null, kind) { Text = "x7", Number = 3, Other = 3, Framework = "spbe-2024", Missing = [PlanColumn.Opd] },
            new ImportIssue(12, "OPD Terkait", kind) { Text = "x7", Number = 3, Framework = "spbe-2024" },
        }),
        .. Enum.GetValues<PlanRowProblemKind>().SelectMany(kind => new[]
        {
            new PlanRowProblem(12, kind) { Number = 6, FirstRow = 4 },
            new PlanRowProblem(null, kind) { Number = 6 },
        }),
    ];

    static readonly string[] Indonesian = [.. CommandTextsTests.Indonesian, "kosong", "dikenali", "diabaikan", "tersembunyi", "Kolom", "kolom", "Baris", "atau", "ganda", "cocok", "ada", "mis"];
    static readonly string[] English = [.. CommandTextsTests.English, "empty", "recognised", "ignored", "hidden", "column", "Row", "or", "Duplicate", "match", "is"];

    [Fact]
    public void Every_problem_and_warning_is_in_both_languages_and_each_in_one() =>
        OneLanguage.Check(PlanSpreadsheetTexts.Id, PlanSpreadsheetTexts.En, Indonesian, English, Samples);

    [Fact]
    public void The_old_glued_texts_are_one_language_each_and_the_indonesian_is_the_old_one()
    {
        var empty = ImportIssue.Of(ImportIssueKind.EmptySheet);
        Assert.Equal("Lembar kerja kosong.", PlanSpreadsheetTexts.Id.Issue(empty));
        Assert.Equal("The sheet is empty.", PlanSpreadsheetTexts.En.Issue(empty));

        var etc = new ImportIssue(18, "OPD Terkait", ImportIssueKind.EtCeteraIgnored);
        Assert.Equal("Baris 18, kolom OPD Terkait: \"dll\" diabaikan; mohon sebutkan OPD lainnya satu per satu.", PlanSpreadsheetTexts.Id.Issue(etc));
        Assert.Equal("Row 18, column OPD Terkait: \"dll\" (etc.) ignored; please name the other OPDs one by one.", PlanSpreadsheetTexts.En.Issue(etc));

        var missing = ImportIssue.Of(ImportIssueKind.MissingColumns) with { Number = 3, Missing = [PlanColumn.Action, PlanColumn.Opd] };
        Assert.Equal("Kolom wajib tidak ditemukan di baris judul (baris 3): Tindak Lanjut/Rencana Aksi (atau Rekomendasi), OPD Terkait/Penanggung Jawab.",
            PlanSpreadsheetTexts.Id.Issue(missing));

        var duplicate = new PlanRowProblem(9, PlanRowProblemKind.Duplicate) { Number = 1, FirstRow = 8 };
        Assert.Equal("Baris 9: Baris ganda: indikator 1 dengan tindak lanjut yang sama sudah ada di baris 8.", PlanSpreadsheetTexts.Id.RowProblem(duplicate));
        Assert.Equal("Row 9: Duplicate row: indicator 1 with the same action is already in row 8.", PlanSpreadsheetTexts.En.RowProblem(duplicate));

        foreach (var sample in Samples)
        {
            var (id, en) = sample is ImportIssue i
                ? (PlanSpreadsheetTexts.Id.Issue(i), PlanSpreadsheetTexts.En.Issue(i))
                : (PlanSpreadsheetTexts.Id.RowProblem((PlanRowProblem)sample), PlanSpreadsheetTexts.En.RowProblem((PlanRowProblem)sample));
            Assert.DoesNotContain(" / ", id);
            Assert.DoesNotContain(" / ", en);
        }
    }

    [Fact]
    public void A_file_with_bad_rows_reads_in_english_without_an_indonesian_word()
    {
        var path = Path.Combine(Path.GetTempPath(), $"rencana-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, """
            RENCANA AKSI SPBE 2025
            No,Indikator,Rekomendasi,Tindak Lanjut,Target Level,Target Waktu,Status,OPD Terkait
            1,Indikator 99,x,y,3,2025,Selesai,Bappeda
            2,Kebijakan Internal Arsitektur SPBE,x,y,7,31/02/2025,hampir,Bappeda
            3,Kebijakan Internal Arsitektur SPBE,,,,2025,,
            """);
        try
        {
            var result = new PlanImporter(CatalogStore.Get("spbe-2024"), 2025, _ => true).Read(path);
            Assert.Equal(
                [ImportIssueKind.IndicatorNotInFramework, ImportIssueKind.LevelOutOfRange, ImportIssueKind.DateNotRecognised,
                 ImportIssueKind.StatusNotRecognised, ImportIssueKind.OpdEmpty, ImportIssueKind.ActionEmpty],
                result.Problems.Select(p => p.Kind));
            var english = string.Join("\n", result.Warnings.Concat(result.Problems).Select(PlanSpreadsheetTexts.En.Issue));
            var indonesian = string.Join("\n", result.Warnings.Concat(result.Problems).Select(PlanSpreadsheetTexts.Id.Issue));
            Assert.Contains("Year 2025 taken from the sheet title.", english);
            Assert.Contains("Row 4, column Target Level: level 7 is outside 1–5", english);
            Assert.Contains("Baris 4, kolom Target Level: level 7 di luar 1–5", indonesian);
            OneLanguage.AssertNone(english, Indonesian);
            OneLanguage.AssertNone(indonesian, English);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
