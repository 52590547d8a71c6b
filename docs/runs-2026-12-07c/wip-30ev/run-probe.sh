#!/bin/bash
# usage: run-probe.sh TAG SET... — evidence-probe (every template on every document) --no-ocr, one set at a time
tag=$1; shift; out=$(cd "$(dirname "$0")" && pwd)
cd /work/wip-30ev/bench/SpbeBot.Bench
for s in "$@"; do
  { uptime; nice dotnet /tmp/30ev/$tag/SpbeBot.Bench.dll evidence-probe --set ../$s; } > $out/probe-$tag-$s.txt 2>&1
done
echo done > /tmp/30ev/probe-$tag.done
