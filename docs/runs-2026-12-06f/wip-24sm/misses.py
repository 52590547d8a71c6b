#!/usr/bin/env python3
"""misses.py FILE — every situation miss (above/below lines) with its set and how far off, two-off first."""
import re, sys
rows, cur = [], ''
for line in open(sys.argv[1]):
    if m := re.match(r'Accuracy on (\S+) set', line): cur = m[1].split('-')[0]
    elif m := re.match(r'\s+(above|below|other|no level)\S*: (\S+) expected (\d+) (\d+); got (\S+) (\S+) (\S+) (".*")', line):
        d, rid, ei, el, kind, gi, gl, text = m.groups()
        off = abs(int(gl) - int(el)) if gl.isdigit() else -1
        rows.append((off, cur, rid, f"{ei}:{el}", f"{kind} {gi}:{gl}", text))
for r in sorted(rows, key=lambda r: -r[0]): print(*r, sep='\t')
