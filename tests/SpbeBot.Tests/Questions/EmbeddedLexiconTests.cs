using System.Text.RegularExpressions;
using SpbeBot.Core.Criteria;
using SpbeBot.Core.Questions;
using SpbeBot.Core.Regulations;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// One loader for the files embedded in SpbeBot.Core (wip-mend8): every loader reads its file as text, bytes or JSON
/// through <see cref="EmbeddedLexicon"/>, which alone opens a resource and names the file in its errors.
/// </summary>
public class EmbeddedLexiconTests
{
    [Fact]
    public void A_file_not_embedded_is_null_to_the_optional_reads_and_an_error_naming_it_to_the_others()
    {
        Assert.Null(EmbeddedLexicon.TryReadText("lexicon/none.json"));
        Assert.Null(EmbeddedLexicon.TryReadBytes("lexicon/none.json"));
        Assert.Null(EmbeddedLexicon.TryReadJson<AskedFile>("passages/none.json"));
        Assert.Contains("passages/none.json", Assert.Throws<InvalidOperationException>(() => EmbeddedLexicon.ReadText("passages/none.json")).Message);
        Assert.Contains("catalogs/none.json", Assert.Throws<InvalidOperationException>(() => EmbeddedLexicon.ReadJson<CriteriaCatalog>("catalogs/none.json")).Message);
    }

    [Fact]
    public void The_loaders_read_what_is_embedded()
    {
        Assert.Equal(EmbeddedLexicon.TryReadBytes("passages/asked.json")!.Length, System.Text.Encoding.UTF8.GetByteCount(EmbeddedLexicon.ReadText("passages/asked.json")));
        Assert.NotEmpty(PassageFile.Shipped.Passages);
        Assert.NotEmpty(AskedFile.Shipped.Passages);
        Assert.NotNull(PassageAnalysis.Shipped(PassageFile.Shipped.Passages.Count));   // the fingerprint of the embedded bytes still matches
    }

    [Fact]
    public void No_source_outside_EmbeddedLexicon_opens_an_embedded_file()
    {
        var sources = new[] { "src", "dialogs" }.Select(d => RepoFiles.Find(d))
            .SelectMany(d => Directory.EnumerateFiles(d, "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && Path.GetFileName(f) != "EmbeddedLexicon.cs");
        var opening = sources.Where(f => Regex.IsMatch(File.ReadAllText(f), @"GetManifestResourceStream\s*\(")).Select(Path.GetFileName).ToList();
        Assert.Empty(opening);
    }
}
