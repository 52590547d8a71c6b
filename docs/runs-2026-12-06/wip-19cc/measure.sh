#!/bin/bash
# Usage: measure.sh OUTDIR — the chat figures of wip-19cc (run from the worktree root after a Release build).
out=$1; mkdir -p "$out"
root=$(pwd)
sets=$(cat /work/chat-sets19.txt)
chat=$(echo "$sets" | grep chat)
cd bench/SpbeBot.Bench
uptime > "$root/$out/load.txt"
dotnet bin/Release/net10.0/SpbeBot.Bench.dll chat-neighbours $sets --misses > "$root/$out/chat-neighbours.txt" 2>&1
dotnet bin/Release/net10.0/SpbeBot.Bench.dll chat-intents $chat > "$root/$out/chat-intents.txt" 2>&1
dotnet bin/Release/net10.0/SpbeBot.Bench.dll chat-intents ../../tests/SpbeBot.Tests/Data/holdout-2026-12o/ab-chat-holdout.tsv --totals-only > "$root/$out/chat-intents-ab.txt" 2>&1
uptime >> "$root/$out/load.txt"
