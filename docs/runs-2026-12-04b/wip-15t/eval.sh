#!/bin/bash
# usage: eval.sh NAME  — builds bench, runs tuning with verdicts, J totals; compares to v0
cd /work/wt-15t || exit 1
dotnet build bench/SpbeBot.Bench -c Release -v q -nologo 2>&1 | grep -E 'error|warn' | head -20
N=$1; rm -f /tmp/wt15t-$N
dotnet bench/SpbeBot.Bench/bin/Release/net10.0/SpbeBot.Bench.dll questions --no-latency --verdicts /tmp/wt15t-$N $(cat /tmp/wt15t-tune) > /tmp/wt15t-$N.txt 2>&1
dotnet bench/SpbeBot.Bench/bin/Release/net10.0/SpbeBot.Bench.dll questions --no-latency --totals-only tests/SpbeBot.Tests/Data/holdout-2026-12f/j-indicator-holdout.tsv > /tmp/wt15t-$N-j.txt 2>&1
paste <(grep -E '^Accuracy|Situations \(' docs/runs-2026-12-04b/wip-15t/before-tuning.txt | sed -E 's/Accuracy on ([a-z0-9-]+).*\(([0-9]+\/[0-9]+)\).*/\1 \2/; s/.*placed right ([0-9]+).*two or more levels off ([0-9]+); no level ([0-9]+).*/ sit \1 two \2 none \3/' ) <(grep -E '^Accuracy|Situations \(' /tmp/wt15t-$N.txt | sed -E 's/Accuracy on ([a-z0-9-]+).*\(([0-9]+\/[0-9]+)\).*/\1 \2/; s/.*placed right ([0-9]+).*two or more levels off ([0-9]+); no level ([0-9]+).*/ sit \1 two \2 none \3/')
grep -E 'Accuracy|Situations \(' /tmp/wt15t-$N-j.txt
join -t$'\t' <(sort /tmp/wt15t-v0) <(sort /tmp/wt15t-$N) | awk -F'\t' '$2!=$3{print "  changed", $1, $2, "->", $3}' | grep -v 'j-indicator'
