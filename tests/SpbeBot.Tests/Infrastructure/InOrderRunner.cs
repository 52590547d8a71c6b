using System.Collections.Concurrent;
using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace SpbeBot.Tests.Infrastructure;

/// <summary>
/// Starts the test collections in the order <see cref="LongestFirst"/> gives them: maxParallelThreads workers take the
/// next collection from one queue. xunit's own runner queues every collection on the thread pool at once (Task.Run) and
/// lets them race for a semaphore; the thread that queued them takes its own queue from the back, so after the first
/// few the order was about reversed and the longest classes after the 3rd started last (EvidenceDurabilityTests alone
/// for the last ~700 s of a run: docs/benchmarks.md, wip-19ts and wip-20ts).
/// </summary>
public sealed class InOrderExecutor(AssemblyName assembly, ISourceInformationProvider sources, IMessageSink diagnostics)
    : XunitTestFrameworkExecutor(assembly, sources, diagnostics)
{
    protected override async void RunTestCases(IEnumerable<IXunitTestCase> testCases, IMessageSink executionMessageSink,
        ITestFrameworkExecutionOptions executionOptions)
    {
        using var runner = new InOrderRunner(TestAssembly, testCases, DiagnosticMessageSink, executionMessageSink, executionOptions);
        await runner.RunAsync();
    }
}

sealed class InOrderRunner(ITestAssembly assembly, IEnumerable<IXunitTestCase> testCases, IMessageSink diagnostics,
    IMessageSink execution, ITestFrameworkExecutionOptions options)
    : XunitTestAssemblyRunner(assembly, testCases, diagnostics, execution, options)
{
    protected override async Task<RunSummary> RunTestCollectionsAsync(IMessageBus messageBus, CancellationTokenSource cancellation)
    {
        var workers = ExecutionOptions.MaxParallelThreadsOrDefault();
        if (ExecutionOptions.DisableParallelizationOrDefault() || workers < 2)
            return await base.RunTestCollectionsAsync(messageBus, cancellation);

        // A worker's thread is blocked while a synchronous test runs: keep threads for the async tests' continuations.
        ThreadPool.GetMinThreads(out var threads, out var ports);
        if (threads < workers + 1) ThreadPool.SetMinThreads(workers + 1, ports);

        var queue = new ConcurrentQueue<Tuple<ITestCollection, List<IXunitTestCase>>>(OrderTestCollections());
        async Task<RunSummary> Worker()
        {
            var summary = new RunSummary();
            while (!cancellation.IsCancellationRequested && queue.TryDequeue(out var next))
                summary.Aggregate(await RunTestCollectionAsync(messageBus, next.Item1, next.Item2, cancellation));
            return summary;
        }
        var total = new RunSummary();
        foreach (var summary in await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(Worker))))
            total.Aggregate(summary);
        return total;
    }
}
