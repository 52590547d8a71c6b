#!/usr/bin/env bash
# per-command.sh BEFORE AFTER ROUNDS: the CPU seconds (user+sys of spbebot and the children it waits for, /usr/bin/time;
# the embedded PostgreSQL daemon not counted) of ask, chat with a 3-line script and db status, before and after
# alternately; ask in an empty folder (no database: the lead's measure), chat, db status and serve in the current folder
# (an embedded cluster made there by a first run); the outputs compared byte for byte, the cluster's port aside.
set -u
b=$1; a=$2; n=${3:-2}; here=$(cd "$(dirname "$0")" && pwd); work=$PWD; empty=$(mktemp -d)
run() { # label exe args...
  local label=$1 exe=$2; shift 2
  /usr/bin/time -f "%U %S" -o /tmp/24tp/t.txt "$exe" "$@" > "/tmp/24tp/out-$label.txt" 2>/dev/null < /tmp/24tp/stdin.txt
  awk -v l="$label" '{printf "%s %.2f  ", l, $1+$2}' /tmp/24tp/t.txt
}
same() { sed -E 's/127\.0\.0\.1:[0-9]+/127.0.0.1:PORT/g' "/tmp/24tp/out-$1.txt"; }
check() { if cmp -s <(same before) <(same after); then echo " same output"; else echo " OUTPUT DIFFERS:"; diff <(same before) <(same after) | head -6; fi; }
both() { # what args...
  local what=$1; shift; echo -n "$what: "; run before "$b/spbebot" "$@"; run after "$a/spbebot" "$@"; check
}
for i in $(seq "$n"); do
  echo "# round $i, $(uptime)"
  : > /tmp/24tp/stdin.txt
  cd "$empty"
  for q in "makasih min" "apa kriteria level 4 indikator 32" "bagaimana cara penamaan file bukti dukung"; do both "ask \"$q\"" ask "$q"; done
  cd "$work"
  printf 'halo\napa yang dibutuhkan untuk level 4 indikator 32?\nkeluar\n' > /tmp/24tp/stdin.txt
  both "chat (3 lines)" chat
  : > /tmp/24tp/stdin.txt
  both "db status" db status
  for v in before after; do exe=$b; [ $v = after ] && exe=$a; echo -n "serve $v: "; python3 "$here/serve-cpu.py" "$exe/spbebot"; done
done
