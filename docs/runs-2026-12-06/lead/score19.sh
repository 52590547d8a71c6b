#!/bin/bash
# score19.sh WORKTREE OUTDIR [p|q|all] — blind sets scored with WORKTREE's Release bench (built beforehand).
# p = holdout-2026-12p (ac, ad) + EvidenceDocuments17; q = holdout-2026-12q (ae, af) + EvidenceDocuments18.
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
if [ "$which" = p ] || [ "$which" = all ]; then one holdout-2026-12p ac; one holdout-2026-12p ad
  $B evidence-check --set ../EvidenceDocuments17 > "$out/evidence-documents17.score.txt" 2>&1; fi
if [ "$which" = q ] || [ "$which" = all ]; then one holdout-2026-12q ae; one holdout-2026-12q af
  $B evidence-check --set ../EvidenceDocuments18 > "$out/evidence-documents18.score.txt" 2>&1; fi
uptime >> "$out/load.txt"
