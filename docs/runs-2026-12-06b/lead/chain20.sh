#!/bin/bash
# chain20.sh MERGE_WORKTREE — after the merge's CI: blind scores, validation and tuning evidence, then test-dates on a fresh clone.
set -u
wt=$1; H=$(git -C "$wt" rev-parse --short HEAD); R=/work/runs-$H; mkdir -p $R
cd "$wt" && dotnet build -c Release bench/SpbeBot.Bench -v q > $R/build.txt 2>&1
bash /work/score20.sh "$wt" "$wt/docs/holdout-2026-12q/after-$H" q
bash /work/score20.sh "$wt" "$wt/docs/holdout-2026-12r/after-$H" r
bash /work/valid20.sh "$wt" "after-$H"
echo scored > $R/SCORED
rm -rf /tmp/td20 && git clone -q "$wt" /tmp/td20 && cd /tmp/td20 && { git log --oneline -1; uptime; ./scripts/test-dates; echo "rc=$?"; uptime; } > $R/test-dates.txt 2>&1
echo done > $R/DONE
