#!/usr/bin/env bash
# pg-createdb.sh EXTRA_CONF N: a throw-away cluster as the test run's (fsync off + EXTRA_CONF), a template migrated
# with the repo's migrations, then N times: create database … template, a few statements, drop … with (force).
# Prints the cluster's CPU (postmaster + every process it reaped) for the N rounds, per strategy.
set -eu
conf=$1; n=$2; B=/usr/lib/postgresql/15/bin; D=/tmp/23ts/pg-$$; mkdir -p $D; chown postgres $D
as() { runuser -u postgres -- "$@"; }
as $B/initdb -D $D/data -A trust -U postgres >/dev/null
printf "port = 55432\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = ''\nfsync = off\nmax_connections = 300\n%b" "$conf" >> $D/data/postgresql.conf
as $B/pg_ctl start -D $D/data -l $D/log -w -s
P="$B/psql -h 127.0.0.1 -p 55432 -U postgres -q -v ON_ERROR_STOP=1"
$P -c "create database tmpl"
for f in /work/23ts/src/SpbeBot.Core/Storage/Migrations/*.sql; do $P -d tmpl -f $f >/dev/null 2>&1 || echo "migration $f failed"; done
pm=$(head -1 $D/data/postmaster.pid)
cpu() { awk '{print $14+$15+$16+$17}' /proc/$pm/stat; }
for strategy in WAL_LOG FILE_COPY; do
  sleep 2; a=$(cpu); t=$(date +%s.%N)
  for i in $(seq $n); do
    $P -c "create database d$i template tmpl strategy $strategy"
    $P -d d$i -c "select count(*) from pg_tables" >/dev/null
    $P -c "drop database d$i with (force)"
  done
  sleep 2; b=$(cpu); echo "$strategy: $n rounds, cluster CPU $(( (b-a) )) ticks ($(awk "BEGIN{print ($b-$a)/100/$n}") s a round), wall $(awk "BEGIN{print $(date +%s.%N)-$t}") s; load $(cut -d' ' -f1 /proc/loadavg)"
done
du -sh $D/data/base/* | tail -3
as $B/pg_ctl stop -D $D/data -m fast -w -s; rm -rf $D
