#!/usr/bin/env bash
# bench-chat.sh BENCH_DIR TAG OUT: chat-intents on the lead's tuning chat sets (/work/chat-sets26.txt) and AP's chat totals.
set -u
cd "$1"; B="nice dotnet bin/Release/net10.0/SpbeBot.Bench.dll"; D=../../tests/SpbeBot.Tests/Data
$B chat-intents $(grep -o '[^ ]*chat[^ ]*' /work/chat-sets26.txt) > "$3/$2-chat-intents-tuning.txt" 2>&1
$B chat-intents $D/holdout-2026-12v/ap-chat-holdout.tsv | grep -E 'recognised' > "$3/$2-v-ap-chat.txt" 2>&1
