#!/usr/bin/env python3
"""classes-live.py RUN.log SAMPLES.tsv PG.log SINCE_EPOCH [N]: as classes.py, with the classes' ends taken from the
console logger's "Passed/Failed <test>" lines (timestamped by ts.py as they were printed), so a run still going or
stopped early can be read. One class at a time: each class is charged from the previous class's last line to its own."""
import sys, re, bisect, datetime
log, samples, pglog, since = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
n = int(sys.argv[5]) if len(sys.argv) > 5 else 25
order = []   # (class, end time, tests)
for line in open(log, errors="replace"):
    m = re.match(r"(\d+\.\d+)\t\s+(Passed|Failed|Skipped) SpbeBot\.Tests\.(\S+)", line)
    if not m: continue
    t, c = float(m.group(1)), m.group(3).split("(")[0].split(".")[-2]
    if order and order[-1][0] == c: order[-1] = (c, t, order[-1][2] + 1)
    else: order.append((c, t, 1))
rows = [l.split("\t") for l in open(samples).read().splitlines()[1:]]
T = [float(r[0]) for r in rows]; V = [[float(v) for v in r[1:]] for r in rows]
def at(t):
    i = bisect.bisect_left(T, t)
    if i <= 0: return V[0]
    if i >= len(T): return V[-1]
    a, b = T[i - 1], T[i]; w = (t - a) / (b - a) if b > a else 0
    return [(1 - w) * x + w * y for x, y in zip(V[i - 1], V[i])]
conn = []
for line in open(pglog, errors="replace"):
    if "connection authorized" in line:
        m = re.match(r"(\S+ \S+) UTC", line)
        conn.append(datetime.datetime.fromisoformat(m.group(1)).replace(tzinfo=datetime.timezone.utc).timestamp())
conn.sort()
out = []; prev = since
for c, e, k in order:
    a, b = at(prev), at(e)
    out.append((c, k, e - prev, b[0] - a[0], b[1] - a[1], b[2] - a[2], bisect.bisect_right(conn, e) - bisect.bisect_right(conn, prev)))
    prev = e
tot = [sum(o[i] for o in out) for i in range(3, 7)]
print(f"classes {len(out)} (tests {sum(o[1] for o in out)}); test host own {tot[0]:.1f} CPU s, its reaped children {tot[1]:.1f}, PostgreSQL {tot[2]:.1f}, backends {tot[3]}")
hdr = "host own CPU s | host's children CPU s | PostgreSQL CPU s | backends | tests | wall s | class"
for key, title in ((3, "the test host's own CPU"), (5, "PostgreSQL's CPU"), (6, "backends started")):
    print(f"\nby {title}:\n{hdr}")
    for o in sorted(out, key=lambda o: -o[key])[:n]:
        print(f"{o[3]:7.1f} {o[4]:7.1f} {o[5]:7.1f} {o[6]:6d} {o[1]:5d} {o[2]:7.1f}  {o[0]}")
