using SpbeBot.Core.People;
using SpbeBot.Core.Plans;
using SpbeBot.Core.Storage;
using SpbeBot.Dialogs.Common;
using SpbeBot.Dialogs.Plans;

namespace SpbeBot.Dialogs.Conversation;

/// <summary>Coordinator (and admin) views: every OPD's counts, the overdue list, one OPD's items, invites.</summary>
static class CoordinatorViews
{
    public static async Task<IReadOnlyList<Reply>> AllOpdsAsync(Turn turn)
    {
        var t = turn.Texts;
        var opds = await turn.Services.Opds.ListAsync(turn.Ct);
        var items = await turn.Services.Plans.ListAsync(new PlanFilter { Framework = turn.Framework, Year = turn.Year }, turn.Ct);
        var lines = opds.Select(o =>
        {
            var mine = items.Where(i => i.Opds.Contains(o.DisplayName)).ToList();
            return $"• {o.DisplayName}: {mine.Count(i => i.Status == PlanStatus.Open)} / {mine.Count(i => i.Status == PlanStatus.InProgress)} / " +
                   $"{mine.Count(i => i.Status == PlanStatus.Done)} / {mine.Count(i => MyActions.IsOverdue(i, turn.Today))}";
        });
        var buttons = opds.Select(o => new ReplyButton(o.DisplayName, $"/opd {o.Id}")).ToList();
        var parts = MessageSplitter.Split(t.AllOpdsHeader(turn.Year) + "\n" + string.Join("\n", lines), Reply.MaxMessageLength);
        return [new Reply(parts[0], buttons, parts.Skip(1).ToList())];
    }

    public static async Task<IReadOnlyList<Reply>> OverdueAsync(Turn turn)
    {
        var t = turn.Texts;
        var items = await turn.Services.Plans.ListAsync(new PlanFilter { Framework = turn.Framework, Year = turn.Year, OverdueAsOf = turn.Today }, turn.Ct);
        if (items.Count == 0) return Turn.One(t.NothingOverdue);
        var ordered = MyActions.Order(items, turn.Today);
        var text = t.OverdueHeader + "\n" + string.Join("\n", ordered.Select(i => MyActions.Line(t, i, turn.Today) + $" ({string.Join(", ", i.Opds)})"));
        var parts = MessageSplitter.Split(text, Reply.MaxMessageLength);
        var buttons = ordered.Select(i => new ReplyButton($"{t.Indicator(i.Indicator)} · {string.Join(", ", i.Opds)}", $"/item {i.Id}")).ToList();
        return [new Reply(parts[0], buttons, parts.Skip(1).ToList())];
    }

    /// <summary>"/opd &lt;id&gt;": that OPD's items, as an operator of it would see them.</summary>
    public static async Task<IReadOnlyList<Reply>> OpdAsync(Turn turn)
    {
        var opd = await FindOpdAsync(turn, turn.ArgList.FirstOrDefault());
        var page = turn.ArgList is [_, var p, ..] && int.TryParse(p, out var n) ? n : 1;
        return opd is null ? Turn.One(turn.Texts.NotFound) : await MyActions.ListAsync(turn, opd.DisplayName, page, $"/opd {turn.ArgList[0]} ");
    }

    /// <summary>
    /// "/undangan" → who of the staff list has not joined yet (re-send buttons) and role buttons for a new invite;
    /// "/undangan ulang &lt;person id&gt;" → a new personal invite for them (the old one stops working);
    /// "/undangan &lt;role&gt;" → OPD buttons; "/undangan &lt;role&gt; &lt;opd id or 0&gt;" → the invite.
    /// </summary>
    public static async Task<IReadOnlyList<Reply>> InviteAsync(Turn turn)
    {
        var t = turn.Texts;
        var args = turn.ArgList;
        var people = new People.PeopleTexts(turn.Person.Language == "en");
        PersonRole[] offered = [PersonRole.Operator, PersonRole.Coordinator, PersonRole.TimKoordinasi];
        var roleButtons = offered.Select(r => new ReplyButton(t.RoleName(r), $"/undangan {DbEnum.ToText(r)}")).ToList();
        if (args.Length == 0)
        {
            var pending = await turn.Services.Invites.PendingAsync(turn.Ct);
            if (pending.Count == 0) return Turn.One(t.ChooseRole, roleButtons.ToArray());
            const int Shown = 20, Resendable = 10;
            var lines = pending.Take(Shown).Select(p => people.PendingLine(p, p.InviteExpiresAt is { } e && e > turn.Services.Clock.GetUtcNow() ? Local(e, turn.Zone) : null));
            var text = people.PendingTitle(pending.Count) + "\n" + string.Join("\n", lines)
                       + (pending.Count > Shown ? "\n" + people.PendingMore(pending.Count - Shown) : "") + "\n\n" + t.ChooseRole;
            var buttons = pending.Take(Resendable).Select(p => new ReplyButton(people.ReissueButton(p.Name), $"/undangan ulang {p.PersonId}")).Concat(roleButtons);
            return Turn.One(text, buttons.ToArray());
        }
        if (args[0] == "ulang")
        {
            if (args.Length < 2 || !long.TryParse(args[1], out var personId)) return Turn.One(t.NotFound);
            var reissued = await turn.Services.Invites.ReissueAsync(personId, turn.Actor, ct: turn.Ct);
            var person = reissued is null ? null : await turn.Services.People.GetAsync(personId, turn.Ct);
            if (reissued is null || person is null) return Turn.One(people.ReissueRefused);
            var personalLink = turn.Services.BotUsername?.Invoke()?.TrimStart('@') is { Length: > 0 } username ? $"https://t.me/{username}?start={reissued.Code}" : null;
            return Turn.One(people.Reissued(person.Name, reissued.Code, personalLink, Local(reissued.ExpiresAt, turn.Zone)));
        }
        if (DbEnum.Parse<PersonRole>(args[0]) is not { } role || !offered.Contains(role)) return Turn.One(t.NotFound);
        var roleText = DbEnum.ToText(role);
        if (args.Length == 1)
        {
            var opds = await turn.Services.Opds.ListAsync(turn.Ct);
            var buttons = opds.Select(o => new ReplyButton(o.DisplayName, $"/undangan {roleText} {o.Id}")).ToList();
            // Operators act for one OPD, so they always need one; the others may belong to none.
            if (role != PersonRole.Operator) buttons.Add(new ReplyButton(t.NoOpdChoice, $"/undangan {roleText} 0"));
            return Turn.One(t.ChooseOpd, buttons.ToArray());
        }
        long? opdId = null;
        if (args[1] != "0" || role == PersonRole.Operator)
        {
            var opd = await FindOpdAsync(turn, args[1]);
            if (opd is null) return Turn.One(t.NotFound);
            opdId = opd.Id;
        }
        var invite = await turn.Services.Invites.CreateAsync(role, opdId, turn.Actor, ct: turn.Ct);
        var link = turn.Services.BotUsername?.Invoke()?.TrimStart('@') is { Length: > 0 } bot ? $"https://t.me/{bot}?start={invite.Code}" : t.InviteByCommand(invite.Code);
        return Turn.One(t.InviteCreated(invite, link));
    }

    static string Local(DateTimeOffset moment, string zone) => $"{TimeZones.ToLocal(moment, zone):yyyy-MM-dd HH:mm} {TimeZones.Abbreviation(zone)}";

    static async Task<Opd?> FindOpdAsync(Turn turn, string? idText)
    {
        if (!long.TryParse(idText, out var id)) return null;
        return (await turn.Services.Opds.ListAsync(turn.Ct)).FirstOrDefault(o => o.Id == id);
    }
}
