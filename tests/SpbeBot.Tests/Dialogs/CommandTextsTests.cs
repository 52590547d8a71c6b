using SpbeBot.Core.Broadcasts;
using SpbeBot.Core.Evidence;
using SpbeBot.Core.Evidence.Checking;
using SpbeBot.Core.Evidence.Export;
using SpbeBot.Core.People;
using SpbeBot.Core.Plans;
using SpbeBot.Dialogs.Cli;

namespace SpbeBot.Tests.Dialogs;

/// <summary>
/// What `spbebot evidence|people|plan|broadcast` print and their --help come from dialogs/ in one language, the
/// machine's: before, ~100 lines of them were Indonesian only, written straight from the commands. Every member is
/// said in both languages, and no line of one language carries the other's words (the data they quote aside: the
/// Pedoman's criteria, file and command names).
/// </summary>
public class CommandTextsTests
{
    static readonly string[] IndonesianWords = ["tidak", "Mohon", "berkas", "Berkas", " dan ", "untuk", "yang", "Tahun", "Kerangka", "Nomor", "Bukti", "Siaran",
        "rencana", "Rencana", "diekspor", "Diekspor", "Ketik", "lainnya", "Penyimpanan", "halaman", "Dokumen:", "Jenis:", "Catatan", "Tanda:", "ditemukan",
        "Tersimpan", "Peringatan", "Lampiran", "terkirim", "selesai ", "opsional", "Pilih", "hari", "baris", "Hanya", "Daftar", "Level yang"];

    static readonly string[] EnglishWords = ["the ", "not ", "Please", "Sorry", "file", "File", "Evidence", "Broadcast", "found", "saved", "Year", "Indicator",
        "Level supported", "Still needed", "Flags", "Found:", "Warning", "Exported", "Only", "items", "sent", "Choose", "days", "optional", "Attachment"];

    static void OneLanguageEach(Func<bool, IEnumerable<string>> lines)
    {
        foreach (var english in (bool[])[false, true])
            foreach (var line in lines(english))
            {
                Assert.False(string.IsNullOrWhiteSpace(line));
                foreach (var word in english ? IndonesianWords : EnglishWords)
                    Assert.False(line.Contains(word, StringComparison.Ordinal), $"\"{word}\" in {(english ? "English" : "Indonesian")}: {line}");
            }
        Assert.NotEqual(lines(false).ToList(), lines(true).ToList());
    }

    static readonly EvidenceCheck Check = new("spbe-2024", 1, 2, true, [EvidenceCheckFlags.Draft, EvidenceCheckFlags.OffTopic],
        [new FoundElement("Proses Bisnis", "Arsitektur SPBE memuat Proses Bisnis", 2)], ["Level 3: mengatur Layanan SPBE"],
        new DocumentFacts("Peraturan Bupati", "7", 2023, new DateOnly(2023, 5, 2), true, true, "Kabupaten Sukamaju"), 5, false, 3, [new CheckNote(CheckNote.Draft)]);

    [Fact]
    public void Evidence_commands_say_each_line_in_one_language()
    {
        OneLanguageEach(english =>
        {
            var t = english ? EvidenceCommandTexts.En : EvidenceCommandTexts.Id;
            return
            [
                t.EvidenceHelp, t.IndicatorHelp, t.YearHelp, t.FrameworkHelp, t.YearOrInstansisHelp, t.AddHelp, t.FilesHelp, t.ItemHelp, t.OpdHelp,
                t.AddJsonHelp, t.NoSuchLevel(32, 6, "spbe-2024"), t.ChooseItem(3), t.OpdNotFound("Dinas X"), t.FileNotFound("/tmp/a.pdf"),
                t.Stored(7, "sk.pdf", "pdf", 1200, "ab12", true), t.ReadFailed, t.ListHelp, .. t.ListColumns, t.OtherItem, t.Listed(3, "spbe-2024", 2026),
                t.ChecklistHelp, t.ChecklistTitle(32, "Integrasi", "spbe-2024", 2026), t.Optional, t.SupportedLevel(2), t.EvidenceNumberHelp, t.NoteHelp,
                t.ApproveHelp, t.RejectHelp, t.EvidenceNotFound, t.CheckHelp, t.DocumentHelp, t.FiledForHelp, t.TargetLevelHelp,
                t.FrameworkOrInstansisHelp, t.CheckJsonHelp, t.NoOcrHelp, t.VerifyHelp, t.DocumentNotFound("/tmp/a.pdf"), t.NameTheIndicator,
                t.Store("/srv/bukti", 12, 1.5), t.Removed(1, 2), t.Damaged(0, 1), t.MissingFile("ab12"), t.CorruptFile("cd34"),
                t.Precheck.UnknownIndicator(99, "spbe-2024"), t.Chat.StatusName(EvidenceStatus.Approved),
            ];
        });
        Assert.Equal("Indikator 99 tidak ada di spbe-2024.", EvidenceCommandTexts.Id.Precheck.UnknownIndicator(99, "spbe-2024"));
        Assert.Same(EvidenceExportTexts.En, EvidenceExportTexts.Of(EvidenceCommandTexts.En));
    }

    [Fact]
    public void The_evidence_check_verdict_says_each_line_in_one_language_and_quotes_the_criteria_as_written()
    {
        OneLanguageEach(english =>
        {
            var t = english ? EvidenceCheckTexts.En : EvidenceCheckTexts.Id;
            return
            [
                t.Document("sk.pdf", 3, true), t.Facts(Check.Document), t.Indicator(1, "spbe-2024", "Arsitektur"), t.Level(Check),
                t.Level(Check with { Level = 0 }), t.Level(Check with { Level = null }), t.Level(Check with { NeedsOcr = true }), t.Flags(Check),
                t.FoundHeading, t.Found(Check.Found[0]), t.MissingHeading, t.Note("-"), t.AdviceOnly,
            ];
        });
        // The Pedoman's own wording stays; the checker's own level-0 need is said in English to an English reader.
        Assert.Equal("  - Level 3: mengatur Layanan SPBE", EvidenceCheckTexts.En.Missing("Level 3: mengatur Layanan SPBE"));
        Assert.Equal("  - a document about Arsitektur", EvidenceCheckTexts.En.Missing("Dokumen tentang Arsitektur"));
        Assert.Equal("Level yang didukung teks: 2", EvidenceCheckTexts.Id.Level(Check));
        Assert.Contains("2 May 2023", EvidenceCheckTexts.En.Facts(Check.Document));
        Assert.Contains("2 Mei 2023", EvidenceCheckTexts.Id.Facts(Check.Document));
    }

    [Fact]
    public void The_evidence_export_says_each_line_in_one_language()
    {
        OneLanguageEach(english =>
        {
            var t = english ? EvidenceExportTexts.En : EvidenceExportTexts.Id;
            return
            [
                t.ExportHelp, t.OutputHelp, t.NothingApproved("spbe-2024", 2026), t.TargetRefused("/tmp/ekspor", ExportTargetProblem.Exists),
                t.TargetRefused("/tmp/ekspor", ExportTargetProblem.FolderNotEmpty), t.Warning("-"), t.Exported(10, 3, "/tmp/ekspor.zip"),
            ];
        });
    }

    [Fact]
    public void People_commands_say_each_line_in_one_language()
    {
        OneLanguageEach(english =>
        {
            var t = english ? PeopleCommandTexts.En : PeopleCommandTexts.Id;
            return
            [
                t.PeopleHelp, t.ImportHelp, t.StaffListHelp, t.DryRunHelp, t.OutHelp, t.DaysHelp, t.PendingHelp, t.DaysOutOfRange,
                t.NotImported("-"), t.WorkbookNotWritten("/tmp/undangan.xlsx", "-"), t.People.NothingSaved,
            ];
        });
    }

    [Fact]
    public void Plan_commands_say_each_line_in_one_language()
    {
        OneLanguageEach(english =>
        {
            var t = english ? PlanCommandTexts.En : PlanCommandTexts.Id;
            var s = t.Spreadsheets;
            return
            [
                t.PlanHelp, t.ListHelp, t.OpdHelp, t.StatusHelp, t.OverdueHelp, t.YearHelp, t.FrameworkHelp, t.JsonHelp, t.AllYearsHelp,
                t.OpdNotFound("Dinas X"), t.NoneMatch(null), t.NoneMatch(2026), .. t.Columns, t.Overdue, t.Footer(3, null, "WIB", 2026),
                t.Footer(3, 2026, "WIB", 2026), t.StatusName(PlanStatus.Done),
                s.ImportHelp, s.ImportFileHelp, s.ImportFrameworkHelp, s.ImportYearHelp, s.DryRunHelp, s.SkipInvalidHelp, s.CreateOpdsHelp,
                s.UnknownFramework("spbe-1999", ["spbe-2018", "spbe-2024"]), s.NotImported("-"), s.Reading, s.Read("Sheet1", 2, 10, 9, 1),
                s.UnknownOpdsListed(["Dinas X"]), s.FixOrSkip, s.UnknownOpds(["Dinas X"]), s.Saved(true, 1, 2, 3, "spbe-2024", 2026, 4),
                s.Saved(false, 1, 2, 3, "spbe-2024", 2026, 4), s.DryRunNote, s.ExportHelp, s.ExportFileHelp, s.ExportFrameworkHelp,
                s.ExportYearHelp, s.ExportOpdHelp, s.XlsxOrCsv, s.Exported(3, "/tmp/plan.xlsx"),
            ];
        });
        Assert.Equal("Selesai", PlanCommandTexts.Id.StatusName(PlanStatus.Done));
    }

    [Fact]
    public void The_broadcast_command_says_each_line_in_one_language()
    {
        var status = new BroadcastStatus(7, "admin", "all", "Rapat", 5, 2, 3, 0, 0, DateTimeOffset.UnixEpoch, null, 1) { UnreachableNames = ["Wayan"] };
        OneLanguageEach(english =>
        {
            var t = english ? BroadcastCommandTexts.En : BroadcastCommandTexts.Id;
            return
            [
                t.BroadcastHelp, t.ToHelp, t.TextHelp, t.FileHelp, t.YesHelp, t.StatusHelp, t.IdHelp, t.WatchHelp, t.ToAndTextNeeded,
                t.UnknownAudience("siapa"), t.NoRecipients, t.TypeYes, t.Cancelled, t.FileNotFound("/tmp/a.pdf"),
                t.AttachmentRefused(FileProblem.TooLarge, 20 * 1024 * 1024), t.BroadcastNotFound, t.Progress(status), t.Unreachable(status),
                t.Finished("2026-12-06 16:05:00 WIB"), t.Dialog.Queued(status), t.Dialog.AudienceWords(Audience.All, null),
            ];
        });
        Assert.Equal("3/5 terkirim · 0 gagal · 0 memblokir · 2 menunggu", BroadcastCommandTexts.Id.Progress(status));
    }
}
