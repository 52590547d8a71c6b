#!/usr/bin/env bash
# serial.sh OUT: every test class but the README tour and the six real-server classes, ONE class at a time, on the
# throw-away cluster /tmp/24th/pg (log_connections on), with the 0.2 s sampler; the load every 30 s.
set -u
out=$1; mkdir -p "$out"; cd /work/24th
( while true; do echo "$(date -u +%T) $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/load.txt"; sleep 30; done ) & lp=$!
python3 /tmp/24th/sampler.py "$out/samples.tsv" /tmp/24th/pg/data & sp=$!
skip=""; for c in $SKIP; do skip="$skip&FullyQualifiedName!~.$c."; done
echo "== start $(date -u +%T) $(uptime)" >> "$out/run.log"
SPBEBOT_TEST_PG="Host=127.0.0.1;Port=55724;Username=postgres" DOTNET_TieredPGO=0 python3 /tmp/24th/cputime.py \
  dotnet test tests/SpbeBot.Tests/SpbeBot.Tests.csproj -c Release --nologo --no-build --filter "${skip#&}" \
  --logger "trx;LogFileName=serial.trx" --logger "console;verbosity=normal" -- xUnit.ParallelizeTestCollections=false < /dev/null 2>&1 | python3 -u /tmp/24th/ts.py >> "$out/run.log"
echo "== done $(date -u +%T) $(uptime)" >> "$out/run.log"
touch "$out/samples.tsv.stop"; wait $sp; kill $lp
cp tests/SpbeBot.Tests/TestResults/serial.trx "$out/" 2>/dev/null || find tests -name serial.trx -exec cp {} "$out/" \;
