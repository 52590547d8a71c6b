#!/usr/bin/env python3
"""summary.py FILE — per set: indicator+level, situations right / above / below / two off / no level / other indicator, and the total."""
import re, sys
rows, cur = [], {}
for line in open(sys.argv[1]):
    if m := re.match(r'Accuracy on (\S+) set .*\((\d+)/(\d+)\)', line):
        cur = {'name': m[1], 'il': int(m[2]), 'n': int(m[3])}
    elif m := re.search(r'Situations \((\d+)\): placed right (\d+).*two or more levels off (\d+); no level (\d+)', line):
        cur.update(sit=int(m[1]), right=int(m[2]), two=int(m[3]), none=int(m[4]))
    elif m := re.search(r'by direction: above (\d+).*below (\d+).*other indicator (\d+)', line):
        cur.update(above=int(m[1]), below=int(m[2]), other=int(m[3])); rows.append(cur)
keys = ['il', 'n', 'sit', 'right', 'above', 'below', 'two', 'none', 'other']
tot = {k: sum(r[k] for r in rows) for k in keys}; tot['name'] = 'TOTAL'
for r in rows + [tot]:
    print(f"{r['name'][:26]:26} ind+lvl {r['il']:4}/{r['n']:<4} situations {r['sit']:4} right {r['right']:4} above {r['above']:3} below {r['below']:3} two-off {r['two']:2} no-level {r['none']:2} other-ind {r['other']:2}")
