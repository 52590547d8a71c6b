#!/bin/bash
# usage: measure.sh BENCH_DIR OUT_DIR (from bench/SpbeBot.Bench); the validation author through validation.sh's chat line (totals)
B=$1; O=$2; mkdir -p $O
SETS=$(tr ' ' '\n' < ../lead/chat-sets.txt | grep . | tr '\n' ' ')
CHAT=$(tr ' ' '\n' < ../lead/chat-sets.txt | grep -- -chat | tr '\n' ' ')
valid=$(awk -F'\t' '$1 ~ /^validation:/ {print $2}' indicator-training-sets.txt)
p=$(basename "$valid" -indicator-holdout.tsv); dir=$(dirname "../../$valid")
nice dotnet $B/SpbeBot.Bench.dll chat-intents "$dir/$p-chat-holdout.tsv" | grep -E 'recognised' > $O/validation-totals.txt 2>&1
nice dotnet $B/SpbeBot.Bench.dll chat-intents $CHAT > $O/intents.txt 2>&1
nice dotnet $B/SpbeBot.Bench.dll chat-neighbours $SETS --misses > $O/neighbours.txt 2>&1
touch $O/DONE
