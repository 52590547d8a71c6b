#!/usr/bin/env python3
"""sum-routing.py FILE — the routing bench's totals summed: process quoted right, wrong side, wrong quote, not-in-texts
refused/quoted; indicator sets on the criteria side and right, wrong side."""
import re, sys
p = dict(right=0, n=0, crit=0, nf=0, wq=0, ref=0, nit=0, nitc=0, nitq=0); ind = dict(right=0, n=0, wrong=0)
for line in open(sys.argv[1]):
    if m := re.search(r'(\d+) answerable \+ (\d+) not in texts\): quoted right (\d+)/\d+ .*criteria answer (\d+), not found (\d+); wrong quote (\d+)\. Not in texts: refused (\d+), criteria answer (\d+), quoted (\d+)', line):
        a, nit, r, c, nf, wq, ref, nitc, nitq = map(int, m.groups())
        p['n'] += a; p['nit'] += nit; p['right'] += r; p['crit'] += c; p['nf'] += nf; p['wq'] += wq; p['ref'] += ref; p['nitc'] += nitc; p['nitq'] += nitq
    elif m := re.search(r'\(indicator set, (\d+)\): criteria side and right (\d+)/\d+ .*passages answered\) (\d+)', line):
        ind['n'] += int(m[1]); ind['right'] += int(m[2]); ind['wrong'] += int(m[3])
print(f"process: quoted right {p['right']}/{p['n']}, criteria answer {p['crit']}, not found {p['nf']}, wrong quote {p['wq']}; not in texts refused {p['ref']}/{p['nit']}, criteria answer {p['nitc']}, quoted {p['nitq']}")
print(f"indicator: criteria side and right {ind['right']}/{ind['n']}, wrong side {ind['wrong']}")
