#!/bin/bash
while [ ! -f /tmp/m36ev-out/after-DONE ]; do sleep 5; done
cd /work/m36ev/bench/SpbeBot.Bench
for tag in before after; do
  nice dotnet /tmp/m36ev-bench-$tag/SpbeBot.Bench.dll evidence-check --no-ocr --set ../EvidenceDocuments11 2>&1 | grep -E '^level exact' > /tmp/m36ev-out/$tag-v11.txt
done
touch /tmp/m36ev-out/v11-DONE
