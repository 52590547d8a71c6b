#!/bin/bash
# sum.sh FILE — totals over an ev-run.sh tuning file: level exact, verdicts above, flags exact, documents.
perl -ne 'if (/level exact: (\d+)\/(\d+).*above the expected level: (\d+); flags exact: (\d+)/) { $l+=$1; $n+=$2; $a+=$3; $f+=$4 } END { print "level exact $l/$n, above $a, flags exact $f/$n\n" }' "$1"
