#!/bin/bash
# render one page as the checker does and read it through the cache
f=$1; i=$2; b=/tmp/20eb/pages/${f%.pdf}-p$i
pdftoppm -r 150 -gray -png -singlefile -f $i -l $i /tmp/spbebot-evidence-check-LTlhPG/$f $b
/work/20eb/docs/runs-2026-12-06/wip-20eb/tess-cache.sh --psm 3 -l ind $b.png stdout > $b.txt
