#!/bin/bash
# Usage: score.sh OUTDIR  — every tuning author (indicator-training-sets.txt, not "always", not validation) with
# --above --below --verdicts, then AP (validation) totals only. Run from the worktree root after a Release build.
# BENCH: the bench's output folder (default bench/SpbeBot.Bench/bin/Release/net10.0; a copy lets the sources change meanwhile).
set -e
out=$1; mkdir -p "$out"; rm -f "$out/verdicts.txt"
root=$(pwd)
sets=$(awk -F'\t' '$1!~/^#/ && $1!="always" && $1!~/^validation/ && NF==2 {print "'"$root"'/"$2}' bench/SpbeBot.Bench/indicator-training-sets.txt)
cd bench/SpbeBot.Bench
bench=${BENCH:-bin/Release/net10.0}
dotnet "$bench/SpbeBot.Bench.dll" questions --no-latency --above --below --verdicts "$root/$out/verdicts.txt" $sets > "$root/$out/tuning.txt"
dotnet "$bench/SpbeBot.Bench.dll" questions --no-latency --totals-only "$root/tests/SpbeBot.Tests/Data/holdout-2026-12v/ap-indicator-holdout.tsv" | grep -E '^Accuracy|Situations|by direction' > "$root/$out/ap-totals.txt"
