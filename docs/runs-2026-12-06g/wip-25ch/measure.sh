#!/bin/bash
# usage: measure.sh BENCH_DIR OUT_DIR   (run from bench/SpbeBot.Bench)
B=$1; O=$2; mkdir -p $O
SETS=$(cat /work/chat-sets25.txt | tr '\n' ' ')
CHAT=$(grep chat /work/chat-sets25.txt | tr '\n' ' ')
dotnet $B/SpbeBot.Bench.dll chat-neighbours $SETS --misses > $O/neighbours.txt 2>&1
dotnet $B/SpbeBot.Bench.dll chat-intents $CHAT > $O/intents.txt 2>&1
dotnet $B/SpbeBot.Bench.dll chat-intents ../../tests/SpbeBot.Tests/Data/holdout-2026-12u/an-chat-holdout.tsv --totals-only > $O/an-totals.txt 2>&1
