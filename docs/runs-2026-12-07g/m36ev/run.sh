#!/bin/bash
# m36ev-run.sh TAG N… — tuning sets by name, --no-ocr --verbose, with /tmp/m36ev-bench-TAG; per-set outputs in /tmp/m36ev-out/TAG-setN.txt
set -u
tag=$1; shift
cd /work/m36ev/bench/SpbeBot.Bench
for n in "$@"; do
  nice dotnet /tmp/m36ev-bench-$tag/SpbeBot.Bench.dll evidence-check --no-ocr --verbose --set ../EvidenceDocuments$n > /tmp/m36ev-out/$tag-set$n.tmp 2>&1
  mv /tmp/m36ev-out/$tag-set$n.tmp /tmp/m36ev-out/$tag-set$n.txt
done
touch /tmp/m36ev-out/$tag-DONE
