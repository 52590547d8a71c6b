#!/bin/bash
# usage: run-ocr.sh TAG SET...  — evidence-check WITH OCR --verbose, one set at a time; tesseract through the page cache
# (bench/tools/tess-cache.sh, cache /tmp/31ev/tess-cache)
tag=$1; shift; out=$(cd "$(dirname "$0")" && pwd)
export SPBEBOT_TESSERACT=/work/wip-31ev/bench/tools/tess-cache.sh TESS_CACHE=/tmp/31ev/tess-cache
cd /work/wip-31ev/bench/SpbeBot.Bench
for s in "$@"; do
  { uptime; nice dotnet /tmp/31ev/$tag/SpbeBot.Bench.dll evidence-check --verbose --set ../$s; } > $out/$tag-ocr-$s.txt 2>&1
done
echo done > /tmp/31ev/$tag-ocr.done
