#!/bin/bash
# run.sh PART N… — tuning evidence sets by name (N "" = bench/EvidenceDocuments), --no-ocr --verbose, with the m37ev
# Release build's bench copied to /tmp/m37ev-bench; outputs /tmp/m37ev-out/setN.txt, DONE-PART when finished.
# Run as two parts: run.sh A "" 2 … 16 & run.sh B 17 … 32 &
part=$1; shift
cd "$(dirname "$0")/../../../bench/SpbeBot.Bench"
for n in "$@"; do
  nice dotnet /tmp/m37ev-bench/SpbeBot.Bench.dll evidence-check --no-ocr --verbose --set ../EvidenceDocuments$n > /tmp/m37ev-out/set$n.tmp 2>&1
  mv /tmp/m37ev-out/set$n.tmp /tmp/m37ev-out/set$n.txt
done
touch /tmp/m37ev-out/DONE-$part
