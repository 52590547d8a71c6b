#!/bin/bash
# usage: wt17c-runx.sh BINDIR OUTFILE(absolute) ARGS... — one realistic invocation, uptime before and after
bin=$1; out=$2; shift 2
cd /work/wt-17c/bench/SpbeBot.Bench
{ echo "# $(date -u +%H:%M:%S) UTC, binaries $bin (branch wip-17c at $(git -C /work/wt-17c rev-parse --short HEAD)); uptime before: $(uptime)"
  echo "# dotnet $bin/SpbeBot.Bench.dll realistic $*"
  dotnet $bin/SpbeBot.Bench.dll realistic "$@" 2>&1
  echo "# $(date -u +%H:%M:%S) UTC; uptime after: $(uptime)"; } > "$out"
