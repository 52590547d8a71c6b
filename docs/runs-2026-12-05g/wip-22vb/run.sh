#!/bin/bash
# usage: run.sh TAG  — every tuning set, then set 11 totals only
tag=$1; out=/work/22vb/docs/runs-2026-12-05g/wip-22vb; mkdir -p $out
cd /work/22vb/bench/SpbeBot.Bench
for s in ../tests/SpbeBot.Tests/Data/EvidenceDev EvidenceDocuments EvidenceDocuments2 EvidenceDocuments3 EvidenceDocuments4 EvidenceDocuments5 EvidenceDocuments6 EvidenceDocuments7 EvidenceDocuments8 EvidenceDocuments9 EvidenceDocuments10 EvidenceDocuments12 EvidenceDocuments13 EvidenceDocuments14 EvidenceDocuments15; do
  { uptime; nice dotnet /tmp/22vb/$tag/SpbeBot.Bench.dll evidence-check --set ../$s --no-ocr; } > $out/$tag-$(basename $s).txt 2>&1
done
{ uptime; nice dotnet /tmp/22vb/$tag/SpbeBot.Bench.dll evidence-check --set ../EvidenceDocuments11 --no-ocr 2>&1 | grep -E '^(Set |level exact|conservative|text PDFs|scans|20-page)'; } > $out/$tag-EvidenceDocuments11-totals.txt
echo done > $out/$tag.done
