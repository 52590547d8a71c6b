using System.CommandLine;
using SpbeBot.Core.People;
using SpbeBot.Core.Storage;
using SpbeBot.Host.Database;
using SpbeBot.Dialogs.People;

namespace SpbeBot.Host.Cli;

/// <summary>
/// <c>spbebot invite create --opd &lt;OPD&gt; --role &lt;role&gt;</c>: a single-use invite code and its Telegram deep link
/// (https://t.me/&lt;bot&gt;?start=&lt;code&gt;; the bot username from SPBEBOT__TELEGRAM__BOTUSERNAME or the one the server
/// learned from getMe, see <see cref="InviteLinks"/>; without either, no link and a word on what to set).
/// </summary>
static class InviteCommand
{
    public static Command Create()
    {
        var invite = new Command("invite", "Undangan bergabung");
        invite.Subcommands.Add(CreateInvite());
        return invite;
    }

    static Command CreateInvite()
    {
        var roles = DbEnum.AllTexts<PersonRole>();
        var opd = new Option<string?>("--opd") { Description = "OPD orang yang diundang (wajib untuk operator)" };
        var role = new Option<string>("--role", "-r")
        {
            Description = $"Peran: {string.Join(", ", roles)}",
            Required = true,
        };
        CliChoices.AcceptOnly(role, roles, "Peran");
        var days = new Option<int>("--days") { Description = "Masa berlaku dalam hari", DefaultValueFactory = _ => (int)InviteStore.DefaultValidity.TotalDays };
        var command = new Command("create", "Membuat kode undangan sekali pakai") { opd, role, days };
        command.SetAction((parse, ct) => CliDatabase.RunAsync(parse, ct, async (cli, stdout) =>
        {
            var stderr = parse.InvocationConfiguration.Error;
            var personRole = DbEnum.Parse<PersonRole>(parse.GetValue(role))!.Value;
            var validDays = parse.GetValue(days);
            if (validDays is < 1 or > 90)
            {
                stderr.WriteLine("Masa berlaku harus 1–90 hari.");
                return 2;
            }
            long? opdId = null;
            if (parse.GetValue(opd) is { Length: > 0 } opdName)
            {
                var found = await cli.Get<OpdStore>().FindAsync(opdName, ct);
                if (found is null)
                {
                    stderr.WriteLine($"Mohon maaf, OPD '{opdName}' tidak ditemukan. Lihat: spbebot opd list");
                    return 2;
                }
                opdId = found.Id;
            }
            else if (personRole == PersonRole.Operator)
            {
                stderr.WriteLine("Operator harus terhubung ke OPD: tambahkan --opd <OPD>.");
                return 2;
            }

            var created = await cli.Get<InviteStore>().CreateAsync(personRole, opdId, OpdCommand.CliActor, TimeSpan.FromDays(validDays), ct);
            var bot = await InviteLinks.ResolveAsync(cli, ct);
            var texts = new PeopleTexts(english: false);
            var zone = (await cli.Get<InstansiStore>().GetAsync(ct))?.TimeZone ?? TimeZones.Wib;
            var expires = TimeZones.ToLocal(created.ExpiresAt, zone);
            stdout.WriteLine($"Kode undangan: {created.Code}");
            if (InviteWorkbook.Link(bot.Username, created.Code) is { } link) stdout.WriteLine($"Tautan Telegram: {link}");
            else stdout.WriteLine(texts.NoBotName);
            if (!bot.TelegramConfigured) stdout.WriteLine(texts.TelegramOff);
            stdout.WriteLine($"Peran: {texts.Role(created.Role)}" + (created.OpdName is null ? "" : $", OPD: {created.OpdName}"));
            stdout.WriteLine($"Berlaku sekali sampai: {expires:yyyy-MM-dd HH:mm} {TimeZones.Abbreviation(zone)}");
            return 0;
        }));
        return command;
    }
}
