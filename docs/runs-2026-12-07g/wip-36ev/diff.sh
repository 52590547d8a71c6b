#!/bin/bash
# diff.sh A B — tuning documents whose verdict line (ok/MISS, level, flags, found) differs between runs A and B.
for n in "" 2 3 4 5 6 7 8 9 10 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31; do
  [ -f /tmp/36ev-out-$1/set$n.txt ] && [ -f /tmp/36ev-out-$2/set$n.txt ] || { echo "set$n missing"; continue; }
  diff <(grep -E '^(ok|MISS) ' /tmp/36ev-out-$1/set$n.txt) <(grep -E '^(ok|MISS) ' /tmp/36ev-out-$2/set$n.txt) | grep -E '^[<>]' | sed "s/^/set$n /"
done
