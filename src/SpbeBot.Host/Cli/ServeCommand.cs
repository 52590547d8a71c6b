using System.CommandLine;
using Microsoft.Extensions.Options;
using SpbeBot.Host.Hosting;
using SpbeBot.Dialogs.Cli;

namespace SpbeBot.Host.Cli;

/// <summary>
/// <c>spbebot serve [--urls http://127.0.0.1:5080]</c>: runs the server — Telegram (when a token is set) and
/// GET /healthz — until Ctrl+C. Settings come from appsettings.json and SPBEBOT__… environment variables.
/// </summary>
static class ServeCommand
{
    public static Command Create()
    {
        var texts = ServeCommandTexts.Machine;
        var urls = new Option<string?>("--urls")
        {
            Description = texts.Urls(ServerApp.DefaultUrls),
        };
        var command = new Command("serve", texts.Command) { urls };
        command.SetAction(async (parse, cancellationToken) =>
        {
            string[] hostArgs = parse.GetValue(urls) is { Length: > 0 } u ? ["--urls", u] : [];
            WebApplication app;
            try
            {
                app = ServerApp.Build(hostArgs);
            }
            catch (OptionsValidationException e)
            {
                parse.InvocationConfiguration.Error.WriteLine(texts.CheckSettings);
                foreach (var failure in e.Failures) parse.InvocationConfiguration.Error.WriteLine("  - " + failure);
                return 2;
            }
            await using var _ = app;
            // Ctrl+C (or SIGTERM) cancels the token; the host stops its services — polling ends at once — and returns.
            await app.RunAsync(cancellationToken);
            return 0;
        });
        return command;
    }
}
