#!/usr/bin/env python3
"""live.py ACCT.bin TESTHOSTPID: CPU of finished processes under the test host (by parent at exit), by comm."""
import subprocess, sys, collections
rows = [l.split("\t") for l in subprocess.run(["python3", "/tmp/21ts/tools/acct.py", "parse", sys.argv[1]], capture_output=True, text=True).stdout.splitlines()]
host = sys.argv[2]
ours = {host}; changed = True
while changed:
    changed = False
    for r in rows:
        if r[1] in ours and r[0] not in ours: ours.add(r[0]); changed = True
by = collections.defaultdict(lambda: [0, 0.0])
for r in rows:
    if r[1] in ours:
        by[r[6]][0] += 1; by[r[6]][1] += float(r[4]) + float(r[5])
for k, (n, c) in sorted(by.items(), key=lambda x: -x[1][1]): print(f"{c:8.1f} {n:5d} {k}")
