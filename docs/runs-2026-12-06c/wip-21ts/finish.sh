#!/usr/bin/env bash
set -u
R=/tmp/21ts/run-after; D=/work/21ts/docs/runs-2026-12-06c/wip-21ts/after-7fa750b
mkdir -p $D
python3 /tmp/21ts/tools/acct.py parse /tmp/21ts/run-base/acct.bin > $R/acct.tsv
python3 /tmp/21ts/tools/procs.py $R > $R/procs-summary.txt 2>&1
python3 /tmp/21ts/tools/split.py $R > $R/split.txt 2>&1
T=$(ls $R/t.trx 2>/dev/null || find /tmp/21ts/after/tests -name t.trx | head -1)
python3 /tmp/21ts/tools/trx.py $T 25 > $R/classes.txt
python3 /work/21ts/docs/runs-2026-12-06/wip-20ts/trx-order.py $T /tmp/21ts/after/tests/SpbeBot.Tests/Infrastructure/LongestFirst.cs > $R/order.txt 2>&1
gzip -c $T > $D/t.trx.gz
cp $R/run.log $R/load.txt $R/head.txt $R/procs-summary.txt $R/split.txt $R/classes.txt $R/order.txt $D/
cp /tmp/21ts/tools/split.py /tmp/21ts/tools/finish.sh /tmp/21ts/tools/acct.py /work/21ts/docs/runs-2026-12-06c/wip-21ts/
