#!/usr/bin/env python3
"""classes.py RUN.trx SAMPLES.tsv PG.log [N]: for a run with one class at a time, per class: the test host's own CPU,
its reaped children's CPU (spbebot processes, tools), PostgreSQL's CPU and the backends started (connections authorized),
each counted from the previous class's last test end to this class's last test end (so a class fixture's set-up
counts for its class; the previous fixture's dispose falls there too)."""
import sys, re, bisect, collections, datetime
import xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
trx, samples, pglog = sys.argv[1:4]
n = int(sys.argv[4]) if len(sys.argv) > 4 else 30
root = ET.parse(trx).getroot()
names = {ut.get("id"): ut.find("t:TestMethod", ns).get("className").split(".")[-1] for ut in root.iterfind(".//t:UnitTest", ns)}
def ts(s):
    s = re.sub(r"(\.\d{6})\d*", r"\1", s)
    return datetime.datetime.fromisoformat(s).timestamp()
cls = {}
for r in root.iterfind(".//t:UnitTestResult", ns):
    c = names[r.get("testId")]; s, e = ts(r.get("startTime")), ts(r.get("endTime"))
    x = cls.setdefault(c, [s, e, 0]); x[0] = min(x[0], s); x[1] = max(x[1], e); x[2] += 1
order = sorted(cls.items(), key=lambda kv: kv[1][1])
rows = [l.split("\t") for l in open(samples).read().splitlines()[1:]]
T = [float(r[0]) for r in rows]; V = [[float(v) for v in r[1:]] for r in rows]
def at(t):   # linear interpolation of the cumulative counters at time t
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
out = []
prev = order[0][1][0] - 5
for c, (s, e, k) in order:
    a, b = at(prev), at(e)
    backends = bisect.bisect_right(conn, e) - bisect.bisect_right(conn, prev)
    out.append((c, k, s - prev, e - s, b[0] - a[0], b[1] - a[1], b[2] - a[2], backends))
    prev = e
tot = [sum(o[i] for o in out) for i in range(4, 8)]
print(f"classes {len(out)}; test host own {tot[0]:.1f} CPU s, its reaped children {tot[1]:.1f}, PostgreSQL {tot[2]:.1f}, backends {tot[3]}")
hdr = "host CPU s | children CPU s | PostgreSQL CPU s | backends | tests | wall s (set-up gap + tests) | class"
for key, title in ((4, "test host's own CPU"), (6, "PostgreSQL CPU"), (7, "backends started")):
    print(f"\nby {title}:\n{hdr}")
    for o in sorted(out, key=lambda o: -o[key])[:n]:
        print(f"{o[4]:7.1f} {o[5]:7.1f} {o[6]:7.1f} {o[7]:6d} {o[1]:5d} {o[2]:6.1f}+{o[3]:6.1f}  {o[0]}")
