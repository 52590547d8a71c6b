#!/bin/bash
# usage: run-noocr.sh TAG [SET...]  (the bench build copied to /tmp/31ev/TAG) — evidence-check --no-ocr --verbose on
# every tuning set by name, one after another, then validation 11 as totals only
tag=$1; shift; out=$(cd "$(dirname "$0")" && pwd); . $out/sets.sh
sets=("$@"); [ ${#sets[@]} -eq 0 ] && sets=("${tuning[@]}" EvidenceDocuments11)
cd /work/wip-31ev/bench/SpbeBot.Bench
for s in "${sets[@]}"; do
  if [ $s = EvidenceDocuments11 ]; then
    { uptime; nice dotnet /tmp/31ev/$tag/SpbeBot.Bench.dll evidence-check --no-ocr --set ../$s 2>&1 | grep -E '^(Set |level exact|conservative|text PDFs|scans|20-page|flags)'; } > $out/$tag-$s-totals.txt
  else
    { uptime; nice dotnet /tmp/31ev/$tag/SpbeBot.Bench.dll evidence-check --no-ocr --verbose --set ../$s; } > $out/$tag-$s.txt 2>&1
  fi
done
echo done > /tmp/31ev/$tag.done
