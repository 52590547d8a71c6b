#!/bin/bash
# usage: wt17c-run.sh BINDIR OUTFILE(absolute) SCENARIOS — one realistic invocation, uptime before and after
bin=$1; out=$2; sc=$3
cd /work/wt-17c/bench/SpbeBot.Bench
{ echo "# $(date -u +%H:%M:%S) UTC, binaries $bin (branch wip-17c at $(git -C /work/wt-17c rev-parse --short HEAD)); uptime before: $(uptime)"
  echo "# dotnet $bin/SpbeBot.Bench.dll realistic --latencies 150 --scenarios $sc"
  dotnet $bin/SpbeBot.Bench.dll realistic --latencies 150 --scenarios "$sc" 2>&1
  echo "# $(date -u +%H:%M:%S) UTC; uptime after: $(uptime)"; } > "$out"
