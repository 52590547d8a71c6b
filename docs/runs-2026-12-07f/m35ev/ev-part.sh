#!/bin/bash
# ev-part.sh TAG N… — ev-run.sh's per-set command for the named tuning sets only ("" = bench/EvidenceDocuments, write it as 1),
# appended to /tmp/m35ev-out-TAG/part-lines.txt; combine with combine.sh TAG. Never set 11.
set -u
tag=$1; shift; O=/tmp/m35ev-out-$tag; mkdir -p "$O"
cd /work/m35ev/bench/SpbeBot.Bench
B="nice dotnet /tmp/m35ev-bench-$tag/SpbeBot.Bench.dll"
for n in "$@"; do
  [ "$n" = 1 ] && n=""
  $B evidence-check --no-ocr --verbose --set ../EvidenceDocuments$n > "$O/set$n.txt" 2>&1
done
