using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: Xunit.TestFramework("SpbeBot.Tests.Infrastructure.PostgresTestFramework", "SpbeBot.Tests")]

namespace SpbeBot.Tests.Infrastructure;

/// <summary>
/// The standard xunit framework plus two things: when the test run ends, the run's throw-away PostgreSQL cluster
/// (<see cref="TestPostgres"/>) is stopped and deleted — reliably, before the test host process is torn down; and the
/// test classes start in <see cref="LongestFirst"/>'s order (<see cref="InOrderExecutor"/>).
/// </summary>
public sealed class PostgresTestFramework : XunitTestFramework
{
    public PostgresTestFramework(IMessageSink messageSink) : base(messageSink) =>
        DisposalTracker.Add(new Shutdown());

    protected override ITestFrameworkExecutor CreateExecutor(AssemblyName assemblyName) =>
        new InOrderExecutor(assemblyName, SourceInformationProvider, DiagnosticMessageSink);

    sealed class Shutdown : IDisposable
    {
        public void Dispose() => TestPostgres.Shutdown();
    }
}
