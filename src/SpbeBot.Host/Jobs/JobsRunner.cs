using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using SpbeBot.Core.People;
using SpbeBot.Core.Storage;

namespace SpbeBot.Host.Jobs;

/// <summary>
/// Hangfire in the server: its storage in the "hangfire" schema of our database, a job server, and the recurring jobs
/// in the instansi's time zone. Started as a hosted service after the database is open (the embedded cluster's port
/// is known only then), which is why it is not wired with AddHangfireServer. Several servers on one database share
/// the work: Hangfire hands each due job to one of them.
/// </summary>
sealed class JobsRunner(IServiceProvider services, ILogger<JobsRunner> log) : IHostedService
{
    BackgroundJobServer? _server;

    public JobStorage? Storage { get; private set; }

    public async Task StartAsync(CancellationToken ct)
    {
        // Resolving Hangfire's configuration applies it (serializer, our log provider) before anything else runs.
        services.GetRequiredService<IGlobalConfiguration>();
        var settings = JobSettings.From(services.GetRequiredService<IConfiguration>());
        var db = services.GetRequiredService<ConnectionFactory>();
        var options = new PostgreSqlStorageOptions
        {
            SchemaName = "hangfire",
            PrepareSchemaIfNecessary = true,
            QueuePollInterval = TimeSpan.FromSeconds(Math.Clamp(settings.PollSeconds, 0.1, 60)),
        };
        Storage = new PostgreSqlStorage(new NpgsqlConnectionFactory(db.ConnectionString, options), options);
        if (!settings.Enabled) return;

        var instansi = await services.GetRequiredService<InstansiStore>().GetAsync(ct);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(instansi?.TimeZone ?? TimeZones.Wib);
        new RecurringJobManager(Storage).AddOrUpdate<ReminderJob>(ReminderJob.Id, j => j.RunAsync(CancellationToken.None), settings.ReminderCron,
            new RecurringJobOptions { TimeZone = zone });
        new RecurringJobManager(Storage).AddOrUpdate<DigestJob>(DigestJob.Id, j => j.RunAsync(CancellationToken.None), settings.DigestCron,
            new RecurringJobOptions { TimeZone = zone });
        new RecurringJobManager(Storage).AddOrUpdate<RetentionJob>(RetentionJob.Id, j => j.RunAsync(CancellationToken.None),
            RetentionSettings.From(services.GetRequiredService<IConfiguration>()).Cron, new RecurringJobOptions { TimeZone = zone });
        _server = new BackgroundJobServer(new BackgroundJobServerOptions
        {
            ServerName = $"spbebot-{Environment.MachineName}-{Environment.ProcessId}",
            WorkerCount = 2,
            SchedulePollingInterval = TimeSpan.FromSeconds(Math.Clamp(settings.PollSeconds, 1, 60)),
            Activator = new AspNetCoreJobActivator(services.GetRequiredService<IServiceScopeFactory>()),
        }, Storage);
        log.LogInformation("Hangfire aktif; pengingat harian / daily reminders: \"{Cron}\" ({Zone}).", settings.ReminderCron, zone.Id);
    }

    public async Task StopAsync(CancellationToken ct)
    {
        if (_server is null) return;
        _server.SendStop();
        await _server.WaitForShutdownAsync(ct);
        _server.Dispose();
    }
}
