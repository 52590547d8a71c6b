#!/bin/bash
# usage: measure.sh OUTDIR
set -u
OUT=$1; mkdir -p $OUT
cd /work/wt-15b/bench/SpbeBot.Bench
. /tmp/wt15b/sets.sh
B="dotnet bin/Release/net10.0/SpbeBot.Bench.dll"
uptime > $OUT/load.txt
git -C /work/wt-15b log -1 --format='%h %s' > $OUT/commit.txt
$B chat-intents $CHAT > $OUT/chat-intents-tuning.txt 2>&1
$B chat-intents $D/holdout-2026-12l/y-chat-holdout.tsv --totals-only > $OUT/chat-intents-Y.txt 2>&1
$B chat-neighbours $SETS --misses > $OUT/chat-neighbours.txt 2>&1
uptime >> $OUT/load.txt
