#!/usr/bin/env python3
"""compare.py BEFORE AFTER — totals per set and the miss ids fixed / broken between two tuning.txt runs."""
import re, sys
def read(path):
    sets, misses, cur = {}, {}, None
    for line in open(path):
        m = re.match(r'Accuracy on (\S+) set \((\d+) questions\): indicator\+level [\d.]+ % \((\d+)/\d+\); indicator alone ([\d.]+) %', line)
        if m: cur = m.group(1); sets[cur] = (int(m.group(3)), int(m.group(2)), float(m.group(4))); misses[cur] = {}
        m = re.match(r'  - (\S+): (.*)', line)
        if m and cur: misses[cur][m.group(1)] = m.group(2)
    return sets, misses
b, bm = read(sys.argv[1]); a, am = read(sys.argv[2])
tb = ta = n = 0
for s in b:
    tb += b[s][0]; ta += a[s][0]; n += b[s][1]
    print(f"{s:32} {b[s][0]:4} -> {a[s][0]:4} / {b[s][1]}   indicator alone {b[s][2]} -> {a[s][2]}")
    for k in bm[s].keys() - am[s].keys(): print("   fixed ", k, bm[s][k][:160])
    for k in am[s].keys() - bm[s].keys(): print("   BROKEN", k, am[s][k][:200])
print(f"total {tb} -> {ta} / {n}")
