#!/bin/bash
# v11.sh TAG — validation evidence set 11, totals only (the grep bench/lead/validation.sh uses), --no-ocr.
cd /work/wip-37ev/bench/SpbeBot.Bench
nice dotnet /tmp/37ev-bench-$1/SpbeBot.Bench.dll evidence-check --no-ocr --set ../EvidenceDocuments11 2>&1 | grep -E '^level exact' > /tmp/37ev-out/$1-v11.txt
