#!/usr/bin/env python3
"""kinds.py FILE — right/total per question kind summed over every set of a `questions` output."""
import re, sys
tot = {}
for line in open(sys.argv[1]):
    if m := re.match(r'\s+(\S+)\s+(\d+)/(\d+)\s*$', line):
        r, n = tot.get(m[1], (0, 0)); tot[m[1]] = (r + int(m[2]), n + int(m[3]))
print('  '.join(f'{k} {r}/{n}' for k, (r, n) in sorted(tot.items())))
