namespace SpbeBot.Host.Database;

/// <summary>
/// Configuration for CLI commands, read the same way the server reads it: appsettings.json (working directory),
/// appsettings.{DOTNET_ENVIRONMENT}.json, then environment variables (SPBEBOT__DATABASE__CONNECTIONSTRING, ...).
/// </summary>
static class CliConfiguration
{
    public static IConfiguration Load()
    {
        var environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? "Production";
        return new ConfigurationBuilder()
            .SetBasePath(Directory.GetCurrentDirectory())
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile($"appsettings.{environment}.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
    }
}
