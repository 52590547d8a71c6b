using System.Text.Json;

namespace SpbeBot.Core.Questions;

/// <summary>
/// The one loader of the files embedded in SpbeBot.Core: the word files the question readers load
/// (<c>Questions/Lexicon/*</c> as "lexicon/…", <c>Questions/Situations/*</c> as "situations/…"), the learned indicator
/// model, the passages and their analysis, the process vocabulary, the catalogs and their elements — one place that opens
/// them and names the file in every error. (Listing resource names — the catalogs available, the migrations — is not loading.)
/// </summary>
static class EmbeddedLexicon
{
    /// <summary>The resource, or null when it is not embedded (a framework without a lexicon file).</summary>
    public static Stream? TryOpen(string name) => typeof(EmbeddedLexicon).Assembly.GetManifestResourceStream(name);

    /// <summary>The resource; an error naming it when it is not embedded.</summary>
    public static Stream Open(string name) =>
        TryOpen(name) ?? throw new InvalidOperationException($"{name} is not embedded in SpbeBot.Core.");

    /// <summary>The resource's whole text.</summary>
    public static string ReadText(string name)
    {
        using var reader = new StreamReader(Open(name));
        return reader.ReadToEnd();
    }

    /// <summary>The resource read as JSON; an error naming it when it is not embedded or empty.</summary>
    public static T ReadJson<T>(string name, JsonSerializerOptions? options = null) where T : class
    {
        using var stream = Open(name);
        return JsonSerializer.Deserialize<T>(stream, options) ?? throw new InvalidDataException($"{name} is empty.");
    }

    /// <summary>The error for a key or section the file lacks.</summary>
    public static InvalidDataException Missing(string name, string key) => new($"{name}: \"{key}\" is missing.");
}
