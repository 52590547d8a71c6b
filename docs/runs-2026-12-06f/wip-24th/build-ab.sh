#!/usr/bin/env bash
# build-ab.sh OUT PAIRS: in the clone /tmp/24th/abclone, interleaved forced builds of the test project (and what it
# references) with the analyzers (A) and with -p:RunAnalyzers=false (B), each under cputime.py; the load before each.
set -u
out=$1; pairs=$2; cd /tmp/24th/abclone
dotnet restore tests/SpbeBot.Tests/SpbeBot.Tests.csproj --nologo -v q >> "$out" 2>&1
for i in $(seq "$pairs"); do
  for v in A B; do
    extra=""; [ $v = B ] && extra="-p:RunAnalyzers=false"
    echo "== pair $i $v ($extra) start $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out"
    python3 /tmp/24th/cputime.py dotnet build tests/SpbeBot.Tests/SpbeBot.Tests.csproj -c Release --nologo --no-restore --no-incremental $extra 2>&1 | grep -E 'Warn|Error|cputime|elapsed|Time Elapsed' >> "$out"
    echo "== pair $i $v end $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out"
  done
done
