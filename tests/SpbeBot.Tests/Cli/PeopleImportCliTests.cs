using ClosedXML.Excel;
using Dapper;
using SpbeBot.Core.Audit;
using SpbeBot.Core.People;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.CommandLine;

/// <summary>
/// `spbebot people import` through spbebot's entry point (<see cref="Cli.Run"/>): a whole Pemda's staff list becomes people with personal invites
/// (one transaction; bad rows reported by row and nothing stored), a re-import updates instead of duplicating, the
/// workbook carries each person's link with a QR code image, and a personal invite joins the imported person.
/// </summary>
[Trait("Kind", "Slow")]
public sealed class PeopleImportCliTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>, IDisposable
{
    readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("spbebot-people-");

    public void Dispose() => _dir.Delete(recursive: true);

    Cli.Result Run(Dictionary<string, string?>? extra, params string[] args)
    {
        var environment = new Dictionary<string, string?> { ["SPBEBOT__DATABASE__CONNECTIONSTRING"] = db.ConnectionString, ["SPBEBOT__TELEGRAM__TOKEN"] = "" };
        foreach (var (k, v) in extra ?? []) environment[k] = v;
        return Cli.Run(args, environment: environment);
    }

    string Staff(string name, params string[][] rows)
    {
        var path = Path.Combine(_dir.FullName, name);
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Staf");
        sheet.Cell(1, 1).Value = "DAFTAR STAF PENGELOLA SPBE";   // a title row above the header, as coordinators keep lists
        string[] header = ["No.", "Nama Lengkap", "Perangkat Daerah", "Peran", "No. HP", "E-mail", "Username Telegram"];
        for (var c = 0; c < header.Length; c++) sheet.Cell(3, c + 1).Value = header[c];
        for (var r = 0; r < rows.Length; r++)
            for (var c = 0; c < rows[r].Length; c++) sheet.Cell(4 + r, c + 1).SetValue(rows[r][c]);
        workbook.SaveAs(path);
        return path;
    }

    async Task<long> CountAsync(string sql)
    {
        await using var connection = await db.Connections.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(sql);
    }

    [Fact]
    public async Task A_staff_list_becomes_people_with_personal_invites_and_a_reimport_updates()
    {
        await db.ResetAsync();
        var opds = new OpdStore(db.Connections);
        await opds.AddAsync("Badan Perencanaan Pembangunan Daerah", "Bappeda", [], Actor.System("test"));
        await opds.AddAsync("Badan Pengelolaan Keuangan dan Aset Daerah", "BPKAD", ["BPKD"], Actor.System("test"));
        var bot = new Dictionary<string, string?> { ["SPBEBOT__TELEGRAM__BOTUSERNAME"] = "SukamajuSpbeBot" };

        // A bad row (unknown OPD, a role nobody has) stops the whole file: reported by row, nothing stored.
        var bad = Staff("bad.xlsx",
            ["1", "Andi Wijaya", "Bappeda", "operator", "0812-3456-7001", "", "@andi_wijaya"],
            ["2", "Maya Lestari", "Dinas Entah", "operator", "", "", ""],
            ["3", "Yusuf", "BPKAD", "raja", "", "", ""]);
        var refused = Run(bot, "people", "import", bad);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("baris 5: OPD \"Dinas Entah\" tidak dikenal", refused.Out);
        Assert.Contains("baris 6: peran \"raja\" tidak dikenal", refused.Out);
        Assert.Equal(0, await CountAsync("select count(*) from person"));
        Assert.False(File.Exists(Path.Combine(_dir.FullName, "undangan-bad.xlsx")));

        var good = Staff("staf.xlsx",
            ["1", "Andi Wijaya", "Bappeda", "operator", "0812-3456-7001", "", "@andi_wijaya"],
            ["2", "Maya Lestari", "BPKD", "", "+62 813 5555 7002", "maya@sukamaju.go.id", ""],
            ["3", "Yusuf Hamdani", "BPKAD", "koordinator", "", "", ""]);
        var dry = Run(bot, "people", "import", good, "--dry-run");
        Assert.True(dry.ExitCode == 0, dry.Err);
        Assert.Contains("Akan: 3 orang baru, 0 diperbarui, 0 tetap; 3 undangan pribadi", dry.Out);
        Assert.Equal(0, await CountAsync("select count(*) from person") + await CountAsync("select count(*) from invite"));

        var imported = Run(bot, "people", "import", good);
        Assert.True(imported.ExitCode == 0, imported.Err + imported.Out);
        Assert.Contains("Tersimpan: 3 orang baru", imported.Out);
        Assert.Equal(3, await CountAsync("select count(*) from person"));
        Assert.Equal(3, await CountAsync("select count(*) from invite where person_id is not null and used_at is null"));
        Assert.Equal(1, await CountAsync("select count(*) from person where phone = '6281234567001' and telegram_username = 'andi_wijaya'"));

        // The workbook: one row per person with the link to this bot and a QR code image of it.
        var workbookPath = Path.Combine(_dir.FullName, "undangan-staf.xlsx");
        string[] codes;
        using (var workbook = new XLWorkbook(workbookPath))
        {
            var sheet = workbook.Worksheet(1);
            Assert.Equal("Andi Wijaya", sheet.Cell(2, 2).GetString());
            codes = [.. Enumerable.Range(2, 3).Select(r => sheet.Cell(r, 5).GetString())];
            Assert.All(Enumerable.Range(2, 3), r => Assert.Equal($"https://t.me/SukamajuSpbeBot?start={sheet.Cell(r, 5).GetString()}", sheet.Cell(r, 6).GetString()));
            var qr = Path.Combine(_dir.FullName, "undangan-staf-qr", sheet.Cell(2, 9).GetString());
            Assert.Equal("89504E47", Convert.ToHexString(File.ReadAllBytes(qr)[..4]));
        }
        Assert.Equal(3, Directory.GetFiles(Path.Combine(_dir.FullName, "undangan-staf-qr"), "*.png").Length);

        // Andi joins with his personal invite: the imported person gets the chat account, no second person appears.
        var redeemed = await new InviteStore(db.Connections).RedeemAsync(codes[0], "andi tg", new ChatIdentity("telegram", "7001"));
        Assert.Equal(RedeemStatus.Joined, redeemed.Status);
        Assert.Equal("Andi Wijaya", redeemed.Person!.Name);
        Assert.Equal(3, await CountAsync("select count(*) from person"));

        // Re-import: Maya matched by phone (new name spelling, new role), Yusuf by name + OPD; nobody duplicated, the
        // unused invites stay the same codes, and Andi (joined) needs none.
        var again = Staff("staf.xlsx",
            ["1", "Andi Wijaya", "Bappeda", "operator", "0812-3456-7001", "", "@andi_wijaya"],
            ["2", "Maya Lestari, S.Kom", "BPKAD", "koordinator", "081355557002", "", ""],
            ["3", "Yusuf Hamdani", "BPKAD", "koordinator", "", "yusuf@sukamaju.go.id", ""]);
        var reimported = Run(bot, "people", "import", again);
        Assert.True(reimported.ExitCode == 0, reimported.Err + reimported.Out);
        Assert.Contains("Tersimpan: 0 orang baru, 2 diperbarui, 1 tetap; 2 undangan pribadi, 1 sudah bergabung", reimported.Out);
        Assert.Equal(3, await CountAsync("select count(*) from person"));
        Assert.Equal(1, await CountAsync("select count(*) from person where name = 'Maya Lestari, S.Kom' and role = 'coordinator' and email = 'maya@sukamaju.go.id'"));
        using (var workbook = new XLWorkbook(workbookPath))
        {
            Assert.Equal(string.Join(',', codes[1..]), workbook.Worksheet(1).Cell(3, 5).GetString() + "," + workbook.Worksheet(1).Cell(4, 5).GetString());
            Assert.Equal("sudah bergabung", workbook.Worksheet(1).Cell(2, 8).GetString());
        }

        var pending = Run(null, "people", "pending");
        Assert.Contains("Belum bergabung (2 orang)", pending.Out);
        Assert.DoesNotContain("Andi", pending.Out);
    }

    [Fact]
    public async Task Invite_links_name_only_the_bot_this_installation_runs()
    {
        await db.ResetAsync();
        // Nothing configured and nothing learned: no guessed t.me link, and a word on what to set.
        var unknown = Run(null, "invite", "create", "--role", "coordinator");
        Assert.True(unknown.ExitCode == 0, unknown.Err);
        Assert.DoesNotContain("t.me/", unknown.Out);
        Assert.Contains("SPBEBOT__TELEGRAM__BOTUSERNAME", unknown.Out);
        Assert.Contains("Telegram belum dikonfigurasi", unknown.Out);

        // The username the server stored from getMe (for the token's bot) is the one linked.
        await new TelegramBotNames(db.Connections).RememberAsync(123456, "PemdaTepianBot");
        var learned = Run(new() { ["SPBEBOT__TELEGRAM__TOKEN"] = "123456:AAAA-test-token" }, "invite", "create", "--role", "coordinator");
        Assert.Contains("Tautan Telegram: https://t.me/PemdaTepianBot?start=", learned.Out);
        Assert.DoesNotContain("Telegram belum dikonfigurasi", learned.Out);
        Assert.DoesNotContain("SpbeBot?start", learned.Out);
    }
}
