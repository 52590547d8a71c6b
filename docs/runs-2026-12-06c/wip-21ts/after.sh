#!/usr/bin/env bash
# after.sh CLONE OUTDIR: the README's test command (scripts/test, i.e. .ci/run) with a TRX logger, under cputime.py,
# BSD accounting and a process sampler; load every 30 s.
set -u
clone=$1; out=$2; mkdir -p "$out"; T=/tmp/21ts/tools
CT=/work/21ts/docs/runs-2026-12-05/wip-ci4/cputime.py
( while true; do echo "$(date -u +%T) $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/load.txt"; sleep 30; done ) & lp=$!
cd "$clone"; git log -1 --oneline > "$out/head.txt"
python3 $T/acct.py on "$out/acct.bin"   # joins the base run's file if that is still on
echo "== start $(date -u +%T) $(uptime)" >> "$out/run.log"
CI=true python3 $CT /usr/bin/time -v bash scripts/test --logger "trx;LogFileName=t.trx" < /dev/null >> "$out/run.log" 2>&1 &
tp=$!
python3 $T/sampler.py "$out/procs.tsv" $tp 9000 &
sp=$!
wait $tp; echo "== done $(date -u +%T) $(uptime)" >> "$out/run.log"
python3 $T/acct.py off
wait $sp; kill $lp
python3 $T/acct.py parse "$out/acct.bin" > "$out/acct.tsv"
find "$clone/tests" -name t.trx -exec cp {} "$out/" \;
