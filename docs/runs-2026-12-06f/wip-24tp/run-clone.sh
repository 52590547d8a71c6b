#!/usr/bin/env bash
# run-clone.sh BRANCH OUTDIR: a fresh clone of BRANCH in an empty folder runs the README's command
# (`CI=true bash .ci/run </dev/null`) under cputime.py (every process's CPU, daemons included) and a 0.2 s process
# sampler (sampler.py); the load every 30 s. wip-23ts's run-clone.sh without the BSD accounting.
set -u
branch=$1; out=$2; mkdir -p "$out"; T=$(cd "$(dirname "$0")" && pwd)
clone=/tmp/24tp/clone-$branch; rm -rf "$clone"; mkdir -p "$clone"
( while true; do echo "$(date -u +%T) $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/load.txt"; sleep 30; done ) & lp=$!
git clone -q --branch "$branch" /work/main "$clone"; cd "$clone"; git log -1 --oneline > "$out/head.txt"
echo "== start $(date -u +%T) $(uptime)" >> "$out/run.log"
CI=true python3 $T/cputime.py /usr/bin/time -v bash .ci/run < /dev/null >> "$out/run.log" 2>&1 &
tp=$!
python3 $T/sampler.py "$out/procs.tsv" $tp 9000 &
sp=$!
wait $tp; echo "== done $(date -u +%T) $(uptime)" >> "$out/run.log"
wait $sp; kill $lp
