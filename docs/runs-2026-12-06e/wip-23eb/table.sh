#!/bin/bash
# usage: table.sh MODE — one row per set: base → c1 (level exact; above; flags exact), and the tuning totals (set 11 apart)
cd /work/23eb/docs/runs-2026-12-06e/wip-23eb
tot() { awk '{split($1,a,"/"); r+=a[1]; n+=a[2]; ab+=$2; split($3,f,"/"); fl+=f[1]} END {printf "%d/%d, %d above, flags %d/%d", r, n, ab, fl, n}'; }
row() { f=$1-$2-$3.txt; [ -f $f ] || f=$1-$2-$3-totals.txt; l=$(grep -m1 '^level exact' $f 2>/dev/null) || { echo "-"; return; }
  echo "$l" | sed -E 's/level exact: ([0-9]+\/[0-9]+).*above the expected level: ([0-9]+); flags exact: ([0-9]+\/[0-9]+).*/\1 \2 \3/'; }
for s in EvidenceDocuments EvidenceDocuments2 EvidenceDocuments3 EvidenceDocuments4 EvidenceDocuments5 EvidenceDocuments6 EvidenceDocuments7 EvidenceDocuments8 EvidenceDocuments9 EvidenceDocuments10 EvidenceDocuments12 EvidenceDocuments13 EvidenceDocuments14 EvidenceDocuments15 EvidenceDocuments16 EvidenceDocuments17 EvidenceDocuments18 EvidenceDocuments19 EvidenceDocuments20 EvidenceDocuments11; do
  echo "| ${s#EvidenceDocuments} | $(row base $1 $s) | $(row c1 $1 $s) |"
done
echo "tuning base: $(for s in $(cat /tmp/23eb/sets.txt); do row base $1 $s; done | grep -v '^-' | tot)"
echo "tuning c1:   $(for s in $(cat /tmp/23eb/sets.txt); do row c1 $1 $s; done | grep -v '^-' | tot)"
