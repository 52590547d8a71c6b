#!/usr/bin/env bash
# run-clone.sh BRANCH OUT: git clone --branch BRANCH into an empty folder, then the README's test command
# (CI=true bash .ci/run </dev/null) under cputime.py, with VSTestLogger=trx for the classes' start and end times
# (no ";" in it: MSBuild splits at one), the test host's and the shared cluster's CPU every 0.5 s, the load every 30 s.
set -u
branch=$1; out=$2; mkdir -p "$out"; dir=/tmp/24th/clone-$branch-$$
rm -rf "$dir"; mkdir -p "$dir"
( while true; do echo "$(date -u +%T) $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/load.txt"; sleep 30; done ) & lp=$!
git clone -q --branch "$branch" /work/24th "$dir/repo"; cd "$dir/repo"; git log -1 --oneline > "$out/head.txt"
python3 /tmp/24th/sampler2.py "$out/samples.tsv" & sp=$!
echo "== start $(date -u +%T) $(uptime)" >> "$out/run.log"
CI=true VSTestLogger=trx python3 /tmp/24th/cputime.py /usr/bin/time -v bash -c 'time bash .ci/run' < /dev/null >> "$out/run.log" 2>&1
echo "== done $(date -u +%T) $(uptime)" >> "$out/run.log"
touch "$out/samples.tsv.stop"; wait $sp; kill $lp
find "$dir/repo/tests" -name '*.trx' -exec cp {} "$out/t.trx" \;
