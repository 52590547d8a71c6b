using SpbeBot.Core.Criteria;
using SpbeBot.Core.People;
using SpbeBot.Dialogs.Common;
using SpbeBot.Dialogs.Criteria;

namespace SpbeBot.Dialogs.Conversation;

/// <summary>"/pengaturan": language (id/en), muting reminders, quiet hours (whole hours, local time).</summary>
static class Settings
{
    public static IReadOnlyList<Reply> Show(Turn turn)
    {
        var shown = Show(turn.Person, turn.Texts);
        if (!turn.IsCoordinator) return shown;
        // Coordinators also choose the instansi's framework (per evaluation year).
        return [shown[0] with { Buttons = [.. shown[0].Buttons, new ReplyButton(FrameworkTextsOf(turn).FrameworkButton, "/kerangka")] }];
    }

    static FrameworkTexts FrameworkTextsOf(Turn turn) => turn.Person.Language == "en" ? FrameworkTexts.En : FrameworkTexts.Id;

    /// <summary>"/kerangka" shows the framework; "/kerangka pemdi-2026 2026" sets it (coordinators and admins only).</summary>
    public static async Task<IReadOnlyList<Reply>> FrameworkAsync(Turn turn)
    {
        if (!turn.IsCoordinator) return Turn.One(turn.Texts.NotAllowed);
        var f = FrameworkTextsOf(turn);
        var available = string.Join(", ", CatalogStore.Available);
        var args = turn.Args.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (args.Length == 0) return Turn.One(f.FrameworkCurrent(turn.Framework, turn.Year, available));
        var framework = args[0].ToLowerInvariant();
        if (!CatalogStore.Exists(framework)) return Turn.One(f.FrameworkUnknown(args[0], available));
        var year = turn.Year;
        if (args.Length > 1 && (!int.TryParse(args[1], out year) || year is < 2018 or > 2100)) return Turn.One(f.FrameworkYearInvalid);
        var instansi = await turn.Services.Instansi.GetAsync(turn.Ct);
        if (instansi is null) return Turn.One(turn.Texts.NotAllowed);
        await turn.Services.Instansi.SaveAsync(instansi with { Framework = framework, EvaluationYear = year }, turn.Actor, turn.Ct);
        return Turn.One(f.FrameworkSaved(framework, year));
    }

    static IReadOnlyList<Reply> Show(Person p, ConversationTexts t) => Turn.One(t.Settings(p),
        new ReplyButton("Bahasa Indonesia", "/bahasa id"), new ReplyButton("English", "/bahasa en"),
        p.Muted ? new ReplyButton(t.UnmuteReminders, "/senyap off") : new ReplyButton(t.MuteReminders, "/senyap on"),
        p.QuietStart is null ? new ReplyButton(t.QuietButton, "/jamtenang 21-6") : new ReplyButton(t.NoQuietButton, "/jamtenang off"));

    /// <summary>"/bahasa id|en"; "/bahasa" alone (as the README and /bantuan name it) shows the settings with the language buttons.</summary>
    public static Task<IReadOnlyList<Reply>> LanguageAsync(Turn turn) => turn.Args.Trim().ToLowerInvariant() switch
    {
        "" => Task.FromResult(Show(turn.Person, turn.Texts)),
        "id" or "en" => SaveAsync(turn, turn.Args.Trim().ToLowerInvariant(), turn.Person.Muted),
        _ => Task.FromResult(Turn.One(turn.Texts.NotFound)),
    };

    /// <summary>"/senyap on|off"; "/senyap" alone shows the settings with the reminder button.</summary>
    public static Task<IReadOnlyList<Reply>> MuteAsync(Turn turn) => turn.Args.Trim().ToLowerInvariant() switch
    {
        "" => Task.FromResult(Show(turn.Person, turn.Texts)),
        "on" => SaveAsync(turn, turn.Person.Language, true),
        "off" => SaveAsync(turn, turn.Person.Language, false),
        _ => Task.FromResult(Turn.One(turn.Texts.NotFound)),
    };

    /// <summary>"/jamtenang 21-6" (hours 0–23, may wrap midnight) or "/jamtenang off"; "/jamtenang" alone shows the settings, which say how to type it.</summary>
    public static Task<IReadOnlyList<Reply>> QuietHoursAsync(Turn turn)
    {
        var p = turn.Person;
        var arg = turn.Args.Trim().ToLowerInvariant();
        if (arg.Length == 0) return Task.FromResult(Show(p, turn.Texts));
        if (arg is "off" or "0") return SaveAsync(turn, p.Language, p.Muted, null, null);
        var hours = arg.Split('-', StringSplitOptions.TrimEntries);
        if (hours.Length == 2 && int.TryParse(hours[0], out var from) && int.TryParse(hours[1], out var to)
            && from is >= 0 and <= 23 && to is >= 0 and <= 23 && from != to)
            return SaveAsync(turn, p.Language, p.Muted, new TimeOnly(from, 0), new TimeOnly(to, 0));
        return Task.FromResult(Turn.One(turn.Texts.NotFound));
    }

    static Task<IReadOnlyList<Reply>> SaveAsync(Turn turn, string language, bool muted) =>
        SaveAsync(turn, language, muted, turn.Person.QuietStart, turn.Person.QuietEnd);

    static async Task<IReadOnlyList<Reply>> SaveAsync(Turn turn, string language, bool muted, TimeOnly? quietStart, TimeOnly? quietEnd)
    {
        var p = turn.Person;
        var updated = await turn.Services.People.UpdateSettingsAsync(p.Id, language, quietStart, quietEnd, muted, turn.Actor, turn.Ct);
        if (updated is null) return Turn.One(turn.Texts.NotFound);
        // Confirm in the language just chosen.
        var t = ConversationTexts.For(updated.Language);
        var shown = Show(updated, t)[0];
        return [shown with { Text = t.SettingsSaved + "\n\n" + shown.Text }];
    }
}
