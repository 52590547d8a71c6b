#!/bin/bash
# score20.sh WORKTREE OUTDIR [q|r|all] — blind sets scored with WORKTREE's Release bench (built beforehand).
# q = holdout-2026-12q (ae, af) + EvidenceDocuments18; r = holdout-2026-12r (ag, ah) + EvidenceDocuments19.
set -u
wt=$1; out=$2; which=${3:-all}; mkdir -p "$out"
D=$wt/tests/SpbeBot.Tests/Data
cd "$wt/bench/SpbeBot.Bench"
B="dotnet bin/Release/net10.0/SpbeBot.Bench.dll"
{ date -u; git -C "$wt" log --oneline -1; uptime; } >> "$out/load.txt"
one() { # folder prefix
  $B questions --set "$D/$1/$2-indicator-holdout.tsv" > "$out/$2-indicator.score.txt" 2>&1
  $B process --no-postgres --set "$D/$1/$2-process-holdout.tsv" > "$out/$2-process.score.txt" 2>&1
  $B chat-intents "$D/$1/$2-chat-holdout.tsv" > "$out/$2-chat.score.txt" 2>&1
}
if [ "$which" = q ] || [ "$which" = all ]; then one holdout-2026-12q ae; one holdout-2026-12q af
  $B evidence-check --set ../EvidenceDocuments18 > "$out/evidence-documents18.score.txt" 2>&1; fi
if [ "$which" = r ] || [ "$which" = all ]; then one holdout-2026-12r ag; one holdout-2026-12r ah
  $B evidence-check --set ../EvidenceDocuments19 > "$out/evidence-documents19.score.txt" 2>&1; fi
uptime >> "$out/load.txt"
