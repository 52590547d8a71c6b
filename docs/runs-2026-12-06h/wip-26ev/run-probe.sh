#!/bin/bash
# usage: run-probe.sh TAG [SET...]  — evidence-probe, every template on every document, on every tuning set by name
tag=$1; shift; out=$(cd "$(dirname "$0")" && pwd); . $out/sets.sh
sets=("$@"); [ ${#sets[@]} -eq 0 ] && sets=("${tuning[@]}")
cd /work/wip-26ev/bench/SpbeBot.Bench
for s in "${sets[@]}"; do
  { uptime; nice dotnet /tmp/26ev/$tag/SpbeBot.Bench.dll evidence-probe --set ../$s; } > $out/probe--all-$tag-$s.txt 2>&1
done
echo done > /tmp/26ev/probe-$tag.done
