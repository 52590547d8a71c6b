#!/bin/bash
# usage: table.sh — before / t1 / t4 per set (level exact; above; flags exact)
cd "$(dirname "$0")"
for s in EvidenceDocuments EvidenceDocuments2 EvidenceDocuments3 EvidenceDocuments4 EvidenceDocuments5 EvidenceDocuments6 EvidenceDocuments7 EvidenceDocuments8 EvidenceDocuments9 EvidenceDocuments10 EvidenceDocuments12 EvidenceDocuments13 EvidenceDocuments14 EvidenceDocuments15 EvidenceDocuments16; do
  row="| ${s#EvidenceDocuments} "
  for t in before t1 t4; do
    v=$(grep -h '^level exact' $t-$s.txt 2>/dev/null | sed -E 's/^level exact: ([0-9]+\/[0-9]+).*level: ([0-9]+); flags exact: ([0-9]+)\/.*/\1; \2; \3/')
    row="$row| ${v:-not finished} "
  done
  echo "$row|"
done
