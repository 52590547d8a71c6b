using System.Globalization;
using SpbeBot.Core.Messaging;
using SpbeBot.Core.Reminders;
using SpbeBot.Dialogs.Common;

namespace SpbeBot.Dialogs.Reminders;

/// <summary>The reminder messages, Indonesian and English, with buttons to open, update or snooze an item.</summary>
public sealed class ReminderWriter : IReminderWriter
{
    /// <summary>Buttons for the first few items only; the list itself names them all.</summary>
    const int ItemsWithButtons = 4;

    public (string Text, IReadOnlyList<OutboxButton> Buttons) Write(ReminderDigest digest)
    {
        var en = digest.Language == "en";
        string S(string id, string english) => en ? english : id;
        var culture = CultureInfo.GetCultureInfo(en ? "en-GB" : "id-ID");
        var header = digest.Escalation
            ? S($"⚠️ Eskalasi: rencana aksi yang lewat tenggat lebih dari {ReminderPolicy.EscalateAfterDaysLate} hari ({digest.Today.ToString("dddd, d MMM yyyy", culture)}):",
                $"⚠️ Escalation: action plan items more than {ReminderPolicy.EscalateAfterDaysLate} days overdue ({digest.Today.ToString("dddd, d MMM yyyy", culture)}):")
            : S($"⏰ Pengingat rencana aksi, {digest.Today.ToString("dddd, d MMM yyyy", culture)}:",
                $"⏰ Action plan reminder, {digest.Today.ToString("dddd, d MMM yyyy", culture)}:");
        var lines = digest.Items.Select(i =>
        {
            var days = i.Deadline.DayNumber - digest.Today.DayNumber;
            var when = days > 0 ? S($"{days} hari lagi", $"in {days} days") : days == 0 ? S("hari ini", "today") : S($"lewat {-days} hari", $"{-days} days late");
            var action = i.Action is null ? "-" : i.Action.Length <= 90 ? i.Action : i.Action[..89] + "…";
            return $"• Ind. {i.Indicator} · {action} — {S("tenggat", "due")} {i.Deadline.ToString("d MMM yyyy", culture)} ({when})" + (i.Snoozed ? S(" — ditunda kemarin", " — snoozed yesterday") : "");
        });
        var footer = digest.Escalation
            ? S("Mohon tindak lanjuti bersama OPD terkait. Terima kasih.", "Please follow up with the OPDs concerned. Thank you.")
            : S("Mohon perbarui progresnya, Bapak/Ibu. Terima kasih.", "Please update their progress. Thank you.");
        var buttons = digest.Escalation
            ? new List<OutboxButton> { new(S("Lihat yang lewat tenggat", "See overdue items"), "/lewat") }
            : digest.Items.Take(ItemsWithButtons).SelectMany(i => new[]
            {
                new OutboxButton(S($"Ind. {i.Indicator}: detail", $"Ind. {i.Indicator}: detail"), $"/item {i.PlanItemId}"),
                new OutboxButton(S($"Ind. {i.Indicator}: perbarui", $"Ind. {i.Indicator}: update"), $"/perbarui {i.PlanItemId}"),
                new OutboxButton(S($"Ind. {i.Indicator}: tunda sehari", $"Ind. {i.Indicator}: snooze a day"), $"/tunda {i.PlanItemId}"),
            }).ToList();
        var text = header + "\n" + string.Join("\n", lines) + "\n\n" + footer;
        // A very long list is cut; the buttons and /aksi lead to the rest.
        if (text.Length > Reply.MaxComposedLength) text = text[..(Reply.MaxComposedLength - 10)] + "\n…";
        return (text, buttons);
    }
}
