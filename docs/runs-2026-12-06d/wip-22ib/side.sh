#!/bin/bash
# Usage: side.sh WORKTREE OUTDIR — routing (passages vs criteria) over the tuning process and indicator sets and chat
# intents over the tuning chat sets, with the bench built in WORKTREE (data from /work/22ib, the same files for base and
# branch); then AH (validation) totals only.
set -e
wt=$1; out=$(realpath -m "$2"); mkdir -p "$out"
root=/work/22ib; data=$root/tests/SpbeBot.Tests/Data
bench="dotnet $wt/bench/SpbeBot.Bench/bin/Release/net10.0/SpbeBot.Bench.dll"
cd "$wt/bench/SpbeBot.Bench"
uptime >> "$out/load.txt"
lists=$(sed -n 's#^\.\./\.\./tests/SpbeBot.Tests/Data/##p' /work/chat-sets22.txt)
procs=$(echo "$lists" | grep 'process-' | sed "s#^#$data/#")
chats=$(echo "$lists" | grep 'chat-' | sed "s#^#$data/#")
sets=$(awk -F'\t' '$1!~/^#/ && $1!="always" && $1!~/^validation/ && NF==2 {print "'"$root"'/"$2}' $root/bench/SpbeBot.Bench/indicator-training-sets.txt)
$bench routing --totals-only $procs "$data/questions.tsv" $sets > "$out/routing.txt" 2>&1 || true
$bench routing --totals-only "$data/holdout-2026-12r/ah-process-holdout.tsv" "$data/holdout-2026-12r/ah-indicator-holdout.tsv" > "$out/routing-ah.txt" 2>&1 || true
$bench chat-intents --totals-only $chats > "$out/chat.txt" 2>&1 || true
$bench chat-intents --totals-only "$data/holdout-2026-12r/ah-chat-holdout.tsv" > "$out/chat-ah.txt" 2>&1 || true
uptime >> "$out/load.txt"
