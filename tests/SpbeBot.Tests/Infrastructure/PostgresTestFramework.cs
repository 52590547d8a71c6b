using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: Xunit.TestFramework("SpbeBot.Tests.Infrastructure.PostgresTestFramework", "SpbeBot.Tests")]

namespace SpbeBot.Tests.Infrastructure;

/// <summary>
/// The standard xunit framework plus one thing: when the test run ends, the run's throw-away PostgreSQL cluster
/// (<see cref="TestPostgres"/>) is stopped and deleted — reliably, before the test host process is torn down.
/// </summary>
public sealed class PostgresTestFramework : XunitTestFramework
{
    public PostgresTestFramework(IMessageSink messageSink) : base(messageSink) =>
        DisposalTracker.Add(new Shutdown());

    sealed class Shutdown : IDisposable
    {
        public void Dispose() => TestPostgres.Shutdown();
    }
}
