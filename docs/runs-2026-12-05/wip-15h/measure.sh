#!/bin/bash
# usage: measure.sh OUTDIR — situations on every tuning set (rows, with verdicts) and validation P (totals only)
out=$(realpath -m $1); mkdir -p $out; rm -f $out/verdicts.txt
cd /work/wt-15h/bench/SpbeBot.Bench
D=/work/wt-15h/tests/SpbeBot.Tests/Data
T="$D/dev-2026-12/indicator-dev.tsv $D/holdout-2026-12/indicator-holdout.tsv $D/holdout-2026-12b/a-indicator-holdout.tsv $D/holdout-2026-12b/b-indicator-holdout.tsv $D/holdout-2026-12c/c-indicator-holdout.tsv $D/holdout-2026-12c/d-indicator-holdout.tsv $D/holdout-2026-12d/e-indicator-holdout.tsv $D/holdout-2026-12d/f-indicator-holdout.tsv $D/holdout-2026-12e/g-indicator-holdout.tsv $D/holdout-2026-12e/h-indicator-holdout.tsv $D/holdout-2026-12f/i-indicator-holdout.tsv $D/holdout-2026-12f/j-indicator-holdout.tsv $D/holdout-2026-12g/k-indicator-holdout.tsv $D/holdout-2026-12g/r-indicator-holdout.tsv $D/holdout-2026-12h/n-indicator-holdout.tsv $D/holdout-2026-12h/m-indicator-holdout.tsv $D/holdout-2026-12i/o-indicator-holdout.tsv"
dotnet bin/Release/net10.0/SpbeBot.Bench.dll questions --no-latency --verdicts $out/verdicts.txt $T > $out/tuning.txt 2>&1
dotnet bin/Release/net10.0/SpbeBot.Bench.dll questions --no-latency --totals-only $D/holdout-2026-12i/p-indicator-holdout.tsv > $out/validation-p.txt 2>&1
grep -E "^Accuracy|Situations \(" $out/tuning.txt | paste - - | sed -E 's/Accuracy on (.*) set \(.*indicator\+level ([0-9.]+ %).*Situations/\1 \2 |/'
grep -E "^Accuracy|Situations \(" $out/validation-p.txt
