using System.CommandLine;

namespace SpbeBot.Host.Cli;

static class CatalogCommand
{
    public static Command Create() => new("catalog", "(belum tersedia / not yet available)");
}
