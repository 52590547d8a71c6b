#!/bin/bash
# usage: m31ev-run.sh TAG BENCHDIR — evidence-check --no-ocr --verbose on every tuning set by name; 11 totals only
tag=$1; B=$2; out=/tmp/m31ev-out; mkdir -p $out
cd /work/m31ev/bench/SpbeBot.Bench
for n in "" 2 3 4 5 6 7 8 9 10 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28; do
  s=EvidenceDocuments$n; grep -q "^level exact" $out/$tag-$s.txt 2>/dev/null && continue
  { uptime; nice dotnet $B/SpbeBot.Bench.dll evidence-check --no-ocr --verbose --set ../$s; } > $out/$tag-$s.txt 2>&1
done
{ uptime; nice dotnet $B/SpbeBot.Bench.dll evidence-check --no-ocr --set ../EvidenceDocuments11 2>&1 | grep -E '^(Set |level exact|conservative|text PDFs|scans|20-page|flags)'; } > $out/$tag-EvidenceDocuments11-totals.txt
echo done > $out/$tag.done
