#!/bin/bash
# combine.sh TAG — the per-set totals of ev-part.sh's outputs in ev-run.sh's order, into TAG-tuning-evidence-no-ocr.txt; set 11 totals only.
D=$(cd "$(dirname "$0")" && pwd); O=/tmp/m35ev-out-$1
for n in "" 2 3 4 5 6 7 8 9 10 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30; do
  echo "== EvidenceDocuments$n $(grep -E '^level exact' "$O/set$n.txt")"
done > "$D/$1-tuning-evidence-no-ocr.txt"
