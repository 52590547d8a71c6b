using SpbeBot.Bench;

// Benchmarks print the figures quoted in docs/benchmarks.md.
// Usage: dotnet run -c Release --project bench/SpbeBot.Bench -- <name> [options]
var benchmarks = new Dictionary<string, Func<string[], Task<int>>>
{
    ["questions"] = QuestionsBench.Run,
    ["train-indicators"] = LearnedBench.Train,   // issue 15 (wip-15s): writes the learned indicator model from the retired sets
    ["indicators-loao"] = LearnedBench.LeaveOneAuthorOut,   // issue 15 (wip-15s): each author scored by a model trained without it
    ["storage"] = StorageBench.Run,
    ["import"] = ImportBench.Run,
    ["update-cost"] = UpdateCostBench.Run,
    ["fake-bot-api"] = WirePath.ServeFakeAsync,   // the child process of "update-cost" (its fake Bot API)
    ["evidence"] = EvidenceBench.Run,
    ["broadcast"] = BroadcastBench.Run,
    ["reminders"] = ReminderBench.Run,
    ["digest"] = DigestBench.Run,
    ["backup"] = BackupBench.Run,
    ["catalogs"] = CatalogBench.Run,
    ["chat-intents"] = ChatIntentsBench.Run,
    ["process"] = ProcessBench.Run,
    ["routing"] = RoutingBench.Run,
    ["chat-neighbours"] = ChatNeighboursBench.Run,   // issue 15: the labelled chat messages, written and measured leaving one author out   // issue 15: which side (criteria or passages) answers each question
    ["process-dump"] = ProcessDump.Run,
    ["process-sweep"] = ProcessSweep.Run,
    ["process-folds"] = ProcessFolds.Run,
    ["process-route-probe"] = ProcessRouteProbe.Run,   // issue 15: questions kept with the criteria, answered from the passages first
    ["process-top-probe"] = ProcessTopProbe.Run,   // issue 15: the best passage of a search for 1 and for the quoted candidates
    ["process-probe"] = ProcessProbe.Run,   // issue 15: own questions answered as in a fold   // issue 15: the asked-questions expansion, leaving one author out
    ["realistic"] = RealisticBench.Run,   // issue 17: latency, limits, bandwidth, broadcasts, a killed sender
    ["evidence-check"] = EvidenceCheckBench.Run,
    ["evidence-probe"] = EvidenceProbeBench.Run,   // issue 22: one added sentence naming the next level unmet: levels lifted by a mention
    ["evidence-files"] = EvidenceFilesBench.Run,   // issue 22: the issue's files and bad inputs, to walk through the real product
    ["broadcast-server"] = BroadcastBench.Serve,   // the child process of "broadcast"
    ["telegram-kill"] = TelegramKillBench.Run,   // issue 17: kill -9 after N acknowledged Telegram webhook updates
    ["teams-kill"] = TeamsKillBench.Run,   // issue 17: kill -9 after N acknowledged Bot Framework activities
    ["teams-server"] = TeamsKillBench.Serve,   // the child process of "teams-kill" and "teams-realistic"
    ["teams-realistic"] = TeamsRealisticBench.Run,   // issue 17: Bot Framework burst and steady latency under L with Teams' limits
};

if (args.Length == 0 || !benchmarks.TryGetValue(args[0], out var run))
{
    Console.Error.WriteLine($"Usage: SpbeBot.Bench <{string.Join("|", benchmarks.Keys)}> [options]");
    return 2;
}
return await run(args[1..]);
