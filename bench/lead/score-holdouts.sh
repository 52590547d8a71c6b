#!/bin/bash
# score-holdouts.sh WORKTREE OUTDIR FOLDER EVIDENCE_SET PREFIX... — see README.md.
set -u
wt=$1; out=$(realpath -m "$2"); folder=$3; ev=$4; shift 4; mkdir -p "$out"
D=$wt/tests/SpbeBot.Tests/Data
cd "$wt/bench/SpbeBot.Bench"
B="dotnet bin/Release/net10.0/SpbeBot.Bench.dll"
{ date -u; git -C "$wt" log --oneline -1; uptime; } >> "$out/load.txt"
for p in "$@"; do
  $B questions --set "$D/$folder/$p-indicator-holdout.tsv" > "$out/$p-indicator.score.txt" 2>&1
  $B process --no-postgres --set "$D/$folder/$p-process-holdout.tsv" > "$out/$p-process.score.txt" 2>&1
  $B chat-intents "$D/$folder/$p-chat-holdout.tsv" > "$out/$p-chat.score.txt" 2>&1
done
$B evidence-check --set ../EvidenceDocuments$ev > "$out/evidence-documents$ev.score.txt" 2>&1
uptime >> "$out/load.txt"
