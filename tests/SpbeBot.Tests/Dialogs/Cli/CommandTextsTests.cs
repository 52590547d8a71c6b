using SpbeBot.Core.Broadcasts;
using SpbeBot.Core.Evidence;
using SpbeBot.Core.Evidence.Checking;
using SpbeBot.Core.Evidence.Export;
using SpbeBot.Core.Plans;
using SpbeBot.Dialogs.Cli;

namespace SpbeBot.Tests.Dialogs.Cli;

/// <summary>
/// What `spbebot evidence|people|plan|broadcast` print and their --help come from dialogs/ in one language, the
/// machine's: every member of each texts class (<see cref="OneLanguage"/>) is said in both languages, and no text of one
/// language carries the other's words (the data they quote aside: the Pedoman's criteria, file and command names).
/// </summary>
public class CommandTextsTests
{
    /// <summary>Words only the Indonesian texts have ("selesai" not: `plan list --status` takes it in English too).</summary>
    public static readonly string[] Indonesian = ["tidak", "Mohon", "berkas", "Berkas", "dan", "untuk", "yang", "Tahun", "Kerangka", "Nomor", "Bukti", "Siaran",
        "rencana", "Rencana", "diekspor", "Diekspor", "Ketik", "lainnya", "Penyimpanan", "halaman", "Dokumen", "Jenis", "Catatan", "Tanda", "ditemukan",
        "Tersimpan", "Peringatan", "Lampiran", "terkirim", "opsional", "Pilih", "hari", "baris", "Hanya", "Daftar", "Level yang"];

    /// <summary>Words only the English texts have.</summary>
    public static readonly string[] English = ["the", "not", "Please", "Sorry", "file", "files", "File", "Evidence", "Broadcast", "found", "saved", "Year", "Indicator",
        "Level supported", "Still needed", "Flags", "Found", "Warning", "Exported", "Only", "items", "sent", "Choose", "days", "optional", "Attachment"];

    static readonly EvidenceCheck Check = new("spbe-2024", 1, 2, true, [EvidenceCheckFlags.Draft, EvidenceCheckFlags.OffTopic],
        [new FoundElement("Proses Bisnis", "Arsitektur SPBE memuat Proses Bisnis", 2)], ["Level 3: mengatur Layanan SPBE"],
        new DocumentFacts("Peraturan Bupati", "7", 2023, new DateOnly(2023, 5, 2), true, true, "Kabupaten Sukamaju"), 5, false, 3, [new CheckNote(CheckNote.Draft)]);

    [Fact]
    public void Evidence_commands_say_each_text_in_one_language()
    {
        OneLanguage.Check(EvidenceCommandTexts.Id, EvidenceCommandTexts.En, Indonesian, English);
        Assert.Equal("Indikator 99 tidak ada di spbe-2024.", EvidenceCommandTexts.Id.Precheck.UnknownIndicator(99, "spbe-2024"));
        Assert.Equal("Indicator 99 does not exist in spbe-2024.", EvidenceCommandTexts.En.Precheck.UnknownIndicator(99, "spbe-2024"));
        Assert.Equal("approved", EvidenceCommandTexts.En.Chat.StatusName(EvidenceStatus.Approved));
        Assert.Same(EvidenceExportTexts.En, EvidenceExportTexts.Of(EvidenceCommandTexts.En));
    }

    [Fact]
    public void The_evidence_check_verdict_says_each_text_in_one_language_and_quotes_the_criteria_as_written()
    {
        OneLanguage.Check(EvidenceCheckTexts.Id, EvidenceCheckTexts.En, Indonesian, English,
            Check, Check with { Level = 0 }, Check with { Level = null }, Check with { NeedsOcr = true }, Check.Document, Check.Found[0]);
        // The Pedoman's own wording stays; the checker's own level-0 need is said in English to an English reader.
        Assert.Equal("  - Level 3: mengatur Layanan SPBE", EvidenceCheckTexts.En.Missing("Level 3: mengatur Layanan SPBE"));
        Assert.Equal("  - a document about Arsitektur", EvidenceCheckTexts.En.Missing("Dokumen tentang Arsitektur"));
        Assert.Equal("Level yang didukung teks: 2", EvidenceCheckTexts.Id.Level(Check));
        Assert.Contains("2 May 2023", EvidenceCheckTexts.En.Facts(Check.Document));
        Assert.Contains("2 Mei 2023", EvidenceCheckTexts.Id.Facts(Check.Document));
    }

    [Fact]
    public void The_evidence_export_says_each_text_in_one_language() =>
        OneLanguage.Check(EvidenceExportTexts.Id, EvidenceExportTexts.En, Indonesian, English,
            new ExportWarning(ExportSkip.UnknownIndicator, "sk.pdf", 7) { Indicator = 99, Framework = "spbe-2024" },
            new ExportWarning(ExportSkip.NotInStore, "sk.pdf", 7) { FileName = "32.a.Sk.pdf" },
            new ExportWarning(ExportSkip.ContentChanged, "sk.pdf", 7) { Actual = "ab12", Expected = "cd34" });

    [Fact]
    public void People_commands_say_each_text_in_one_language() =>
        OneLanguage.Check(PeopleCommandTexts.Id, PeopleCommandTexts.En, Indonesian, English);

    [Fact]
    public void Plan_commands_say_each_text_in_one_language()
    {
        OneLanguage.Check(PlanCommandTexts.Id, PlanCommandTexts.En, Indonesian, English);
        OneLanguage.Check(PlanSpreadsheetTexts.Id, PlanSpreadsheetTexts.En, Indonesian, English, PlanImportTextsTests.Samples);
        Assert.Equal("Selesai", PlanCommandTexts.Id.StatusName(PlanStatus.Done));
    }

    [Fact]
    public void The_broadcast_command_says_each_text_in_one_language()
    {
        var status = new BroadcastStatus(7, "admin", "all", "Rapat", 5, 2, 3, 0, 0, DateTimeOffset.UnixEpoch, null, 1) { UnreachableNames = ["Wayan"] };
        OneLanguage.Check(BroadcastCommandTexts.Id, BroadcastCommandTexts.En, Indonesian, English, status);
        Assert.Equal("3/5 terkirim · 0 gagal · 0 memblokir · 2 menunggu", BroadcastCommandTexts.Id.Progress(status));
        Assert.Contains("Wayan", BroadcastCommandTexts.En.Unreachable(status));
    }
}
