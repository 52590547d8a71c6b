#!/bin/bash
# ocr-run.sh TAG N — one evidence set with OCR (tesseract through bench/tools/tess-cache.sh, cache /tmp/37ev-tess,
# empty at the before run so its pages are read fresh), build /tmp/37ev-bench-TAG; output TAG-ocr-EvidenceDocumentsN.txt here.
set -u
D=$(cd "$(dirname "$0")" && pwd)
cd /work/wip-37ev/bench/SpbeBot.Bench
{ uptime; /usr/bin/time -f "wall %e s, cpu %U+%S s" env TESS_CACHE=/tmp/37ev-tess SPBEBOT_TESSERACT=/work/wip-37ev/bench/tools/tess-cache.sh \
    nice dotnet /tmp/37ev-bench-$1/SpbeBot.Bench.dll evidence-check --verbose --set ../EvidenceDocuments$2; uptime; } > "$D/$1-ocr-EvidenceDocuments$2.txt" 2>&1
