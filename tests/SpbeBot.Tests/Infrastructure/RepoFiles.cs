using System.Runtime.CompilerServices;

namespace SpbeBot.Tests.Infrastructure;

/// <summary>Finds a file or folder of this repository (docs, deploy, sources, tests/webchat), walking up from the tests.</summary>
public static class RepoFiles
{
    public static string Find(string relative, [CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile) ?? "" }.Where(s => s.Length > 0))
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, relative);
                if (File.Exists(candidate) || Directory.Exists(candidate)) return candidate;
            }
        throw new FileNotFoundException($"{relative} not found walking up from the tests");
    }
}
