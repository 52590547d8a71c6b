#!/bin/bash
# run.sh TAG N… — tuning evidence sets by name, --no-ocr --verbose, with the build /tmp/37ev-bench-TAG;
# (BUILD=tag to run another tag's build: parallel parts of one run); per-set outputs /tmp/37ev-out/TAG-setN.txt ("" = bench/EvidenceDocuments); TAG-DONE when finished.
set -u
tag=$1; shift
cd /work/wip-37ev/bench/SpbeBot.Bench
for n in "$@"; do
  nice dotnet /tmp/37ev-bench-${BUILD:-$tag}/SpbeBot.Bench.dll evidence-check --no-ocr --verbose --set ../EvidenceDocuments$n > /tmp/37ev-out/$tag-set$n.tmp 2>&1
  mv /tmp/37ev-out/$tag-set$n.tmp /tmp/37ev-out/$tag-set$n.txt
done
touch /tmp/37ev-out/$tag-DONE
