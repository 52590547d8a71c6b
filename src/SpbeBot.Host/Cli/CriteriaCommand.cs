using System.CommandLine;

namespace SpbeBot.Host.Cli;

static class CriteriaCommand
{
    public static Command Create() => new("criteria", "(belum tersedia / not yet available)");
}
