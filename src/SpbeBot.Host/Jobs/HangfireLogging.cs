using Hangfire.Logging;
using HangfireLogLevel = Hangfire.Logging.LogLevel;

namespace SpbeBot.Host.Jobs;

/// <summary>
/// Hangfire logs through a process-wide static. Bound directly to one host's ILoggerFactory, it breaks every later
/// Hangfire call once that host is disposed (tests run many hosts in one process). This provider creates loggers when
/// first used and turns "logging failed" into "not logged": a log line is never worth a failed job.
/// </summary>
sealed class HangfireLogging(ILoggerFactory factory) : ILogProvider
{
    public ILog GetLogger(string name) => new SafeLog(factory, name);

    sealed class SafeLog(ILoggerFactory factory, string name) : ILog
    {
        ILogger? _logger;

        public bool Log(HangfireLogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            try
            {
                _logger ??= factory.CreateLogger(name);
                var level = Map(logLevel);
                if (messageFunc is null) return _logger.IsEnabled(level);
                if (!_logger.IsEnabled(level)) return false;
                _logger.Log(level, 0, exception, "{Message}", messageFunc());
                return true;
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }

        static Microsoft.Extensions.Logging.LogLevel Map(HangfireLogLevel level) => level switch
        {
            HangfireLogLevel.Trace => Microsoft.Extensions.Logging.LogLevel.Trace,
            HangfireLogLevel.Debug => Microsoft.Extensions.Logging.LogLevel.Debug,
            HangfireLogLevel.Info => Microsoft.Extensions.Logging.LogLevel.Information,
            HangfireLogLevel.Warn => Microsoft.Extensions.Logging.LogLevel.Warning,
            HangfireLogLevel.Error => Microsoft.Extensions.Logging.LogLevel.Error,
            _ => Microsoft.Extensions.Logging.LogLevel.Critical,
        };
    }
}
