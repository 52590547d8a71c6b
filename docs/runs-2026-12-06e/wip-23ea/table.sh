#!/bin/bash
# usage: table.sh — the before → after table (--no-ocr): base from this branch's base runs, or where they did not finish
# from the lead's after-b01f48f totals (the same evidence code); after from the h1 runs ("running" where not finished)
cd "$(dirname "$0")"; . ./sets.sh
lead=../../runs-2026-12-06d/lead/after-b01f48f-tuning-evidence-no-ocr.txt
fig() { grep -h '^level exact' "$1" 2>/dev/null | sed -E 's/^level exact: ([0-9]+)\/([0-9]+).*level: ([0-9]+); flags exact: ([0-9]+)\/.*/\1\/\2; \3; \4/'; }
for s in "${tuning[@]}"; do
  b=$(fig base-$s.txt); src=""
  [ -z "$b" ] && b=$(awk -v s="== $s" '$0==s {getline; print; exit}' $lead | sed -E 's/^level exact: ([0-9]+)\/([0-9]+).*level: ([0-9]+); flags exact: ([0-9]+)\/.*/\1\/\2; \3; \4/') && [ -n "$b" ] && src=" (lead)"
  a=$(fig h1-$s.txt); echo "| ${s#EvidenceDocuments} | ${b:-not run}$src | ${a:-not finished} |"
done
