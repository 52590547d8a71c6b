#!/bin/bash
# usage: run-ocr.sh TAG SET...  (build in /tmp/19ea/TAG); one set at a time, OCR on, tesseract through the cache; set 11 totals only
tag=$1; shift; out=/work/19ea/docs/runs-2026-12-06/wip-19ea
export SPBEBOT_TESSERACT=/work/19ea/docs/runs-2026-12-06/wip-19ea/tess-cache.sh
cd /work/19ea/bench/SpbeBot.Bench
for s in "$@"; do
  if [ $s = EvidenceDocuments11 ]; then
    { uptime; nice dotnet /tmp/19ea/$tag/SpbeBot.Bench.dll evidence-check --set ../$s 2>&1 | grep -E '^(Set |level exact|conservative|text PDFs|scans|20-page|flags)'; } > $out/$tag-ocr-$s-totals.txt
  else
    { uptime; nice dotnet /tmp/19ea/$tag/SpbeBot.Bench.dll evidence-check --set ../$s; } > $out/$tag-ocr-$s.txt 2>&1
  fi
done
echo done > $out/$tag-ocr.done
