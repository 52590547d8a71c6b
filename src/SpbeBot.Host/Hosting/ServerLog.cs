using Microsoft.Extensions.Logging;
using SpbeBot.Dialogs.Common;

namespace SpbeBot.Host.Hosting;

/// <summary>
/// Writes a <see cref="LogEvent"/> of <see cref="ServerLogTexts"/> in the machine's language, chosen once: every log line
/// of the server in one language, its values as named properties.
/// </summary>
static class ServerLog
{
    static readonly bool English = MachineLocale.English;

    public static void Debug(this ILogger log, LogEvent e, params object?[] args) => Write(log, LogLevel.Debug, null, e, args);
    public static void Debug(this ILogger log, Exception exception, LogEvent e, params object?[] args) => Write(log, LogLevel.Debug, exception, e, args);
    public static void Info(this ILogger log, LogEvent e, params object?[] args) => Write(log, LogLevel.Information, null, e, args);
    public static void Warn(this ILogger log, LogEvent e, params object?[] args) => Write(log, LogLevel.Warning, null, e, args);
    public static void Warn(this ILogger log, Exception exception, LogEvent e, params object?[] args) => Write(log, LogLevel.Warning, exception, e, args);
    public static void Error(this ILogger log, LogEvent e, params object?[] args) => Write(log, LogLevel.Error, null, e, args);
    public static void Error(this ILogger log, Exception exception, LogEvent e, params object?[] args) => Write(log, LogLevel.Error, exception, e, args);

    static void Write(ILogger log, LogLevel level, Exception? exception, LogEvent e, object?[] args)
    {
        // The one template that is not a constant at its call: it is one of the event's two constants, the same placeholders in both.
#pragma warning disable CA2254
        log.Log(level, exception, e.Template(English), args);
#pragma warning restore CA2254
    }
}
