#!/usr/bin/env bash
# ask-cpu.sh BEFORE_DIR AFTER_DIR ROUNDS: CPU s (user+sys, /usr/bin/time) of `spbebot ask` in an empty folder, before and
# after alternately, DOTNET_TieredPGO=0 as the test run sets it; outputs compared byte for byte.
set -u
b=$1; a=$2; n=${3:-3}; empty=$(mktemp -d); t=$(mktemp -d)
export DOTNET_TieredPGO=0
cd "$empty"
for i in $(seq "$n"); do
  echo "# round $i, load $(cut -d' ' -f1-3 /proc/loadavg)"
  for q in "apa kriteria level 4 indikator 32" "makasih min" "bagaimana cara penamaan file bukti dukung" "bukti dukung ind 12 l3"; do
    line="ask \"$q\":"
    for v in before after; do
      exe=$b; [ $v = after ] && exe=$a
      /usr/bin/time -f "%U %S" -o "$t/time" nice "$exe/spbebot" ask "$q" > "$t/out-$v" 2>&1 < /dev/null
      line="$line $v $(awk '{printf "%.2f", $1+$2}' "$t/time")"
    done
    if cmp -s "$t/out-before" "$t/out-after"; then line="$line  same output"; else line="$line  OUTPUT DIFFERS"; fi
    echo "$line"
  done
done
rm -rf "$empty" "$t"
