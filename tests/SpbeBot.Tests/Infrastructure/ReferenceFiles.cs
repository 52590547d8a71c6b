namespace SpbeBot.Tests.Infrastructure;

/// <summary>
/// The regulation texts and seed documents in the repository's <c>reference/</c> folder (see reference/README.md).
/// Tests fail loudly when one is missing: a silent skip would let an unverified catalog ship.
/// </summary>
public static class ReferenceFiles
{
    public const string PedomanFile = "pedoman-menpanrb-3-2024.txt";
    public const string PermenFile = "permenpanrb-59-2020.txt";

    /// <summary>The 2018 self-assessment of a kota (seed 003): the source of the spbe-2018 catalog's texts.</summary>
    public const string SelfAssessment2018 = "2018-self-assessment-kota-bontang.txt";

    /// <summary>A real 2019 follow-up table (seed 004): recommendations, actions, deadlines and OPDs per indicator.</summary>
    public const string FollowUp2019 = "2019-monev-follow-up.txt";

    /// <summary>The full path of <paramref name="relative"/> under reference/.</summary>
    public static string Find(string relative) => RepoFiles.Find(Path.Combine("reference", relative));

    /// <summary>The folder of seed documents (reference/seeds).</summary>
    public static string SeedsFolder => Find("seeds");

    public static string Seed(string name) => Find(Path.Combine("seeds", name));
}
