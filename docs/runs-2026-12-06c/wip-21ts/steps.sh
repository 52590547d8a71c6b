#!/usr/bin/env bash
# steps.sh CLONE OUTDIR: the steps of scripts/test one after another, each under cputime.py; the test step with a TRX
# logger, a process sampler and BSD accounting. Load every 30 s in OUTDIR/load.txt.
set -u
clone=$1; out=$2; shift 2; mkdir -p "$out"; T=/tmp/21ts/tools
CT=/work/21ts/docs/runs-2026-12-05/wip-ci4/cputime.py
( while true; do echo "$(date -u +%T) $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/load.txt"; sleep 30; done ) & lp=$!
cd "$clone"
git log -1 --oneline > "$out/head.txt"
[ -n "${SKIP_BUILD:-}" ] || for s in ensure-postgres ensure-ocr ensure-webchat; do
  { echo "== $s $(date -u +%T) $(uptime)"; python3 $CT scripts/$s; } >> "$out/steps.log" 2>&1
done
[ -n "${SKIP_BUILD:-}" ] || { echo "== build $(date -u +%T) $(uptime)"; python3 $CT dotnet build SpbeBot.sln -c Release --nologo; } >> "$out/steps.log" 2>&1
python3 $T/acct.py on "$out/acct.bin"
echo "== test $(date -u +%T) $(uptime)" >> "$out/steps.log"
DOTNET_TieredPGO=0 python3 $CT dotnet test SpbeBot.sln -c Release --nologo --no-build --logger "trx;LogFileName=t.trx" "$@" >> "$out/steps.log" 2>&1 &
tp=$!
python3 $T/sampler.py "$out/procs.tsv" $tp 7200 &
sp=$!
wait $tp; echo "== test done $(date -u +%T) $(uptime)" >> "$out/steps.log"
python3 $T/acct.py off
wait $sp; kill $lp
python3 $T/acct.py parse "$out/acct.bin" > "$out/acct.tsv"
find "$clone/tests" -name t.trx -exec cp {} "$out/" \;
