using SpbeBot.Core.Criteria;
using SpbeBot.Host.Database;
using SpbeBot.Dialogs.Common;

namespace SpbeBot.Host.Hosting;

/// <summary>
/// Serves imported catalog versions without a rebuild or a restart: at start (after the database opened) the newest
/// version of each framework becomes the catalog in use, then every <see cref="Interval"/> one cheap query
/// (the newest row id) tells whether another process imported one since.
/// </summary>
sealed class CatalogRefreshService(Deferred<CatalogVersionStore> versions, TimeProvider clock, ILogger<CatalogRefreshService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    public override async Task StartAsync(CancellationToken ct)
    {
        // Before the channels start: the first answer already comes from the imported version.
        await versions.Value.RefreshAsync(force: true, ct);
        await base.StartAsync(ct);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (await versions.Value.RefreshAsync(ct: stoppingToken))
                    logger.Info(ServerLogTexts.CatalogsReloaded, string.Join(", ", CatalogStore.Available.Select(f => $"{f} v{CatalogStore.VersionInUse(f)}")));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.Warn(e, ServerLogTexts.CatalogCheckFailed, Interval.TotalSeconds);
            }
        }
    }
}
