#!/bin/bash
# usage: sum.sh TAG — per-set and total level exact / above / flags exact over the 16 tuning sets (--no-ocr runs)
cd "$(dirname "$0")"
for s in EvidenceDocuments EvidenceDocuments2 EvidenceDocuments3 EvidenceDocuments4 EvidenceDocuments5 EvidenceDocuments6 EvidenceDocuments7 EvidenceDocuments8 EvidenceDocuments9 EvidenceDocuments10 EvidenceDocuments12 EvidenceDocuments13 EvidenceDocuments14 EvidenceDocuments15 EvidenceDocuments16 EvidenceDocuments17; do
  [ -f $1-$s.txt ] || { echo "$s missing"; continue; }
  grep -h '^level exact' $1-$s.txt | sed -E "s/^level exact: ([0-9]+)\/([0-9]+).*level: ([0-9]+); flags exact: ([0-9]+)\/.*/$s \1 \2 \3 \4/"
done | awk '{print; if (NF==5) {l+=$2; n+=$3; a+=$4; f+=$5}} END {print "total", l, n, a, f}'
