#!/usr/bin/env bash
# dates-loop.sh N LIB FILTER: the test step of scripts/test-dates (same runsettings), N times, one date (2027-01-31 17:30 UTC),
# with a 5-minute stall guard; from the worktree root after a build. Prints each run's summary line.
n=$1; lib=$2; filter=$3
settings=$(mktemp --suffix=.runsettings)
for i in $(seq 1 "$n"); do
  offset=$(( $(date -u -d "2027-01-31 17:30" +%s) - $(date -u +%s) ))
  cat >"$settings" <<XML
<RunSettings><RunConfiguration><EnvironmentVariables>
  <LD_PRELOAD>$lib</LD_PRELOAD><FAKETIME>+$offset</FAKETIME><SPBEBOT_TEST_DATE>2027-01-31 17:30</SPBEBOT_TEST_DATE>
</EnvironmentVariables></RunConfiguration></RunSettings>
XML
  echo "== run $i $(date -u +%T) load $(cut -d' ' -f1 /proc/loadavg)"
  dotnet test tests/SpbeBot.Tests -c Release --nologo --no-build --settings "$settings" --blame-hang-timeout 5m \
    --blame-hang-dump-type none --filter "$filter" 2>&1 | grep -E 'Passed!|Failed!|Aborted|inactivity|running when|^SpbeBot|Failed '
done
rm -f "$settings"
