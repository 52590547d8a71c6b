#!/bin/bash
# usage: mini.sh TAG NAME SET:FILE...  — a small set of tuning documents (each SET's row of expected.tsv) checked --no-ocr
# --verbose with the set's home instansi given, to see the quotes; OCR=1 in the environment turns OCR on.
tag=$1; name=$2; shift 2; d=/tmp/23eb/mini/$name; rm -rf $d; mkdir -p $d/docs
first=${1%%:*}; head -1 /work/23eb/bench/$first/expected.tsv > $d/expected.tsv
for sf in "$@"; do s=${sf%%:*}; f=${sf#*:}; cp /work/23eb/bench/$s/docs/$f.txt $d/docs/$f.txt 2>/dev/null || cp /work/23eb/bench/$s/docs/$f $d/docs/$f
  grep -P "^$f(\.txt)?\t" /work/23eb/bench/$s/expected.tsv >> $d/expected.tsv; done
flag=--no-ocr; [ -n "$OCR" ] && flag=""
export SPBEBOT_TESSERACT=/work/23eb/docs/runs-2026-12-06e/wip-23eb/tess-cache.sh
cd /work/23eb/bench/SpbeBot.Bench && dotnet /tmp/23eb/$tag/SpbeBot.Bench.dll evidence-check --set $d $flag --verbose ${INSTANSI:+--instansi "$INSTANSI"} | grep -v '^20-page\|^conservative'
