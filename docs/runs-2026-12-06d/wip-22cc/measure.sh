#!/bin/bash
# Usage: measure.sh OUTDIR [BENCH_DLL] — the chat figures of wip-22cc (run from the worktree root after a Release build;
# BENCH_DLL: a copy of the bench, so the next build can go on while it runs).
# Tuning: the sets of /work/chat-sets22.txt (leave one author out) and their chat sets; validation AH: totals only.
out=$1; mkdir -p "$out"
bench=${2:-bin/Release/net10.0/SpbeBot.Bench.dll}
root=$(pwd)
sets=$(cat /work/chat-sets22.txt)
chat=$(echo "$sets" | grep chat)
cd bench/SpbeBot.Bench
uptime > "$root/$out/load.txt"
dotnet "$bench" chat-neighbours $sets --misses > "$root/$out/chat-neighbours.txt" 2>&1
dotnet "$bench" chat-intents $chat > "$root/$out/chat-intents.txt" 2>&1
dotnet "$bench" chat-intents ../../tests/SpbeBot.Tests/Data/holdout-2026-12r/ah-chat-holdout.tsv --totals-only > "$root/$out/chat-intents-ah.txt" 2>&1
uptime >> "$root/$out/load.txt"
