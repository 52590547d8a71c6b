#!/bin/bash
# usage: sum.sh TAG MODE: each set's totals and misses, then level exact / above / flags summed over the sets present
cd /work/21eb/docs/runs-2026-12-06c/wip-21eb
for f in $1-$2-*.txt; do
  s=${f#$1-$2-}; s=${s%.txt}
  l=$(grep -m1 '^level exact' $f) || continue
  echo "$s: $(echo "$l" | sed -E 's/level exact: ([0-9]+\/[0-9]+).*above the expected level: ([0-9]+); flags exact: ([0-9]+\/[0-9]+).*/\1, above \2, flags \3/')"
done
