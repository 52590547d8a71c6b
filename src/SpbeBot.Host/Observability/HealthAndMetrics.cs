using OpenTelemetry.Resources;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Npgsql;
using OpenTelemetry.Metrics;
using SpbeBot.Core.Observability;
using SpbeBot.Core.Storage;
using SpbeBot.Host.Channels.Teams;
using SpbeBot.Host.Channels.Telegram;
using SpbeBot.Host.Database;

namespace SpbeBot.Host.Observability;

/// <summary>
/// GET /healthz: the process is up (for restarts). GET /readyz: ready for traffic (for load balancers) — the database
/// reachable, every migration of this build applied, and each configured channel connected. 200 with the checks as
/// JSON, or 503 naming what failed. Nothing secret is in the answer (no connection strings, no tokens).
/// GET /metrics: Prometheus text (see <see cref="SpbeMetrics"/>); counts only, no personal data.
/// </summary>
static class HealthAndMetrics
{
    public static IServiceCollection AddSpbeObservability(this IServiceCollection services)
    {
        // Metrics: ours, ASP.NET Core's request metrics and the runtime's (GC, thread pool), in Prometheus text at /metrics.
        // service_name="spbebot" on every series, not OpenTelemetry's "unknown_service:<process>".
        services.AddOpenTelemetry().ConfigureResource(resource => resource.AddService("spbebot")).WithMetrics(metrics => metrics
            .AddMeter(SpbeMetrics.MeterName, "Microsoft.AspNetCore.Hosting", "System.Runtime")
            .AddPrometheusExporter());
        services.AddHealthChecks()
            .AddCheck<DatabaseCheck>("database", tags: ["ready"])
            .AddCheck<TelegramCheck>("telegram", tags: ["ready"])
            .AddCheck<TeamsCheck>("teams", tags: ["ready"]);
        return services;
    }

    public static void MapSpbeObservability(this WebApplication app)
    {
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = WriteAsync });
        app.MapPrometheusScrapingEndpoint("/metrics");
    }

    static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        return http.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status == HealthStatus.Healthy ? "ready" : "not ready",
            checks = report.Entries.Select(e => new { name = e.Key, ok = e.Value.Status == HealthStatus.Healthy, detail = e.Value.Description }),
        }));
    }

    /// <summary>Reachable, and no migration of this build left to apply (a newer build may have run more: fine).</summary>
    sealed class DatabaseCheck(Deferred<ConnectionFactory> connections) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct)
        {
            ConnectionFactory db;
            try
            {
                db = connections.Value;
            }
            catch (InvalidOperationException)
            {
                return HealthCheckResult.Unhealthy("database not open yet");
            }
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
                timeout.CancelAfter(TimeSpan.FromSeconds(5));
                await using var connection = await db.OpenAsync(timeout.Token);
                var missing = await Migrator.PendingAsync(connection, timeout.Token);
                return missing.Count == 0
                    ? HealthCheckResult.Healthy("reachable; migrations applied")
                    : HealthCheckResult.Unhealthy("migrations not applied: " + string.Join(", ", missing));
            }
            catch (Exception e) when (e is NpgsqlException or OperationCanceledException or TimeoutException)
            {
                return HealthCheckResult.Unhealthy("database unreachable");
            }
        }
    }

    sealed class TelegramCheck(IOptions<TelegramOptions> options, TelegramStatus status) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct)
        {
            if (!options.Value.Enabled) return Task.FromResult(HealthCheckResult.Healthy("off"));
            // A poller reaches Telegram at least every poll timeout; allow a couple of failed rounds.
            var (connected, description) = status.Check(TimeSpan.FromSeconds(options.Value.PollTimeoutSeconds * 2 + 60));
            return Task.FromResult(connected ? HealthCheckResult.Healthy(description) : HealthCheckResult.Unhealthy(description));
        }
    }

    sealed class TeamsCheck(IOptions<TeamsOptions> options, BotTokenValidator validator) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct)
        {
            if (!options.Value.Enabled) return HealthCheckResult.Healthy("off");
            return await validator.KeysProblemAsync(ct) is { } problem ? HealthCheckResult.Unhealthy(problem) : HealthCheckResult.Healthy("signing keys loaded");
        }
    }
}
