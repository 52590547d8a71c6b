#!/bin/bash
# usage: run-probe.sh TAG PROBEDIR — the probe sets, --no-ocr, with each source set's own instansi
tag=$1; dir=$2; out=/work/20ea/docs/runs-2026-12-06/wip-20ea
cd /work/20ea/bench/SpbeBot.Bench
for s in $(cat /work/20ea/docs/runs-2026-12-06/wip-20ea/sets.txt); do
  inst=$(grep -m1 "configured instansi" $out/before-$s.txt | sed -E 's/.*configured instansi "([^"]+)".*/\1/')
  { uptime; nice dotnet /tmp/20ea/$tag/SpbeBot.Bench.dll evidence-check --no-ocr --verbose --instansi "$inst" --set $dir/$s; } > $out/probe-$(basename $dir)-$tag-$s.txt 2>&1
done
echo done > /tmp/20ea/probe-$(basename $dir)-$tag.done
