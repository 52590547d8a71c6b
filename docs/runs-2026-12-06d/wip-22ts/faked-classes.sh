#!/usr/bin/env bash
# The cluster classes under one faked date, N times (scripts/test-dates' runsettings, on the already built tests):
#   faked-classes.sh WORKTREE "2027-12-31 23:59" N [planted]
# "planted": before each run, leftover libfaketime semaphores for every other pid of the next 20,000 (as killed or
# exec'd faked processes leave them, repro-runuser.sh), removed after the run: the collision made certain to occur.
set -u
tree=$1; d=$2; n=$3; mode=${4:-}
lib=/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1
filter="FullyQualifiedName~Storage.EmbeddedClusterTests|FullyQualifiedName~Storage.EmbeddedClusterKillTests|FullyQualifiedName~Storage.StorageCliTests|FullyQualifiedName~Storage.ProcessRunnerTests|FullyQualifiedName~FakedDateTests"
settings=$(mktemp --suffix=.runsettings); made=$(mktemp)
trap 'rm -f "$settings"; xargs rm -f <"$made"; rm -f "$made"' EXIT
for i in $(seq "$n"); do
  offset=$(( $(date -u -d "$d" +%s) - $(date -u +%s) )); [ "$offset" -lt 0 ] || offset="+$offset"
  cat >"$settings" <<X
<RunSettings><RunConfiguration><EnvironmentVariables>
<LD_PRELOAD>$lib</LD_PRELOAD><FAKETIME>$offset</FAKETIME><SPBEBOT_TEST_DATE>$d</SPBEBOT_TEST_DATE>
</EnvironmentVariables></RunConfiguration></RunSettings>
X
  if [ "$mode" = planted ]; then
    python3 - "$made" <<'PY'
import os, sys
last = int(open('/proc/sys/kernel/ns_last_pid').read()); pid_max = int(open('/proc/sys/kernel/pid_max').read())
with open(sys.argv[1], 'a') as made:
    for p in range(last + 1, last + 20001):
        p = 300 + (p - 300) % (pid_max - 300) if p >= pid_max else p
        f = f'/dev/shm/sem.faketime_sem_{p}'
        if p % 2 or os.path.exists(f): continue
        open(f, 'wb').write(bytes(32)); os.chmod(f, 0o600); made.write(f + '\n')
PY
  fi
  echo "== run $i/$n, $d UTC (FAKETIME=$offset) ${mode} $(date -u +%H:%M:%S) load $(cut -d' ' -f1 /proc/loadavg)"
  DOTNET_TieredPGO=0 dotnet test "$tree/tests/SpbeBot.Tests/bin/Release/net10.0/SpbeBot.Tests.dll" --settings "$settings" \
    --filter "$filter" --blame-hang-timeout 15m --blame-hang-dump-type none 2>&1 \
    | grep -E "^\s*(Passed!|Failed!|Failed |Error Message)|libfaketime|exited|Actual|Expected" | head -20
  xargs rm -f <"$made"; : >"$made"
done
