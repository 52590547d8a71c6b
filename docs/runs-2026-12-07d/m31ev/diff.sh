#!/bin/bash
# usage: m31ev-diff.sh A B — every tuning set's totals for A and B, and every verdict line that moved
out=/tmp/m31ev-out
for n in "" 2 3 4 5 6 7 8 9 10 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28; do
  s=EvidenceDocuments$n
  a=$(grep -E '^level exact' $out/$1-$s.txt); b=$(grep -E '^level exact' $out/$2-$s.txt)
  echo "$s | $1: ${a#level exact: } | $2: ${b#level exact: }"
  diff <(grep -E '^[a-zA-Z!]+ +[^ ]+ \(indicator' $out/$1-$s.txt | sed -E 's/; document:.*//') <(grep -E '^[a-zA-Z!]+ +[^ ]+ \(indicator' $out/$2-$s.txt | sed -E 's/; document:.*//') | grep '^[<>]' | sed "s|^|  $s |"
done
echo "== 11 totals"; cat $out/$1-EvidenceDocuments11-totals.txt $out/$2-EvidenceDocuments11-totals.txt | grep -E '^level exact'
