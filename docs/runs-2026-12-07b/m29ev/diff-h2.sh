#!/bin/bash
# usage: diff-h2.sh TAG — verdict lines changed between wip-29ev's h2 run (same evidence code as c9b6c06) and TAG, set by set
cd "$(dirname "$0")"; . ./sets.sh
for s in "${tuning[@]}"; do
  [ -f ../wip-29ev/h2-$s.txt ] && [ -f $1-$s.txt ] || { echo "$s missing"; continue; }
  diff <(grep -E '^(ok  |MISS) ' ../wip-29ev/h2-$s.txt | sed -E 's/; found: .*//') <(grep -E '^(ok  |MISS) ' $1-$s.txt | sed -E 's/; found: .*//') | grep '^[<>]' | sed "s/^/$s /"
done
