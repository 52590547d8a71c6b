#!/bin/bash
# usage: diff.sh BEFORE AFTER — the documents whose verdict line changed between two --no-ocr runs, set by set
cd "$(dirname "$0")"; . ./sets.sh
for s in "${tuning[@]}"; do
  [ -f $1-$s.txt ] && [ -f $2-$s.txt ] || continue
  diff <(grep -E '^(ok  |MISS) ' $1-$s.txt | sed -E 's/; found: .*//') <(grep -E '^(ok  |MISS) ' $2-$s.txt | sed -E 's/; found: .*//') | grep '^[<>]' | sed "s/^/$s /"
done
