#!/usr/bin/env bash
# run-clone.sh BRANCH OUTDIR: a fresh clone of BRANCH in an empty folder runs the README's command
# (`CI=true bash .ci/run </dev/null`, a TRX logger through VSTestLogger) under cputime.py, BSD accounting
# (acct.py) and a 0.2 s process sampler; the load every 30 s. As wip-21ts's after.sh.
set -u
branch=$1; out=$2; mkdir -p "$out"; T=/work/23ts/docs/runs-2026-12-06e/wip-23ts
clone=/tmp/23ts/clone-$branch; rm -rf "$clone"; mkdir -p "$clone"
( while true; do echo "$(date -u +%T) $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/load.txt"; sleep 30; done ) & lp=$!
git clone -q --branch "$branch" /work/main "$clone"; cd "$clone"; git log -1 --oneline > "$out/head.txt"
python3 $T/acct.py on "$out/acct.bin"
echo "== start $(date -u +%T) $(uptime)" >> "$out/run.log"
CI=true VSTestLogger="trx;LogFileName=t.trx" python3 $T/cputime.py /usr/bin/time -v bash .ci/run < /dev/null >> "$out/run.log" 2>&1 &
tp=$!
python3 $T/sampler.py "$out/procs.tsv" $tp 9000 &
sp=$!
wait $tp; echo "== done $(date -u +%T) $(uptime)" >> "$out/run.log"
python3 $T/acct.py off
wait $sp; kill $lp
python3 $T/acct.py parse "$out/acct.bin" > "$out/acct.tsv" && rm -f "$out/acct.bin"
find "$clone/tests" -name t.trx -exec cp {} "$out/" \;
