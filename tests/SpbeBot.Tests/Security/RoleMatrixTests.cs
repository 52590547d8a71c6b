using System.Text.RegularExpressions;
using Dapper;
using SpbeBot.Core.People;
using SpbeBot.Dialogs.Common;
using SpbeBot.Dialogs.Conversation;
using SpbeBot.Dialogs.Evidence;
using SpbeBot.Tests.Conversation;
using SpbeBot.Tests.Evidence;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Security;

/// <summary>
/// The role matrix of docs/security.md, read from the document and checked against the real conversation: every cell,
/// "own OPD" both ways, and every command the dispatcher knows has a row.
/// </summary>
[Trait("Kind", "Slow")]
public class RoleMatrixTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    static readonly ConversationTexts T = ConversationTexts.Id;
    static readonly EvidenceTexts E = EvidenceTexts.Id;
    static readonly string[] Roles = ["operator", "coordinator", "admin", "tim-koordinasi", "stranger"];
    static readonly Dictionary<string, string> DemoKey = new()
    {
        ["operator"] = "operator-bappeda", ["coordinator"] = "koordinator", ["admin"] = "admin", ["tim-koordinasi"] = "tim-koordinasi",
        ["stranger"] = "seseorang-tak-dikenal",
    };

    sealed record Row(string Command, IReadOnlyDictionary<string, string> Cells);

    static IReadOnlyList<Row> Matrix()
    {
        var text = File.ReadAllText(RepoFiles.Find("docs/security.md"));
        var table = text[(text.IndexOf("<!-- role-matrix:start -->", StringComparison.Ordinal) + 26)..text.IndexOf("<!-- role-matrix:end -->", StringComparison.Ordinal)];
        var lines = table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(l => l.StartsWith('|')).ToList();
        var header = Cells(lines[0]);
        Assert.Equal(["command", .. Roles], header);
        return lines.Skip(2).Select(l => Cells(l)).Select(c => new Row(c[0].Trim('`'), Roles.Select((r, i) => (r, c[i + 1])).ToDictionary(x => x.r, x => x.Item2))).ToList();

        static List<string> Cells(string line) => line.Trim('|').Split('|').Select(c => c.Trim()).ToList();
    }

    [Fact]
    public void Every_command_the_dispatcher_knows_has_a_row_and_every_cell_is_valid()
    {
        var rows = Matrix();
        var documented = rows.Select(r => r.Command.Split(' ')[0]).ToHashSet();
        var source = File.ReadAllText(RepoFiles.Find("dialogs/SpbeBot.Dialogs/Conversation/ConversationHandler.cs"));
        var known = Regex.Matches(source, "\"(/[a-z]+)\"").Select(m => m.Groups[1].Value).ToHashSet();
        Assert.Empty(known.Except(documented));
        Assert.Contains("(file", documented);
        Assert.All(rows.SelectMany(r => r.Cells.Values), cell => Assert.Contains(cell, new[] { "yes", "no", "own OPD" }));
    }

    public static IEnumerable<object[]> Commands() => Matrix().Select(r => new object[] { r.Command });

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task The_conversation_allows_and_refuses_exactly_as_the_matrix_says(string command)
    {
        var row = Matrix().Single(r => r.Command == command);
        // Commands about one OPD's items or files are tried with the person's OPD and another; "yes" must hold for both.
        var aboutAnOpd = command.Contains("<id>") || command.Contains("<opd>") || command.StartsWith('(');
        foreach (var role in Roles)
        {
            var cell = row.Cells[role];
            var outcomes = aboutAnOpd && role != "stranger"
                ? [(Own: true, Allowed: await TryAsync(command, role, ownOpd: true)), (Own: false, Allowed: await TryAsync(command, role, ownOpd: false))]
                : new[] { (Own: true, Allowed: await TryAsync(command, role, ownOpd: true)) };
            foreach (var (own, allowed) in outcomes)
            {
                var expected = cell == "yes" || (cell == "own OPD" && own);
                Assert.True(expected == allowed, $"{command} as {role}{(aboutAnOpd ? own ? " (own OPD)" : " (another OPD)" : "")}: the matrix says {cell}, the bot {(allowed ? "allowed" : "refused")} it");
            }
        }
    }

    /// <summary>A fresh demo database (emptied, the demo loaded: <see cref="DemoSnapshot"/>); the command sent as the role's demo person with arguments of their OPD (or another); allowed or refused.</summary>
    async Task<bool> TryAsync(string command, string role, bool ownOpd)
    {
        var bot = new ConversationDriver(db.Connections);
        await db.Demo.ResetWithDemoAsync(bot.Today);
        var opd = ownOpd ? "Bappeda" : "BKPSDM";
        var item = (await bot.ItemsOfAsync(opd)).First(i => !i.Opds.Contains(ownOpd ? "BKPSDM" : "Bappeda"));
        // Evidence of that OPD, uploaded by its operator.
        var uploader = ownOpd ? "operator-bappeda" : "operator-bkpsdm";
        await bot.DemoFile(uploader, SampleFiles.Pdf("bukti " + opd), "notulen.pdf", "bukti 32 L4");
        await using var connection = await db.Connections.OpenAsync();
        var evidenceId = await connection.ExecuteScalarAsync<long>(
            "select e.id from evidence e join opd o on o.id = e.opd_id where o.abbreviation = @opd or o.name = @opd order by e.id desc limit 1", new { opd });
        var key = DemoKey[role];

        IReadOnlyList<Reply> replies;
        if (command == "(file upload)")
            replies = await bot.DemoFile(key, SampleFiles.Pdf("unggahan " + role), "unggahan.pdf", $"bukti {item.Indicator} opd {opd}");
        else
        {
            var invite = await new InviteStore(db.Connections).CreateAsync(PersonRole.Operator, (await bot.OpdAsync("Bappeda")).Id, new SpbeBot.Core.Audit.Actor("test"));
            var text = command
                .Replace("<kode>", invite.Code)
                .Replace("<id>", command.StartsWith("/lihatberkas") || command.StartsWith("/setujui") || command.StartsWith("/tolak") || command.StartsWith("/simpankeduanya") || command.StartsWith("/ganti") ? evidenceId.ToString() : item.Id.ToString())
                .Replace("<status>", "in-progress")
                .Replace("<pertanyaan>", "apa yang dibutuhkan untuk level 4 indikator 32?")
                .Replace("<indikator> <level>", "32 4")
                .Replace("<opd>", (await bot.OpdAsync(opd)).Id.ToString());
            if (command == "/lanjut") await bot.AsDemo(key, "/tanya indikator 32 level 4");   // something to continue
            replies = await bot.AsDemo(key, text);
        }
        var first = replies.FirstOrDefault()?.Text ?? "";
        var refused = first == T.NotAllowed || first == E.UploadNotAllowed || first == T.OnboardingHelp || first == E.OtherOpd("BKPSDM") || first == E.OtherOpd("Bappeda");
        // An allowed command must have done something: not "not found" or "unknown command" because the test asked badly.
        Assert.True(refused || (first != T.NotFound && first != T.UnknownCommand && replies.Count > 0), $"{command} as {role}: unexpected answer \"{first}\"");
        return !refused;
    }

    [Fact]
    public async Task Someone_who_blocked_the_bot_and_writes_again_is_reachable_again()
    {
        await db.ResetAsync();
        var bot = new ConversationDriver(db.Connections);
        await bot.LoadDemoAsync();
        await using var c = await db.Connections.OpenAsync();
        await c.ExecuteAsync("update chat_identity set blocked_at = now() where external_id = 'operator-bappeda'");
        await bot.AsDemo("operator-bappeda", "/menu");
        Assert.Null(await c.ExecuteScalarAsync<DateTime?>("select blocked_at from chat_identity where external_id = 'operator-bappeda'"));
    }
}
