#!/bin/bash
# Usage: side.sh BENCHDIR OUTDIR — routing (passages vs criteria) over the tuning process and indicator sets and chat
# intents over the tuning chat sets (/work/chat-sets23.txt), with the bench binaries in BENCHDIR (a copy of
# bench/SpbeBot.Bench/bin/Release/net10.0 of the base or the branch; data from /work/23ib); then AJ (validation) totals only.
set -e
bin=$1; out=$(realpath -m "$2"); mkdir -p "$out"
root=/work/23ib; data=$root/tests/SpbeBot.Tests/Data
bench="dotnet $bin/SpbeBot.Bench.dll"
cd "$root/bench/SpbeBot.Bench"
uptime >> "$out/load.txt"
lists=$(sed -n 's#^\.\./\.\./tests/SpbeBot.Tests/Data/##p' /work/chat-sets23.txt)
procs=$(echo "$lists" | grep 'process-' | sed "s#^#$data/#")
chats=$(echo "$lists" | grep 'chat-' | sed "s#^#$data/#")
sets=$(awk -F'\t' '$1!~/^#/ && $1!="always" && $1!~/^validation/ && NF==2 {print "'"$root"'/"$2}' $root/bench/SpbeBot.Bench/indicator-training-sets.txt)
$bench routing --totals-only $procs "$data/questions.tsv" $sets > "$out/routing.txt" 2>&1 || true
$bench routing --totals-only "$data/holdout-2026-12s/aj-process-holdout.tsv" "$data/holdout-2026-12s/aj-indicator-holdout.tsv" > "$out/routing-aj.txt" 2>&1 || true
$bench chat-intents --totals-only $chats > "$out/chat.txt" 2>&1 || true
$bench chat-intents --totals-only "$data/holdout-2026-12s/aj-chat-holdout.tsv" > "$out/chat-aj.txt" 2>&1 || true
uptime >> "$out/load.txt"
