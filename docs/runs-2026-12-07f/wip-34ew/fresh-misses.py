#!/usr/bin/env python3
"""fresh-misses.py MISSES OUTDIR — every miss a tuning set had when it was fresh (its first blind 'before' score) that is
not a verdict above, by kind (below / flags / both; scan or typed), and whether the checker whose per-set --no-ocr
--verbose outputs are in OUTDIR (setN.txt) still misses it. Set 11 (validation) is never in MISSES."""
import re, sys, collections
misses, outdir = sys.argv[1], sys.argv[2]
rows = []
for line in open(misses):
    n, rest = line.split(' ', 1)
    m = re.match(r'MISS (\S+) \(indicator (\d+)(, scan)?\): level (\S+) expected (\S+); flags \[(.*?)\] expected \[(.*?)\]', rest)
    if not m: continue
    doc, ind, scan, got, exp, fl, efl = m.groups()
    below = got != exp
    flags = set(filter(None, fl.split(','))) != set(filter(None, efl.split(',')))
    kind = 'below' if below and not flags else 'flags' if flags and not below else 'both'
    fdiff = ' '.join(['+' + f for f in set(filter(None, fl.split(','))) - set(filter(None, efl.split(',')))] + ['-' + f for f in set(filter(None, efl.split(','))) - set(filter(None, fl.split(',')))])
    try: now = open(f'{outdir}/set{n}.txt').read()
    except FileNotFoundError: now = None
    still = None if now is None else bool(re.search(r'^MISS ' + re.escape(doc) + r' ', now, re.M))
    rows.append((int(n), doc, ind, bool(scan), kind, got, exp, fdiff, still))
c = collections.Counter((r[4], r[3], r[8]) for r in rows)
print(f'{len(rows)} fresh misses not above (sets 4-10, 12-30)')
for (kind, scan, still), k in sorted(c.items(), key=lambda x: (x[0][0], x[0][1], str(x[0][2]))):
    print(f'  {kind:5} {"scan " if scan else "typed"} still-missed={still}: {k}')
fl = collections.Counter(f for r in rows if r[4] != 'below' for f in r[7].split())
print('flag differences (+ given wrongly, - missing):', dict(fl))
print('still missed now:')
for r in rows:
    if r[8]: print(f'  set {r[0]} {r[1]} ind {r[2]}{" scan" if r[3] else ""}: {r[4]} level {r[5]} expected {r[6]} {r[7]}')
