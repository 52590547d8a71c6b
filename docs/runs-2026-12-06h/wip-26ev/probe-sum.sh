#!/bin/bash
# usage: probe-sum.sh TAG — lifted per set (every template: evidence-probe runs), the total, and lifts by template
cd "$(dirname "$0")"; . ./sets.sh
for s in "${tuning[@]}"; do
  f=probe--all-$1-$s.txt; [ -f $f ] && grep -q '^lifted' $f || { echo "$s missing"; continue; }
  echo "$s $(grep -h '^lifted' $f)"
done
cat probe--all-$1-*.txt 2>/dev/null | grep -h '^lifted' | sed -E 's/^lifted: ([0-9]+) of ([0-9]+) probes.*/\1 \2/' | awk '{l+=$1; n+=$2} END {print "total lifted", l, "of", n}'
cat probe--all-$1-*.txt 2>/dev/null | grep -oh '^LIFT .*\[[a-z]*\]' | grep -o '\[[a-z]*\]' | sort | uniq -c
