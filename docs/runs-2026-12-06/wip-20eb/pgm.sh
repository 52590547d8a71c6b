#!/bin/bash
# the same page rendered as PGM and read by tesseract directly (is the text the PNG's?); the text also goes to the page
# cache under the PGM's hash, as tess-cache.sh would store it
f=$1; i=$2; d=${3:-/tmp/spbebot-evidence-check-LTlhPG}; b=/tmp/20eb/pages/${f%.pdf}-p$i-g
pdftoppm -r 150 -gray -singlefile -f $i -l $i $d/$f $b
h=$(sha1sum $b.pgm | cut -c1-40)
c=/tmp/20eb/ocr-cache/$h-67e8e107.txt
if [ -f $c ]; then cp $c $b.txt; else
OMP_THREAD_LIMIT=1 /usr/bin/time -f "%U %S" -o $b.cpu tesseract --psm 3 -l ind $b.pgm stdout > $b.txt 2>/dev/null && cp $b.txt $c.tmp && mv $c.tmp $c
fi
rm -f $b.pgm
