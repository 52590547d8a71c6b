using SpbeBot.Core.Criteria;
using SpbeBot.Core.Criteria.Build;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Criteria;

/// <summary>
/// The regulation texts in the repository's <c>reference/</c> folder and the catalog built from them (built once
/// per test run).
/// </summary>
static class PedomanReference
{
    static readonly Lazy<CatalogBuildResult> Built = new(() => CatalogBuilder.Build(PedomanText, PermenText));

    public static string PedomanPath => ReferenceFiles.Find(ReferenceFiles.PedomanFile);
    public static string PermenPath => ReferenceFiles.Find(ReferenceFiles.PermenFile);
    public static string PedomanText => File.ReadAllText(PedomanPath);
    public static string PermenText => File.ReadAllText(PermenPath);
    public static string[] PedomanLines => LayoutText.SplitLines(PedomanText);

    /// <summary>The catalog as the builder makes it from the reference texts.</summary>
    public static CatalogBuildResult Build() => Built.Value;

    /// <summary>The catalog as shipped inside SpbeBot.Core.</summary>
    public static CriteriaCatalog Shipped => CatalogStore.Get("spbe-2024");
}
