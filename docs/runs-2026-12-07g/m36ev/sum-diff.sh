#!/bin/bash
# sum-diff.sh — per-set totals of the before (2282c8dc) and after (m36ev) runs of run.sh, the 30 tuning sets' sums,
# and the documents whose verdict line (ok/MISS, level, flags) differs.
O=/tmp/m36ev-out
for tag in before after; do
  for n in "" 2 3 4 5 6 7 8 9 10 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31; do
    echo "$tag EvidenceDocuments$n $(grep -E '^level exact' $O/$tag-set$n.txt)"
  done
done > totals.txt
awk '{t=$1; split($5,a,"/"); l[t]+=a[1]; n[t]+=a[2]; ab[t]+=$13+0; split($16,f,"/"); fl[t]+=f[1]}
     END {for (t in l) printf "%s: level exact %d/%d, above %d, flags exact %d\n", t, l[t], n[t], ab[t], fl[t]}' totals.txt | sort > sums.txt
for n in "" 2 3 4 5 6 7 8 9 10 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31; do
  diff <(grep -E '^(ok|MISS) ' $O/before-set$n.txt) <(grep -E '^(ok|MISS) ' $O/after-set$n.txt) | grep -E '^[<>]' | sed "s/^/set$n /"
done > before-after-diff.txt
