using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SpbeBot.Core.Audit;
using SpbeBot.Core.Demo;
using SpbeBot.Core.People;
using SpbeBot.Core.Questions;
using SpbeBot.Tests.Infrastructure;
using SpbeBot.Tests.Telegram;

namespace SpbeBot.Tests.Conversation;

/// <summary>
/// Issue 15, points 4 and 5, through the real server and its Telegram channel on the fake Bot API: each of the twelve
/// chat intents, asked by a coordinator, an OPD operator, a Tim Koordinasi member (who only views) and someone not yet
/// registered, in Bahasa Indonesia and in English — answered from the store within the role's access, never "not
/// found", always with a command to go further; and what a new Pemda (nothing stored) is told.
/// </summary>
[Trait("Kind", "Slow")]
public class OwnDataTelegramTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    /// <summary>One message per intent, in each language: each is first checked to be read as that intent.</summary>
    static readonly (ChatIntent Intent, string Id, string En)[] Asked =
    [
        (ChatIntent.IndexNow, "indeks spbe kita skrg brp?", "what is our SPBE index now?"),
        (ChatIntent.IndexIfTargets, "kalau semua target tercapai indeks kita jadi berapa?", "what would our index be if all targets are met?"),
        (ChatIntent.MyDeadlines, "tenggat rencana aksi kami kapan aja?", "when are our action plan deadlines?"),
        (ChatIntent.Overdue, "apa aja yg udh lewat deadline?", "which of our action items are overdue?"),
        (ChatIntent.UploadState, "bukti sy yg kemarin sdh diverifikasi blm?", "has my evidence been verified?"),
        (ChatIntent.MissingEvidence, "bukti indikator 32 level 4 apa yg masih kurang", "which evidence is still missing for indicator 32?"),
        (ChatIntent.Greeting, "halo min", "hello"),
        (ChatIntent.Thanks, "makasih min", "thanks a lot!"),
        (ChatIntent.WhatIsSpbe, "SPBE itu apa", "what is SPBE?"),
        (ChatIntent.Capabilities, "kamu bisa apa", "what can you do?"),
        (ChatIntent.Help, "cara pakai bot ini gimana", "how do I use this bot?"),
        (ChatIntent.Goodbye, "dadah, sampai jumpa", "bye, see you"),
    ];

    static readonly string[] NotFoundMarks = ["belum menemukan", "tidak ditemukan", "not found", "Exception"];
    static readonly Regex Command = new(@"(^|\s|\()/[a-z]+", RegexOptions.CultureInvariant);

    [Fact]
    public void Every_message_of_the_matrix_is_read_as_its_intent()
    {
        foreach (var (intent, id, en) in Asked)
        {
            Assert.Equal(intent, ChatIntents.Read(id).Intent);
            Assert.Equal(intent, ChatIntents.Read(en).Intent);
        }
    }

    [Fact]
    public async Task Each_intent_for_each_role_in_both_languages_is_answered_from_the_store_with_a_command()
    {
        await db.ResetAsync();
        await DemoData.EnsureAsync(db.Connections, TimeZones.Today(TimeZones.Wib, TimeProvider.System));
        var people = new PersonStore(db.Connections);
        var bappeda = (await new OpdStore(db.Connections).FindAsync("Bappeda"))!;
        var roles = new (string Key, PersonRole? Role, long? Opd)[]
        {
            ("coordinator", PersonRole.Coordinator, null), ("operator", PersonRole.Operator, bappeda.Id),
            ("viewer", PersonRole.TimKoordinasi, null), ("stranger", null, null),
        };
        // One chat per role, language and intent: every conversation is answered side by side, one reply each.
        var chats = new List<(long Chat, string Role, string Language, ChatIntent Intent, string Text)>();
        long next = 880_000;
        foreach (var (key, role, opd) in roles)
            foreach (var language in new[] { "id", "en" })
                foreach (var (intent, id, en) in Asked)
                {
                    var chat = ++next;
                    if (role is { } r)
                    {
                        var person = await people.AddAsync(new PersonDraft { Name = $"{key} {language} {chat}", Role = r, OpdId = opd, Language = language }, new Actor("test"));
                        await people.LinkChatAsync(person.Id, new ChatIdentity("telegram", chat.ToString()), new Actor("test"));
                    }
                    chats.Add((chat, key, language, intent, language == "en" ? en : id));
                }

        await using var bot = await TelegramHarness.StartAsync(databaseConnectionString: db.ConnectionString);
        foreach (var (chat, _, language, _, text) in chats)
        {
            var update = FakeBotApi.TextUpdate(chat, text);
            update["message"]!["from"]!["language_code"] = language;   // what a stranger's reply language follows
            bot.Api.Enqueue(update);
        }
        await Eventually.HoldsAsync(() => chats.All(c => bot.Api.Delivered(c.Chat).Count >= 1), "a reply in every chat", TimeSpan.FromSeconds(60),
            () => string.Join(", ", chats.Where(c => bot.Api.Delivered(c.Chat).Count == 0).Select(c => $"{c.Role}/{c.Language}/{c.Intent}")));

        foreach (var (chat, role, language, intent, text) in chats)
        {
            var delivered = bot.Api.Delivered(chat);
            var reply = string.Join("\n", delivered.Select(d => d.Text));
            var payloads = delivered.SelectMany(d => d.Keyboard.SelectMany(row => row)).Select(b => b.Data).ToList();
            var what = $"{role}/{language}/{intent} \"{text}\":\n{reply}";
            foreach (var mark in NotFoundMarks) Assert.False(reply.Contains(mark, StringComparison.OrdinalIgnoreCase), what);
            Assert.True(Command.IsMatch(reply) || payloads.Any(p => p.StartsWith('/')), "a command to go further — " + what);
            if (language == "en") Assert.False(reply.Contains("Bapak/Ibu", StringComparison.Ordinal), "English only — " + what);

            if (role == "stranger")
            {
                Assert.Contains("/start", reply);                                   // how to join
                Assert.DoesNotContain("Budi", reply);                               // nothing of the Pemda's
                Assert.DoesNotContain("Ind. ", reply);
                Assert.DoesNotContain("Indeks SPBE:", reply);
                continue;
            }
            switch (intent)
            {
                case ChatIntent.IndexNow or ChatIntent.IndexIfTargets when role == "operator":
                    Assert.True(reply.Contains("Koordinator SPBE", StringComparison.Ordinal) || reply.Contains("coordinators", StringComparison.Ordinal), what);
                    Assert.DoesNotContain(language == "en" ? "SPBE index:" : "Indeks SPBE:", reply);
                    break;
                case ChatIntent.IndexNow or ChatIntent.IndexIfTargets:
                    Assert.Contains(language == "en" ? "SPBE index" : "Indeks SPBE", reply, StringComparison.OrdinalIgnoreCase);
                    Assert.Contains("/ringkasan", reply);
                    break;
                case ChatIntent.MyDeadlines or ChatIntent.Overdue when role == "operator":
                    Assert.Contains("Bappeda", reply);
                    Assert.All(payloads.Where(p => p.StartsWith("/item ", StringComparison.Ordinal)), p => Assert.Contains(
                        delivered.SelectMany(d => d.Keyboard.SelectMany(row => row)), b => b.Data == p && b.Label.Contains("Bappeda", StringComparison.Ordinal)));
                    break;
                case ChatIntent.MyDeadlines or ChatIntent.Overdue:
                    Assert.Contains(language == "en" ? "all OPDs" : "semua OPD", reply);
                    break;
                case ChatIntent.MissingEvidence:
                    Assert.Contains(language == "en" ? "indicator 32" : "indikator 32", reply);
                    Assert.Contains(payloads, p => p.StartsWith("/bukti 32 ", StringComparison.Ordinal));
                    break;
            }
        }
    }

    [Fact]
    public async Task A_new_pemda_with_nothing_stored_gets_a_clear_sentence_for_each_own_data_question()
    {
        await db.ResetAsync();                                                      // no demo: no plan, no uploads
        var people = new PersonStore(db.Connections);
        var opd = await new OpdStore(db.Connections).AddAsync("Badan Perencanaan Pembangunan Daerah", "Bappeda", [], new Actor("test"));
        var roles = new (PersonRole Role, long? Opd, long Chat)[] { (PersonRole.Coordinator, null, 990_001), (PersonRole.Operator, opd.Id, 990_002), (PersonRole.TimKoordinasi, null, 990_003) };
        foreach (var (role, opdId, chat) in roles)
        {
            var person = await people.AddAsync(new PersonDraft { Name = $"{role} baru", Role = role, OpdId = opdId }, new Actor("test"));
            await people.LinkChatAsync(person.Id, new ChatIdentity("telegram", chat.ToString()), new Actor("test"));
        }
        var questions = new[]
        {
            "indeks spbe kita skrg brp?", "kalau semua target tercapai indeks kita jadi berapa?", "tenggat rencana aksi kami kapan aja?",
            "apa aja yg udh lewat deadline?", "bukti sy yg kemarin sdh diverifikasi blm?", "kekurangan bukti dukung kami apa aja?",
            "bukti indikator 32 level 4 apa yg masih kurang",
        };

        await using var bot = await TelegramHarness.StartAsync(databaseConnectionString: db.ConnectionString);
        foreach (var (_, _, chat) in roles)
            for (var i = 0; i < questions.Length; i++)
            {
                bot.Api.EnqueueText(chat, questions[i]);
                await Eventually.HoldsAsync(() => bot.Api.Delivered(chat).Count > i, $"the reply to \"{questions[i]}\"");
            }

        foreach (var (role, _, chat) in roles)
        {
            var replies = bot.Api.Delivered(chat).Select(d => d.Text ?? "").ToList();
            Assert.Equal(questions.Length, replies.Count);
            foreach (var (reply, question) in replies.Zip(questions))
            {
                var what = $"{role} \"{question}\":\n{reply}";
                foreach (var mark in NotFoundMarks) Assert.False(reply.Contains(mark, StringComparison.OrdinalIgnoreCase), what);
                // Nothing stored is never said as "all done" or "nothing left".
                Assert.False(reply.Contains("sudah lengkap disetujui", StringComparison.Ordinal), what);
                Assert.False(reply.Contains("yang belum selesai. Terima kasih", StringComparison.Ordinal), what);
                Assert.False(reply.Contains("yang lewat tenggat. Terima kasih", StringComparison.Ordinal), what);
            }
            if (role is not PersonRole.Operator)
            {
                Assert.Contains("belum ada rencana aksi tahun", replies[0]);          // the index: why it cannot be computed
                Assert.Contains("belum ada rencana aksi tahun", replies[1]);
            }
            else Assert.Contains("Koordinator SPBE", replies[0]);                   // an operator never sees the index
            var whose = role is PersonRole.Operator ? "Bappeda" : "semua OPD";
            Assert.Contains($"Belum ada rencana aksi {whose} tahun", replies[2]);
            Assert.Contains($"Belum ada rencana aksi {whose} tahun", replies[3]);
            Assert.Contains(role is PersonRole.TimKoordinasi ? "Belum ada bukti dukung yang diunggah" : "belum mengunggah bukti dukung", replies[4]);
            Assert.Contains($"Belum ada rencana aksi {whose} tahun", replies[5]);
            Assert.Contains("indikator 32", replies[6]);                             // the checklist of the level named, all still open
            Assert.Contains("Belum disetujui:", replies[6]);
            Assert.Contains(role is PersonRole.Coordinator ? "spbebot plan import" : "Koordinator", replies[2]);
        }
    }
}
