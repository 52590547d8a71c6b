using System.CommandLine;

namespace SpbeBot.Host.Cli;

static class AskCommand
{
    public static Command Create() => new("ask", "(belum tersedia / not yet available)");
}
