using SpbeBot.Dialogs.Common;

namespace SpbeBot.Dialogs.Cli;

/// <summary>
/// What `spbebot invite create` prints, and its `--help`: in the machine's language (<see cref="MachineLocale"/>); the
/// role's name and the words about the bot's link are <see cref="People.PeopleTexts"/>' in the same language.
/// </summary>
public sealed class InviteCommandTexts : BilingualTexts
{
    public static readonly InviteCommandTexts Id = new(english: false);
    public static readonly InviteCommandTexts En = new(english: true);

    /// <summary>The machine's (<see cref="MachineLocale"/>).</summary>
    public static InviteCommandTexts Machine => MachineLocale.English ? En : Id;

    InviteCommandTexts(bool english) : base(english)
    {
    }

    public string Invite => S("Undangan bergabung", "Invitations to join");
    public string Create => S("Membuat kode undangan sekali pakai", "Creates a single-use invite code");
    public string Opd => S("OPD orang yang diundang (wajib untuk operator)", "The invited person's OPD (required for an operator)");
    public string Role(IEnumerable<string> roles) => S($"Peran: {string.Join(", ", roles)}", $"Role: {string.Join(", ", roles)}");

    /// <summary>What a role value is called in the refusal of an unknown one.</summary>
    public string RoleValue => S("Peran", "Role");

    public string Days => S("Masa berlaku dalam hari", "How many days the code is valid");

    public string DaysOutOfRange => S("Masa berlaku harus 1–90 hari.", "The code must be valid for 1–90 days.");
    public string OperatorNeedsOpd => S("Operator harus terhubung ke OPD: tambahkan --opd <OPD>.", "An operator must belong to an OPD: add --opd <OPD>.");
    public string Code(string code) => S($"Kode undangan: {code}", $"Invite code: {code}");
    public string Link(string link) => S($"Tautan Telegram: {link}", $"Telegram link: {link}");

    /// <summary>The role (its name in this language) and the OPD, if any.</summary>
    public string RoleAndOpd(string role, string? opd) => S($"Peran: {role}", $"Role: {role}") + (opd is null ? "" : $", OPD: {opd}");

    /// <summary>When the code expires, in the instansi's time zone ("WIB").</summary>
    public string ValidUntil(DateTimeOffset expires, string zone) => S(
        $"Berlaku sekali sampai: {expires:yyyy-MM-dd HH:mm} {zone}", $"Valid for one use until: {expires:yyyy-MM-dd HH:mm} {zone}");
}
