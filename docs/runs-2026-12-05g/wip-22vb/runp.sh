#!/bin/bash
# usage: runp.sh TAG SET... — the given sets one after another (several of these run side by side)
tag=$1; shift; out=/work/22vb/docs/runs-2026-12-05g/wip-22vb; mkdir -p $out
cd /work/22vb/bench/SpbeBot.Bench
for s in "$@"; do
  if [ $s = EvidenceDocuments11 ]; then
    { uptime; dotnet /tmp/22vb/$tag/SpbeBot.Bench.dll evidence-check --set ../EvidenceDocuments11 --no-ocr 2>&1 | grep -E '^(Set |level exact|conservative|text PDFs|scans|20-page)'; } > $out/$tag-EvidenceDocuments11-totals.txt
  else
    { uptime; dotnet /tmp/22vb/$tag/SpbeBot.Bench.dll evidence-check --set ../$s --no-ocr; } > $out/$tag-$(basename $s).txt 2>&1
  fi
done
