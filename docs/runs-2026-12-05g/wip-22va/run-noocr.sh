#!/bin/bash
# usage: run-noocr.sh TAG   (build in /tmp/22va/TAG)
tag=$1; out=/work/22va/docs/runs-2026-12-05g/wip-22va
cd /work/22va/bench/SpbeBot.Bench
for s in EvidenceDev EvidenceDocuments EvidenceDocuments2 EvidenceDocuments3 EvidenceDocuments4 EvidenceDocuments5 EvidenceDocuments6 EvidenceDocuments7 EvidenceDocuments8 EvidenceDocuments9 EvidenceDocuments10 EvidenceDocuments12 EvidenceDocuments13 EvidenceDocuments14 EvidenceDocuments15; do
  if [ $s = EvidenceDev ]; then setarg=../../tests/SpbeBot.Tests/Data/EvidenceDev; else setarg=../$s; fi
  { uptime; nice dotnet /tmp/22va/$tag/SpbeBot.Bench.dll evidence-check --set $setarg --no-ocr; } > $out/$tag-$s.txt 2>&1
done
{ uptime; nice dotnet /tmp/22va/$tag/SpbeBot.Bench.dll evidence-check --set ../EvidenceDocuments11 --no-ocr 2>&1 | grep -E '^(Set |level exact|conservative|text PDFs|scans|20-page|flags)'; } > $out/$tag-EvidenceDocuments11-totals.txt
echo done > $out/$tag.done
