#!/bin/bash
# chain19.sh MERGE_WORKTREE — after the merge: blind scores, validation, issue 17 + scan regression, CI on a fresh clone, test-dates.
set -u
wt=$1; H=$(git -C "$wt" rev-parse --short HEAD); R=/work/runs-$H; mkdir -p $R
cd "$wt" && dotnet build -c Release bench/SpbeBot.Bench -v q > $R/build.txt 2>&1
bash /work/score19.sh "$wt" "$wt/docs/holdout-2026-12p/after-$H" p
bash /work/score19.sh "$wt" "$wt/docs/holdout-2026-12q/after-$H" q
D=$wt/tests/SpbeBot.Tests/Data; cd "$wt/bench/SpbeBot.Bench"; B="dotnet bin/Release/net10.0/SpbeBot.Bench.dll"
uptime > $R/load.txt
$B questions --set $D/holdout-2026-12o/ab-indicator-holdout.tsv | grep -E '^Accuracy|Situations' > $R/ab-indicator.txt 2>&1
$B chat-intents $D/holdout-2026-12o/ab-chat-holdout.tsv | grep -E 'recognised' > $R/ab-chat.txt 2>&1
$B process-folds ../../tests/SpbeBot.Tests/Data ab-process-holdout.tsv "rank=8" > $R/ab-process-folds.txt 2>&1
$B evidence-check --set ../EvidenceDocuments11 > $R/evidence11.txt 2>&1
uptime >> $R/load.txt
$B realistic --latencies 150 --scenarios crash,crash2,idle2,scan > $R/realistic.txt 2>&1
uptime >> $R/load.txt
rm -rf /tmp/ci22 && mkdir -p /tmp/ci22 && git clone -q /work/main /tmp/ci22/repo && cd /tmp/ci22/repo && git log --oneline -1 > $R/ci.txt
{ uptime; /usr/bin/time -v env CI=true bash .ci/run </dev/null; echo "rc=$?"; uptime; } >> $R/ci.txt 2>&1
{ ./scripts/test-dates; echo "rc=$?"; } > $R/test-dates.txt 2>&1
echo done > $R/DONE
