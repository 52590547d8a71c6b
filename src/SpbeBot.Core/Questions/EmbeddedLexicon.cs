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
    static Stream? TryOpen(string name) => typeof(EmbeddedLexicon).Assembly.GetManifestResourceStream(name);

    static Stream Open(string name) =>
        TryOpen(name) ?? throw new InvalidOperationException($"{name} is not embedded in SpbeBot.Core.");

    /// <summary>The resource's whole text; an error naming it when it is not embedded.</summary>
    public static string ReadText(string name) => Text(Open(name));

    /// <summary>The resource's whole text, or null when it is not embedded (a framework without that file).</summary>
    public static string? TryReadText(string name) => TryOpen(name) is { } stream ? Text(stream) : null;

    /// <summary>The resource's bytes as embedded (for a fingerprint), or null when it is not embedded.</summary>
    public static byte[]? TryReadBytes(string name)
    {
        using var stream = TryOpen(name);
        if (stream is null) return null;
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>The resource read as JSON; an error naming it when it is not embedded or empty.</summary>
    public static T ReadJson<T>(string name, JsonSerializerOptions? options = null) where T : class => Json<T>(name, Open(name), options);

    /// <summary>The resource read as JSON, or null when it is not embedded; an error naming it when it is empty.</summary>
    public static T? TryReadJson<T>(string name, JsonSerializerOptions? options = null) where T : class =>
        TryOpen(name) is { } stream ? Json<T>(name, stream, options) : null;

    /// <summary>The error for a key or section the file lacks.</summary>
    public static InvalidDataException Missing(string name, string key) => new($"{name}: \"{key}\" is missing.");

    static string Text(Stream stream)
    {
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    static T Json<T>(string name, Stream stream, JsonSerializerOptions? options) where T : class
    {
        using (stream)
            return JsonSerializer.Deserialize<T>(stream, options) ?? throw new InvalidDataException($"{name} is empty.");
    }
}
