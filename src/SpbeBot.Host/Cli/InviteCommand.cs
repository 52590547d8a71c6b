using System.CommandLine;
using SpbeBot.Core.People;
using SpbeBot.Core.Storage;
using SpbeBot.Host.Database;
using SpbeBot.Dialogs.Common;
using SpbeBot.Dialogs.People;
using SpbeBot.Dialogs.Cli;

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
        var invite = new Command("invite", InviteCommandTexts.Machine.Invite);
        invite.Subcommands.Add(CreateInvite());
        return invite;
    }

    static Command CreateInvite()
    {
        var texts = InviteCommandTexts.Machine;
        var roles = DbEnum.AllTexts<PersonRole>();
        var opd = new Option<string?>("--opd") { Description = texts.Opd };
        var role = new Option<string>("--role", "-r")
        {
            Description = texts.Role(roles),
            Required = true,
        };
        CliChoices.AcceptOnly(role, roles, texts.RoleValue);
        var days = new Option<int>("--days") { Description = texts.Days, DefaultValueFactory = _ => (int)InviteStore.DefaultValidity.TotalDays };
        var command = new Command("create", texts.Create) { opd, role, days };
        command.SetAction((parse, ct) => CliDatabase.RunAsync(parse, ct, async (cli, stdout) =>
        {
            var stderr = parse.InvocationConfiguration.Error;
            var personRole = DbEnum.Parse<PersonRole>(parse.GetValue(role))!.Value;
            var validDays = parse.GetValue(days);
            if (validDays is < 1 or > 90)
            {
                stderr.WriteLine(texts.DaysOutOfRange);
                return 2;
            }
            long? opdId = null;
            if (parse.GetValue(opd) is { Length: > 0 } opdName)
            {
                var found = await cli.Get<OpdStore>().FindAsync(opdName, ct);
                if (found is null)
                {
                    stderr.WriteLine(OpdCommandTexts.Machine.OpdNotFound(opdName));
                    return 2;
                }
                opdId = found.Id;
            }
            else if (personRole == PersonRole.Operator)
            {
                stderr.WriteLine(texts.OperatorNeedsOpd);
                return 2;
            }

            var created = await cli.Get<InviteStore>().CreateAsync(personRole, opdId, OpdCommand.CliActor, TimeSpan.FromDays(validDays), ct);
            var bot = await InviteLinks.ResolveAsync(cli, ct);
            var people = new PeopleTexts(MachineLocale.English);
            var zone = (await cli.Get<InstansiStore>().GetAsync(ct))?.TimeZone ?? TimeZones.Wib;
            var expires = TimeZones.ToLocal(created.ExpiresAt, zone);
            stdout.WriteLine(texts.Code(created.Code));
            if (InviteWorkbook.Link(bot.Username, created.Code) is { } link) stdout.WriteLine(texts.Link(link));
            else stdout.WriteLine(people.NoBotName);
            if (!bot.TelegramConfigured) stdout.WriteLine(people.TelegramOff);
            stdout.WriteLine(texts.RoleAndOpd(people.Role(created.Role), created.OpdName));
            stdout.WriteLine(texts.ValidUntil(expires, TimeZones.Abbreviation(zone)));
            return 0;
        }));
        return command;
    }
}
