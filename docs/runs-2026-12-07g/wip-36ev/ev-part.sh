#!/bin/bash
# ev-part.sh TAG N… — the named tuning sets (--no-ocr --verbose) with /tmp/36ev-bench-TAG into /tmp/36ev-out-TAG/setN.txt;
# run beside ev-run.sh near the deadline to share the sets out; combine.sh TAG writes the totals file from the per-set outputs.
set -u
tag=$1; shift; O=/tmp/36ev-out-$tag; mkdir -p "$O"
cd /work/wip-36ev/bench/SpbeBot.Bench
for n in "$@"; do nice dotnet /tmp/36ev-bench-$tag/SpbeBot.Bench.dll evidence-check --no-ocr --verbose --set ../EvidenceDocuments$n > "$O/set$n.tmp" 2>&1; mv "$O/set$n.tmp" "$O/set$n.txt"; done
