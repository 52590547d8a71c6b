#!/bin/bash
# Usage: side.sh WORKTREE OUTDIR — routing over the tuning process and indicator sets and chat intents over the tuning
# chat sets, with the bench built in WORKTREE (data from /work/15ib, the same files in both); then Q totals only.
set -e
wt=$1; out=$(realpath -m "$2"); mkdir -p "$out"
data=/work/15ib/tests/SpbeBot.Tests/Data
bench="dotnet $wt/bench/SpbeBot.Bench/bin/Release/net10.0/SpbeBot.Bench.dll"
cd "$wt/bench/SpbeBot.Bench"
uptime >> "$out/load.txt"
procs=$(cd $data && ls dev-2026-12/process-dev.tsv holdout-2026-12{,b,c,d,e,f,g,h,i,j,k,l,m}/*process-holdout.tsv holdout-2026-12n/l-process-holdout.tsv | sed "s#^#$data/#")
sets=$(awk -F'\t' '$1!~/^#/ && $1!="always" && $1!~/^validation/ && NF==2 {print "/work/15ib/"$2}' /work/15ib/bench/SpbeBot.Bench/indicator-training-sets.txt)
$bench routing --totals-only $procs "$data/questions.tsv" $sets > "$out/routing.txt" 2>&1 || true
$bench routing --totals-only "$data/holdout-2026-12n/q-process-holdout.tsv" "$data/holdout-2026-12n/q-indicator-holdout.tsv" > "$out/routing-q.txt" 2>&1 || true
chats=$(cd $data && ls dev-2026-12/chat-dev.tsv dev-2026-12/chat-dev-engineer.tsv holdout-2026-12/chat-holdout.tsv holdout-2026-12{b,c,d,e,f,g,h,i,j,k,l,m}/*chat-holdout.tsv holdout-2026-12n/l-chat-holdout.tsv | sed "s#^#$data/#")
$bench chat-intents --totals-only $chats > "$out/chat.txt" 2>&1 || true
$bench chat-intents --totals-only "$data/holdout-2026-12n/q-chat-holdout.tsv" > "$out/chat-q.txt" 2>&1 || true
uptime >> "$out/load.txt"
