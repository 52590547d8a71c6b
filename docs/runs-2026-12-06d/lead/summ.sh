#!/bin/bash
# summ.sh DIR — one line per score file
for f in "$1"/*.score.txt; do echo "== $(basename $f)"; grep -E '^Accuracy|^  Situations \(|answerable, answered|not in texts|Misses by class|recognised as labelled|^level exact|above|^flags' "$f" | head -8; done
