#!/bin/bash
# ocr-run.sh TAG SET… — evidence sets with OCR (tesseract through bench/tools/tess-cache.sh, cache /tmp/36ev-tess, seeded
# with wip-34ew's cache of sets 28-30) with the build /tmp/36ev-bench-TAG; outputs TAG-ocr-EvidenceDocumentsN.txt here.
set -u
tag=$1; shift
D=$(cd "$(dirname "$0")" && pwd)
cd /work/wip-36ev/bench/SpbeBot.Bench
for n in "$@"; do
  { uptime; /usr/bin/time -f "wall %e s, cpu %U+%S s" env TESS_CACHE=/tmp/36ev-tess SPBEBOT_TESSERACT=/work/wip-36ev/bench/tools/tess-cache.sh \
      nice dotnet /tmp/36ev-bench-$tag/SpbeBot.Bench.dll evidence-check --verbose --set ../EvidenceDocuments$n; } > "$D/$tag-ocr-EvidenceDocuments$n.txt" 2>&1
done
