#!/bin/bash
# ev-run.sh TAG — the 30 tuning evidence sets (named one by one, --no-ocr --verbose) and set 11 (totals only) with the
# build copied to /tmp/36ev-bench-TAG; per-set outputs in /tmp/36ev-out-TAG, totals in TAG-tuning-evidence-no-ocr.txt here.
set -u
tag=$1; O=/tmp/36ev-out-$tag; mkdir -p "$O"
D=$(cd "$(dirname "$0")" && pwd)
cd /work/wip-36ev/bench/SpbeBot.Bench
B="nice dotnet /tmp/36ev-bench-$tag/SpbeBot.Bench.dll"
for n in "" 2 3 4 5 6 7 8 9 10 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31; do
  $B evidence-check --no-ocr --verbose --set ../EvidenceDocuments$n > "$O/set$n.txt" 2>&1
  echo "== EvidenceDocuments$n $(grep -E '^level exact' "$O/set$n.txt")"
done > "$D/$tag-tuning-evidence-no-ocr.txt"
$B evidence-check --no-ocr --set ../EvidenceDocuments11 2>&1 | grep -E '^level exact' > "$D/$tag-v-evidence11-no-ocr.txt"
touch "$O/DONE"
