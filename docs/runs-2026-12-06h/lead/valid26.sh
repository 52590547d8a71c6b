#!/bin/bash
# valid.sh WORKTREE TAG — validation totals (AP, evidence 11) and tuning evidence --no-ocr with WORKTREE's Release bench.
set -u
wt=$1; tag=$2; O=$wt/${OUT:-docs/runs-2026-12-06h/lead}; mkdir -p $O
D=$wt/tests/SpbeBot.Tests/Data; cd "$wt/bench/SpbeBot.Bench"; B="dotnet bin/Release/net10.0/SpbeBot.Bench.dll"
$B questions --set $D/holdout-2026-12v/ap-indicator-holdout.tsv | grep -E '^Accuracy|Situations' > $O/$tag-v-ap-indicator.txt 2>&1
$B chat-intents $D/holdout-2026-12v/ap-chat-holdout.tsv | grep -E 'recognised' > $O/$tag-v-ap-chat.txt 2>&1
$B process-folds ../../tests/SpbeBot.Tests/Data ap-process-holdout.tsv "rank=16" > $O/$tag-v-ap-process-folds.txt 2>&1
$B evidence-check --no-ocr --set ../EvidenceDocuments11 | grep -E '^level exact' > $O/$tag-v-evidence11-no-ocr.txt 2>&1
for n in "" 2 3 4 5 6 7 8 9 10 12 13 14 15 16 17 18 19 20 21 22 23; do echo "== EvidenceDocuments$n"; $B evidence-check --no-ocr --set ../EvidenceDocuments$n | grep -E '^level exact'; done > $O/$tag-tuning-evidence-no-ocr.txt 2>&1
touch $O/$tag-DONE
