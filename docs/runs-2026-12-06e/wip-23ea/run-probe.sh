#!/bin/bash
# usage: run-probe.sh TAG MODE [SET...]  (the bench build copied to /tmp/23ea/TAG; MODE --mixed or --all) — evidence-probe
# on every tuning set by name, one after another
tag=$1; mode=$2; shift 2; out=$(cd "$(dirname "$0")" && pwd); . $out/sets.sh
sets=("$@"); [ ${#sets[@]} -eq 0 ] && sets=("${tuning[@]}")
cd /work/23ea/bench/SpbeBot.Bench
for s in "${sets[@]}"; do
  { uptime; dotnet /tmp/23ea/$tag/SpbeBot.Bench.dll evidence-probe --set ../$s ${mode/--all/}; } > $out/probe$mode-$tag-$s.txt 2>&1
done
echo done > /tmp/23ea/probe$mode-$tag.done
