// Benchmarks print the figures quoted in docs/benchmarks.md. Usage: dotnet run -c Release --project bench/SpbeBot.Bench -- <name>
Console.WriteLine("Benchmarks: (none yet)");
