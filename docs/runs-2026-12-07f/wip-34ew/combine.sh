#!/bin/bash
# combine.sh TAG — ev-part.sh's per-set outputs into TAG-tuning-evidence-no-ocr.txt (ev-run.sh's order) and TAG-v-evidence11-no-ocr.txt.
tag=$1; O=/tmp/34ew-out-$tag; D=$(cd "$(dirname "$0")" && pwd)
for n in "" 2 3 4 5 6 7 8 9 10 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30; do
  echo "== EvidenceDocuments$n $(grep -E '^level exact' "$O/set$n.txt")"
done > "$D/$tag-tuning-evidence-no-ocr.txt"
cp "$O/v11.txt" "$D/$tag-v-evidence11-no-ocr.txt"
