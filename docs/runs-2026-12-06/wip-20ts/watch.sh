#!/usr/bin/env bash
# watch.sh LIB SECONDS: runs delay.fsx under libfaketime at 2027-01-31 17:30 UTC; a stall is 30 s without a new heartbeat or with delays not moving.
lib=$1; secs=$2; out=/tmp/ft/out-$$.txt
offset=$(( $(date -u -d "2027-01-31 17:30" +%s) - $(date -u +%s) ))
FAKETIME="+$offset" LD_PRELOAD=$lib dotnet fsi --quiet --exec /tmp/ft/delay.fsx > $out 2>&1 &
pid=$!
start=$(date +%s); lastd=""; laststamp=$start
while [ $(( $(date +%s) - start )) -lt $secs ]; do
  sleep 5
  d=$(tail -1 $out | sed -n 's/.*delays=\([0-9]*\).*/\1/p')
  if [ -n "$d" ] && [ "$d" != "$lastd" ]; then lastd=$d; laststamp=$(date +%s); fi
  if [ -n "$lastd" ] && [ $(( $(date +%s) - laststamp )) -gt 30 ]; then
    echo "STALL after $(( $(date +%s) - start )) s: $(tail -1 $out)"
    child=$(pgrep -P $pid | head -1)
    gdb -p ${child:-$pid} -batch -ex "thread apply all bt 8" > /tmp/ft/stall-$$.gdb 2>&1
    kill $pid; exit 2
  fi
done
echo "no stall in $secs s: $(tail -1 $out)"; kill $pid; exit 0
