#!/bin/bash
# Usage: measure.sh OUTDIR — the chat figures of wip-15cc (run from the worktree root after a Release build).
set -e
out=$1; mkdir -p "$out"
root=$(pwd)
sets=$(sed "s#/work/retire18/#$root/#" /work/chat-sets18.txt)
chat=$(echo "$sets" | grep chat)
cd bench/SpbeBot.Bench
dotnet bin/Release/net10.0/SpbeBot.Bench.dll chat-neighbours $sets --misses > "$root/$out/chat-neighbours.txt"
dotnet bin/Release/net10.0/SpbeBot.Bench.dll chat-intents $chat > "$root/$out/chat-intents.txt" || true
dotnet bin/Release/net10.0/SpbeBot.Bench.dll chat-intents ../../tests/SpbeBot.Tests/Data/holdout-2026-12n/q-chat-holdout.tsv --totals-only > "$root/$out/chat-intents-q.txt" || true
