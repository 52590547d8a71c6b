#!/bin/bash
# ev-part.sh TAG N… — ev-run.sh's per-set run for the sets named (run as three parts at once near the deadline);
# per-set outputs in /tmp/34ew-out-TAG/setN.txt; "11" gives set 11's totals line only.
set -u
tag=$1; shift; O=/tmp/34ew-out-$tag; mkdir -p "$O"
cd /work/wip-34ew/bench/SpbeBot.Bench
B="nice dotnet /tmp/34ew-bench-$tag/SpbeBot.Bench.dll"
for n in "$@"; do
  [ "$n" = 1 ] && n=""
  if [ "$n" = 11 ]; then $B evidence-check --no-ocr --set ../EvidenceDocuments11 2>&1 | grep -E '^level exact' > "$O/v11.txt"; continue; fi
  $B evidence-check --no-ocr --verbose --set ../EvidenceDocuments$n > "$O/set$n.txt" 2>&1
done
