#!/bin/bash
# sum-diff.sh A B — per-set totals of run.sh's outputs for tags A and B, the sums over the 31 tuning sets and over the
# 30 without set 32, and the documents whose verdict line (ok/MISS, level, flags) differs.
O=/tmp/37ev-out
SETS='"" 2 3 4 5 6 7 8 9 10 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32'
for tag in $1 $2; do
  for n in "" 2 3 4 5 6 7 8 9 10 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32; do
    echo "$tag EvidenceDocuments$n $(grep -E '^level exact' $O/$tag-set$n.txt)"
  done
done > totals-$1-$2.txt
sum() { awk '{t=$1; split($5,a,"/"); l[t]+=a[1]; n[t]+=a[2]; ab[t]+=$13+0; split($16,f,"/"); fl[t]+=f[1]}
     END {for (t in l) printf "%s: level exact %d/%d, above %d, flags exact %d\n", t, l[t], n[t], ab[t], fl[t]}'; }
{ echo "31 tuning sets:"; sum < totals-$1-$2.txt | sort
  echo "30 sets without 32:"; grep -v 'EvidenceDocuments32 ' totals-$1-$2.txt | sum | sort; } > sums-$1-$2.txt
for n in "" 2 3 4 5 6 7 8 9 10 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32; do
  diff <(grep -E '^(ok|MISS) ' $O/$1-set$n.txt) <(grep -E '^(ok|MISS) ' $O/$2-set$n.txt) | grep -E '^[<>]' | sed "s/^/set$n /"
done > diff-$1-$2.txt
cat sums-$1-$2.txt; wc -l < diff-$1-$2.txt
