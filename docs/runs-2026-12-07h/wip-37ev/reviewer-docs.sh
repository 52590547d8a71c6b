#!/bin/bash
# reviewer-docs.sh TAG — review r36a's documents (/tmp/r36a-docs, written by the reviewer) through the build's host:
# level and flags, --as-of 2026-12-07; output TAG-reviewer-docs.txt here.
D=$(cd "$(dirname "$0")" && pwd)
cd /work/wip-37ev
for f in r0-control:44 r1-external-eval:44 r1b-external-eval:44 r2-earlier-round:44 r2b-earlier-round:44 r6-meeting:44 \
         r5-stale-plain:44 r7-header-date:44 r3-hari-senin:44 r4-paparan:44 d0-control:3 d1-one-sentence:3 d2-cited:3 d3-cited-kep:3; do
  doc=${f%:*}; ind=${f#*:}
  printf '%-20s ' "$doc"
  nice /tmp/37ev-bench-$1/spbebot evidence check /tmp/r36a-docs/$doc.docx --indicator $ind --as-of 2026-12-07 --json 2>/dev/null | grep '^{' \
    | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["level"], d["flags"])'
done > "$D/$1-reviewer-docs.txt"
