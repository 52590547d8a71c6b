#!/bin/bash
# blind-above.sh — every verdict above a fresh set ever had: the ABOVE rows of the blind score files (every holdout
# folder 12c…13c named one by one; set 11, the validation set, skipped), one row per set and document -> blind-above-rows.txt.
cd /work/wip-34ev
for d in docs/holdout-2026-12{c,d,e,f,g,h,i,k,l,m,n,o,p,q,r,s,t,u,v,w,x,y,z} docs/holdout-2026-13a docs/holdout-2026-13b docs/holdout-2026-13c; do
  for f in $d/*/evidence-documents*.score.txt; do case $f in *documents11*) continue;; esac
    n=$(basename $f .score.txt); grep -E '^MISS.*ABOVE' $f | sed "s#^#$n $(basename $(dirname $f)) #"; done
done | awk '{print $1, $4, $0}' | sort -u -k1,2 | cut -d' ' -f3-
