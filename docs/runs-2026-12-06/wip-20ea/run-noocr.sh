#!/bin/bash
# usage: run-noocr.sh TAG [SET...]  (build copied to /tmp/20ea/TAG) — --no-ocr, one set after another, every tuning set by
# name, then validation 11 as totals only
tag=$1; shift; out=/work/20ea/docs/runs-2026-12-06/wip-20ea
sets=("$@"); [ ${#sets[@]} -eq 0 ] && sets=(EvidenceDocuments17 EvidenceDocuments EvidenceDocuments2 EvidenceDocuments3 EvidenceDocuments4 EvidenceDocuments5 EvidenceDocuments6 EvidenceDocuments7 EvidenceDocuments8 EvidenceDocuments9 EvidenceDocuments10 EvidenceDocuments12 EvidenceDocuments13 EvidenceDocuments14 EvidenceDocuments15 EvidenceDocuments16 EvidenceDocuments11)
cd /work/20ea/bench/SpbeBot.Bench
for s in "${sets[@]}"; do
  if [ $s = EvidenceDocuments11 ]; then
    { uptime; nice dotnet /tmp/20ea/$tag/SpbeBot.Bench.dll evidence-check --no-ocr --set ../$s 2>&1 | grep -E '^(Set |level exact|conservative|text PDFs|scans|20-page|flags)'; } > $out/$tag-$s-totals.txt
  else
    { uptime; nice dotnet /tmp/20ea/$tag/SpbeBot.Bench.dll evidence-check --no-ocr --set ../$s; } > $out/$tag-$s.txt 2>&1
  fi
done
echo done > /tmp/20ea/$tag.done
