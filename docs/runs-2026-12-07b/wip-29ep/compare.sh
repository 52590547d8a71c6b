#!/bin/bash
# usage: compare.sh A B — on the tuning sets both runs have finished: totals of each and the verdict lines that differ
cd "$(dirname "$0")"
ta=0; tb=0; n=0; aa=0; ab=0; fa=0; fb=0
for f in $(ls $2-EvidenceDocuments*.txt | grep -v totals); do
  s=${f#$2-}; [ -f "$1-$s" ] && grep -q '^level exact' "$1-$s" && grep -q '^level exact' "$f" || continue
  read a1 a2 a3 < <(grep '^level exact' "$1-$s" | sed -E 's#level exact: ([0-9]+)/([0-9]+).*above the expected level: ([0-9]+); flags exact: ([0-9]+).*#\1 \3 \4#')
  read b1 b2 b3 < <(grep '^level exact' "$f" | sed -E 's#level exact: ([0-9]+)/([0-9]+).*above the expected level: ([0-9]+); flags exact: ([0-9]+).*#\1 \3 \4#')
  m=$(grep '^level exact' "$f" | sed -E 's#level exact: [0-9]+/([0-9]+).*#\1#')
  n=$((n+m)); ta=$((ta+a1)); tb=$((tb+b1)); aa=$((aa+a2)); ab=$((ab+b2)); fa=$((fa+a3)); fb=$((fb+b3)); sets="$sets ${s%.txt}"
  diff <(grep -vE '^ [0-9]{2}:' "$1-$s") <(grep -vE '^ [0-9]{2}:' "$f") | sed "s#^#${s%.txt}: #" | grep -E ': [<>]' | grep -vE 'text PDFs|20-page|load average'
done
echo "sets:$sets"
echo "$1: level exact $ta/$n, above $aa, flags $fa/$n; $2: level exact $tb/$n, above $ab, flags $fb/$n"
