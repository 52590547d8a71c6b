using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Hangfire;
using Hangfire.Common;
using Hangfire.Dashboard;
using Hangfire.Storage;
using Microsoft.Extensions.Options;

namespace SpbeBot.Host.Jobs;

/// <summary>Hangfire jobs and the dashboard at /hangfire (HTTP Basic, user "admin"; never open).</summary>
static class JobsRegistration
{
    public const string DashboardPath = "/hangfire";

    public static IServiceCollection AddSpbeJobs(this IServiceCollection services)
    {
        services.AddHangfire((sp, config) => config.UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings()
            .UseLogProvider(new HangfireLogging(sp.GetRequiredService<ILoggerFactory>()))
            .UseFilter(new JobMetricsFilter()));
        services.AddSingleton<JobsRunner>();
        services.AddHostedService<JobsHostedService>();
        services.AddTransient<ReminderJob>();
        services.AddTransient<DigestJob>();
        services.AddTransient<RetentionJob>();
        services.AddTransient<EvidenceCheckJob>();
        services.AddSingleton<SpbeBot.Core.Evidence.Checking.IEvidenceCheckQueue, HangfireCheckQueue>();
        return services;
    }

    public static void MapSpbeDashboard(this WebApplication app)
    {
        var runner = app.Services.GetRequiredService<JobsRunner>();
        var password = app.Services.GetRequiredService<IOptions<JobSettings>>().Value.DashboardPassword;
        app.UseHangfireDashboard(DashboardPath, new DashboardOptions
        {
            Authorization = [new AdminOnly(password)],
            DisplayStorageConnectionString = false,
            AppPath = "/",
        }, new LazyStorage(runner));
    }

    /// <summary>HTTP Basic with the configured admin password; without one, nobody gets in.</summary>
    sealed class AdminOnly(string? password) : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context)
        {
            var http = context.GetHttpContext();
            if (IsAdmin(http.Request.Headers.Authorization, password)) return true;
            http.Response.Headers.WWWAuthenticate = "Basic realm=\"SpbeBot jobs\"";
            return false;
        }
    }

    /// <summary>
    /// Whether an Authorization header is HTTP Basic for "admin" with the password. The SHA-256 hashes are compared in
    /// constant time: comparing the texts themselves would return early on a different length and so tell it.
    /// </summary>
    internal static bool IsAdmin(string? authorization, string? password)
    {
        if (string.IsNullOrEmpty(password) || !AuthenticationHeaderValue.TryParse(authorization, out var header)
            || !header.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase) || header.Parameter is not { } encoded)
            return false;
        byte[] given;
        try { given = Convert.FromBase64String(encoded); }
        catch (FormatException) { return false; }
        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(given), SHA256.HashData(Encoding.UTF8.GetBytes("admin:" + password)));
    }

    /// <summary>The dashboard is mapped when the app is built, the storage exists once the database is open.</summary>
    sealed class LazyStorage(JobsRunner runner) : JobStorage
    {
        JobStorage Inner => runner.Storage ?? throw new InvalidOperationException("Job storage is not ready yet.");
        public override IMonitoringApi GetMonitoringApi() => Inner.GetMonitoringApi();
        public override IStorageConnection GetConnection() => Inner.GetConnection();
        public override IStorageConnection GetReadOnlyConnection() => Inner.GetReadOnlyConnection();
        public override bool LinearizableReads => Inner.LinearizableReads;
        public override bool HasFeature(string featureId) => Inner.HasFeature(featureId);
        public override string ToString() => "PostgreSQL (schema hangfire)";
    }
}

/// <summary>The runner as a hosted service of its own type, so the database-free test host can leave it out.</summary>
sealed class JobsHostedService(JobsRunner runner) : IHostedService
{
    public Task StartAsync(CancellationToken ct) => runner.StartAsync(ct);
    public Task StopAsync(CancellationToken ct) => runner.StopAsync(ct);
}
