#!/bin/bash
# usage: measure.sh BENCH_DIR OUT_DIR   (run from bench/SpbeBot.Bench)
B=$1; O=$2; mkdir -p $O
SETS=$(tr ' ' '\n' < /work/chat-sets26.txt | grep . | tr '\n' ' ')
CHAT=$(tr ' ' '\n' < /work/chat-sets26.txt | grep -- -chat | tr '\n' ' ')
nice dotnet $B/SpbeBot.Bench.dll chat-neighbours $SETS --misses > $O/neighbours.txt 2>&1
nice dotnet $B/SpbeBot.Bench.dll chat-intents $CHAT > $O/intents.txt 2>&1
nice dotnet $B/SpbeBot.Bench.dll chat-intents ../../tests/SpbeBot.Tests/Data/holdout-2026-12v/ap-chat-holdout.tsv --totals-only > $O/ap-totals.txt 2>&1
