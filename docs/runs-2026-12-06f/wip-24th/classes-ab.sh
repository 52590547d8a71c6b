#!/usr/bin/env bash
# classes-ab.sh OUT LABEL BUILD_ROOT FILTER: the filtered classes of BUILD_ROOT's test build on a throw-away cluster of
# their own (as the test run's: fsync off, max_connections 300; log_connections on), under cputime.py; prints the
# test step's CPU (every process) and PostgreSQL's (postmaster + every backend it reaped) and the backends started.
set -u
out=$1; label=$2; root=$3; filter=$4; port=$((55800 + RANDOM % 100))
B=/usr/lib/postgresql/15/bin; D=/tmp/24th/ab-pg-$label-$$; rm -rf $D; mkdir -p $D; chown postgres $D
as() { runuser -u postgres -- "$@"; }
as $B/initdb -D $D/data -A trust -U postgres --no-sync >/dev/null
printf "port = $port\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = ''\nfsync = off\nmax_connections = 300\nlog_connections = on\n" >> $D/data/postgresql.conf
as $B/pg_ctl start -D $D/data -l $D/log -w -s
pm=$(head -1 $D/data/postmaster.pid); cpu() { awk '{print ($14+$15+$16+$17)/100}' /proc/$pm/stat; }
a=$(cpu)
echo "== $label start $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out"
cd "$root"
SPBEBOT_TEST_PG="Host=127.0.0.1;Port=$port;Username=postgres" DOTNET_TieredPGO=0 python3 /tmp/24th/cputime.py \
  dotnet test tests/SpbeBot.Tests/SpbeBot.Tests.csproj -c Release --nologo --no-build --filter "$filter" < /dev/null 2>&1 | grep -E 'Passed!|Failed|cputime|error' | head -20 >> "$out"
sleep 2; b=$(cpu)
echo "== $label end $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg); PostgreSQL CPU $(awk "BEGIN{print $b-$a}") s; backends $(grep -c 'connection authorized' $D/log)" >> "$out"
as $B/pg_ctl stop -D $D/data -m fast -w -s; rm -rf $D
