#!/usr/bin/env bash
# Reproduces test-dates' "sem_open failed and recreation attempts failed: Permission denied" without the suite.
# Leftover libfaketime semaphores (/dev/shm/sem.faketime_sem_<pid>, as faked processes that were killed or exec'd
# another program leave them) are made for every other pid of the next 20,000 (written by one python process, so the
# marking spends no pids), then a faked root process runs `date` as postgres through runuser, 40 times.
# $1 = "base" (runuser faked, as ProcessRunner ran it) or "fix" (runuser unfaked; `env` fakes the program it runs).
# Only the files it made are removed afterwards.
set -u
lib=/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1
mode=${1:-base}
made=$(mktemp)
python3 - "$made" <<'PY'
import os, sys
last = int(open('/proc/sys/kernel/ns_last_pid').read())
pid_max = int(open('/proc/sys/kernel/pid_max').read())
with open(sys.argv[1], 'w') as made:
    for p in range(last + 1, last + 20001):
        p = 300 + (p - 300) % (pid_max - 300) if p >= pid_max else p
        f = f'/dev/shm/sem.faketime_sem_{p}'
        if p % 2 or os.path.exists(f): continue
        with open(f, 'wb') as out: out.write(bytes(32))
        os.chmod(f, 0o600)
        made.write(f + '\n')
PY
year=$(( $(date +%Y) + 1 ))
ok=0; bad=0
for i in $(seq 40); do
  if [ "$mode" = base ]; then
    out=$(LD_PRELOAD=$lib FAKETIME=+1y runuser -u postgres -- date +%Y 2>&1)
  else
    out=$(env -u LD_PRELOAD runuser -u postgres -- env LD_PRELOAD=$lib FAKETIME=+1y date +%Y 2>&1)
  fi
  if [ "$out" = "$year" ]; then ok=$((ok + 1)); else bad=$((bad + 1)); [ $bad -le 2 ] && echo "run $i: $out"; fi
done
xargs rm -f <"$made"; rm -f "$made"
echo "$mode: $ok of 40 ran with the faked year, $bad failed"
