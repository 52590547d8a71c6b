#!/bin/bash
# usage: run.sh TAG [check|probe]… (the bench build copied to /tmp/29ep/TAG) — evidence-check --no-ocr --verbose and/or
# evidence-probe on every tuning set by name (EvidenceDocuments, 2…10, 12…26); with check, set 11 as totals only
tag=$1; shift; out=$(cd "$(dirname "$0")" && pwd)
tuning=(${SETS:-EvidenceDocuments $(for n in 2 3 4 5 6 7 8 9 10 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26; do echo EvidenceDocuments$n; done)})
cd /work/wip-29ep/bench/SpbeBot.Bench; B="nice dotnet /tmp/29ep/$tag/SpbeBot.Bench.dll"
for what in "$@"; do
  for s in "${tuning[@]}"; do
    if [ $what = check ]; then { uptime; $B evidence-check --no-ocr --verbose --set ../$s; } > $out/$tag-$s.txt 2>&1
    else { uptime; $B evidence-probe --set ../$s; } > $out/probe-$tag-$s.txt 2>&1; fi
  done
  [ $what = check ] && { uptime; $B evidence-check --no-ocr --set ../EvidenceDocuments11 2>&1 | grep -E '^(Set |level exact|flags)'; } > $out/$tag-EvidenceDocuments11-totals.txt
done
echo done > /tmp/29ep/$tag.done
