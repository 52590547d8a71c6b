using Microsoft.Extensions.Configuration.Memory;
using SpbeBot.Dialogs.Common;
using SpbeBot.Host.Database;
using SpbeBot.Host.Channels.Telegram;
using SpbeBot.Host.Channels.Teams;
using SpbeBot.Host.Jobs;
using SpbeBot.Host.Observability;

namespace SpbeBot.Host.Hosting;

/// <summary>
/// The composition root of <c>spbebot serve</c>: services, channels, endpoints. Kept apart from the CLI so
/// tests can start the same server in-process (with their own settings and a loopback port).
/// </summary>
static class ServerApp
{
    const int MinWorkerThreads = 16;

    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <param name="args">Host arguments, e.g. ["--urls", "http://0.0.0.0:5080"]; also read: appsettings.json and environment variables (SPBEBOT__…).</param>
    /// <param name="configure">Runs last, so tests can add settings and replace services (the last registration wins).</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // A fresh process's thread pool starts with one worker per core and adds about one every half second while
        // work waits: a server restarted in the middle of a broadcast (its backlog of questions, the take-over, the
        // first claims all at once) had its pool continuations 0.2–0.7 s late for three seconds and sent 3 a second
        // instead of 28 (bench realistic crash, 17t). Sixteen workers from the start (threads cost nothing idle).
        ThreadPool.GetMinThreads(out var workers, out var io);
        if (workers < MinWorkerThreads) ThreadPool.SetMinThreads(MinWorkerThreads, io);
        var builder = WebApplication.CreateBuilder(args);
        // A server that answered nothing 5 s after start warms its answer path (the standby of two; wip-17y).
        builder.Services.AddSingleton<AnswerPathWarmUp>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<AnswerPathWarmUp>());
        // Defaults placed first, so appsettings.json and environment variables still override them:
        // one log line per HTTP request (every webhook call, every health check) drowns what matters.
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
                // HttpClient's request lines carry URLs: the Telegram token is part of every Bot API URL, and Connector
                // URLs name conversations.
                ["Logging:LogLevel:System.Net.Http.HttpClient"] = "Warning",
            },
        });
        if (string.IsNullOrEmpty(builder.Configuration["urls"])) builder.WebHost.UseUrls(DefaultUrls);

        // [storage] The database start-up (embedded or external PostgreSQL, migrations) and the stores.
        builder.Services.AddSpbeDatabase(builder.Configuration);
        // [dialogs] The conversation: onboarding, menus, plans, dialog state persisted in the database.
        builder.Services.AddSpbeConversation(builder.Configuration);
        builder.Services.AddTelegramChannel(builder.Configuration);
        builder.Services.AddTeamsChannel(builder.Configuration);
        // [jobs] Hangfire: the reminder scan, the weekly digest and the nightly retention sweep, dashboard at /hangfire.
        builder.Services.AddSpbeJobs();
        // [observability] /healthz, /readyz, /metrics.
        builder.Services.AddSpbeObservability();

        configure?.Invoke(builder);

        var app = builder.Build();
        app.MapSpbeObservability();
        app.MapTelegramWebhook();
        app.MapTeams();
        app.MapSpbeDashboard();
        return app;
    }
}
