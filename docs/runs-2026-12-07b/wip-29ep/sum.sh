#!/bin/bash
# usage: sum.sh TAG — the level-exact line of every tuning set TAG's run.sh has written, and their totals
cd "$(dirname "$0")"
for f in $(ls $1-EvidenceDocuments*.txt | grep -v totals | sort -V); do echo "$f $(grep -E '^level exact' $f)"; done
