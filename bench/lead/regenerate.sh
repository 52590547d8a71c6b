#!/bin/bash
# regenerate.sh WORKTREE — see README.md.
set -e
cd "$1"; sets=$(cat "$(dirname "$(realpath "$0")")/chat-sets.txt")
build() { dotnet build SpbeBot.sln -c Release --nologo -v q 2>&1 | grep -E "rror\(s\)|arning\(s\)"; }
B="dotnet bin/Release/net10.0/SpbeBot.Bench.dll"
build; (cd bench/SpbeBot.Bench && $B train-indicators | tail -c 200)
build; (cd bench/SpbeBot.Bench && $B chat-neighbours --write ../../src/SpbeBot.Core/Questions/Lexicon/chat-examples.tsv $sets | tail -2)
build
./spbebot catalog build-asked tests/SpbeBot.Tests/Data --out src/SpbeBot.Core/Regulations/Passages/asked.json | tail -1
./spbebot catalog build-analysed --out src/SpbeBot.Core/Regulations/Passages/analysed.txt | tail -1
./spbebot catalog build-elements --out src/SpbeBot.Core/Criteria/Elements | tail -1
build; git status --short
