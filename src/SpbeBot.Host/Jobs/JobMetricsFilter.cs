using Hangfire.Server;
using SpbeBot.Core.Observability;

namespace SpbeBot.Host.Jobs;

/// <summary>Counts job runs that end in an exception (each attempt; Hangfire retries some), by job class.</summary>
sealed class JobMetricsFilter : IServerFilter
{
    public void OnPerforming(PerformingContext context)
    {
    }

    public void OnPerformed(PerformedContext context)
    {
        if (context.Exception is not null && !context.ExceptionHandled)
            SpbeMetrics.JobFailures.Add(1, new KeyValuePair<string, object?>("job", context.BackgroundJob.Job?.Type.Name ?? "unknown"));
    }
}
