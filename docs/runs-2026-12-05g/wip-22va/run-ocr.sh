#!/bin/bash
# usage: run-ocr.sh TAG SET...   (build in /tmp/22va/TAG); one set at a time, OCR on, tesseract through the cache
tag=$1; shift; out=/work/22va/docs/runs-2026-12-05g/wip-22va
export SPBEBOT_TESSERACT=/tmp/22va/tess-cache.sh
cd /work/22va/bench/SpbeBot.Bench
for s in "$@"; do
  if [ $s = EvidenceDocuments11 ]; then
    { uptime; nice dotnet /tmp/22va/$tag/SpbeBot.Bench.dll evidence-check --set ../$s 2>&1 | grep -E '^(Set |level exact|conservative|text PDFs|scans|20-page)'; } > $out/$tag-ocr-$s-totals.txt
  else
    { uptime; dotnet /tmp/22va/$tag/SpbeBot.Bench.dll evidence-check --set ../$s; } > $out/$tag-ocr-$s.txt 2>&1
  fi
done
echo done > $out/$tag-ocr.done
