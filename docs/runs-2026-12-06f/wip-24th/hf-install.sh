#!/usr/bin/env bash
# hf-install.sh N: on a throw-away cluster as the test run's, a template migrated with the repository's migrations;
# N rounds of: create database … template, then Hangfire.PostgreSql 1.21.1's 21 install scripts (what a server's
# first start on a fresh database runs, PrepareSchemaIfNecessary), then drop. PostgreSQL's CPU for the installs
# alone vs create+drop alone.
set -eu
n=$1; B=/usr/lib/postgresql/15/bin; D=/tmp/24th/hfpg; rm -rf $D; mkdir -p $D; chown postgres $D
as() { runuser -u postgres -- "$@"; }
as $B/initdb -D $D/data -A trust -U postgres --no-sync >/dev/null
printf "port = 55725\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = ''\nfsync = off\nmax_connections = 300\n" >> $D/data/postgresql.conf
as $B/pg_ctl start -D $D/data -l $D/log -w -s
P="$B/psql -h 127.0.0.1 -p 55725 -U postgres -q -v ON_ERROR_STOP=1"
$P -c "create database tmpl"
for f in /work/24th/src/SpbeBot.Core/Storage/Migrations/*.sql; do $P -d tmpl -f $f >/dev/null 2>&1 || echo "migration $f failed"; done
pm=$(head -1 $D/data/postmaster.pid)
cpu() { awk '{print $14+$15+$16+$17}' /proc/$pm/stat; }
cat $(for v in $(seq 3 23); do echo /tmp/24th/hf/Hangfire.PostgreSql.Scripts.Install.v$v.sql; done) > /tmp/24th/hf/all.sql
for mode in create-drop-only with-install; do
  sleep 1; a=$(cpu)
  for i in $(seq $n); do
    $P -c "create database d$i template tmpl"
    [ $mode != create-drop-only ] && $P -d d$i -f /tmp/24th/hf/all.sql >/dev/null 2>&1
    $P -c "drop database d$i with (force)"
  done
  sleep 1; b=$(cpu); echo "$mode: $n rounds, cluster CPU $(awk "BEGIN{print ($b-$a)/100/$n}") s a round; load $(cut -d' ' -f1 /proc/loadavg)"
done
as $B/pg_ctl stop -D $D/data -m fast -w -s; rm -rf $D
