set -e
cd $1
dotnet build SpbeBot.sln -c Release --nologo -v q 2>&1 | grep -E "rror\(s\)|arning\(s\)"
cd bench/SpbeBot.Bench
dotnet bin/Release/net10.0/SpbeBot.Bench.dll train-indicators | tail -c 200
cd ../..
dotnet build SpbeBot.sln -c Release --nologo -v q 2>&1 | grep -E "rror\(s\)"
cd bench/SpbeBot.Bench
dotnet bin/Release/net10.0/SpbeBot.Bench.dll chat-neighbours --write ../../src/SpbeBot.Core/Questions/Lexicon/chat-examples.tsv $(cat /work/chat-sets26.txt) | tail -2
cd ../..
dotnet build SpbeBot.sln -c Release --nologo -v q 2>&1 | grep -E "rror\(s\)"
./spbebot catalog build-asked tests/SpbeBot.Tests/Data --out src/SpbeBot.Core/Regulations/Passages/asked.json | tail -1
./spbebot catalog build-analysed --out src/SpbeBot.Core/Regulations/Passages/analysed.txt | tail -1
./spbebot catalog build-elements --out src/SpbeBot.Core/Criteria/Elements | tail -1
dotnet build SpbeBot.sln -c Release --nologo -v q 2>&1 | grep -E "rror\(s\)|arning\(s\)"
git status --short
