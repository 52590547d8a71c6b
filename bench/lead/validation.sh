#!/bin/bash
# validation.sh WORKTREE TAG [OUTDIR] — see README.md. OUTDIR defaults to docs/runs-lead in the worktree.
set -u
wt=$(realpath "$1"); tag=$2; O=$(realpath -m "${3:-$wt/docs/runs-lead}"); mkdir -p "$O"
valid=$(awk -F'\t' '$1 ~ /^validation:/ {print $2}' "$wt/bench/SpbeBot.Bench/indicator-training-sets.txt")
p=$(basename "$valid" -indicator-holdout.tsv); dir=$(dirname "$wt/$valid")
cd "$wt/bench/SpbeBot.Bench"; B="dotnet bin/Release/net10.0/SpbeBot.Bench.dll"
$B questions --set "$dir/$p-indicator-holdout.tsv" | grep -E '^Accuracy|Situations' > "$O/$tag-v-$p-indicator.txt" 2>&1
$B chat-intents "$dir/$p-chat-holdout.tsv" | grep -E 'recognised' > "$O/$tag-v-$p-chat.txt" 2>&1
$B process-folds ../../tests/SpbeBot.Tests/Data "$p-process-holdout.tsv" "rank=16" > "$O/$tag-v-$p-process-folds.txt" 2>&1
$B evidence-check --no-ocr --set ../EvidenceDocuments11 | grep -E '^level exact' > "$O/$tag-v-evidence11-no-ocr.txt" 2>&1
for d in $(ls -d ../EvidenceDocuments* | sort -V); do
  [ "$d" = ../EvidenceDocuments11 ] || [ -e "$d/FROZEN" ] && continue
  echo "== ${d#../}"; $B evidence-check --no-ocr --set "$d" | grep -E '^level exact'
done > "$O/$tag-tuning-evidence-no-ocr.txt" 2>&1
touch "$O/$tag-DONE"
