#!/bin/bash
# usage: measure.sh BENCH_DIR OUT_DIR   (run from bench/SpbeBot.Bench; the sets of bench/lead/chat-sets.txt; BF the validation author, totals only)
B=$1; O=$2; mkdir -p $O
SETS=$(tr ' ' '\n' < ../lead/chat-sets.txt | grep . | tr '\n' ' ')
CHAT=$(tr ' ' '\n' < ../lead/chat-sets.txt | grep -- -chat | tr '\n' ' ')
VALID=../../tests/SpbeBot.Tests/Data/holdout-2026-13d/bf-chat-holdout.tsv
nice dotnet $B/SpbeBot.Bench.dll chat-intents $CHAT > $O/intents.txt 2>&1
nice dotnet $B/SpbeBot.Bench.dll chat-intents $VALID --totals-only > $O/bf-totals.txt 2>&1
nice dotnet $B/SpbeBot.Bench.dll chat-neighbours $SETS --misses > $O/neighbours.txt 2>&1
