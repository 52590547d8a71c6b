#!/bin/bash
# The evidence lines of bench/lead/validation.sh (set 11 totals, every tuning set --no-ocr), run alone: only the checker changed.
O=/work/wip-32ev/docs/runs-2026-12-07d/wip-32ev; tag=$1
cd /work/wip-32ev/bench/SpbeBot.Bench; B="nice dotnet bin/Release/net10.0/SpbeBot.Bench.dll"
$B evidence-check --no-ocr --set ../EvidenceDocuments11 | grep -E '^level exact' > "$O/$tag-v-evidence11-no-ocr.txt" 2>&1
for d in ../EvidenceDocuments ../EvidenceDocuments2 ../EvidenceDocuments3 ../EvidenceDocuments4 ../EvidenceDocuments5 ../EvidenceDocuments6 ../EvidenceDocuments7 ../EvidenceDocuments8 ../EvidenceDocuments9 ../EvidenceDocuments10 ../EvidenceDocuments12 ../EvidenceDocuments13 ../EvidenceDocuments14 ../EvidenceDocuments15 ../EvidenceDocuments16 ../EvidenceDocuments17 ../EvidenceDocuments18 ../EvidenceDocuments19 ../EvidenceDocuments20 ../EvidenceDocuments21 ../EvidenceDocuments22 ../EvidenceDocuments23 ../EvidenceDocuments24 ../EvidenceDocuments25 ../EvidenceDocuments26 ../EvidenceDocuments27 ../EvidenceDocuments28; do
  echo "== ${d#../}"; $B evidence-check --no-ocr --verbose --set "$d" | grep -E '^level exact|MISS|ABOVE|^ *[A-Z]+[0-9]+.*(expected|→)' | head -20
done > "$O/$tag-tuning-evidence-no-ocr.txt" 2>&1
touch "$O/$tag-DONE"
