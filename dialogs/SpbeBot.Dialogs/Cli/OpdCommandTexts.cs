using SpbeBot.Dialogs.Common;

namespace SpbeBot.Dialogs.Cli;

/// <summary>What `spbebot opd list|add|alias` print, and their `--help`: in the machine's language (<see cref="MachineLocale"/>).</summary>
public sealed class OpdCommandTexts : BilingualTexts
{
    public static readonly OpdCommandTexts Id = new(english: false);
    public static readonly OpdCommandTexts En = new(english: true);

    /// <summary>The machine's (<see cref="MachineLocale"/>).</summary>
    public static OpdCommandTexts Machine => MachineLocale.English ? En : Id;

    OpdCommandTexts(bool english) : base(english)
    {
    }

    public string Opd => S("Perangkat daerah (OPD)", "Regional government offices (OPD)");
    public string List => S("Daftar OPD beserta alias", "Lists the OPDs with their aliases");
    public string Add => S("Menambah OPD", "Adds an OPD");
    public string Alias => S("Menambah nama lain untuk OPD", "Adds another name for an OPD");
    public string Name => S("Nama lengkap OPD", "The OPD's full name");
    public string Abbreviation => S("Singkatan, mis. DKIS", "Abbreviation, e.g. DKIS");
    public string Aliases => S("Nama lain (boleh berulang)", "Another name (may be repeated)");
    public string WhichOpd => S("Nama, singkatan atau alias OPD", "The OPD's name, abbreviation or alias");
    public string NewAlias => S("Nama lain yang ditambahkan", "The other name to add");

    public string NoOpds => S("Belum ada OPD. Tambahkan dengan: spbebot opd add \"<nama>\" --abbreviation <singkatan>",
        "No OPDs yet. Add one with: spbebot opd add \"<name>\" --abbreviation <abbreviation>");

    /// <summary>opd list's columns.</summary>
    public string AbbreviationColumn => S("Singkatan", "Abbreviation");
    public string NameColumn => S("Nama", "Name");
    public string AliasColumn => S("Alias", "Aliases");

    public string Added(string displayName, string name) => S($"OPD ditambahkan: {displayName} — {name}", $"OPD added: {displayName} — {name}");

    public string AliasExists(string alias, string opd) => S(
        $"Alias '{alias}' sudah ada untuk {opd}; tidak ada yang diubah.", $"'{alias}' is already an alias of {opd}; nothing was changed.");

    /// <summary>A name (or alias) another OPD has: nothing was added.</summary>
    public string NameTaken(string name, string displayName, string fullName) => S(
        $"Nama '{name}' sudah dipakai oleh OPD {displayName} ({fullName}).", $"The name '{name}' is already used by the OPD {displayName} ({fullName}).");

    public string EmptyName => S("Nama OPD tidak boleh kosong.", "The OPD name must not be empty.");

    /// <summary>No OPD by that name (also invite create's --opd).</summary>
    public string OpdNotFound(string opd) => S($"Mohon maaf, OPD '{opd}' tidak ditemukan. Lihat: spbebot opd list", $"Sorry, no OPD '{opd}' was found. See: spbebot opd list");

    public string AliasAdded(string opd, IEnumerable<string> aliases) => S(
        $"Alias ditambahkan: {opd} ← {string.Join(", ", aliases)}", $"Alias added: {opd} ← {string.Join(", ", aliases)}");
}
