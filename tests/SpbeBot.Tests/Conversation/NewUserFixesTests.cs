using System.Text.RegularExpressions;
using SpbeBot.Core.Audit;
using SpbeBot.Core.Evidence;
using SpbeBot.Core.People;
using SpbeBot.Core.Plans;
using SpbeBot.Dialogs.Common;
using SpbeBot.Dialogs.Evidence;
using SpbeBot.Host.Channels.Terminal;
using SpbeBot.Tests.Evidence;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Conversation;

/// <summary>Issue 20, points 1–10: what a new coordinator and operator stumbled on in the chat (terminal, Telegram, Teams share the dialogs).</summary>
[Trait("Kind", "Slow")]
public class NewUserFixesTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    async Task<ConversationDriver> StartAsync()
    {
        var driver = new ConversationDriver(db.Connections);
        await db.Demo.ResetWithDemoAsync(driver.Today);   // emptied, the demo loaded (from a copy after the first test)
        return driver;
    }

    /// <summary>The terminal chat as a demo person, on the driver's handler; returns everything it printed.</summary>
    static async Task<(string Output, TerminalChat Chat)> TerminalAsync(ConversationDriver bot, string demoKey, string input)
    {
        var person = (await bot.People.FindByChatAsync("demo", demoKey))!;
        var userId = "t-" + demoKey;
        await bot.People.LinkChatAsync(person.Id, new ChatIdentity("terminal", userId), new Actor("test", null));
        var output = new StringWriter();
        var chat = new TerminalChat(bot.Handler, new StringReader(input), output, userId, person.Name, language: person.Language,
            languageNow: async ct => (await bot.People.GetAsync(person.Id, ct))?.Language);
        await chat.RunAsync(default);
        return (output.ToString(), chat);
    }

    static string TempPdf(string name, string text)
    {
        var folder = Path.Combine(Path.GetTempPath(), "spbebot-test-upload", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, SampleFiles.Pdf(text));
        return path;
    }

    [Fact]
    public async Task Point1_and_9_a_typed_number_is_the_indicator_and_an_unquoted_path_with_spaces_uploads()
    {
        var bot = await StartAsync();
        // Through the conversation: "2" answers "which indicator?" with indicator 2.
        var asked = Assert.Single(await bot.DemoFile("operator-bappeda", SampleFiles.Pdf("satu"), "satu.pdf"));
        Assert.Contains("Untuk indikator berapa", asked.Text);
        Assert.Contains("Indikator 2 —", Assert.Single(await bot.AsDemo("operator-bappeda", "2")).Text);
        await bot.AsDemo("operator-bappeda", "/batal");

        // In the terminal: choices are lettered, so "2" is not "the second button" but indicator 2 as well.
        var path = TempPdf("sk tim spbe.pdf", "dua");
        var (output, _) = await TerminalAsync(bot, "operator-bappeda", $"/unggah {path}\n2\nkeluar\n");
        Assert.DoesNotContain("Berkas tidak ditemukan", output);
        Assert.Contains("\"sk tim spbe.pdf\"", output);
        Assert.Contains("Indikator 2 —", output);
        Assert.Matches(new Regex(@"^  a\) ", RegexOptions.Multiline), output);
        Assert.DoesNotMatch(new Regex(@"^  1\) ", RegexOptions.Multiline), output);
        Assert.Contains("ketik huruf pilihan", output);
        Assert.Contains("Sampai jumpa, Bapak/Ibu.", output);
        Assert.DoesNotContain(" / ", output);

        // A path that does not exist: the whole path is named and quoting is explained.
        var (missing, _) = await TerminalAsync(bot, "operator-bappeda", "/unggah /tidak ada/sk tim.pdf bukti 32 L4\nkeluar\n");
        Assert.Contains("Berkas tidak ditemukan: /tidak ada/sk tim.pdf bukti 32 L4", missing);
        Assert.Contains("tanda kutip", missing);
        Assert.Equal((path, "bukti 19 L3"), TerminalChat.SplitPath($"\"{path}\" bukti 19 L3"));
        Assert.Equal((path, "bukti 19 L3"), TerminalChat.SplitPath($"{path} bukti 19 L3"));
    }

    [Fact]
    public async Task Point2_a_second_upload_to_the_same_item_says_it_replaces_the_first_and_both_can_be_kept()
    {
        var bot = await StartAsync();
        var first = Assert.Single(await bot.DemoFile("operator-bappeda", SampleFiles.Pdf("SK pertama"), "sk-1.pdf", "bukti 32 L4 butir 1"));
        Assert.DoesNotContain("menggantikan", first.Text);
        var second = Assert.Single(await bot.DemoFile("operator-bappeda", SampleFiles.Pdf("SK kedua"), "sk-2.pdf", "bukti 32 L4 butir 1"));
        Assert.Contains("menggantikan bukti #1 \"sk-1.pdf\"", second.Text);
        Assert.Contains("/simpankeduanya 2", second.Buttons.Select(b => b.Payload));
        Assert.Contains("/ganti 2", second.Buttons.Select(b => b.Payload));

        var store = new EvidenceStore(db.Connections);
        Assert.Equal(EvidenceStatus.Superseded, (await store.GetAsync(1))!.Status);
        // Someone else may not undo another OPD's replacement; the coordinator may.
        Assert.Contains("tidak memiliki akses", Assert.Single(await bot.AsDemo("tim-koordinasi", "/simpankeduanya 2")).Text);
        var kept = Assert.Single(await bot.AsDemo("operator-bappeda", "/simpankeduanya 2"));
        Assert.Contains("keduanya disimpan", kept.Text);
        Assert.Equal((EvidenceStatus.Pending, EvidenceStatus.Pending), ((await store.GetAsync(1))!.Status, (await store.GetAsync(2))!.Status));
        // Pressed again: nothing more to put back, nothing changes.
        Assert.Contains("Tidak ada berkas lama", Assert.Single(await bot.AsDemo("operator-bappeda", "/simpankeduanya 2")).Text);
        Assert.Contains("menggantikan berkas sebelumnya", Assert.Single(await bot.AsDemo("operator-bappeda", "/ganti 2")).Text);
    }

    [Fact]
    public async Task Point3_an_english_speaker_gets_english_only_in_help_broadcasts_and_the_terminal()
    {
        var bot = await StartAsync();
        var rina = (await bot.People.FindByChatAsync("demo", "koordinator"))!;
        await bot.People.UpdateSettingsAsync(rina.Id, "en", null, null, false, new Actor("test", rina.Id));
        var help = Assert.Single(await bot.AsDemo("koordinator", "/bantuan")).Text;
        Assert.StartsWith("Help:", help);
        await bot.AsDemo("koordinator", "/siaran");
        var preview = Assert.Single(await bot.AsDemo("koordinator", "Meeting on Monday.")).Text;
        Assert.Contains("Send now?", preview);
        Assert.DoesNotContain("Kirim sekarang", preview);
        var queued = Assert.Single(await bot.AsDemo("koordinator", "/siaran kirim")).Text;
        Assert.StartsWith("Broadcast #1 queued", queued);
        foreach (var text in new[] { help, preview, queued }) Assert.DoesNotContain(" / ", text);

        var (output, _) = await TerminalAsync(bot, "koordinator", "/menu\nexit\n");
        Assert.Contains("type a choice's letter", output);
        Assert.Contains("Goodbye.", output);
        Assert.DoesNotContain("Sampai jumpa", output);
    }

    [Fact]
    public async Task The_terminals_own_prompts_follow_bahasa_en_in_the_same_chat()
    {
        var bot = await StartAsync();
        var (output, _) = await TerminalAsync(bot, "operator-bappeda", "/bahasa en\n/menu\nexit\n");
        var afterSwitch = output[output.IndexOf("You › ", StringComparison.Ordinal)..];
        Assert.StartsWith("Anda › ", output.TrimStart('\n'));
        Assert.Contains("type a choice's letter", afterSwitch);
        Assert.Contains("Goodbye.", afterSwitch);
        Assert.DoesNotContain("Anda › ", afterSwitch);
        Assert.DoesNotContain("Sampai jumpa", afterSwitch);
    }

    [Fact]
    public async Task Point5_help_lists_what_the_role_may_do_and_how_to_send_a_file_on_this_channel()
    {
        var bot = await StartAsync();
        var coordinator = Assert.Single(await bot.AsDemo("koordinator", "/bantuan")).Text;
        foreach (var command in new[] { "/verifikasi", "/siaran", "/ringkasan", "/jamtenang", "/undangan" }) Assert.Contains(command, coordinator);
        var operatorHelp = Assert.Single(await bot.AsDemo("operator-bappeda", "/bantuan")).Text;
        Assert.DoesNotContain("/verifikasi", operatorHelp);
        Assert.DoesNotContain("/siaran", operatorHelp);
        Assert.Contains("Kirim berkas bukti dukung dengan keterangan", operatorHelp);

        var (terminal, _) = await TerminalAsync(bot, "operator-bappeda", "/bantuan\n/bukti 32\nkeluar\n");
        Assert.Contains("/unggah <path berkas>", terminal);
        Assert.DoesNotContain("dengan keterangan", terminal);
        Assert.DoesNotContain("kirim berkas", terminal);
    }

    [Fact]
    public async Task Point6_done_without_approved_evidence_warns_and_approval_makes_the_plan_index_count_the_target()
    {
        var bot = await StartAsync();
        var item = (await bot.ItemsOfAsync("Bappeda")).First(i => i.Indicator == 32 && i.TargetLevel is not null && i.Status != PlanStatus.Done);
        var level = item.TargetLevel!.Value;
        await bot.AsDemo("operator-bappeda", $"/status {item.Id} done");
        var saved = Assert.Single(await bot.AsDemo("operator-bappeda", "/lewati")).Text;
        Assert.Contains($"belum ada bukti dukung yang disetujui untuk indikator 32 level {level}", saved);
        Assert.Contains("index --plan", saved);

        var done = (await bot.Plans.GetAsync(item.Id))!;
        Assert.Equal(done.CurrentLevel ?? 0, PlanLevels.Reached(done, new HashSet<(int, int)>()));
        // The coordinator approves evidence at the target level: the loop is closed, the plan index counts the target.
        await bot.DemoFile("operator-bappeda", SampleFiles.Pdf("bukti"), "bukti.pdf", $"bukti 32 L{level} butir 1");
        var id = (await new EvidenceStore(db.Connections).ListAsync(new EvidenceFilter { Indicator = 32, Level = level })).Single().Id;
        Assert.Contains("disetujui", (await bot.AsDemo("koordinator", $"/setujui {id}"))[0].Text);
        var approved = (await new EvidenceStore(db.Connections).ListAsync(new EvidenceFilter { Status = EvidenceStatus.Approved }))
            .Select(e => (e.Indicator!.Value, e.Level!.Value)).ToHashSet();
        Assert.Equal(level, PlanLevels.Reached(done, approved));
        Assert.Equal(level, PlanLevels.From([done], approved).Current[32]);

        // Done again, now with approved evidence: no warning.
        await bot.AsDemo("operator-bappeda", $"/status {item.Id} done");
        Assert.DoesNotContain("belum ada bukti dukung yang disetujui", Assert.Single(await bot.AsDemo("operator-bappeda", "/lewati")).Text);
    }

    [Fact]
    public async Task Point7_a_long_action_list_is_paged_and_grouped()
    {
        var bot = await StartAsync();
        var all = await bot.ItemsOfAsync("DKIS");
        Assert.True(all.Count > 8, $"the demo's DKIS has {all.Count} items");
        var first = Assert.Single(await bot.AsDemo("koordinator", "/aksi"));
        Assert.Equal(8, first.Buttons.Count(b => b.Payload.StartsWith("/item ")));
        Assert.Contains("/aksi 2", first.Buttons.Select(b => b.Payload));
        Assert.Contains($"halaman 1 dari {(all.Count + 7) / 8}", first.Text);
        var last = Assert.Single(await bot.AsDemo("koordinator", $"/aksi {(all.Count + 7) / 8}"));
        Assert.DoesNotContain(last.Buttons, b => b.Payload.StartsWith("/aksi " + ((all.Count + 7) / 8 + 1)));
        Assert.Contains(last.Buttons, b => b.Payload == "/aksi " + ((all.Count + 7) / 8 - 1));
        // Each item is on exactly one page.
        var seen = new List<string>();
        for (var page = 1; page <= (all.Count + 7) / 8; page++)
            seen.AddRange(Assert.Single(await bot.AsDemo("koordinator", $"/aksi {page}")).Buttons.Where(b => b.Payload.StartsWith("/item ")).Select(b => b.Payload));
        Assert.Equal(all.Count, seen.Distinct().Count());
        Assert.Equal(all.Count, seen.Count);
    }

    [Fact]
    public async Task Point8_viewing_a_file_in_the_terminal_gives_a_copy_with_its_name_and_keeps_the_queue()
    {
        var bot = await StartAsync();
        await bot.DemoFile("operator-bappeda", SampleFiles.Pdf("SK Tim"), "SK Tim SPBE.pdf", "bukti 32 L4 butir 1");
        // c) is "Lihat berkas" in the queue (approve, reject, view, next).
        var (output, chat) = await TerminalAsync(bot, "koordinator", "/verifikasi\nc\nkeluar\n");
        var copy = Path.Combine(chat.FileFolder, "SK Tim SPBE.pdf");
        Assert.Contains("salinan untuk dibuka: " + copy, output);
        Assert.True(File.Exists(copy));
        Assert.Equal(SampleFiles.Pdf("SK Tim"), await File.ReadAllBytesAsync(copy));
        var afterView = output[output.IndexOf("salinan untuk dibuka", StringComparison.Ordinal)..];
        Assert.Contains("Kembali ke antrean", afterView);
        Assert.Contains("Setujui", afterView);
        // "Back to the queue" shows the same upload again.
        var back = Assert.Single(await bot.AsDemo("koordinator", "/verifikasi 0"));
        Assert.Contains("SK Tim SPBE.pdf", back.Text);
    }

    [Fact]
    public async Task Point10_catalog_quotes_are_mended_english_numbers_use_a_point_and_clarifying_choices_appear_once()
    {
        var bot = await StartAsync();
        var l5 = string.Join("\n", (await bot.AsDemo("operator-bappeda", "apa yang dibutuhkan untuk level 5 indikator 11?")).SelectMany(r => r.More.Prepend(r.Text)));
        Assert.Contains("diberlakukan.", l5);
        Assert.DoesNotContain("diberlakukan. .", l5);
        var l3 = string.Join("\n", (await bot.AsDemo("operator-bappeda", "bukti dukung indikator 16 level 3")).SelectMany(r => r.More.Prepend(r.Text)));
        Assert.Contains("perangkat daerah. Bukti pemanfaatan", l3);
        Assert.Equal("A. B.", Format.Quote("A. . B."));

        var budi = (await bot.People.FindByChatAsync("demo", "operator-bappeda"))!;
        await bot.People.UpdateSettingsAsync(budi.Id, "en", null, null, false, new Actor("test", budi.Id));
        var weight = Assert.Single(await bot.AsDemo("operator-bappeda", "what is the weight of indicator 43?")).Text;
        Assert.Matches(@"weight \d+\.\d\d%", weight);
        Assert.DoesNotMatch(@"\d,\d\d%", weight);
    }
}
