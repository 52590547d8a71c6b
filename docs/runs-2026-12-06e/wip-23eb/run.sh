#!/bin/bash
# usage: run.sh TAG MODE SET...  (build copied to /tmp/23eb/TAG; MODE ocr|noocr); one set at a time; tesseract through the
# page cache (tess-cache.sh, wip-20eb's); validation 11 through the totals-only grep
tag=$1; mode=$2; shift 2; out=/work/23eb/docs/runs-2026-12-06e/wip-23eb
export SPBEBOT_TESSERACT=$out/tess-cache.sh
flag=""; [ $mode = noocr ] && flag=--no-ocr
cd /work/23eb/bench/SpbeBot.Bench
for s in "$@"; do
  if [ $s = EvidenceDocuments11 ]; then
    { uptime; dotnet /tmp/23eb/$tag/SpbeBot.Bench.dll evidence-check --set ../$s $flag 2>&1 | grep -E '^(Set |level exact|conservative|text PDFs|scans|20-page|flags)'; } > $out/$tag-$mode-$s-totals.txt
  else
    { uptime; dotnet /tmp/23eb/$tag/SpbeBot.Bench.dll evidence-check --set ../$s $flag; } > $out/$tag-$mode-$s.txt 2>&1
  fi
done
echo done > /tmp/23eb/$tag-$mode.done
