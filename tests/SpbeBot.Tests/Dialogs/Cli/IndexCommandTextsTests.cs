using SpbeBot.Core.Scoring;
using SpbeBot.Core.Spreadsheets;
using SpbeBot.Dialogs.Cli;

namespace SpbeBot.Tests.Dialogs.Cli;

/// <summary><see cref="IndexCommandTexts"/>: every text there in both languages, each in one language only.</summary>
public class IndexCommandTextsTests
{
    /// <summary>Words only the Indonesian texts have.</summary>
    public static readonly string[] Indonesian = ["Mohon", "maaf", "tidak", "dengan", "untuk", "yang", "dan", "atau", "belum", "sudah", "berkas", "Berkas", "dari", "ke", "di", "Menghitung", "indeks", "Indeks", "indikator", "rencana", "Tahun", "nilai", "Sebutkan", "gunakan", "kerangka", "sampai", "Baris", "muncul", "Kolom", "bukan", "angka", "kosongkan"];

    /// <summary>Words only the English texts have.</summary>
    public static readonly string[] English = ["Sorry", "Please", "the", "The", "and", "not", "with", "for", "of", "is", "from", "to", "Calculates", "index", "indicator", "indicators", "plan", "Year", "value", "name", "use", "framework", "Available", "Row", "appears", "column", "number", "outside", "empty"];

    /// <summary>Every kind of problem a levels file can have, the level's and the target's.</summary>
    public static readonly LevelsProblem[] Problems =
    [
        new(LevelsProblemKind.Unreadable) { Unreadable = new UnreadableSpreadsheetException(UnreadableReason.Empty) },
        new(LevelsProblemKind.NotANumber, 3, "tiga"), new(LevelsProblemKind.NotANumber, 3, "tiga") { Target = true },
        new(LevelsProblemKind.OutOfRange, 4, "7"), new(LevelsProblemKind.OutOfRange, 4, "0") { Target = true },
        new(LevelsProblemKind.Repeated, 5, "12"), new(LevelsProblemKind.NoRows), new(LevelsProblemKind.TargetsPartial),
    ];

    [Fact]
    public void Every_text_is_in_both_languages_and_each_in_one() =>
        OneLanguage.Check(IndexCommandTexts.Id, IndexCommandTexts.En, Indonesian, English, Problems);

    /// <summary>Before, Core wrote these itself: Indonesian only, the partial target column glued with its English.</summary>
    [Fact]
    public void A_levels_files_problems_are_said_in_one_language()
    {
        Assert.Equal("Baris 4: level 7 di luar 1–5.", IndexCommandTexts.Id.Problem(Problems[3], "nilai.csv"));
        Assert.Equal("Row 4: the level 7 is outside 1–5.", IndexCommandTexts.En.Problem(Problems[3], "nilai.csv"));
        Assert.Equal("Kolom target hanya terisi sebagian; isi untuk semua indikator atau kosongkan.", IndexCommandTexts.Id.Problem(Problems[^1], "nilai.csv"));
        Assert.Equal("The file cannot be read as CSV or XLSX: The file is empty.", IndexCommandTexts.En.Problem(Problems[0], "nilai.csv"));
    }
}
