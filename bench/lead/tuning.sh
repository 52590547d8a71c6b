#!/bin/bash
# tuning.sh OUTDIR — see README.md. Run from the worktree's root. BENCH: the bench's output folder (default
# bench/SpbeBot.Bench/bin/Release/net10.0; a copy lets the sources change meanwhile).
set -e
out=$(realpath -m "$1"); mkdir -p "$out"; rm -f "$out/verdicts.txt"
root=$(pwd); list=bench/SpbeBot.Bench/indicator-training-sets.txt
sets=$(awk -F'\t' '$1!~/^#/ && $1!="always" && $1!~/^validation/ && NF==2 {print "'"$root"'/"$2}' $list)
valid=$(awk -F'\t' '$1 ~ /^validation:/ {print $2}' $list); p=$(basename "$valid" -indicator-holdout.tsv)
cd bench/SpbeBot.Bench
bench=${BENCH:-bin/Release/net10.0}
dotnet "$bench/SpbeBot.Bench.dll" questions --no-latency --above --below --verdicts "$out/verdicts.txt" $sets > "$out/tuning.txt"
dotnet "$bench/SpbeBot.Bench.dll" questions --no-latency --totals-only "$root/$valid" | grep -E '^Accuracy|Situations|by direction' > "$out/$p-totals.txt"
