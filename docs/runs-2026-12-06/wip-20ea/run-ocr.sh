#!/bin/bash
# usage: run-ocr.sh TAG SET...  (build in /tmp/20ea/TAG) — OCR on, one set at a time, tesseract through the page cache
tag=$1; shift; out=/work/20ea/docs/runs-2026-12-06/wip-20ea
export SPBEBOT_TESSERACT=$out/tess-cache.sh
cd /work/20ea/bench/SpbeBot.Bench
for s in "$@"; do
  { uptime; nice dotnet /tmp/20ea/$tag/SpbeBot.Bench.dll evidence-check --set ../$s; } > $out/$tag-ocr-$s.txt 2>&1
done
echo done > /tmp/20ea/$tag-ocr.done
