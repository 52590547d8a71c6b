using Hangfire;
using Hangfire.Storage;
using Hangfire.AspNetCore;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Microsoft.Extensions.Options;
using SpbeBot.Core.People;
using SpbeBot.Core.Storage;
using SpbeBot.Host.Database;
using SpbeBot.Dialogs.Common;
using SpbeBot.Host.Hosting;

namespace SpbeBot.Host.Jobs;

/// <summary>
/// Hangfire in the server: its storage in the "hangfire" schema of our database, a job server, and the recurring jobs
/// in the instansi's time zone. Started as a hosted service after the database is open (the embedded cluster's port
/// is known only then), which is why it is not wired with AddHangfireServer. Several servers on one database share
/// the work: Hangfire hands each due job to one of them.
/// </summary>
/// <remarks>The connection factory and the instansi store exist only once the database is open: resolved once, at start.</remarks>
sealed class JobsRunner(
    IGlobalConfiguration hangfireConfiguration,
    IOptions<JobSettings> jobSettings,
    IOptions<RetentionSettings> retentionSettings,
    Deferred<ConnectionFactory> connections,
    Deferred<InstansiStore> instansiStore,
    IServiceScopeFactory scopes,
    ILogger<JobsRunner> log) : IHostedService
{
    BackgroundJobServer? _server;

    public JobStorage? Storage { get; private set; }

    public async Task StartAsync(CancellationToken ct)
    {
        // Hangfire's configuration (serializer, our log provider) was applied when it was resolved for this constructor.
        _ = hangfireConfiguration;
        var settings = jobSettings.Value;
        var db = connections.Value;
        var options = StorageOptions(settings);
        Storage = new PostgreSqlStorage(new NpgsqlConnectionFactory(db.ConnectionString, options), options);
        if (!settings.Enabled) return;

        var instansi = await instansiStore.Value.GetAsync(ct);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(instansi?.TimeZone ?? TimeZones.Wib);
        var recurring = new RecurringJobManager(Storage);
        Register(() => recurring.AddOrUpdate<ReminderJob>(ReminderJob.Id, j => j.RunAsync(CancellationToken.None), settings.ReminderCron,
            new RecurringJobOptions { TimeZone = zone }), ReminderJob.Id);
        Register(() => recurring.AddOrUpdate<DigestJob>(DigestJob.Id, j => j.RunAsync(CancellationToken.None), settings.DigestCron,
            new RecurringJobOptions { TimeZone = zone }), DigestJob.Id);
        Register(() => recurring.AddOrUpdate<RetentionJob>(RetentionJob.Id, j => j.RunAsync(CancellationToken.None),
            retentionSettings.Value.Cron, new RecurringJobOptions { TimeZone = zone }), RetentionJob.Id);
        Register(() => recurring.AddOrUpdate<EvidenceCheckJob>(EvidenceCheckJob.SweepId, j => j.SweepAsync(CancellationToken.None),
            EvidenceCheckJob.SweepCron, new RecurringJobOptions { TimeZone = zone }), EvidenceCheckJob.SweepId);
        _server = new BackgroundJobServer(new BackgroundJobServerOptions
        {
            ServerName = $"spbebot-{Environment.MachineName}-{Environment.ProcessId}",
            WorkerCount = 2,
            SchedulePollingInterval = TimeSpan.FromSeconds(Math.Clamp(settings.PollSeconds, 1, 60)),
            Activator = new AspNetCoreJobActivator(scopes),
        }, Storage);
        log.Info(ServerLogTexts.HangfireOn, settings.ReminderCron, zone.Id);
    }

    /// <summary>
    /// Hangfire's storage settings. Its PostgreSQL locks are rows: one held by a server killed mid-pass outlives the
    /// process until it is <see cref="DeadHolderLockAge"/> old, and meanwhile no server schedules the recurring jobs
    /// (reminders, digests, the evidence-check sweep). The library's default, 10 minutes, delayed them that long after a
    /// kill (seen in EvidenceCheckKillTests). Hangfire holds these locks for milliseconds — a scheduling pass, a state
    /// change — and our jobs take none of their own, so a minute frees a dead holder's lock without taking a live one's.
    /// </summary>
    internal static PostgreSqlStorageOptions StorageOptions(JobSettings settings) => new()
    {
        SchemaName = "hangfire",
        PrepareSchemaIfNecessary = true,
        QueuePollInterval = TimeSpan.FromSeconds(Math.Clamp(settings.PollSeconds, 0.1, 60)),
        DistributedLockTimeout = DeadHolderLockAge,
    };

    internal static readonly TimeSpan DeadHolderLockAge = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Stores a recurring job's definition. Its lock may still be held by a server killed while it ran or scheduled the
    /// job (Hangfire's PostgreSQL locks are rows that outlive the process until their timeout): then the definition
    /// stored before stays, and the server starts anyway instead of failing (seen: a restart after kill -9 refused).
    /// </summary>
    void Register(Action addOrUpdate, string id)
    {
        try { addOrUpdate(); }
        catch (Exception e) when (e is PostgreSqlDistributedLockException or DistributedLockTimeoutException)
        {
            log.Warn(ServerLogTexts.ScheduleLocked, id);
        }
    }

    public async Task StopAsync(CancellationToken ct)
    {
        if (_server is null) return;
        _server.SendStop();
        await _server.WaitForShutdownAsync(ct);
        _server.Dispose();
    }
}
