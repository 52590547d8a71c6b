#!/bin/bash
# usage: sum.sh TAG — per-set and total level exact / documents / above / flags exact over the tuning sets (--no-ocr runs)
cd "$(dirname "$0")"; . ./sets.sh
for s in "${tuning[@]}"; do
  [ -f $1-$s.txt ] && grep -q '^level exact' $1-$s.txt || { echo "$s missing"; continue; }
  grep -h '^level exact' $1-$s.txt | sed -E "s/^level exact: ([0-9]+)\/([0-9]+).*level: ([0-9]+); flags exact: ([0-9]+)\/.*/$s \1 \2 \3 \4/"
done | awk '{print; if (NF==5) {l+=$2; n+=$3; a+=$4; f+=$5}} END {print "total", l, n, a, f}'
