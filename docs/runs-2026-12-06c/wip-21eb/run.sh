#!/bin/bash
# usage: run.sh TAG MODE SET...  (build copied to /tmp/21eb/TAG; MODE ocr|noocr); one set at a time; tesseract through the
# page cache (tess-cache.sh, wip-20eb's); validation 11 through the totals-only grep
tag=$1; mode=$2; shift 2; out=/work/21eb/docs/runs-2026-12-06c/wip-21eb
export SPBEBOT_TESSERACT=$out/tess-cache.sh
flag=""; [ $mode = noocr ] && flag=--no-ocr
cd /work/21eb/bench/SpbeBot.Bench
for s in "$@"; do
  if [ $s = EvidenceDocuments11 ]; then
    { uptime; dotnet /tmp/21eb/$tag/SpbeBot.Bench.dll evidence-check --set ../$s $flag 2>&1 | grep -E '^(Set |level exact|conservative|text PDFs|scans|20-page|flags)'; } > $out/$tag-$mode-$s-totals.txt
  else
    { uptime; dotnet /tmp/21eb/$tag/SpbeBot.Bench.dll evidence-check --set ../$s $flag; } > $out/$tag-$mode-$s.txt 2>&1
  fi
done
echo done > /tmp/21eb/$tag-$mode.done
