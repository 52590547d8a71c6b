#!/bin/bash
# still-above.sh TAG — for each document a fresh set ever got above (from the blind score files), the verdict of run TAG.
while read n f; do
  line=$(grep -E "^(ok  |MISS) $f " /tmp/34ev-out-$1/set$n.txt | sed 's/; document:.*//' | cut -c1-110)
  echo "set$n $line"
done < "$(dirname "$0")"/blind-above-ids.txt
