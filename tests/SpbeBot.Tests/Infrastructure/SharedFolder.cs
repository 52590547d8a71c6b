using System.Runtime.CompilerServices;

namespace SpbeBot.Tests.Infrastructure;

/// <summary>Finds the project's shared/ folder (seeds, reference texts), which sits beside the checkout.</summary>
public static class SharedFolder
{
    public static string Seed(string prefix, [CallerFilePath] string sourceFile = "")
    {
        var starts = new[] { AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile) ?? "", Directory.GetCurrentDirectory() };
        foreach (var start in starts.Where(s => s.Length > 0))
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                foreach (var seeds in new[] { Path.Combine(dir.FullName, "shared", "seeds"), Path.Combine(dir.FullName, "..", "shared", "seeds") })
                    if (Directory.Exists(seeds) && Directory.GetFiles(seeds, prefix + "*").FirstOrDefault() is { } file)
                        return file;
        throw new FileNotFoundException($"shared/seeds/{prefix}* not found walking up from {string.Join(", ", starts)}; check out the repository next to shared/.");
    }
}
