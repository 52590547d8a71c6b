#!/usr/bin/env bash
# pg-idle.sh PORT EXTRA_CONF NDB SECONDS: a throw-away cluster as the test run's (fsync off + EXTRA_CONF), a migrated
# template and NDB copies of it (the test classes' databases alive at once), then the cluster's CPU (postmaster +
# every process it reaped) and its process count over SECONDS with no client: what the cluster spends on its own.
set -eu
port=$1; conf=$2; ndb=$3; secs=$4; B=/usr/lib/postgresql/15/bin; D=/tmp/23ts/pgidle-$port; rm -rf $D; mkdir -p $D; chown postgres $D
as() { runuser -u postgres -- "$@"; }
as $B/initdb -D $D/data -A trust -U postgres >/dev/null
printf "port = $port\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = ''\nfsync = off\nmax_connections = 300\n%b" "$conf" >> $D/data/postgresql.conf
as $B/pg_ctl start -D $D/data -l $D/log -w -s
P="$B/psql -h 127.0.0.1 -p $port -U postgres -q -v ON_ERROR_STOP=1"
$P -c "create database tmpl"
for f in /work/23ts/src/SpbeBot.Core/Storage/Migrations/*.sql; do $P -d tmpl -f $f >/dev/null 2>&1 || true; done
for i in $(seq $ndb); do $P -c "create database d$i template tmpl"; $P -d d$i -c "insert into schemaversions(scriptname, applied) values ('x', now())" >/dev/null 2>&1 || true; done
pm=$(head -1 $D/data/postmaster.pid)
cpu() { awk '{print $14+$15+$16+$17}' /proc/$pm/stat; }
lastpid() { cat /proc/sys/kernel/ns_last_pid; }
a=$(cpu); sleep $secs; b=$(cpu)
echo "conf [$(echo -e "$conf" | tr '\n' ' ')] $ndb databases, $secs s idle: cluster CPU $(awk "BEGIN{print ($b-$a)/100}") s; autovacuum workers seen in the log: n/a; load $(cut -d' ' -f1 /proc/loadavg)"
as $B/pg_ctl stop -D $D/data -m fast -w -s; rm -rf $D
