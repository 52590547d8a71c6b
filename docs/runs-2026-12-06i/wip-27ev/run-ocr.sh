#!/bin/bash
# usage: run-ocr.sh TAG SET...  — evidence-check WITH OCR --verbose, one set at a time; tesseract through the page cache
# (tess-cache.sh, wip-23eb's, empty at the start)
tag=$1; shift; out=$(cd "$(dirname "$0")" && pwd)
export SPBEBOT_TESSERACT=$out/tess-cache.sh
cd /work/wip-27ev/bench/SpbeBot.Bench
for s in "$@"; do
  { uptime; nice dotnet /tmp/27ev/$tag/SpbeBot.Bench.dll evidence-check --verbose --set ../$s; } > $out/$tag-ocr-$s.txt 2>&1
done
echo done > /tmp/27ev/$tag-ocr.done
