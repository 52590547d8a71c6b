#!/usr/bin/env bash
# One timed run of the chosen classes on the external cluster /tmp/25tt-pg (initdb as the test run's): the test host's CPU
# (every process of the command's tree) by treecpu.py, the cluster's CPU by pgcpu.py before and after, the load at both ends.
# Usage: classes.sh TAG FILTER
set -u
cd /work/wip-25tt
tag=$1; filter=$2; out=/tmp/25tt/runs; mkdir -p $out
read l1 _ < /proc/loadavg; pg0=$(python3 /tmp/25tt/pgcpu.py /tmp/25tt-pg/data); t0=$(date -u +%H:%M:%S)
SPBEBOT_TEST_PG="Host=127.0.0.1;Port=55925;Username=spbebot;Password=pw25tt;Database=postgres" DOTNET_TieredPGO=0 \
  /usr/bin/time -f "%e s wall" -o $out/$tag.time python3 /tmp/25tt/treecpu.py \
  nice dotnet test tests/SpbeBot.Tests/SpbeBot.Tests.csproj -c Release --no-build --nologo --filter "$filter" > $out/$tag.log 2>$out/$tag.tree
rc=$?
sleep 3
pg1=$(python3 /tmp/25tt/pgcpu.py /tmp/25tt-pg/data); read l2 _ < /proc/loadavg
echo "$tag $t0–$(date -u +%H:%M:%S) rc=$rc load $l1–$l2 $(tail -1 $out/$tag.time), host $(tail -1 $out/$tag.tree), pg $(python3 -c "print(f'{$pg1-$pg0:.2f}')") CPU s; $(grep -E 'Passed!|Failed!' $out/$tag.log | tail -1)" | tee -a $out/summary.txt
