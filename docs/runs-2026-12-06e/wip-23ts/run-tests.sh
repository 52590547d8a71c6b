#!/usr/bin/env bash
# run-tests.sh CLONE OUTDIR: in an already built fresh clone, the README's command with a TRX logger
# (`scripts/test --logger "trx;LogFileName=t.trx"`: set-up and an up-to-date build, then every test) under cputime.py,
# BSD accounting and a 0.2 s process sampler; the load every 30 s.
set -u
clone=$1; out=$2; mkdir -p "$out"; T=/work/23ts/docs/runs-2026-12-06e/wip-23ts
( while true; do echo "$(date -u +%T) $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/load.txt"; sleep 30; done ) & lp=$!
cd "$clone"; git log -1 --oneline > "$out/head.txt"
python3 $T/acct.py on "$out/acct.bin"
echo "== start $(date -u +%T) $(uptime)" >> "$out/run.log"
CI=true python3 $T/cputime.py /usr/bin/time -v bash scripts/test --logger "trx;LogFileName=t.trx" < /dev/null >> "$out/run.log" 2>&1 &
tp=$!
python3 $T/sampler.py "$out/procs.tsv" $tp 9000 &
sp=$!
wait $tp; echo "== done $(date -u +%T) $(uptime)" >> "$out/run.log"
python3 $T/acct.py off
wait $sp; kill $lp
python3 $T/acct.py parse "$out/acct.bin" > "$out/acct.tsv" && rm -f "$out/acct.bin"
find "$clone/tests" -name t.trx -exec cp {} "$out/" \;
