using System.CommandLine;

namespace SpbeBot.Host.Cli;

static class IndexCommand
{
    public static Command Create() => new("index", "(belum tersedia / not yet available)");
}
