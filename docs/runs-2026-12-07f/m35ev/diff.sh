#!/bin/bash
# diff.sh A B — the tuning documents whose verdict (level, flags, ok/MISS) differs between two runs' per-set outputs (never set 11).
for n in "" 2 3 4 5 6 7 8 9 10 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30; do
  v() { grep -E '^(ok|MISS) ' /tmp/m35ev-out-$1/set$n.txt | sed 's/; document:.*//'; }
  d=$(diff <(v $1) <(v $2))
  [ -n "$d" ] && { echo "== EvidenceDocuments$n"; echo "$d"; }
done
