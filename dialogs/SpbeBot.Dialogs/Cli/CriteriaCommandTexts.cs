using SpbeBot.Dialogs.Common;

namespace SpbeBot.Dialogs.Cli;

/// <summary>
/// `spbebot criteria show`'s `--help`, in the machine's language (<see cref="MachineLocale"/>); the criteria it shows
/// are <see cref="Criteria.CriteriaTexts"/>' in the same language.
/// </summary>
public sealed class CriteriaCommandTexts : BilingualTexts
{
    public static readonly CriteriaCommandTexts Id = new(english: false);
    public static readonly CriteriaCommandTexts En = new(english: true);

    /// <summary>The machine's (<see cref="MachineLocale"/>).</summary>
    public static CriteriaCommandTexts Machine => MachineLocale.English ? En : Id;

    CriteriaCommandTexts(bool english) : base(english)
    {
    }

    public string Criteria => S("Kriteria dari katalog", "The criteria from the catalog");
    public string Show => S("Menampilkan kriteria satu indikator", "Shows one indicator's criteria");
    public string Indicator => S("Nomor indikator", "Indicator number");
    public string Level => S("Level 1–5 (bawaan: ringkasan semua level)", "Level 1–5 (default: a summary of every level)");
}
