#!/bin/bash
# combine.sh TAG — the totals file TAG-tuning-evidence-no-ocr.txt from /tmp/36ev-out-TAG/setN.txt (every tuning set by name).
D=$(cd "$(dirname "$0")" && pwd)
for n in "" 2 3 4 5 6 7 8 9 10 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31; do
  echo "== EvidenceDocuments$n $(grep -E '^level exact' /tmp/36ev-out-$1/set$n.txt)"
done > "$D/$1-tuning-evidence-no-ocr.txt"
