#!/bin/bash
# ocr-run.sh TAG — sets 30, 29 and 28 with OCR (tesseract through bench/tools/tess-cache.sh, cache /tmp/34ew-tess:
# the before run reads every page, the after run reads the same images from the cache) with /tmp/34ew-bench-TAG.
set -u
tag=$1; D=$(cd "$(dirname "$0")" && pwd)
cd /work/wip-34ew/bench/SpbeBot.Bench
for n in 30 29 28; do
  TESS_CACHE=/tmp/34ew-tess SPBEBOT_TESSERACT=/work/wip-34ew/bench/tools/tess-cache.sh nice dotnet /tmp/34ew-bench-$tag/SpbeBot.Bench.dll evidence-check --verbose --set ../EvidenceDocuments$n > "$D/$tag-ocr-EvidenceDocuments$n.txt" 2>&1
done
touch /tmp/34ew-ocr-$tag.DONE
