#!/bin/bash
# usage: probe-sum.sh TAG [MODE] — lifted per set and template (evidence-probe runs; MODE --mixed by default), and the total
cd "$(dirname "$0")"; . ./sets.sh; mode=${2:---mixed}
for s in "${tuning[@]}"; do
  f=probe$mode-$1-$s.txt; [ -f $f ] && grep -q '^lifted' $f || { echo "$s missing"; continue; }
  grep -h '^lifted' $f | sed -E "s/^lifted: ([0-9]+) of ([0-9]+) probes; by template: akan ([0-9]+)\/[0-9]+, belum ([0-9]+)\/[0-9]+, rencana ([0-9]+)\/[0-9]+, usul ([0-9]+)\/[0-9]+/$s \1 \2 \3 \4 \5 \6/"
done | awk '{print; if (NF==7) {l+=$2; n+=$3; a+=$4; b+=$5; r+=$6; u+=$7}} END {print "total lifted", l, "of", n, "— akan", a, "belum", b, "rencana", r, "usul", u}'
