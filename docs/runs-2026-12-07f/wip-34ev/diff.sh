#!/bin/bash
# diff.sh A B — the tuning documents whose verdict line (level, flags) differs between two ev-run.sh runs.
for f in /tmp/34ev-out-$1/set*.txt; do
  n=$(basename "$f")
  diff <(grep -E '^(ok  |MISS)' "$f" | sed 's/; document:.*//') <(grep -E '^(ok  |MISS)' "/tmp/34ev-out-$2/$n" | sed 's/; document:.*//') | grep '^[<>]' | sed "s/^/$n /"
done
