#!/bin/bash
# usage: totals.sh TAG — the 14 named tuning sets (not EvidenceDev, not 11)
cd /work/22vb/docs/runs-2026-12-05g/wip-22vb
for s in "" 2 3 4 5 6 7 8 9 10 12 13 14 15; do grep -h "level exact" $1-EvidenceDocuments$s.txt; done | sed -E 's/level exact: ([0-9]+)\/([0-9]+).*above the expected level: ([0-9]+); flags exact: ([0-9]+)\/.*/\1 \2 \3 \4/' | awk '{a+=$1;n+=$2;ab+=$3;f+=$4;k++} END{print k" sets: level "a"/"n", above "ab", flags "f"/"n}'
