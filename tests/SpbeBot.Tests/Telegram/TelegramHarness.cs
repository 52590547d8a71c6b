using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SpbeBot.Dialogs.Common;
using SpbeBot.Host.Database;
using SpbeBot.Host.Hosting;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Telegram;

/// <summary>
/// The real server (<see cref="ServerApp"/>) on a random loopback port, its Telegram channel pointed at a
/// <see cref="FakeBotApi"/>; optionally with a scripted conversation handler instead of the real one.
/// </summary>
public sealed class TelegramHarness : IAsyncDisposable
{
    public FakeBotApi Api { get; }
    public WebApplication App { get; }
    public LogRecorder Logs { get; }
    public HttpClient Http { get; }

    bool _ownsApi;

    TelegramHarness(FakeBotApi api, WebApplication app, LogRecorder logs)
    {
        (Api, App, Logs) = (api, app, logs);
        Http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
    }

    /// <param name="arrange">Runs on the fake before the bot starts (e.g. refuse setMyCommands).</param>
    /// <param name="settings">Extra configuration, keys relative to Spbebot:Telegram ("Mode" → "webhook").</param>
    /// <param name="configuration">Other settings, full keys ("Spbebot:Jobs:DashboardPassword").</param>
    /// <param name="sharedApi">A fake another harness used before (a restarted server); not disposed with this harness.</param>
    /// <param name="withToken">False: start without a Telegram token, i.e. with the channel off.</param>
    /// <param name="clock">What day and time it is for the server's jobs and dialogs (default: the machine's clock).</param>
    /// <param name="databaseConnectionString">
    /// A test database: the real conversation runs on it (with demo data). Null: no database is opened and the
    /// channel talks to <paramref name="handler"/>, or to the database-free criteria handler.
    /// </param>
    public static async Task<TelegramHarness> StartAsync(
        IConversationHandler? handler = null,
        Action<FakeBotApi>? arrange = null,
        IDictionary<string, string?>? settings = null,
        bool withToken = true,
        string? databaseConnectionString = null,
        IDictionary<string, string?>? configuration = null,
        FakeBotApi? sharedApi = null,
        TimeProvider? clock = null,
        Action<IServiceCollection>? services = null)
    {
        var api = sharedApi ?? await FakeBotApi.StartAsync();
        arrange?.Invoke(api);
        var config = new Dictionary<string, string?>
        {
            ["Spbebot:Telegram:Token"] = withToken ? FakeBotApi.Token : "",
            ["Spbebot:Telegram:ApiBaseUrl"] = api.BaseUrl,
            ["Spbebot:Telegram:PollTimeoutSeconds"] = "10",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) config["Spbebot:Telegram:" + key] = value;
        foreach (var (key, value) in configuration ?? new Dictionary<string, string?>()) config[key] = value;
        if (databaseConnectionString is not null)
        {
            config["Spbebot:Database:ConnectionString"] = databaseConnectionString;
            config["Spbebot:Evidence:Root"] = Conversation.ConversationDriver.NewEvidenceRoot();
        }
        else handler ??= new CriteriaConversationHandler();

        var logs = new LogRecorder();
        // Built while no in-process command's settings (SPBEBOT__…) are in the environment the server reads.
        var app = InProcessCli.Exclusive(() => ServerApp.Build(["--urls", "http://127.0.0.1:0"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(config);
            if (handler is not null) builder.Services.AddSingleton(handler);
            if (databaseConnectionString is null) builder.Services.WithoutDatabaseStartup();
            if (clock is not null) builder.Services.AddSingleton(clock);
            services?.Invoke(builder.Services);
            builder.Logging.ClearProviders();
            builder.Logging.SetMinimumLevel(LogLevel.Debug);
            builder.Logging.AddProvider(logs);
        }));
        await app.StartAsync();
        return new TelegramHarness(api, app, logs) { _ownsApi = sharedApi is null };
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        if (_ownsApi) await Api.DisposeAsync();
        // Whatever happened in the test, the token must not have reached the log.
        Assert.DoesNotContain(Logs.Lines, line => line.Contains(FakeBotApi.Token) || line.Contains("FAKE-token"));
    }
}

/// <summary>Keeps every log line (message and exception) so tests can look for warnings — and for leaked secrets.</summary>
public sealed class LogRecorder : ILoggerProvider
{
    readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => _lines.ToList();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose() { }

    sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
    }
}
