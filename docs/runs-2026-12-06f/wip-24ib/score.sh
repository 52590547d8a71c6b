#!/bin/bash
# Usage: score.sh OUTDIR [BENCHDIR] — every tuning author of indicator-training-sets.txt (not "always", not validation)
# with misses, then AL (validation) totals only. Run from the worktree root after a Release build.
set -e
out=$1; mkdir -p "$out"
root=$(pwd)
bench=${2:-bin/Release/net10.0}
sets=$(awk -F'\t' '$1!~/^#/ && $1!="always" && $1!~/^validation/ && NF==2 {print "'"$root"'/"$2}' bench/SpbeBot.Bench/indicator-training-sets.txt)
cd bench/SpbeBot.Bench
uptime >> "$root/$out/load.txt"
dotnet $bench/SpbeBot.Bench.dll questions --no-latency $sets > "$root/$out/tuning.txt"
dotnet $bench/SpbeBot.Bench.dll questions --set "$root/tests/SpbeBot.Tests/Data/holdout-2026-12t/al-indicator-holdout.tsv" | grep -E '^Accuracy|Situations' > "$root/$out/al-totals.txt"
uptime >> "$root/$out/load.txt"
