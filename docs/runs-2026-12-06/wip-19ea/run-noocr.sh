#!/bin/bash
# usage: run-noocr.sh TAG [SET...]  (build in /tmp/19ea/TAG) — --no-ocr, one set after another; set 11 as totals only
tag=$1; shift; out=/work/19ea/docs/runs-2026-12-06/wip-19ea
sets=("$@"); [ ${#sets[@]} -eq 0 ] && sets=(EvidenceDev EvidenceDocuments EvidenceDocuments2 EvidenceDocuments3 EvidenceDocuments4 EvidenceDocuments5 EvidenceDocuments6 EvidenceDocuments7 EvidenceDocuments8 EvidenceDocuments9 EvidenceDocuments10 EvidenceDocuments12 EvidenceDocuments13 EvidenceDocuments14 EvidenceDocuments15 EvidenceDocuments16 EvidenceDocuments11)
cd /work/19ea/bench/SpbeBot.Bench
for s in "${sets[@]}"; do
  if [ $s = EvidenceDev ]; then setarg=../../tests/SpbeBot.Tests/Data/EvidenceDev; else setarg=../$s; fi
  if [ $s = EvidenceDocuments11 ]; then
    { uptime; nice dotnet /tmp/19ea/$tag/SpbeBot.Bench.dll evidence-check --set ../$s --no-ocr 2>&1 | grep -E '^(Set |level exact|conservative|text PDFs|scans|20-page|flags)'; } > $out/$tag-$s-totals.txt
  else
    { uptime; nice dotnet /tmp/19ea/$tag/SpbeBot.Bench.dll evidence-check --set $setarg --no-ocr; } > $out/$tag-$s.txt 2>&1
  fi
done
echo done > $out/$tag.done
