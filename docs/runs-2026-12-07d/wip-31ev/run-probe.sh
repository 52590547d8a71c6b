#!/bin/bash
# usage: run-probe.sh TAG [--mixed] [SET...]  — evidence-probe on the tuning sets by name (default: all), LIFT lines and totals kept
tag=$1; shift; out=$(cd "$(dirname "$0")" && pwd); . $out/sets.sh
mode=""; [ "${1:-}" = --mixed ] && { mode=--mixed; shift; }
sets=("$@"); [ ${#sets[@]} -eq 0 ] && sets=("${tuning[@]}")
cd /work/wip-31ev/bench/SpbeBot.Bench
for s in "${sets[@]}"; do
  { uptime; nice dotnet /tmp/31ev/$tag/SpbeBot.Bench.dll evidence-probe $mode --set ../$s 2>&1 | grep -E '^(LIFT|Set |lifted)'; } > $out/probe${mode:+-mixed}-$tag-$s.txt
done
echo done > /tmp/31ev/$tag-probe.done
