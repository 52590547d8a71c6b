#!/bin/bash
# usage: run.sh TAG  — every tuning evidence set by name, --no-ocr, then validation 11 totals only
TAG=$1; OUT=/work/19eb/docs/runs-2026-12-06/wip-19eb
cd /work/19eb/bench/SpbeBot.Bench
for s in EvidenceDocuments16 EvidenceDocuments EvidenceDocuments2 EvidenceDocuments3 EvidenceDocuments4 EvidenceDocuments5 EvidenceDocuments6 EvidenceDocuments7 EvidenceDocuments8 EvidenceDocuments9 EvidenceDocuments10 EvidenceDocuments12 EvidenceDocuments13 EvidenceDocuments14 EvidenceDocuments15; do
  { uptime; nice dotnet /tmp/19eb/$TAG/SpbeBot.Bench.dll evidence-check --no-ocr --set ../$s; } > $OUT/$TAG-$s.txt 2>&1
done
{ uptime; nice dotnet /tmp/19eb/$TAG/SpbeBot.Bench.dll evidence-check --no-ocr --set ../EvidenceDocuments11 2>&1 | grep -E '^(Set |level exact|conservative|text PDFs|scans|20-page|flags)'; } > $OUT/$TAG-EvidenceDocuments11-totals.txt
