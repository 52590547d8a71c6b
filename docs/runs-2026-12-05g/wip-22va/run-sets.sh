#!/bin/bash
# usage: run-sets.sh TAG SET... — --no-ocr, one after another; EvidenceDocuments11 as totals only
tag=$1; shift; out=/work/22va/docs/runs-2026-12-05g/wip-22va
cd /work/22va/bench/SpbeBot.Bench
for s in "$@"; do
  if [ $s = EvidenceDev ]; then setarg=../../tests/SpbeBot.Tests/Data/EvidenceDev; else setarg=../$s; fi
  if [ $s = EvidenceDocuments11 ]; then
    { uptime; nice dotnet /tmp/22va/$tag/SpbeBot.Bench.dll evidence-check --set ../$s --no-ocr 2>&1 | grep -E '^(Set |level exact|conservative|text PDFs|scans|20-page|flags)'; } > $out/$tag-$s-totals.txt
  else
    { uptime; nice dotnet /tmp/22va/$tag/SpbeBot.Bench.dll evidence-check --set $setarg --no-ocr; } > $out/$tag-$s.txt 2>&1
  fi
done
