B=/tmp/m37pc-bench; O=/tmp/m37pc-chat
SETS=$(tr ' ' '\n' < ../lead/chat-sets.txt | grep . | tr '\n' ' ')
CHAT=$(tr ' ' '\n' < ../lead/chat-sets.txt | grep -- -chat | tr '\n' ' ')
nice dotnet $B/SpbeBot.Bench.dll chat-intents $CHAT > $O/intents.txt 2>&1
nice dotnet $B/SpbeBot.Bench.dll chat-neighbours $SETS --misses > $O/neighbours.txt 2>&1
touch $O/DONE
